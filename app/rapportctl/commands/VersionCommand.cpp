#include "commands/VersionCommand.h"

#include "ClinicAccess.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "crypto/Sodium.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QtGlobal>

namespace rapport::ctl {

namespace {

class Version final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("version")}; }
    QString summary() const override
    {
        return tr("Show the versions of Rapport, Qt, SQLCipher and libsodium");
    }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr("Shows the version of Rapport and of the libraries it runs with."));
        ClinicAccess::declareJsonOption(line);
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        const QString rapport = QStringLiteral(RAPPORT_VERSION);
        const QString qt = QString::fromLatin1(qVersion());
        const QString sqlcipher = Database::sqlcipherVersion();
        const QString sqlite = Database::sqliteVersion();
        const QString sodium = Sodium::version();
        if (line.isSet(QStringLiteral("json"))) {
            context.out.printJson(QJsonObject{{QStringLiteral("rapport"), rapport},
                                              {QStringLiteral("qt"), qt},
                                              {QStringLiteral("sqlcipher"), sqlcipher},
                                              {QStringLiteral("sqlite"), sqlite},
                                              {QStringLiteral("libsodium"), sodium}});
            return ExitCode::Success;
        }
        context.out.print(tr("Rapport %1\nQt %2 (built with %3)\nSQLCipher %4 (SQLite %5)\nlibsodium %6")
                              .arg(rapport, qt, QStringLiteral(QT_VERSION_STR), sqlcipher, sqlite, sodium));
        return ExitCode::Success;
    }
};

} // namespace

void VersionCommand::registerWith(CommandRegistry& registry)
{
    registry.add(std::make_unique<Version>());
}

} // namespace rapport::ctl
