#include "commands/ScheduleHoursCommands.h"

#include "ClinicAccess.h"
#include "CommandRegistry.h"
#include "commands/ScheduleCommand.h"
#include "commands/ScheduleFormat.h"
#include "scheduling/ScheduleSetup.h"

#include <QLocale>

namespace rapport::ctl {

namespace {

class HoursSet final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("hours"), QStringLiteral("set")}; }
    QString summary() const override { return tr("Set a provider's working hours on some weekdays"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Sets a provider's regular working hours on the given weekdays, in the clinic's local time; "
               "the other weekdays keep theirs. Give --from and --to once for each period of the day, in "
               "order: a gap between periods is a break. For example:\n"
               "  rapportctl hours set --provider ID --day mon-fri --from 08:00 --to 12:30 --from 13:30 --to 17:00\n"
               "  rapportctl hours set --provider ID --day sat --off\n"
               "Needs the schedule.setup permission."));
        declareProviderOption(line);
        line.addValueOption(QStringLiteral("day"),
                            tr("Weekdays: mon, tue, wed, thu, fri, sat, sun, separated by commas, or a range such as "
                               "mon-fri."),
                            QStringLiteral("DAYS"), CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("from"), tr("Start of a period, HH:MM (repeatable)."), QStringLiteral("HH:MM"));
        line.addValueOption(QStringLiteral("to"), tr("End of the same period, HH:MM (repeatable)."), QStringLiteral("HH:MM"));
        line.addValueOption(QStringLiteral("chair"), tr("The provider's usual chair or room then (its id)."),
                            QStringLiteral("ID"));
        line.addFlag(QStringLiteral("off"), tr("The provider does not work on these days."));
        declareCommon(line, tr("Print the provider's whole week as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        const auto days = ScheduleFormat::parseWeekdays(line.value(QStringLiteral("day")));
        if (!days)
            return out.usageError(line.command(), tr("--day takes weekdays such as mon,wed or mon-fri, not “%1”.")
                                                      .arg(line.value(QStringLiteral("day"))));
        const QStringList froms = line.values(QStringLiteral("from")), tos = line.values(QStringLiteral("to"));
        const bool off = line.isSet(QStringLiteral("off"));
        if (off && !froms.isEmpty())
            return out.usageError(line.command(), tr("Give either --off or --from and --to, not both."));
        if (!off && (froms.isEmpty() || froms.size() != tos.size()))
            return out.usageError(line.command(),
                                  tr("Give --from and --to once for each period of the day (or --off for a day off)."));
        QList<std::pair<int, int>> periods;
        for (qsizetype i = 0; i < froms.size(); ++i) {
            const auto from = ScheduleFormat::parseTime(froms.at(i));
            const auto to = ScheduleFormat::parseTime(tos.at(i));
            if (!from || !to)
                return out.usageError(line.command(), tr("Times are written HH:MM, such as 08:30 or 17:00, not “%1”.")
                                                          .arg(!from ? froms.at(i) : tos.at(i)));
            periods << std::pair(*from, *to);
        }
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        ScheduleSetup setup(*signedIn->clinic);
        const QString providerId = line.value(QStringLiteral("provider")).trimmed();
        auto current = setup.workingHours(providerId);
        if (!current)
            return ScheduleFormat::report(out, current.error());
        QList<WorkingInterval> week;
        for (const WorkingInterval& h : std::as_const(*current))
            if (!(*days & (1 << (h.weekday - 1))))
                week << h;
        for (int d = 1; d <= 7; ++d)
            if (*days & (1 << (d - 1)))
                for (const auto& [from, to] : std::as_const(periods))
                    week << WorkingInterval{d, from, to, line.value(QStringLiteral("chair")).trimmed()};
        if (Status s = setup.setWorkingHours(providerId, week); !s)
            return ScheduleFormat::report(out, s.error());
        auto stored = setup.workingHours(providerId);
        if (!stored)
            return ScheduleFormat::report(out, stored.error());
        if (wantsJson(line)) {
            out.printJson(QJsonObject{{QStringLiteral("providerId"), providerId},
                                      {QStringLiteral("hours"), jsonArray(*stored, &ScheduleFormat::intervalJson)}});
        } else {
            out.print(tr("Working hours set for %1.").arg(ScheduleFormat::weekdayKeys(*days).join(QStringLiteral(", "))));
        }
        return ExitCode::Success;
    }
};

class HoursShow final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("hours"), QStringLiteral("show")}; }
    QString summary() const override { return tr("Show a provider's working week"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Shows a provider's regular working hours, in the clinic's local time. Needs the "
                               "schedule.view permission."));
        declareProviderOption(line);
        declareCommon(line, tr("Print the result as one compact JSON object: {\"providerId\": ..., \"hours\": [...]}."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        ScheduleSetup setup(*signedIn->clinic);
        const QString providerId = line.value(QStringLiteral("provider")).trimmed();
        auto provider = setup.provider(providerId);
        if (!provider)
            return ScheduleFormat::report(out, provider.error());
        auto hours = setup.workingHours(providerId);
        if (!hours)
            return ScheduleFormat::report(out, hours.error());
        const QHash<QString, QString> chairs = chairNames(setup);
        const QLocale locale;
        const ListShape shape{QStringLiteral("hours"), {tr("DAY"), tr("FROM"), tr("TO"), tr("CHAIR")},
                              tr("%1 has no working hours yet; set them with 'rapportctl hours set'.").arg(provider->name),
                              {{QStringLiteral("providerId"), providerId}}};
        return printList(out, line, *hours, shape, &ScheduleFormat::intervalJson, [&](const WorkingInterval& h) {
            return QStringList{locale.dayName(h.weekday), locale.toString(QTime(0, 0).addSecs(h.startMinute * 60), QLocale::ShortFormat),
                               h.endMinute >= 24 * 60 ? QStringLiteral("24:00")
                                                      : locale.toString(QTime(0, 0).addSecs(h.endMinute * 60), QLocale::ShortFormat),
                               chairs.value(h.chairId)};
        });
    }
};

class ClosureAdd final : public ScheduleCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("closure"), QStringLiteral("add")}; }
    QString summary() const override { return tr("Close the whole clinic on a day or several days"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Records that the whole clinic is closed (a public holiday, a refit) and prints the "
                               "closure's id. Nothing is booked on those days without an override; appointments "
                               "already there stay and are shown as conflicts. Needs the schedule.setup permission."));
        line.addValueOption(QStringLiteral("date"), tr("The first day closed, YYYY-MM-DD."), QStringLiteral("DATE"),
                            CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("to"), tr("The last day closed, YYYY-MM-DD (default: the first)."),
                            QStringLiteral("DATE"));
        line.addValueOption(QStringLiteral("note"), tr("Why, such as “Christmas Day”."), QStringLiteral("TEXT"),
                            CommandLine::Presence::Required);
        declareCommon(line, tr("Print the closure as one compact JSON object."));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        const auto first = ScheduleFormat::parseDate(line.value(QStringLiteral("date")));
        const auto last = line.isSet(QStringLiteral("to")) ? ScheduleFormat::parseDate(line.value(QStringLiteral("to")))
                                                           : first;
        if (!first || !last)
            return out.usageError(line.command(), tr("Dates are written YYYY-MM-DD, such as 2026-12-25."));
        if (*last < *first)
            return out.usageError(line.command(), tr("--to is before --date; give the first day closed with --date."));
        ScheduleException e;
        e.kind = ExceptionKind::Closure;
        e.firstDate = *first;
        e.lastDate = *last;
        e.note = line.value(QStringLiteral("note")).simplified();
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        auto added = ScheduleSetup(*signedIn->clinic).addException(e);
        if (!added)
            return ScheduleFormat::report(out, added.error());
        return printAdded(out, line, added->id, ScheduleFormat::exceptionJson(*added));
    }
};

} // namespace

void ScheduleHoursCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(QStringLiteral("hours"),
                      QCoreApplication::translate("rapportctl", "Providers' working hours: set, show."));
    registry.addGroup(QStringLiteral("closure"),
                      QCoreApplication::translate("rapportctl", "Days the whole clinic is closed: add."));
    registry.add(std::make_unique<HoursSet>());
    registry.add(std::make_unique<HoursShow>());
    registry.add(std::make_unique<ClosureAdd>());
}

} // namespace rapport::ctl
