#include "ClinicAccess.h"

#include "CommandLine.h"
#include "Output.h"
#include "PasswordInput.h"

namespace rapport::ctl {

void ClinicAccess::declareDatabaseOption(CommandLine& line)
{
    line.addValueOption(QStringLiteral("db"), tr("The clinic's database file (.rapport)."),
                        QStringLiteral("PATH"), CommandLine::Presence::Required);
}

void ClinicAccess::declareSignInOptions(CommandLine& line)
{
    declareDatabaseOption(line);
    line.addValueOption(QStringLiteral("user"), tr("Sign in as this member of staff."),
                        QStringLiteral("NAME"), CommandLine::Presence::Required);
    line.addFlag(QStringLiteral("password-stdin"),
                 tr("Read the password from the first line of standard input (required)."));
}

void ClinicAccess::declareJsonOption(CommandLine& line)
{
    line.addFlag(QStringLiteral("json"), tr("Print the result as one compact JSON object."));
}

QString ClinicAccess::standardInputHelp(const QStringList& lines)
{
    QString text = tr("Standard input (one line each; nothing is echoed):\n");
    for (qsizetype i = 0; i < lines.size(); ++i)
        text += tr("  line %1: %2\n").arg(i + 1).arg(lines.at(i));
    return text;
}

std::expected<QString, ExitCode> ClinicAccess::readPassword(const CommandLine& line, CommandContext& context,
                                                            const QString& what, int lineNumber)
{
    if (!line.isSet(QStringLiteral("password-stdin")))
        return std::unexpected(context.out.usageError(
            line.command(),
            tr("Passwords are read from standard input only: add --password-stdin and give %1 "
               "on line %2.")
                .arg(what)
                .arg(lineNumber)));
    // The prompt shows only when a person types at a terminal.
    const QString prompt = what.left(1).toUpper() + what.mid(1) + QStringLiteral(": ");
    const std::optional<QString> password = context.passwords.readLine(prompt);
    if (!password || password->isEmpty())
        return std::unexpected(context.out.usageError(
            line.command(),
            tr("Standard input has no line %1: it should hold %2.").arg(lineNumber).arg(what)));
    return *password;
}

std::optional<QString> ClinicAccess::readOptionalLine(CommandContext& context, const QString& prompt)
{
    std::optional<QString> text = context.passwords.readLine(prompt);
    if (text && text->isEmpty())
        return std::nullopt;
    return text;
}

std::expected<ClinicAccess::SignedIn, ExitCode>
ClinicAccess::signIn(const CommandLine& line, CommandContext& context, OneTimePassword oneTimePassword)
{
    const QString path = line.value(QStringLiteral("db"));
    const QString username = line.value(QStringLiteral("user"));
    auto password = readPassword(line, context, tr("the password of %1").arg(username), 1);
    if (!password)
        return std::unexpected(password.error());
    auto clinic = Clinic::signIn(path, username, *password, context.clock);
    if (!clinic)
        return std::unexpected(context.out.fail(clinic.error(), ErrorStage::OpeningClinic));
    if ((*clinic)->session().mustChangePassword && oneTimePassword == OneTimePassword::Refuse)
        return std::unexpected(
            context.out.refuse(tr("%1 still has a one-time password. Choose your own password first with "
                                  "'rapportctl user passwd %1 --db PATH --user %1 --password-stdin' "
                                  "(line 1: the one-time password, line 2: the new password).")
                                   .arg(username)));
    return SignedIn{std::move(*clinic), std::move(*password)};
}

} // namespace rapport::ctl
