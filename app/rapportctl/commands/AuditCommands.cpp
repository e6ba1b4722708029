#include "commands/AuditCommands.h"

#include "ClinicAccess.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "security/AuditLog.h"

#include <QJsonObject>

namespace rapport::ctl {

namespace {

class AuditVerify final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("audit"), QStringLiteral("verify")}; }
    QString summary() const override { return tr("Check that the audit trail is whole and unchanged"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Checks every row of the audit trail against its seal and its link to the row "
               "before, and that no row is missing. Exits with 0 when the trail is whole and 3 "
               "when it is not, naming the first row that does not verify. Needs the audit.read "
               "permission."));
        ClinicAccess::declareSignInOptions(line);
        ClinicAccess::declareJsonOption(line);
        line.addHelpSection(
            ClinicAccess::standardInputHelp({tr("your password (the member of staff given with --user)")}));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        auto verification = clinic.audit().verify(clinic.session());
        if (!verification)
            return out.fail(verification.error(), ErrorStage::Working);
        const AuditVerification& v = *verification;

        if (line.isSet(QStringLiteral("json"))) {
            QJsonObject json{{QStringLiteral("intact"), v.intact},
                             {QStringLiteral("rowsChecked"), v.rowsChecked}};
            if (!v.intact) {
                json.insert(QStringLiteral("brokenSeq"), v.brokenSeq);
                json.insert(QStringLiteral("brokenEntryId"), v.brokenEntryId);
                json.insert(QStringLiteral("reason"), v.reason);
            }
            out.printJson(json);
        } else if (v.intact) {
            out.print(tr("audit trail intact: %n row(s)", nullptr, int(v.rowsChecked)));
        } else if (v.brokenEntryId.isEmpty()) {
            out.print(tr("audit trail broken at row %1: %2 (%n row(s) before it verify)", nullptr, int(v.rowsChecked))
                          .arg(QString::number(v.brokenSeq), v.reason));
        } else {
            out.print(tr("audit trail broken at row %1 (id %2): %3 (%n row(s) before it verify)", nullptr,
                         int(v.rowsChecked))
                          .arg(QString::number(v.brokenSeq), v.brokenEntryId, v.reason));
        }
        if (v.intact)
            return ExitCode::Success;
        out.note(
            tr("rapportctl: The audit trail does not verify from row %1 on: it was changed outside Rapport, "
               "or "
               "the database is damaged. Keep a copy of the database and its key file as evidence before "
               "changing anything.")
                .arg(v.brokenSeq));
        return ExitCode::IntegrityFailure;
    }
};

} // namespace

void AuditCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(
        QStringLiteral("audit"),
        QCoreApplication::translate("rapportctl", "The clinic's append-only, hash-chained audit trail."));
    registry.add(std::make_unique<AuditVerify>());
}

} // namespace rapport::ctl
