#include "CommandRegistry.h"

#include "CommandLine.h"
#include "Output.h"

namespace rapport::ctl {

namespace {
const QString Program = QStringLiteral("rapportctl");

bool isHelpWord(const QString& word)
{
    return word == QStringLiteral("--help") || word == QStringLiteral("-h") ||
           word == QStringLiteral("-help");
}
} // namespace

void CommandRegistry::addGroup(const QString& name, const QString& summary)
{
    m_groups.append({name, summary});
}

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

const Command* CommandRegistry::find(const QStringList& words) const
{
    for (const auto& command : m_commands)
        if (command->path() == words)
            return command.get();
    return nullptr;
}

bool CommandRegistry::isGroup(const QString& word) const
{
    for (const auto& group : m_groups)
        if (group.first == word)
            return true;
    return false;
}

QString CommandRegistry::commandList(const QString& group) const
{
    QList<QPair<QString, QString>> rows;
    qsizetype width = 0;
    for (const auto& command : m_commands) {
        const QStringList path = command->path();
        if (!group.isEmpty() && path.first() != group)
            continue;
        const QString name = path.join(QLatin1Char(' '));
        width = qMax(width, name.size());
        rows.append({name, command->summary()});
    }
    QString text;
    for (const auto& [name, summary] : rows)
        text += QStringLiteral("  ") + name.leftJustified(width + 2) + summary + QLatin1Char('\n');
    return text;
}

QString CommandRegistry::overview() const
{
    return tr("Usage: %1 COMMAND [options]\n"
              "\n"
              "Rapport's command-line tool: create a clinic, manage staff accounts, patients and settings, "
              "and check the audit trail.\n"
              "\n"
              "Commands:\n")
               .arg(Program) +
           commandList({}) +
           tr("\n"
              "Commands that open a clinic take --db PATH --user NAME --password-stdin and read the password "
              "from the first line of standard input. Passwords are never given as arguments, where other "
              "users of the computer could see them.\n"
              "\n"
              "Run '%1 COMMAND --help' (or '%1 help COMMAND') for a command's options; '%1 --version' shows "
              "the versions.\n")
               .arg(Program) +
           QLatin1Char('\n') + exitCodeHelp();
}

QString CommandRegistry::groupHelp(const QString& group) const
{
    QString summary;
    for (const auto& g : m_groups)
        if (g.first == group)
            summary = g.second;
    return tr("Usage: %1 %2 COMMAND [options]\n\n%3\n\nCommands:\n").arg(Program, group, summary) +
           commandList(group) +
           tr("\nRun '%1 %2 COMMAND --help' for a command's options.\n").arg(Program, group) +
           QLatin1Char('\n') + exitCodeHelp();
}

ExitCode CommandRegistry::runCommand(const Command& command, const QStringList& arguments,
                                     CommandContext& context) const
{
    CommandLine line(command.path());
    command.declare(line);
    if (!line.parse(arguments))
        return context.out.usageError(line.command(), line.errorText());
    if (line.helpRequested()) {
        context.out.print(line.helpText().trimmed());
        return ExitCode::Success;
    }
    return command.run(line, context);
}

ExitCode CommandRegistry::dispatch(const QStringList& arguments, CommandContext& context) const
{
    Output& out = context.out;
    if (arguments.isEmpty()) {
        out.note(overview().trimmed());
        return ExitCode::Usage;
    }
    const QString first = arguments.first();
    if (isHelpWord(first)) {
        out.print(overview().trimmed());
        return ExitCode::Success;
    }
    if (first == QStringLiteral("help")) {
        if (arguments.size() == 1) {
            out.print(overview().trimmed());
            return ExitCode::Success;
        }
        return dispatch(arguments.mid(1) + QStringList{QStringLiteral("--help")}, context);
    }
    if (first == QStringLiteral("--version"))
        return dispatch(QStringList{QStringLiteral("version")} + arguments.mid(1), context);
    if (first.startsWith(QLatin1Char('-')))
        return out.usageError(Program,
                              tr("Name a command before its options; “%1” is not a command.").arg(first));

    if (arguments.size() >= 2) {
        if (const Command* command = find(arguments.mid(0, 2)))
            return runCommand(*command, arguments.mid(2), context);
    }
    if (const Command* command = find(arguments.mid(0, 1)))
        return runCommand(*command, arguments.mid(1), context);
    if (isGroup(first)) {
        const QString second = arguments.value(1);
        if (isHelpWord(second)) {
            out.print(groupHelp(first).trimmed());
            return ExitCode::Success;
        }
        const QString group = Program + QLatin1Char(' ') + first;
        if (second.isEmpty() || second.startsWith(QLatin1Char('-'))) {
            QString example;
            for (const auto& command : m_commands)
                if (example.isEmpty() && command->path().first() == first)
                    example = Program + QLatin1Char(' ') + command->path().join(QLatin1Char(' '));
            return out.usageError(group, tr("Name what to do, for example “%1”.").arg(example));
        }
        return out.usageError(group, tr("There is no command “%1 %2”.").arg(first, second));
    }
    return out.usageError(Program, tr("There is no command “%1”.").arg(first));
}

} // namespace rapport::ctl
