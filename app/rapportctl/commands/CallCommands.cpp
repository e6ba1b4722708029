#include "commands/CallCommands.h"

#include "ClinicAccess.h"
#include "CommandRegistry.h"
#include "commands/ScheduleCommand.h"
#include "commands/ScheduleFormat.h"
#include "messaging/CallList.h"
#include "patients/PhoneNumbers.h"
#include "security/SettingsService.h"

namespace rapport::ctl {

namespace {

const QList<CallOutcome> Outcomes{CallOutcome::Reached,     CallOutcome::LeftMessage, CallOutcome::NoAnswer,
                                  CallOutcome::WrongNumber, CallOutcome::Declined,    CallOutcome::Booked};

QString outcomeKeys()
{
    QStringList keys;
    for (CallOutcome o : Outcomes)
        keys << CallList::outcomeKey(o);
    return keys.join(QLatin1Char('|'));
}

QJsonValue utc(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject entryJson(const CallListEntry& e)
{
    return {{QStringLiteral("outboxId"), textOrNull(e.outboxId)},
            {QStringLiteral("patientId"), e.patientId},
            {QStringLiteral("patientName"), e.patientName},
            {QStringLiteral("phone"), textOrNull(e.phone)},
            {QStringLiteral("appointmentId"), textOrNull(e.appointmentId)},
            {QStringLiteral("appointmentStart"), utc(e.appointmentStart)},
            {QStringLiteral("recallId"), textOrNull(e.recallId)},
            {QStringLiteral("recallType"), textOrNull(e.recallTypeName)},
            {QStringLiteral("recallDue"), e.recallDue.isValid() ? QJsonValue(e.recallDue.toString(Qt::ISODate))
                                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("previousCalls"), e.previousCalls},
            {QStringLiteral("lastCallAt"), utc(e.lastCallAt)},
            {QStringLiteral("lastOutcome"),
             e.previousCalls > 0 ? QJsonValue(CallList::outcomeKey(e.lastOutcome)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject callJson(const CallRecord& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("patientId"), c.patientId},
            {QStringLiteral("outboxId"), textOrNull(c.outboxId)},
            {QStringLiteral("appointmentId"), textOrNull(c.appointmentId)},
            {QStringLiteral("recallId"), textOrNull(c.recallId)},
            {QStringLiteral("outcome"), CallList::outcomeKey(c.outcome)},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("at"), utc(c.at)},
            {QStringLiteral("byId"), textOrNull(c.byId)}};
}

class CallsToday final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("calls"), QStringLiteral("today")}; }
    QString summary() const override { return tr("Whom to call today, and why"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Lists today's call list: reminders and recall steps planned as calls, and coming "
                               "appointments in the next two working days that are rated high no-show risk and not "
                               "confirmed. Record each call with 'rapportctl call record'. Needs the recalls.work "
                               "permission."));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"calls\": [...]}, instants in ISO 8601 "
                               "UTC."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        auto entries = CallList(clinic).today();
        if (!entries)
            return ScheduleFormat::report(out, entries.error());
        const SettingsService settings(clinic);
        const QString region = settings.region();
        const QTimeZone zone = settings.timeZone();
        const ListShape shape{QStringLiteral("calls"),
                              {tr("PATIENT"), tr("PHONE"), tr("WHY"), tr("CALLED"), tr("ID")},
                              tr("Nobody to call today.")};
        return printList(out, line, *entries, shape, &entryJson, [&](const CallListEntry& e) {
            const QString called = e.previousCalls == 0
                ? QString()
                : tr("%1×, last %2 (%3)")
                      .arg(e.previousCalls)
                      .arg(ScheduleFormat::shownInstant(e.lastCallAt, zone), CallList::outcomeName(e.lastOutcome));
            return QStringList{e.patientName,
                               e.phone.isEmpty() ? tr("no number") : PhoneNumbers::format(e.phone, region),
                               e.reason, called, e.outboxId.isEmpty() ? e.appointmentId : e.outboxId};
        });
    }
};

class CallsConfirmations final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("calls"), QStringLiteral("confirmations")}; }
    QString summary() const override { return tr("The confirmation rate over a period"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Of the appointments that started in the period and held time or were missed (no-shows, "
                               "late cancellations), how many were confirmed before they started. Needs the "
                               "schedule.view permission."));
        line.addValueOption(QStringLiteral("from"), tr("The first day, YYYY-MM-DD (default 30 days before --to)."),
                            QStringLiteral("DATE"));
        line.addValueOption(QStringLiteral("to"), tr("The last day, YYYY-MM-DD (default yesterday)."),
                            QStringLiteral("DATE"));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"from\", \"to\", \"appointments\", "
                               "\"confirmed\", \"rate\"}, the rate from 0 to 1."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        std::optional<QDate> from;
        std::optional<QDate> to;
        for (const auto& [option, date] : {std::pair(QStringLiteral("from"), &from), std::pair(QStringLiteral("to"), &to)}) {
            if (!line.isSet(option))
                continue;
            *date = ScheduleFormat::parseDate(line.value(option));
            if (!*date)
                return out.usageError(line.command(), tr("--%1 is a date written YYYY-MM-DD.").arg(option));
        }
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        const SettingsService settings(clinic);
        const QTimeZone zone = settings.timeZone();
        const QDate last = to.value_or(settings.today().addDays(-1));
        const QDate first = from.value_or(last.addDays(-29));
        if (last < first)
            return out.usageError(line.command(), tr("--to is before --from."));
        auto rate = CallList(clinic).confirmationRate(QDateTime(first, QTime(0, 0), zone),
                                                      QDateTime(last.addDays(1), QTime(0, 0), zone));
        if (!rate)
            return ScheduleFormat::report(out, rate.error());
        if (line.isSet(QStringLiteral("json"))) {
            out.printJson(QJsonObject{{QStringLiteral("from"), first.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), last.toString(Qt::ISODate)},
                                      {QStringLiteral("appointments"), rate->appointments},
                                      {QStringLiteral("confirmed"), rate->confirmed},
                                      {QStringLiteral("rate"), rate->rate()}});
            return ExitCode::Success;
        }
        if (rate->appointments == 0)
            out.print(tr("No appointments from %1 to %2.").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
        else
            out.print(tr("%1 of %2 appointments from %3 to %4 were confirmed before they started (%5%).")
                          .arg(rate->confirmed)
                          .arg(rate->appointments)
                          .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
                          .arg(qRound(rate->rate() * 100)));
        return ExitCode::Success;
    }
};

class CallRecordCommand final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("call"), QStringLiteral("record")}; }
    QString summary() const override { return tr("Record the outcome of a call from the call list"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Records a call on today's list. reached and booked confirm the appointment it is about; declined "
               "declines the recall; wrong-number takes it off the list as failed; no-answer puts it back on "
               "tomorrow's list until the recall's attempts are used. Needs the recalls.work permission."));
        line.addArgument(QStringLiteral("ID"), tr("The ID column of 'rapportctl calls today': the call's outbox id, or "
                                                  "the appointment's id for a confirmation call."));
        line.addValueOption(QStringLiteral("outcome"), tr("One of %1.").arg(outcomeKeys()), QStringLiteral("OUTCOME"),
                            CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("note"), tr("A note for the patient's timeline (up to 2000 characters)."),
                            QStringLiteral("TEXT"));
        declareCommon(line, tr("Print the recorded call as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        const auto outcome = CallList::outcomeFromKey(line.value(QStringLiteral("outcome")).trimmed().toLower());
        if (!outcome)
            return out.usageError(line.command(), tr("--outcome is one of %1, not “%2”.")
                                                      .arg(outcomeKeys(), line.value(QStringLiteral("outcome"))));
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        CallList calls(*signedIn->clinic);
        const QString id = line.argument(0).trimmed();
        // The entry as the list shows it; an outbox id no longer on the list is still
        // looked up, so that recording it twice says why it cannot be.
        CallListEntry entry;
        entry.outboxId = id;
        auto today = calls.today();
        if (!today)
            return ScheduleFormat::report(out, today.error());
        for (const CallListEntry& e : std::as_const(*today))
            if (e.outboxId == id || (e.outboxId.isEmpty() && e.appointmentId == id))
                entry = e;
        auto recorded = calls.record(entry, *outcome, line.value(QStringLiteral("note")));
        if (!recorded)
            return ScheduleFormat::report(out, recorded.error());
        if (wantsJson(line))
            out.printJson(callJson(*recorded));
        else
            out.print(tr("Call recorded: %1.").arg(CallList::outcomeName(*outcome)));
        return ExitCode::Success;
    }
};

} // namespace

void CallCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(QStringLiteral("calls"), QCoreApplication::translate("rapportctl", "The call list: today's calls, the confirmation rate."));
    registry.addGroup(QStringLiteral("call"), QCoreApplication::translate("rapportctl", "One call: record."));
    registry.add(std::make_unique<CallsToday>());
    registry.add(std::make_unique<CallsConfirmations>());
    registry.add(std::make_unique<CallRecordCommand>());
}

} // namespace rapport::ctl
