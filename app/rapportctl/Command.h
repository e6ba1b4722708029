#pragma once

#include "ExitCode.h"

#include <QString>
#include <QStringList>

namespace rapport {
class Clock;
}

namespace rapport::ctl {

class CommandLine;
class Output;
class PasswordInput;

// What a command works with, passed in rather than reached for: where it writes, where
// passwords come from and the time.
struct CommandContext
{
    Output& out;
    PasswordInput& passwords;
    const Clock& clock;
};

// One command of rapportctl, such as "user add". It declares its options, and runs once
// they are parsed; permission checks and audit rows happen in the core services it calls.
class Command
{
public:
    virtual ~Command() = default;

    // The words that name it: {"user", "add"}.
    [[nodiscard]] virtual QStringList path() const = 0;
    // One line for the list of commands.
    [[nodiscard]] virtual QString summary() const = 0;
    virtual void declare(CommandLine& line) const = 0;
    [[nodiscard]] virtual ExitCode run(const CommandLine& line, CommandContext& context) const = 0;
};

} // namespace rapport::ctl
