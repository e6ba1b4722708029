#include "MessagingBench.h"

#include "common/Clock.h"
#include "messaging/MessagingSetup.h"
#include "messaging/Outbox.h"
#include "messaging/ReminderPlanner.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QTimeZone>

namespace rapport::bench {

Status prepareReminders(const QString& path, const QString& user, const QString& password)
{
    constexpr int kDays = 10;
    ManualClock clock(QDateTime::currentDateTimeUtc().addDays(-kDays));
    RAPPORT_TRY_ASSIGN(const std::unique_ptr<Clinic> clinic, Clinic::signIn(path, user, password, clock));
    MessagingSetup setup(*clinic);
    RAPPORT_TRY_ASSIGN(const QList<ReminderRule> rules, setup.rules());
    if (rules.isEmpty())
        RAPPORT_TRY(setup.createDefaultRules());
    // Booked at least ten days ago: every reminder of the next ten days is in the outbox.
    RAPPORT_TRY(ReminderPlanner(*clinic).planRange(clock.now(), clock.now().addDays(2 * kDays)));
    return clinic->database().checkpoint();
}

Result<MessagingSamples> sampleMessaging(Clinic& clinic)
{
    const SettingsService settings(clinic);
    const QTimeZone zone = settings.timeZone();
    const QDate tomorrow = settings.today().addDays(1);
    MessagingSamples s;
    s.tomorrowFrom = QDateTime(tomorrow, QTime(0, 0), zone).toUTC();
    s.tomorrowTo = QDateTime(tomorrow.addDays(1), QTime(0, 0), zone).toUTC();
    return s;
}

QList<MessagingOp> messagingOperations()
{
    return {
        MessagingOp{QStringLiteral("reminders.tomorrow"),
                    [](Clinic& c, const MessagingSamples& s, int) -> Status {
                        RAPPORT_TRY_ASSIGN(const int added, ReminderPlanner(c).planRange(s.tomorrowFrom, s.tomorrowTo));
                        if (added != 0)
                            return fail(ErrorCode::Internal,
                                        QStringLiteral("planning tomorrow again added %1 reminders").arg(added));
                        OutboxQuery q;
                        q.from = s.tomorrowFrom;
                        q.to = s.tomorrowTo;
                        q.kinds = {MessageKind::Reminder};
                        RAPPORT_TRY_ASSIGN(const QList<OutboxRow> planned, Outbox(c).list(q));
                        if (planned.isEmpty())
                            return fail(ErrorCode::NotFound, QStringLiteral("no reminders planned for tomorrow"));
                        return {};
                    }},
    };
}

} // namespace rapport::bench
