#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace rapport {
class Clinic;
}

namespace rapport::bench {

// Tomorrow as a UTC range of the clinic's local day.
struct MessagingSamples
{
    QDateTime tomorrowFrom;
    QDateTime tomorrowTo;
};

// Leaves the outbox as the appointment book's hooks would have: the clinic's default reminder
// rules (made when there are none) and, with the clock ten days back, the reminders of every
// appointment in the next ten days planned. Signs in on its own with a clock of its own.
[[nodiscard]] Status prepareReminders(const QString& path, const QString& user, const QString& password);

[[nodiscard]] Result<MessagingSamples> sampleMessaging(Clinic& clinic);

struct MessagingOp
{
    QString name;
    std::function<Status(Clinic&, const MessagingSamples&, int)> run;
};

// reminders.tomorrow: planning tomorrow's appointments again (the steady state: it must add
// nothing) and listing the messages planned for tomorrow.
[[nodiscard]] QList<MessagingOp> messagingOperations();

} // namespace rapport::bench
