#include "commands/ScheduleCommand.h"

#include "ClinicAccess.h"
#include "commands/ScheduleFormat.h"
#include "scheduling/ScheduleSetup.h"

namespace rapport::ctl {

namespace {

const QString Json = QStringLiteral("json");

template <typename T>
QHash<QString, QString> namesById(const Result<QList<T>>& all)
{
    QHash<QString, QString> names;
    if (all)
        for (const T& item : *all)
            names.insert(item.id, item.name);
    return names;
}

} // namespace

void ScheduleCommand::declareCommon(CommandLine& line, const QString& jsonHelp)
{
    ClinicAccess::declareSignInOptions(line);
    line.addFlag(Json, jsonHelp);
    line.addHelpSection(ClinicAccess::standardInputHelp(
        {QCoreApplication::translate("rapportctl", "your password (the member of staff given with --user)")}));
}

void ScheduleCommand::declareProviderOption(CommandLine& line)
{
    line.addValueOption(QStringLiteral("provider"), tr("The provider's id ('provider list' shows it)."),
                        QStringLiteral("ID"), CommandLine::Presence::Required);
}

bool ScheduleCommand::wantsJson(const CommandLine& line)
{
    return line.isSet(Json);
}

QStringList ScheduleCommand::idList(const QStringList& values)
{
    QStringList ids;
    for (const QString& v : values)
        for (const QString& id : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids << id.trimmed();
    return ids;
}

std::optional<ExitCode> ScheduleCommand::readWeekdays(const CommandLine& line, Output& out, int& weekdays)
{
    if (!line.isSet(QStringLiteral("days")))
        return std::nullopt;
    const auto days = ScheduleFormat::parseWeekdays(line.value(QStringLiteral("days")));
    if (!days)
        return out.usageError(line.command(), tr("--days takes weekdays such as mon,wed or mon-fri."));
    weekdays = *days;
    return std::nullopt;
}

std::optional<ExitCode> ScheduleCommand::readTimesOfDay(const CommandLine& line, Output& out, int& earliestMinute,
                                                        int& latestMinute)
{
    for (const auto& [option, minute] : {std::pair(QStringLiteral("from-time"), &earliestMinute),
                                         std::pair(QStringLiteral("to-time"), &latestMinute)}) {
        if (!line.isSet(option))
            continue;
        const auto parsed = ScheduleFormat::parseTime(line.value(option));
        if (!parsed)
            return out.usageError(line.command(), tr("--%1 is a time written HH:MM, such as 08:30.").arg(option));
        *minute = *parsed;
    }
    return std::nullopt;
}

std::expected<AppointmentType, ExitCode> ScheduleCommand::typeNamed(ScheduleSetup& setup, const QString& name,
                                                                    Output& out)
{
    auto type = setup.typeByName(name);
    if (type)
        return *type;
    if (type.error().code == ErrorCode::NotFound)
        return std::unexpected(out.refuse(
            tr("There is no appointment type called “%1”; 'rapportctl type list' shows them.").arg(name)));
    return std::unexpected(ScheduleFormat::report(out, type.error()));
}

QHash<QString, QString> ScheduleCommand::providerNames(ScheduleSetup& setup)
{
    return namesById(setup.providers(true));
}

QHash<QString, QString> ScheduleCommand::chairNames(ScheduleSetup& setup)
{
    return namesById(setup.chairs(true));
}

QHash<QString, QString> ScheduleCommand::typeNames(ScheduleSetup& setup)
{
    return namesById(setup.types(true));
}

ExitCode ScheduleCommand::printAdded(Output& out, const CommandLine& line, const QString& id, const QJsonObject& json)
{
    if (wantsJson(line))
        out.printJson(json);
    else
        out.print(id);
    return ExitCode::Success;
}

} // namespace rapport::ctl
