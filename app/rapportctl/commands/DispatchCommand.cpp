#include "commands/DispatchCommand.h"

#include "ClinicAccess.h"
#include "CommandRegistry.h"
#include "commands/ScheduleCommand.h"
#include "commands/ScheduleFormat.h"
#include "common/Clock.h"
#include "messaging/Dispatcher.h"
#include "messaging/Outbox.h"

#include <QJsonArray>

#include <atomic>
#include <csignal>

namespace rapport::ctl {

namespace {

// Set by SIGINT or SIGTERM: the run finishes the message it is sending, records it and
// puts the rest back, so a stopped run leaves nothing claimed.
std::atomic_bool g_stop{false};
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void stopDispatch(int)
{
    g_stop.store(true);
}

class Dispatch final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

    // Messages due on a channel that is not set up wait for it; say which settings to set.
    static void hintChannels(Clinic& clinic, Output& out)
    {
        const bool email = smtpSettings(clinic).isConfigured(), sms = smsGatewaySettings(clinic).isConfigured();
        if (email && sms)
            return;
        OutboxQuery waiting;
        waiting.statuses = {OutboxStatus::Pending};
        waiting.to = clinic.clock().now().addMSecs(1);
        waiting.limit = 1;
        auto due = [&](ContactChannel channel) {
            waiting.channels = {channel};
            const auto rows = Outbox(clinic).list(waiting);
            return rows && !rows->isEmpty();
        };
        if (!email && due(ContactChannel::Email))
            out.note(tr("E-mails that are due wait until a mail server is set up: set messaging.smtp.host and "
                        "messaging.smtp.from (and messaging.smtp.username and messaging.smtp.password if the server "
                        "asks for them) with 'rapportctl settings set KEY VALUE'."));
        if (!sms && due(ContactChannel::Sms))
            out.note(tr("Text messages that are due wait until an SMS gateway is set up: set messaging.sms.preset "
                        "or messaging.sms.url (and its credentials) with 'rapportctl settings set KEY VALUE'."));
    }

public:
    QStringList path() const override { return {QStringLiteral("dispatch")}; }
    QString summary() const override { return tr("Send the reminders and recall messages that are due"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Plans the reminders of the coming days and the recall chain's contacts, then sends every e-mail and "
               "SMS that is due, and prints a summary. Meant for the system's scheduler (cron, a systemd timer, the "
               "Windows Task Scheduler) every few minutes; it may run while the window sends too: each message is "
               "claimed before it is sent, so none goes out twice. Letters and calls wait for the front desk. A "
               "message the gateway refuses is recorded as failed, one it could not reach is retried after 1, 5, 30 "
               "and 120 minutes: the run still ends with exit code 0, and the problems are listed on standard error. "
               "Stopped with Ctrl+C or SIGTERM, it finishes and records the message it is sending, leaves the rest "
               "for the next run and ends with exit code 6. Needs the messages.send permission."));
        declareCommon(line, tr("Print the summary as one compact JSON object: {\"planned\", \"sent\", \"retrying\", "
                               "\"failed\", \"skipped\", \"interrupted\", \"problems\": [...]}."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        g_stop.store(false);
        auto previousInt = std::signal(SIGINT, stopDispatch);
        auto previousTerm = std::signal(SIGTERM, stopDispatch);
        auto report = Dispatcher(*signedIn->clinic).runOnce({}, &g_stop);
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
        if (!report)
            return ScheduleFormat::report(out, report.error());
        const DispatchReport& r = *report;
        if (wantsJson(line)) {
            out.printJson({{QStringLiteral("planned"), r.planned},
                           {QStringLiteral("sent"), r.sent},
                           {QStringLiteral("retrying"), r.retrying},
                           {QStringLiteral("failed"), r.failed},
                           {QStringLiteral("skipped"), r.skipped},
                           {QStringLiteral("interrupted"), r.interrupted},
                           {QStringLiteral("stopped"), g_stop.load()},
                           {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}});
        } else {
            out.print(tr("sent %1, retrying %2, failed %3, skipped %4, interrupted %5")
                          .arg(r.sent)
                          .arg(r.retrying)
                          .arg(r.failed)
                          .arg(r.skipped)
                          .arg(r.interrupted));
        }
        for (const QString& problem : r.problems)
            out.warning(problem);
        hintChannels(*signedIn->clinic, out);
        if (g_stop.load()) {
            out.note(tr("Stopped before everything due was sent; the rest waits for the next run."));
            return ExitCode::Failed;
        }
        return ExitCode::Success;
    }
};

} // namespace

void DispatchCommand::registerWith(CommandRegistry& registry)
{
    registry.add(std::make_unique<Dispatch>());
}

} // namespace rapport::ctl
