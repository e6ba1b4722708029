#include "commands/SettingsCommands.h"

#include "ClinicAccess.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "PasswordInput.h"
#include "security/SettingsService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::ctl {

namespace {

const QString Json = QStringLiteral("json");

QString passwordLineHelp()
{
    return ClinicAccess::standardInputHelp(
        {QCoreApplication::translate("rapportctl", "your password (the member of staff given with --user)")});
}

class SettingsGet final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("settings"), QStringLiteral("get")}; }
    QString summary() const override { return tr("Show one setting"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Prints the value of one clinic setting ('settings list' shows them all)."));
        line.addArgument(QStringLiteral("KEY"), tr("The setting, for example clinic.timezone."));
        ClinicAccess::declareSignInOptions(line);
        ClinicAccess::declareJsonOption(line);
        line.addHelpSection(passwordLineHelp());
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        const QString key = line.argument(0);
        auto value = SettingsService(*signedIn->clinic).get(key);
        if (!value)
            return context.out.fail(value.error(), ErrorStage::Working);
        if (line.isSet(Json))
            context.out.printJson(
                QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), *value}});
        else
            context.out.print(*value);
        return ExitCode::Success;
    }
};

class SettingsSet final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("settings"), QStringLiteral("set")}; }
    QString summary() const override { return tr("Change one setting"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Changes one clinic setting after checking its value. The change is written to the "
               "audit trail. Most settings need the settings.manage permission."));
        line.addArgument(QStringLiteral("KEY"), tr("The setting, for example clinic.timezone."));
        line.addArgument(QStringLiteral("VALUE"),
                         tr("Its new value (put -- before a value that starts with -). A single - reads the "
                            "value from line 2 of standard input, after the password, so that a mail server "
                            "password or gateway token stays out of the shell's history."));
        ClinicAccess::declareSignInOptions(line);
        line.addHelpSection(passwordLineHelp());
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        const QString key = line.argument(0);
        QString value = line.argument(1);
        if (value == QStringLiteral("-")) {
            const std::optional<QString> given = context.passwords.readLine(tr("The value of %1: ").arg(key));
            if (!given)
                return context.out.usageError(line.command(),
                                              tr("Standard input has no line 2: it should hold the value of %1.").arg(key));
            value = *given;
        }
        if (Status set = SettingsService(*signedIn->clinic).set(key, value); !set)
            return context.out.fail(set.error(), ErrorStage::Working);
        const SettingDefinition* definition = SettingsService::definition(key);
        if (definition && definition->secret)
            context.out.print(tr("Changed %1.").arg(key));
        else
            context.out.print(tr("Set %1 to “%2”.").arg(key, value));
        return ExitCode::Success;
    }
};

class SettingsList final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("settings"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List every setting with its value and meaning"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Lists every clinic setting with its current value and what it means."));
        ClinicAccess::declareSignInOptions(line);
        ClinicAccess::declareJsonOption(line);
        line.addHelpSection(passwordLineHelp());
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        const SettingsService settings(*signedIn->clinic);
        QJsonArray json;
        QList<QStringList> rows{{tr("KEY"), tr("VALUE"), tr("DESCRIPTION")}};
        for (const SettingDefinition& definition : SettingsService::definitions()) {
            auto value = settings.get(definition.key);
            // A secret the member may not change is not shown to them.
            const bool hidden = !value && value.error().code == ErrorCode::PermissionDenied;
            if (!value && !hidden)
                return context.out.fail(value.error(), ErrorStage::Working);
            QJsonObject item{{QStringLiteral("key"), definition.key},
                             {QStringLiteral("description"), definition.description},
                             {QStringLiteral("defaultValue"), definition.defaultValue},
                             {QStringLiteral("readOnly"), definition.readOnly}};
            // A password or token is never listed (a list ends up in terminals and logs):
            // only whether it is set. 'settings get KEY' prints it for those who may change it.
            const bool masked = !hidden && definition.secret;
            if (hidden)
                item.insert(QStringLiteral("hidden"), true);
            else if (masked)
                item.insert(QStringLiteral("isSet"), !value->isEmpty());
            else
                item.insert(QStringLiteral("value"), *value);
            json.append(item);
            QString shown = *value;
            if (hidden)
                shown = tr("(hidden)");
            else if (masked)
                shown = value->isEmpty() ? QString() : tr("(set)");
            else // one line per setting: a postal address's lines joined
                shown.replace(QLatin1Char('\n'), QStringLiteral(" / "));
            rows << QStringList{definition.key, shown, definition.description};
        }
        if (line.isSet(Json))
            context.out.printJson(QJsonObject{{QStringLiteral("settings"), json}});
        else
            context.out.printTable(rows);
        return ExitCode::Success;
    }
};

} // namespace

void SettingsCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(QStringLiteral("settings"),
                      QCoreApplication::translate(
                          "rapportctl", "The clinic's settings, kept inside its encrypted database."));
    registry.add(std::make_unique<SettingsGet>());
    registry.add(std::make_unique<SettingsSet>());
    registry.add(std::make_unique<SettingsList>());
}

} // namespace rapport::ctl
