#pragma once

#include "Command.h"
#include "CommandLine.h"
#include "Output.h"
#include "scheduling/Scheduling.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <expected>
#include <optional>

namespace rapport {
class ScheduleSetup;
}

namespace rapport::ctl {

// What the scheduling commands (providers, chairs, types, hours, appointments, slots and the
// waiting list) have in common: the same sign-in and --json options, the same way of reading
// weekdays and times of day, and the same shape of output: a new record's id, or a list as a
// table, with --json as one compact object.
class ScheduleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

protected:
    // The sign-in options, --json with this help and the standard input's one line.
    static void declareCommon(CommandLine& line, const QString& jsonHelp);
    // The required --provider ID.
    static void declareProviderOption(CommandLine& line);
    [[nodiscard]] static bool wantsJson(const CommandLine& line);

    // Ids given as a repeated option, separated by commas, or both.
    [[nodiscard]] static QStringList idList(const QStringList& values);

    // --days into a bit set (bit 0 = Monday), left as it is when the option is not given. A
    // usage error's exit code when the option cannot be read.
    [[nodiscard]] static std::optional<ExitCode> readWeekdays(const CommandLine& line, Output& out, int& weekdays);
    // --from-time and --to-time as minutes after midnight, each left as it is when not given.
    [[nodiscard]] static std::optional<ExitCode> readTimesOfDay(const CommandLine& line, Output& out,
                                                                int& earliestMinute, int& latestMinute);

    // The appointment type by its name; when there is none, a refusal that says how to list them.
    [[nodiscard]] static std::expected<AppointmentType, ExitCode> typeNamed(ScheduleSetup& setup,
                                                                            const QString& name, Output& out);

    // Names by id for a table; a table without them still shows the ids.
    [[nodiscard]] static QHash<QString, QString> providerNames(ScheduleSetup& setup);
    [[nodiscard]] static QHash<QString, QString> chairNames(ScheduleSetup& setup);
    [[nodiscard]] static QHash<QString, QString> typeNames(ScheduleSetup& setup);

    template <typename T, typename ToJson>
    [[nodiscard]] static QJsonArray jsonArray(const QList<T>& items, ToJson toJson)
    {
        QJsonArray list;
        for (const T& item : items)
            list.append(toJson(item));
        return list;
    }

    // A record just added: its id, or with --json the whole record.
    static ExitCode printAdded(Output& out, const CommandLine& line, const QString& id, const QJsonObject& json);

    // How a list command shows its result: with --json one object holding the list under
    // jsonKey (and jsonFields beside it); otherwise a table under heading, or emptyNote on
    // standard error when there is nothing to list.
    struct ListShape
    {
        QString jsonKey;
        QStringList heading;
        QString emptyNote;
        QJsonObject jsonFields = {};
    };

    template <typename T, typename ToJson, typename ToRow>
    static ExitCode printList(Output& out, const CommandLine& line, const QList<T>& items, const ListShape& shape,
                              ToJson toJson, ToRow toRow)
    {
        if (wantsJson(line)) {
            QJsonObject result = shape.jsonFields;
            result.insert(shape.jsonKey, jsonArray(items, toJson));
            out.printJson(result);
            return ExitCode::Success;
        }
        if (items.isEmpty()) {
            out.note(shape.emptyNote);
            return ExitCode::Success;
        }
        QList<QStringList> rows{shape.heading};
        for (const T& item : items)
            rows << toRow(item);
        out.printTable(rows);
        return ExitCode::Success;
    }
};

} // namespace rapport::ctl
