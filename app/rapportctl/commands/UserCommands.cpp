#include "commands/UserCommands.h"

#include "ClinicAccess.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Output.h"
#include "security/AccountRules.h"
#include "security/Permission.h"
#include "security/StaffService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::ctl {

namespace {

const QString Json = QStringLiteral("json");

QStringList roleKeys()
{
    QStringList keys;
    for (Role role : Permissions::allRoles())
        keys << Permissions::roleKey(role);
    return keys;
}

// A one-time password that passes the account rules (a generated one could, rarely,
// contain a short user name).
QString newOneTimePassword(const QString& username)
{
    for (;;) {
        const QString candidate = AccountRules::generateOneTimePassword();
        if (AccountRules::checkPassword(candidate, username))
            return candidate;
    }
}

QJsonValue instant(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject memberJson(const StaffMember& m)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("username"), m.username},
                       {QStringLiteral("displayName"), m.displayName},
                       {QStringLiteral("role"), Permissions::roleKey(m.role)},
                       {QStringLiteral("active"), m.active},
                       {QStringLiteral("mustChangePassword"), m.mustChangePassword},
                       {QStringLiteral("createdAt"), instant(m.createdAt)},
                       {QStringLiteral("lastSignInAt"), instant(m.lastSignInAt)}};
}

class UserAdd final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("user"), QStringLiteral("add")}; }
    QString summary() const override { return tr("Add a member of staff with a one-time password"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Adds a member of staff. They sign in with a one-time password and must choose "
               "their own at the first sign-in. Needs the staff.manage permission."));
        line.addArgument(QStringLiteral("NAME"), tr("The new member's user name."));
        ClinicAccess::declareSignInOptions(line);
        line.addValueOption(QStringLiteral("role"),
                            tr("The new member's role: %1.").arg(roleKeys().join(QStringLiteral(", "))),
                            QStringLiteral("ROLE"), CommandLine::Presence::Required);
        line.addValueOption(QStringLiteral("name"), tr("The new member's full name."),
                            QStringLiteral("FULL NAME"), CommandLine::Presence::Required);
        ClinicAccess::declareJsonOption(line);
        line.addHelpSection(ClinicAccess::standardInputHelp(
            {tr("your password (the member of staff given with --user)"),
             tr("optional: the new member's one-time password; without it one is generated and printed")}));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        const QString username = line.argument(0);
        const auto role = Permissions::roleFromKey(line.value(QStringLiteral("role")));
        if (!role)
            return out.usageError(line.command(), tr("--role is one of %1, not “%2”.")
                                                      .arg(roleKeys().join(QStringLiteral(", ")),
                                                           line.value(QStringLiteral("role"))));
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();

        const std::optional<QString> given = ClinicAccess::readOptionalLine(
            context, tr("One-time password for %1 (Enter to generate one): ").arg(username));
        const QString oneTimePassword = given ? *given : newOneTimePassword(username);

        StaffService staff(*signedIn->clinic);
        auto added = staff.add(username, line.value(QStringLiteral("name")), *role, oneTimePassword);
        if (!added)
            return out.fail(added.error(), ErrorStage::Working);

        if (line.isSet(Json)) {
            QJsonObject json = memberJson(*added);
            if (!given)
                json.insert(QStringLiteral("oneTimePassword"), oneTimePassword);
            out.printJson(json);
            return ExitCode::Success;
        }
        out.print(tr("Added %1 (%2) as %3. They must choose their own password at their first sign-in.")
                      .arg(added->username, added->displayName, Permissions::roleName(added->role)));
        if (!given)
            out.print(tr("One-time password for %1: %2\nHand it over in person, not by e-mail.")
                          .arg(added->username, oneTimePassword));
        return ExitCode::Success;
    }
};

class UserPasswd final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("user"), QStringLiteral("passwd")}; }
    QString summary() const override { return tr("Change your own password, or reset another member's"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(tr(
            "With your own user name: changes your password (also the way to replace a one-time password).\n"
            "With another member's user name: resets their password to a one-time password they must change "
            "at their next sign-in (needs the staff.manage permission). This also reactivates a deactivated "
            "member."));
        line.addArgument(QStringLiteral("NAME"), tr("Whose password to change."));
        ClinicAccess::declareSignInOptions(line);
        ClinicAccess::declareJsonOption(line);
        line.addHelpSection(ClinicAccess::standardInputHelp(
            {tr("your current password (the member of staff given with --user)"),
             tr("for yourself: your new password; for another member: optional one-time password, generated "
                "and "
                "printed when missing")}));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        const QString username = line.argument(0);
        auto signedIn = ClinicAccess::signIn(line, context, ClinicAccess::OneTimePassword::Allow);
        if (!signedIn)
            return signedIn.error();
        Clinic& clinic = *signedIn->clinic;
        StaffService staff(clinic);

        if (username.trimmed().compare(clinic.session().username, Qt::CaseInsensitive) == 0) {
            auto newPassword = ClinicAccess::readPassword(line, context, tr("your new password"), 2);
            if (!newPassword)
                return newPassword.error();
            if (Status changed = staff.changeOwnPassword(signedIn->password, *newPassword); !changed)
                return out.fail(changed.error(), ErrorStage::Working);
            if (line.isSet(Json))
                out.printJson(QJsonObject{{QStringLiteral("username"), clinic.session().username},
                                          {QStringLiteral("passwordChanged"), true}});
            else
                out.print(tr("Your password was changed."));
            return ExitCode::Success;
        }

        if (clinic.session().mustChangePassword)
            return out.refuse(tr("%1 still has a one-time password. Choose your own password first with "
                                 "'rapportctl user passwd %1'.")
                                  .arg(clinic.session().username));
        auto member = staff.find(username);
        if (!member)
            return out.fail(member.error(), ErrorStage::Working);
        const std::optional<QString> given = ClinicAccess::readOptionalLine(
            context, tr("One-time password for %1 (Enter to generate one): ").arg(member->username));
        const QString oneTimePassword = given ? *given : newOneTimePassword(member->username);
        if (Status reset = staff.resetPassword(member->id, oneTimePassword); !reset)
            return out.fail(reset.error(), ErrorStage::Working);

        if (line.isSet(Json)) {
            QJsonObject json{{QStringLiteral("username"), member->username},
                             {QStringLiteral("passwordReset"), true},
                             {QStringLiteral("reactivated"), !member->active}};
            if (!given)
                json.insert(QStringLiteral("oneTimePassword"), oneTimePassword);
            out.printJson(json);
            return ExitCode::Success;
        }
        out.print(
            member->active
                ? tr("Reset the password of %1. They must choose a new one at their next sign-in.")
                      .arg(member->username)
                : tr("Reset the password of %1 and reactivated the account. They must choose a new password "
                     "at their next sign-in.")
                      .arg(member->username));
        if (!given)
            out.print(tr("One-time password for %1: %2\nHand it over in person, not by e-mail.")
                          .arg(member->username, oneTimePassword));
        return ExitCode::Success;
    }
};

class UserDisable final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("user"), QStringLiteral("disable")}; }
    QString summary() const override
    {
        return tr("Deactivate a member of staff and change the clinic's key");
    }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Deactivates a member of staff: they can no longer sign in, and the clinic's master "
               "key is replaced so their old key slot (or an old copy of the key file) no longer "
               "opens the database. Their name stays in the audit trail. Needs the staff.manage "
               "permission; 'user passwd NAME' reactivates them."));
        line.addArgument(QStringLiteral("NAME"), tr("The user name to deactivate."));
        ClinicAccess::declareSignInOptions(line);
        line.addHelpSection(
            ClinicAccess::standardInputHelp({tr("your password (the member of staff given with --user)")}));
    }

    ExitCode run(const CommandLine& line, CommandContext& context) const override
    {
        Output& out = context.out;
        auto signedIn = ClinicAccess::signIn(line, context);
        if (!signedIn)
            return signedIn.error();
        StaffService staff(*signedIn->clinic);
        auto member = staff.find(line.argument(0));
        if (!member)
            return out.fail(member.error(), ErrorStage::Working);
        if (Status deactivated = staff.deactivate(member->id); !deactivated)
            return out.fail(deactivated.error(), ErrorStage::Working);
        if (!member->active)
            out.print(tr("%1 was already deactivated.").arg(member->username));
        else
            out.print(tr("Deactivated %1. The clinic's key was changed, so their old key no longer opens the "
                         "database.")
                          .arg(member->username));
        return ExitCode::Success;
    }
};

class UserList final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    QStringList path() const override { return {QStringLiteral("user"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List the staff accounts"); }

    void declare(CommandLine& line) const override
    {
        line.setDescription(
            tr("Lists every staff account, active ones first. Needs the staff.manage permission."));
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
        auto members = StaffService(*signedIn->clinic).list();
        if (!members)
            return out.fail(members.error(), ErrorStage::Working);

        if (line.isSet(Json)) {
            QJsonArray staff;
            for (const StaffMember& m : std::as_const(*members))
                staff.append(memberJson(m));
            out.printJson(QJsonObject{{QStringLiteral("staff"), staff}});
            return ExitCode::Success;
        }
        QList<QStringList> rows{{tr("USER"), tr("NAME"), tr("ROLE"), tr("STATUS"), tr("LAST SIGN-IN")}};
        for (const StaffMember& m : std::as_const(*members)) {
            const QString status = !m.active              ? tr("deactivated")
                                   : m.mustChangePassword ? tr("one-time password")
                                                          : tr("active");
            rows << QStringList{m.username, m.displayName, Permissions::roleKey(m.role), status,
                                m.lastSignInAt.isValid() ? m.lastSignInAt.toUTC().toString(Qt::ISODate)
                                                         : tr("never")};
        }
        out.printTable(rows);
        return ExitCode::Success;
    }
};

} // namespace

void UserCommands::registerWith(CommandRegistry& registry)
{
    registry.addGroup(QStringLiteral("user"),
                      QCoreApplication::translate("rapportctl",
                                                  "Staff accounts: add members, change or reset "
                                                  "passwords, deactivate members, list them."));
    registry.add(std::make_unique<UserAdd>());
    registry.add(std::make_unique<UserPasswd>());
    registry.add(std::make_unique<UserDisable>());
    registry.add(std::make_unique<UserList>());
}

} // namespace rapport::ctl
