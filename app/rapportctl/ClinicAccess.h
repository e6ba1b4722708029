#pragma once

#include "Command.h"
#include "security/Clinic.h"

#include <QCoreApplication>
#include <expected>
#include <memory>

namespace rapport::ctl {

// Signing in for a command that opens a clinic: the --db, --user and --password-stdin
// options, the password from the first line of standard input, and Clinic::signIn (which
// audits the sign-in or the failure and slows down repeated wrong passwords).
class ClinicAccess
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    struct SignedIn
    {
        std::unique_ptr<Clinic> clinic;
        QString password; // the signed-in member's, for changing it
    };

    // A member still on a one-time password may only choose a new one, as in the window.
    enum class OneTimePassword
    {
        Refuse,
        Allow
    };

    static void declareDatabaseOption(CommandLine& line);
    static void declareSignInOptions(CommandLine& line);
    static void declareJsonOption(CommandLine& line);

    [[nodiscard]] static std::expected<SignedIn, ExitCode>
    signIn(const CommandLine& line, CommandContext& context,
           OneTimePassword oneTimePassword = OneTimePassword::Refuse);

    // The next line of standard input as a password. A missing or empty line is a usage
    // error; `what` says whose password the line should hold.
    [[nodiscard]] static std::expected<QString, ExitCode>
    readPassword(const CommandLine& line, CommandContext& context, const QString& what, int lineNumber);
    // The next line if there is one and it is not empty.
    [[nodiscard]] static std::optional<QString> readOptionalLine(CommandContext& context,
                                                                 const QString& prompt);

    // Text for the help of commands that read standard input.
    [[nodiscard]] static QString standardInputHelp(const QStringList& lines);
};

} // namespace rapport::ctl
