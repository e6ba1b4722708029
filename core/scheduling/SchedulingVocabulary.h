#pragma once

#include "scheduling/Scheduling.h"

#include <optional>

namespace rapport {

// Stable keys (database, command line, JSON) and translated names for the scheduling area.
class SchedulingVocabulary
{
public:
    [[nodiscard]] static QString statusKey(AppointmentStatus s);
    [[nodiscard]] static std::optional<AppointmentStatus> statusFromKey(const QString& key);
    [[nodiscard]] static QString statusName(AppointmentStatus s);
    [[nodiscard]] static QList<AppointmentStatus> allStatuses();
    // The statuses a member of staff may move an appointment to from this one.
    [[nodiscard]] static QList<AppointmentStatus> allowedNext(AppointmentStatus from);
    [[nodiscard]] static bool isCancellation(AppointmentStatus s);
    // Cancellations need a reason.
    [[nodiscard]] static bool needsReason(AppointmentStatus s);

    [[nodiscard]] static QString exceptionKey(ExceptionKind k);
    [[nodiscard]] static std::optional<ExceptionKind> exceptionFromKey(const QString& key);
    [[nodiscard]] static QString exceptionName(ExceptionKind k);

    [[nodiscard]] static QStringList providerKinds(); // keys
    [[nodiscard]] static QString providerKindName(const QString& key);

    [[nodiscard]] static QString conflictName(ScheduleConflict::Kind k);
};

} // namespace rapport
