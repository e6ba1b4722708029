#include "commands/WaitlistCommands.h"

#include "ClinicAccess.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "commands/ScheduleFormat.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/Waitlist.h"
#include "security/SettingsService.h"

#include <QJsonArray>
#include <QLocale>

namespace rapport::ctl {

namespace {

const QString Json = QStringLiteral("json");

void declareCommon(CommandLine& line, const QString& jsonHelp)
{
    ClinicAccess::declareSignInOptions(line);
    line.addFlag(Json, jsonHelp);
    line.addHelpSection(ClinicAccess::standardInputHelp(
        {QCoreApplication::translate("rapportctl", "your password (the member of staff given with --user)")}));
}

class WaitlistAdd final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("waitlist"), QStringLiteral("add")}; }
    QString summary() const override { return tr("Put a patient on the waiting list for an earlier slot"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Adds a patient who wants an earlier appointment, with what they can take, and prints "
                               "the entry's id. When an appointment is cancelled or moved, the entries that fit are "
                               "offered first. Needs the schedule.book permission."));
        line.addValueOption(QStringLiteral("patient"), tr("The patient's id."), QStringLiteral("ID"),
                            CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("type"), tr("The appointment type's name."), QStringLiteral("NAME"));
        line.addValueOption(QStringLiteral("minutes"), tr("How long, when no type is given."), QStringLiteral("M"));
        line.addValueOption(QStringLiteral("provider"), tr("Only with this provider (id; default: anyone)."),
                            QStringLiteral("ID"));
        line.addValueOption(QStringLiteral("days"), tr("Weekdays the patient can come, such as mon,tue or mon-fri "
                                                       "(default: any)."),
                            QStringLiteral("DAYS"));
        line.addValueOption(QStringLiteral("from-time"), tr("Earliest start time, HH:MM."), QStringLiteral("HH:MM"));
        line.addValueOption(QStringLiteral("to-time"), tr("Latest start time, HH:MM."), QStringLiteral("HH:MM"));
        line.addValueOption(QStringLiteral("earliest"), tr("Not before this day, YYYY-MM-DD."), QStringLiteral("DATE"));
        line.addValueOption(QStringLiteral("latest"), tr("Not after this day, YYYY-MM-DD."), QStringLiteral("DATE"));
        line.addValueOption(QStringLiteral("current-appointment"),
                            tr("The later appointment the patient holds now (id), moved when a slot is booked."),
                            QStringLiteral("ID"));
        line.addValueOption(QStringLiteral("priority"), tr("0 (normal) to 99 (most urgent)."), QStringLiteral("N"),
                            CommandLine::Presence::Optional, QStringLiteral("0"));
        line.addValueOption(QStringLiteral("note"), tr("A note for the front desk."), QStringLiteral("TEXT"));
        declareCommon(line, tr("Print the new entry as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        WaitlistEntry e;
        e.patientId = line.value(QStringLiteral("patient")).trimmed();
        e.providerId = line.value(QStringLiteral("provider")).trimmed();
        e.currentAppointmentId = line.value(QStringLiteral("current-appointment")).trimmed();
        e.note = line.value(QStringLiteral("note"));
        bool numeric = true;
        if (line.isSet(QStringLiteral("minutes")))
            e.durationMinutes = line.value(QStringLiteral("minutes")).toInt(&numeric);
        if (!numeric)
            return out.usageError(line.command(), tr("--minutes is a whole number of minutes."));
        e.priority = line.value(QStringLiteral("priority")).toInt(&numeric);
        if (!numeric)
            return out.usageError(line.command(), tr("--priority is a whole number from 0 to 99."));
        if (line.isSet(QStringLiteral("days"))) {
            const auto days = ScheduleFormat::parseWeekdays(line.value(QStringLiteral("days")));
            if (!days)
                return out.usageError(line.command(), tr("--days takes weekdays such as mon,wed or mon-fri."));
            e.weekdays = *days;
        }
        for (const auto& [option, minute] : {std::pair(QStringLiteral("from-time"), &e.earliestMinute),
                                             std::pair(QStringLiteral("to-time"), &e.latestMinute)}) {
            if (!line.isSet(option))
                continue;
            const auto parsed = ScheduleFormat::parseTime(line.value(option));
            if (!parsed)
                return out.usageError(line.command(), tr("--%1 is a time written HH:MM, such as 08:30.").arg(option));
            *minute = *parsed;
        }
        for (const auto& [option, date] : {std::pair(QStringLiteral("earliest"), &e.earliestDate),
                                           std::pair(QStringLiteral("latest"), &e.latestDate)}) {
            if (!line.isSet(option))
                continue;
            const auto parsed = ScheduleFormat::parseDate(line.value(option));
            if (!parsed)
                return out.usageError(line.command(), tr("--%1 is a date written YYYY-MM-DD.").arg(option));
            *date = *parsed;
        }
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        if (line.isSet(QStringLiteral("type"))) {
            auto type = ScheduleSetup(clinic).typeByName(line.value(QStringLiteral("type")));
            if (!type)
                return ScheduleFormat::report(out, type.error());
            e.typeId = type->id;
        }
        auto added = Waitlist(clinic).add(e);
        if (!added)
            return ScheduleFormat::report(out, added.error());
        if (line.isSet(Json))
            out.printJson(ScheduleFormat::waitlistJson(*added, SettingsService(clinic).timeZone()));
        else
            out.print(added->id);
        return ExitCode::Success;
    }
};

class WaitlistList final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("waitlist"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List the patients waiting for an earlier slot"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Lists the waiting list, longest waiting first. Needs the schedule.view permission."));
        line.addFlag(QStringLiteral("all"), tr("Also list entries that were booked or removed."));
        declareCommon(line, tr("Print the result as one compact JSON object: {\"entries\": [...]}."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        auto entries = Waitlist(clinic).list(line.isSet(QStringLiteral("all")));
        if (!entries)
            return ScheduleFormat::report(out, entries.error());
        const QTimeZone zone = SettingsService(clinic).timeZone();
        if (line.isSet(Json)) {
            QJsonArray list;
            for (const WaitlistEntry& e : std::as_const(*entries))
                list.append(ScheduleFormat::waitlistJson(e, zone));
            out.printJson(QJsonObject{{QStringLiteral("entries"), list}});
            return ExitCode::Success;
        }
        if (entries->isEmpty()) {
            out.note(tr("Nobody is waiting for an earlier slot."));
            return ExitCode::Success;
        }
        ScheduleSetup setup(clinic);
        QHash<QString, QString> types, providers;
        if (auto all = setup.types(true))
            for (const AppointmentType& t : std::as_const(*all))
                types.insert(t.id, t.name);
        if (auto all = setup.providers(true))
            for (const Provider& p : std::as_const(*all))
                providers.insert(p.id, p.name);
        const QLocale locale;
        QList<QStringList> rows{
            {tr("PATIENT ID"), tr("TYPE"), tr("PROVIDER"), tr("DAYS"), tr("TIMES"), tr("DATES"), tr("WAITING SINCE"), tr("ID")}};
        for (const WaitlistEntry& e : std::as_const(*entries)) {
            const QString dates = e.earliestDate.isValid() || e.latestDate.isValid()
                ? QStringLiteral("%1 – %2").arg(e.earliestDate.isValid() ? locale.toString(e.earliestDate, QLocale::ShortFormat) : QString(),
                                                e.latestDate.isValid() ? locale.toString(e.latestDate, QLocale::ShortFormat) : QString())
                : tr("any");
            rows << QStringList{e.patientId,
                                e.typeId.isEmpty() ? tr("%n minute(s)", nullptr, e.durationMinutes) : types.value(e.typeId),
                                e.providerId.isEmpty() ? tr("anyone") : providers.value(e.providerId),
                                e.weekdays == 0x7F ? tr("any") : ScheduleFormat::weekdayKeys(e.weekdays).join(QLatin1Char(',')),
                                ScheduleFormat::timeText(e.earliestMinute) + QStringLiteral("–")
                                    + ScheduleFormat::timeText(e.latestMinute),
                                dates, ScheduleFormat::shownInstant(e.createdAt, zone), e.id};
        }
        out.printTable(rows);
        return ExitCode::Success;
    }
};

} // namespace

void WaitlistCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(QStringLiteral("waitlist"),
                      QCoreApplication::translate("rapportctl", "Patients who want an earlier slot: add, list."));
    registry.add(std::make_unique<WaitlistAdd>());
    registry.add(std::make_unique<WaitlistList>());
}

} // namespace rapport::ctl
