#include "commands/OutboxCommand.h"

#include "ClinicAccess.h"
#include "CommandRegistry.h"
#include "commands/ScheduleCommand.h"
#include "commands/ScheduleFormat.h"
#include "messaging/Outbox.h"
#include "messaging/OutboxRows.h"
#include "security/SettingsService.h"

namespace rapport::ctl {

namespace {

QJsonValue utc(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// What the DETAIL column says: why it was skipped, else the gateway's or the call's words.
QString detailOf(const OutboxMessage& m)
{
    if (m.skipReason != SkipReason::None)
        return Outbox::skipReasonName(m.skipReason);
    return m.statusDetail;
}

class OutboxList final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("outbox"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List the messages planned, sent, failed or skipped"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Lists the outbox: every reminder, recall message, letter and call Rapport planned, "
                               "newest planned time first, with its status and, for a failed or skipped one, why. "
                               "Needs the messages.send permission."));
        line.addValueOption(QStringLiteral("from"), tr("Planned on this day or later, YYYY-MM-DD (the clinic's time zone)."),
                            QStringLiteral("DATE"));
        line.addValueOption(QStringLiteral("to"), tr("Planned on this day or earlier, YYYY-MM-DD."), QStringLiteral("DATE"));
        line.addValueOption(QStringLiteral("status"),
                            tr("Only these statuses (repeatable or separated by commas): %1.")
                                .arg(OutboxCommands::statusKeys().join(QStringLiteral(", "))),
                            QStringLiteral("S"));
        line.addValueOption(QStringLiteral("channel"),
                            tr("Only these channels (repeatable or separated by commas): %1.")
                                .arg(OutboxCommands::channelKeys().join(QStringLiteral(", "))),
                            QStringLiteral("C"));
        line.addValueOption(QStringLiteral("limit"), tr("At most N messages (default 2000)."), QStringLiteral("N"),
                            CommandLine::Presence::Optional, QStringLiteral("2000"));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"messages\": [...]}, instants in "
                               "ISO 8601 UTC."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        OutboxQuery query;
        std::optional<QDate> from, to;
        for (const auto& [option, date] : {std::pair(QStringLiteral("from"), &from), std::pair(QStringLiteral("to"), &to)}) {
            if (!line.isSet(option))
                continue;
            *date = ScheduleFormat::parseDate(line.value(option));
            if (!*date)
                return out.usageError(line.command(), tr("--%1 is a date written YYYY-MM-DD.").arg(option));
        }
        for (const QString& key : idList(line.values(QStringLiteral("status")))) {
            const auto status = OutboxRows::statusFromKey(key.toLower());
            if (!status)
                return out.usageError(line.command(), tr("--status is one of %1, not “%2”.")
                                                          .arg(OutboxCommands::statusKeys().join(QStringLiteral(", ")), key));
            query.statuses << *status;
        }
        for (const QString& key : idList(line.values(QStringLiteral("channel")))) {
            const auto channel = OutboxRows::channelFromKey(key.toLower());
            if (!channel)
                return out.usageError(line.command(), tr("--channel is one of %1, not “%2”.")
                                                          .arg(OutboxCommands::channelKeys().join(QStringLiteral(", ")), key));
            query.channels << *channel;
        }
        bool numeric = false;
        query.limit = line.value(QStringLiteral("limit")).toInt(&numeric);
        if (!numeric || query.limit < 1)
            return out.usageError(line.command(), tr("--limit is a whole number of 1 or more."));
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        const QTimeZone zone = SettingsService(clinic).timeZone();
        if (from)
            query.from = QDateTime(*from, QTime(0, 0), zone).toUTC();
        if (to)
            query.to = QDateTime(to->addDays(1), QTime(0, 0), zone).toUTC();
        auto rows = Outbox(clinic).list(query);
        if (!rows)
            return ScheduleFormat::report(out, rows.error());
        const ListShape shape{QStringLiteral("messages"),
                              {tr("PLANNED"), tr("STATUS"), tr("CHANNEL"), tr("KIND"), tr("PATIENT"), tr("RULE"),
                               tr("DETAIL"), tr("ID")},
                              tr("No messages match.")};
        return printList(out, line, *rows, shape, &OutboxCommands::messageJson, [&](const OutboxRow& r) {
            const OutboxMessage& m = r.message;
            return QStringList{ScheduleFormat::shownInstant(m.plannedAt, zone), Outbox::statusName(m.status),
                               Outbox::channelKey(m.channel), Outbox::kindName(m.kind), r.patientName, r.ruleName,
                               detailOf(m), m.id};
        });
    }
};

class OutboxRetry final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("outbox"), QStringLiteral("retry")}; }
    QString summary() const override { return tr("Send a failed, skipped, interrupted or cancelled message again"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Puts a failed, skipped, interrupted or cancelled message back in the queue, due now: "
                               "the next 'rapportctl dispatch' (or the window) checks it again (consent, address, "
                               "quiet hours) and sends it. For an interrupted message, check with the patient first: "
                               "it may have arrived. Needs the messages.send permission."));
        line.addArgument(QStringLiteral("ID"), tr("The message's id ('outbox list' shows it)."));
        declareCommon(line, tr("Print the message as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Outbox outbox(*signedIn->clinic);
        const QString id = line.argument(0).trimmed();
        if (auto done = outbox.retry(id); !done)
            return ScheduleFormat::report(out, done.error());
        auto row = outbox.get(id);
        if (!row)
            return ScheduleFormat::report(out, row.error());
        if (wantsJson(line))
            out.printJson(OutboxCommands::messageJson(*row));
        else
            out.print(tr("The message waits to be sent again at the next dispatch."));
        return ExitCode::Success;
    }
};

class OutboxCancel final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("outbox"), QStringLiteral("cancel")}; }
    QString summary() const override { return tr("Withdraw a message that waits to be sent"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Withdraws a waiting message: it is kept as cancelled and never sent, unless someone "
                               "retries it. Needs the messages.send permission."));
        line.addArgument(QStringLiteral("ID"), tr("The message's id ('outbox list' shows it)."));
        line.addValueOption(QStringLiteral("reason"), tr("Why, for the Messages page (up to 500 characters)."),
                            QStringLiteral("TEXT"));
        declareCommon(line, tr("Print the message as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Outbox outbox(*signedIn->clinic);
        const QString id = line.argument(0).trimmed();
        if (auto done = outbox.cancel(id, line.value(QStringLiteral("reason"))); !done)
            return ScheduleFormat::report(out, done.error());
        auto row = outbox.get(id);
        if (!row)
            return ScheduleFormat::report(out, row.error());
        if (wantsJson(line))
            out.printJson(OutboxCommands::messageJson(*row));
        else
            out.print(tr("The message is cancelled and will not be sent."));
        return ExitCode::Success;
    }
};

} // namespace

QJsonObject OutboxCommands::messageJson(const OutboxRow& row)
{
    const OutboxMessage& m = row.message;
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("key"), m.idempotencyKey},
            {QStringLiteral("kind"), Outbox::kindKey(m.kind)},
            {QStringLiteral("patientId"), textOrNull(m.patientId)},
            {QStringLiteral("patientName"), textOrNull(row.patientName)},
            {QStringLiteral("appointmentId"), textOrNull(m.appointmentId)},
            {QStringLiteral("recallId"), textOrNull(m.recallId)},
            {QStringLiteral("ruleId"), textOrNull(m.ruleId)},
            {QStringLiteral("ruleName"), textOrNull(row.ruleName)},
            {QStringLiteral("channel"), Outbox::channelKey(m.channel)},
            {QStringLiteral("plannedAt"), utc(m.plannedAt)},
            {QStringLiteral("status"), Outbox::statusKey(m.status)},
            {QStringLiteral("skipReason"), textOrNull(Outbox::skipReasonKey(m.skipReason))},
            {QStringLiteral("detail"), textOrNull(m.statusDetail)},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("nextAttemptAt"), utc(m.nextAttemptAt)},
            {QStringLiteral("sentAt"), utc(m.sentAt)}};
}

QStringList OutboxCommands::statusKeys()
{
    QStringList out;
    for (OutboxStatus s : {OutboxStatus::Pending, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed,
                           OutboxStatus::Skipped, OutboxStatus::Cancelled, OutboxStatus::Interrupted})
        out << Outbox::statusKey(s);
    return out;
}

QStringList OutboxCommands::channelKeys()
{
    QStringList out;
    for (ContactChannel c : {ContactChannel::Email, ContactChannel::Sms, ContactChannel::Letter, ContactChannel::Phone})
        out << Outbox::channelKey(c);
    return out;
}

void OutboxCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(QStringLiteral("outbox"),
                      QCoreApplication::translate("rapportctl", "The messages Rapport sends: list, retry, cancel."));
    registry.add(std::make_unique<OutboxList>());
    registry.add(std::make_unique<OutboxRetry>());
    registry.add(std::make_unique<OutboxCancel>());
}

} // namespace rapport::ctl
