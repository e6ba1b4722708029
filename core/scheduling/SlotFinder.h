#pragma once

#include "common/Error.h"
#include "scheduling/Scheduling.h"

namespace rapport {

class Clinic;

struct SlotQuery
{
    QString typeId;          // the type's duration and who may do it; may be empty with a duration
    int durationMinutes = 0; // 0: the type's duration
    QStringList providerIds; // empty: every active provider who offers the type
    QStringList chairIds;    // empty: the provider's usual chair for those hours, or none
    QDate from;              // local dates, inclusive
    QDate to;
    int weekdays = 0x7F;     // bit 0 = Monday ... bit 6 = Sunday
    int earliestMinute = 0;  // start time of day window, local minutes
    int latestMinute = 24 * 60; // the slot must start before this
    QString patientId;       // the patient's other appointments are kept clear
    int limit = 10;
    QDateTime notBefore;     // UTC; defaults to now (no slots in the past)
};

struct Slot
{
    QDateTime start; // UTC
    QDateTime end;
    QString providerId;
    QString chairId;
};

// Free time in the book: working hours minus exceptions, closures and appointments that
// hold time, earliest first. Needs ViewSchedule.
class SlotFinder
{
public:
    explicit SlotFinder(Clinic& clinic);
    [[nodiscard]] Result<QList<Slot>> find(const SlotQuery& query);

private:
    Clinic& m_clinic;
};

} // namespace rapport
