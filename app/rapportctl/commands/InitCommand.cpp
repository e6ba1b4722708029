#include "commands/InitCommand.h"

#include "ClinicAccess.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "crypto/PasswordKdf.h"
#include "messaging/MessagingSetup.h"
#include "security/AccountRules.h"
#include "security/SettingsService.h"

#include <QFileInfo>
#include <QJsonObject>

namespace rapport::ctl {

namespace {

class Init final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("init")}; }
    QString summary() const override { return tr("Create a new clinic and its first administrator"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr(
            "Creates a new, encrypted clinic database and its key file, with you as its first administrator, "
            "and prints the clinic's recovery key once."));
        line.addValueOption(QStringLiteral("db"),
                            tr("Where to create the clinic's database file (.rapport)."),
                            QStringLiteral("PATH"), CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("user"), tr("The first administrator's user name."),
                            QStringLiteral("NAME"), CommandLine::Presence::Required);
        line.addFlag(
            QStringLiteral("password-stdin"),
            tr("Read the administrator's new password from the first line of standard input (required)."));
        line.addValueOption(QStringLiteral("name"), tr("The administrator's full name."),
                            QStringLiteral("FULL NAME"), CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("clinic-name"), tr("The clinic's name."), QStringLiteral("NAME"),
                            CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("region"),
                            tr("Country or region, for phone numbers (default GB)."), QStringLiteral("CODE"),
                            CommandLine::Presence::Optional, QStringLiteral("GB"));
        line.addValueOption(QStringLiteral("timezone"), tr("The clinic's time zone (default Europe/London)."),
                            QStringLiteral("ZONE"), CommandLine::Presence::Optional,
                            QStringLiteral("Europe/London"));
        line.addValueOption(QStringLiteral("language"),
                            tr("Language of messages to patients: en or de (default en)."),
                            QStringLiteral("CODE"), CommandLine::Presence::Optional, QStringLiteral("en"));
        line.addValueOption(
            QStringLiteral("kdf"),
            tr("Password hashing cost: tuned (default; measured on this computer), minimum, or fast "
               "(for tests and demos only)."),
            QStringLiteral("COST"), CommandLine::Presence::Optional, QStringLiteral("tuned"));
        ClinicAccess::declareJsonOption(line);
        line.addHelpSection(
            ClinicAccess::standardInputHelp({tr("the new administrator's password (at least %1 characters)")
                                                 .arg(AccountRules::MinimumPasswordLength)}));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        const QString kdfName = line.value(QStringLiteral("kdf"));
        if (kdfName != QStringLiteral("tuned") && kdfName != QStringLiteral("minimum") &&
            kdfName != QStringLiteral("fast"))
            return out.usageError(line.command(),
                                  tr("--kdf is tuned, minimum or fast, not “%1”.").arg(kdfName));

        const ClinicProfile profile{
            line.value(QStringLiteral("clinic-name")), line.value(QStringLiteral("region")),
            line.value(QStringLiteral("timezone")), line.value(QStringLiteral("language"))};
        // The same rules as the settings these values become.
        const QList<QPair<QString, QString>> checked{{QStringLiteral("clinic.name"), profile.name},
                                                     {QStringLiteral("clinic.region"), profile.region},
                                                     {QStringLiteral("clinic.timezone"), profile.timeZone},
                                                     {QStringLiteral("clinic.language"), profile.language}};
        for (const auto& [key, value] : checked) {
            const SettingDefinition* definition = SettingsService::definition(key);
            if (definition && definition->validate) {
                if (Status valid = definition->validate(value); !valid)
                    return out.fail(valid.error(), ErrorStage::OpeningClinic);
            }
        }

        const QString username = line.value(QStringLiteral("user"));
        auto password =
            ClinicAccess::readPassword(line, context, tr("the new password of %1").arg(username), 1);
        if (!password)
            return password.error();

        KdfParams kdf;
        if (kdfName == QStringLiteral("fast")) {
            out.warning(tr("--kdf fast makes passwords quick to guess. Use it only for automated tests and "
                           "throwaway demo clinics, never for a clinic with real patients."));
            kdf = PasswordKdf::insecureFast();
        } else if (kdfName == QStringLiteral("minimum")) {
            kdf = PasswordKdf::minimum();
        } else {
            out.note(tr("Measuring this computer to choose the password hashing cost…"));
            kdf = PasswordKdf::tune();
        }

        const QString path = line.value(QStringLiteral("db"));
        auto created = Clinic::create(
            path, profile,
            NewStaffAccount{username, line.value(QStringLiteral("name")), Role::Administrator, *password},
            kdf, context.clock);
        if (!created)
            return out.fail(created.error(), ErrorStage::OpeningClinic);
        // The usual reminder rules; nothing goes out until e-mail or SMS is set up.
        if (Status rules = MessagingSetup(*created->clinic).createDefaultRules(); !rules)
            return out.fail(rules.error(), ErrorStage::OpeningClinic);
        const QString clinicId = created->clinic->clinicId();
        created->clinic->lock();

        const QString keepItSafe =
            tr("Print or write down the recovery key now and keep it somewhere safe, away from this computer "
               "(for example in the practice safe). It opens the clinic if every administrator's password is "
               "lost, and Rapport cannot show it again.");
        const QString database = QFileInfo(path).absoluteFilePath();
        if (line.isSet(QStringLiteral("json"))) {
            out.printJson(QJsonObject{{QStringLiteral("database"), database},
                                      {QStringLiteral("clinicId"), clinicId},
                                      {QStringLiteral("administrator"), username},
                                      {QStringLiteral("recoveryKey"), created->recoveryKey}});
            out.note(keepItSafe);
            return ExitCode::Success;
        }
        out.print(tr("Created the clinic “%1” in %2, with %3 as its administrator.\n"
                     "\n"
                     "Recovery key (shown this once only):\n"
                     "\n"
                     "    %4\n"
                     "\n"
                     "%5")
                      .arg(profile.name.trimmed(), database, username, created->recoveryKey, keepItSafe));
        return ExitCode::Success;
    }
};

} // namespace

void InitCommand::registerWith(CommandRegistry& registry)
{
    registry.add(std::make_unique<Init>());
}

} // namespace rapport::ctl
