#pragma once

#include "common/Error.h"
#include "scheduling/Scheduling.h"

#include <QHash>

namespace rapport {

class Clinic;

enum class RiskLevel { Low, Medium, High };

// A patient's attendance so far (appointments that started before a moment).
struct AttendanceHistory
{
    int attended = 0;           // arrived, in chair or completed
    int noShows = 0;
    int lateCancellations = 0;
    int cancellations = 0;      // in good time: not counted against the patient
};

struct NoShowRisk
{
    double probability = 0.0;  // estimated chance of a no-show or late cancellation
    RiskLevel level = RiskLevel::Low;
    QStringList reasons;       // translated, each with its weight in words
    [[nodiscard]] bool needsConfirmationCall() const { return level == RiskLevel::High; }
};

// A transparent score: the patient's own rate of no-shows and late cancellations, smoothed
// towards the clinic's rate for new patients, adjusted for lead time, weekday and time of
// day. Needs ViewSchedule.
class NoShowRiskModel
{
public:
    explicit NoShowRiskModel(Clinic& clinic);

    // Pure: the score for a history and an appointment's circumstances.
    [[nodiscard]] static NoShowRisk score(const AttendanceHistory& history, int leadDays, int weekday,
                                          int localHour);
    [[nodiscard]] static QString levelName(RiskLevel level);
    [[nodiscard]] static QString levelKey(RiskLevel level);

    [[nodiscard]] Result<AttendanceHistory> history(const QString& patientId, const QDateTime& before = {});
    [[nodiscard]] Result<NoShowRisk> forAppointment(const Appointment& appointment);
    // For a day of the book: keyed by appointment id; only appointments still to come.
    [[nodiscard]] Result<QHash<QString, NoShowRisk>> forAppointments(const QList<Appointment>& appointments);

private:
    Clinic& m_clinic;
};

} // namespace rapport
