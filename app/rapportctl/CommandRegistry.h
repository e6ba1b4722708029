#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <memory>
#include <vector>

namespace rapport::ctl {

// Every command of rapportctl, found by its words; prints the overview and the help of a
// group ("rapportctl user --help").
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    void addGroup(const QString& name, const QString& summary);
    void add(std::unique_ptr<Command> command);

    // Runs the command the arguments name (the program's name not included).
    [[nodiscard]] ExitCode dispatch(const QStringList& arguments, CommandContext& context) const;

    [[nodiscard]] QString overview() const;

private:
    [[nodiscard]] const Command* find(const QStringList& words) const;
    [[nodiscard]] bool isGroup(const QString& word) const;
    [[nodiscard]] QString groupHelp(const QString& group) const;
    [[nodiscard]] QString commandList(const QString& group) const;
    [[nodiscard]] ExitCode runCommand(const Command& command, const QStringList& arguments,
                                      CommandContext& context) const;

    std::vector<std::unique_ptr<Command>> m_commands;
    QList<QPair<QString, QString>> m_groups;
};

} // namespace rapport::ctl
