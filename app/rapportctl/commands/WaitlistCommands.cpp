#include "commands/WaitlistCommands.h"

#include "ClinicAccess.h"
#include "CommandRegistry.h"
#include "commands/ScheduleCommand.h"
#include "commands/ScheduleFormat.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/Waitlist.h"
#include "security/SettingsService.h"

#include <QLocale>

namespace rapport::ctl {

namespace {

class WaitlistAdd final : public ScheduleCommand
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
        if (auto wrong = readWeekdays(line, out, e.weekdays))
            return *wrong;
        if (auto wrong = readTimesOfDay(line, out, e.earliestMinute, e.latestMinute))
            return *wrong;
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
        return printAdded(out, line, added->id, ScheduleFormat::waitlistJson(*added, SettingsService(clinic).timeZone()));
    }
};

class WaitlistList final : public ScheduleCommand
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
        ScheduleSetup setup(clinic);
        const QHash<QString, QString> types = typeNames(setup), providers = providerNames(setup);
        const QLocale locale;
        const ListShape shape{
            QStringLiteral("entries"),
            {tr("PATIENT ID"), tr("TYPE"), tr("PROVIDER"), tr("DAYS"), tr("TIMES"), tr("DATES"), tr("WAITING SINCE"), tr("ID")},
            tr("Nobody is waiting for an earlier slot.")};
        const auto toJson = [&](const WaitlistEntry& e) { return ScheduleFormat::waitlistJson(e, zone); };
        return printList(out, line, *entries, shape, toJson, [&](const WaitlistEntry& e) {
            const QString dates = e.earliestDate.isValid() || e.latestDate.isValid()
                ? QStringLiteral("%1 – %2").arg(e.earliestDate.isValid() ? locale.toString(e.earliestDate, QLocale::ShortFormat) : QString(),
                                                e.latestDate.isValid() ? locale.toString(e.latestDate, QLocale::ShortFormat) : QString())
                : tr("any");
            return QStringList{e.patientId,
                               e.typeId.isEmpty() ? tr("%n minute(s)", nullptr, e.durationMinutes) : types.value(e.typeId),
                               e.providerId.isEmpty() ? tr("anyone") : providers.value(e.providerId),
                               e.weekdays == 0x7F ? tr("any") : ScheduleFormat::weekdayKeys(e.weekdays).join(QLatin1Char(',')),
                               ScheduleFormat::timeText(e.earliestMinute) + QStringLiteral("–")
                                   + ScheduleFormat::timeText(e.latestMinute),
                               dates, ScheduleFormat::shownInstant(e.createdAt, zone), e.id};
        });
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
