#pragma once

#include <QString>
#include <cstdio>
#include <optional>

namespace rapport::ctl {

// Reads passwords from standard input, one per line, never from the command line (where
// other users of the PC could read them in the process list) and never echoed: when
// standard input is a terminal, echo is switched off while a line is typed.
class PasswordInput
{
public:
    explicit PasswordInput(std::FILE* in = stdin, std::FILE* prompts = stderr);

    // The next line without its line ending, or nothing at the end of input.
    [[nodiscard]] std::optional<QString> readLine(const QString& prompt);
    [[nodiscard]] bool isTerminal() const;

private:
    std::FILE* m_in;
    std::FILE* m_prompts;
};

} // namespace rapport::ctl
