#include "commands/DemoCommand.h"

#include "ClinicAccess.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "demo/DemoClinic.h"
#include "security/Clinic.h"
#include "security/Permission.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::ctl {

namespace {

class Demo final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("demo")}; }
    QString summary() const override { return tr("Create the demo clinic for trying Rapport out"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Creates the demo clinic at PATH with one made-up account for each role, all "
               "sharing one published password. If the demo clinic is there already, nothing is "
               "changed. Never enter real patients into the demo clinic."));
        ClinicAccess::declareDatabaseOption(line);
        ClinicAccess::declareJsonOption(line);
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        const QString path = line.value(QStringLiteral("db"));
        const QString database = QFileInfo(path).absoluteFilePath();
        bool created = false;
        if (Clinic::exists(path)) {
            auto info = Clinic::peek(path);
            if (!info || !info->demo)
                return out.refuse(
                    tr("A file that is not the demo clinic already exists at %1. Rapport leaves it "
                       "as it is; choose another path for the demo clinic.")
                        .arg(database));
        } else {
            if (Status ensured = DemoClinic::ensure(path, context.clock); !ensured)
                return out.fail(ensured.error(), ErrorStage::OpeningClinic);
            created = true;
        }

        const QList<DemoClinic::Account> accounts = DemoClinic::accounts();
        if (line.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const DemoClinic::Account& a : accounts)
                list.append(QJsonObject{{QStringLiteral("username"), a.username},
                                        {QStringLiteral("displayName"), a.displayName},
                                        {QStringLiteral("role"), Permissions::roleKey(a.role)}});
            out.printJson(QJsonObject{{QStringLiteral("database"), database},
                                      {QStringLiteral("created"), created},
                                      {QStringLiteral("clinicName"), DemoClinic::clinicName()},
                                      {QStringLiteral("password"), DemoClinic::password()},
                                      {QStringLiteral("accounts"), list}});
            return ExitCode::Success;
        }
        out.print(created ? tr("Created the demo clinic “%1” in %2.").arg(DemoClinic::clinicName(), database)
                          : tr("The demo clinic already exists in %1; nothing was changed.").arg(database));
        out.print(QString());
        QList<QStringList> rows{{tr("USER"), tr("NAME"), tr("ROLE")}};
        for (const DemoClinic::Account& a : accounts)
            rows << QStringList{a.username, a.displayName, Permissions::roleKey(a.role)};
        out.printTable(rows);
        out.print(tr("\nEvery demo account signs in with the password: %1\n"
                     "The demo clinic is for trying Rapport out: its password is public, so never enter real "
                     "patients into it.")
                      .arg(DemoClinic::password()));
        return ExitCode::Success;
    }
};

} // namespace

void DemoCommand::registerWith(CommandRegistry& registry)
{
    registry.add(std::make_unique<Demo>());
}

} // namespace rapport::ctl
