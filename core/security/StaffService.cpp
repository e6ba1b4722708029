#include "security/StaffService.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "security/AccountRules.h"
#include "security/Clinic.h"

#include <QCoreApplication>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::StaffService", text);
}

const char* SelectStaff = "SELECT id, username, display_name, role, active, must_change_password, created_at,"
                          " last_sign_in_at FROM staff";

StaffMember readMember(const Statement& st)
{
    StaffMember m;
    m.id = st.text(0);
    m.username = st.text(1);
    m.displayName = st.text(2);
    m.role = Permissions::roleFromKey(st.text(3)).value_or(Role::Receptionist);
    m.active = st.boolean(4);
    m.mustChangePassword = st.boolean(5);
    m.createdAt = st.dateTime(6);
    m.lastSignInAt = st.dateTime(7);
    return m;
}
} // namespace

StaffService::StaffService(Clinic& clinic)
    : m_clinic(clinic)
{
}

Result<QList<StaffMember>> StaffService::list() const
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageStaff));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(QString::fromLatin1(SelectStaff)
                                                                 + QStringLiteral(" ORDER BY active DESC, display_name")));
    QList<StaffMember> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        out << readMember(st);
    }));
    return out;
}

Result<StaffMember> StaffService::find(const QString& userIdOrUsername) const
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageStaff));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(QString::fromLatin1(SelectStaff)
                                                                 + QStringLiteral(" WHERE id = :k OR username = :k")));
    st.bind(":k", userIdOrUsername.trimmed());
    RAPPORT_TRY_ASSIGN(const bool row, st.next());
    if (!row)
        return fail(ErrorCode::NotFound, tr("There is no member of staff with this user name."));
    return readMember(st);
}

Result<qint64> StaffService::activeAdministrators() const
{
    return m_clinic.database().scalar(
        QStringLiteral("SELECT count(*) FROM staff WHERE role = 'administrator' AND active = 1"));
}

Result<StaffMember> StaffService::add(const QString& username, const QString& displayName, Role role,
                                      const QString& oneTimePassword)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageStaff));
    RAPPORT_TRY(AccountRules::checkUsername(username.trimmed()));
    RAPPORT_TRY(AccountRules::checkDisplayName(displayName));
    RAPPORT_TRY(AccountRules::checkPassword(oneTimePassword, username.trimmed()));
    Database& db = m_clinic.database();
    {
        RAPPORT_TRY_ASSIGN(Statement dup, db.prepare("SELECT 1 FROM staff WHERE username = :u"));
        dup.bind(":u", username.trimmed());
        RAPPORT_TRY_ASSIGN(const bool exists, dup.next());
        if (exists)
            return fail(ErrorCode::AlreadyExists,
                        tr("The user name “%1” is already taken. Choose another one.").arg(username.trimmed()));
    }
    StaffMember m;
    m.id = Uuid::create(m_clinic.clock().nowMs());
    m.username = username.trimmed();
    m.displayName = displayName.trimmed();
    m.role = role;
    m.active = true;
    m.mustChangePassword = true;
    m.createdAt = m_clinic.clock().now();

    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("INSERT INTO staff(id, username, display_name, role, active,"
                                                " must_change_password, created_at, updated_at)"
                                                " VALUES (:id, :u, :n, :r, 1, 1, :t, :t)"));
    st.bind(":id", m.id).bind(":u", m.username).bind(":n", m.displayName).bind(":r", Permissions::roleKey(role))
        .bind(":t", m.createdAt);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("staff.add"), QStringLiteral("staff"), m.id,
                                QStringLiteral("role=%1").arg(Permissions::roleKey(role))));
    // The slot is saved before the commit: if saving fails, nothing is committed; if the
    // commit fails, the orphan slot names no account and cannot sign in.
    RAPPORT_TRY(m_clinic.keyring().addSlot(m.id, m.username, oneTimePassword));
    RAPPORT_TRY(tx.commit());
    return m;
}

Status StaffService::changeRole(const QString& userId, Role role)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageStaff));
    RAPPORT_TRY_ASSIGN(StaffMember m, find(userId));
    if (m.role == role)
        return {};
    if (m.role == Role::Administrator && m.active) {
        RAPPORT_TRY_ASSIGN(const qint64 admins, activeAdministrators());
        if (admins <= 1)
            return fail(ErrorCode::Conflict,
                        tr("This is the only active administrator. Make someone else an administrator first."));
    }
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE staff SET role = :r, updated_at = :t WHERE id = :id"));
    st.bind(":r", Permissions::roleKey(role)).bind(":t", m_clinic.clock().now()).bind(":id", m.id);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("staff.role"), QStringLiteral("staff"), m.id,
                                QStringLiteral("from=%1 to=%2").arg(Permissions::roleKey(m.role), Permissions::roleKey(role))));
    return tx.commit();
}

Status StaffService::deactivate(const QString& userId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageStaff));
    RAPPORT_TRY_ASSIGN(StaffMember m, find(userId));
    if (m.id == m_clinic.session().userId)
        return fail(ErrorCode::Conflict, tr("You cannot deactivate your own account while signed in with it."));
    if (!m.active && !m_clinic.keyring().hasSlot(m.id))
        return {};
    if (m.role == Role::Administrator && m.active) {
        RAPPORT_TRY_ASSIGN(const qint64 admins, activeAdministrators());
        if (admins <= 1)
            return fail(ErrorCode::Conflict, tr("This is the only active administrator and cannot be deactivated."));
    }
    Database& db = m_clinic.database();
    {
        RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE staff SET active = 0, updated_at = :t WHERE id = :id"));
        st.bind(":t", m_clinic.clock().now()).bind(":id", m.id);
        RAPPORT_TRY(st.exec());
        RAPPORT_TRY(m_clinic.record(QStringLiteral("staff.deactivate"), QStringLiteral("staff"), m.id));
        RAPPORT_TRY(tx.commit());
    }
    // Sign-in already refuses a deactivated account; the rotation makes sure their old
    // slot cannot open the database even outside Rapport.
    return m_clinic.rotateMasterKey(m.id);
}

Status StaffService::resetPassword(const QString& userId, const QString& oneTimePassword)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageStaff));
    RAPPORT_TRY_ASSIGN(StaffMember m, find(userId));
    RAPPORT_TRY(AccountRules::checkPassword(oneTimePassword, m.username));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE staff SET active = 1, must_change_password = 1,"
                                                " updated_at = :t WHERE id = :id"));
    st.bind(":t", m_clinic.clock().now()).bind(":id", m.id);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(m.active ? QStringLiteral("staff.reset-password") : QStringLiteral("staff.reactivate"),
                                QStringLiteral("staff"), m.id));
    RAPPORT_TRY(m_clinic.keyring().replaceSlot(m.id, m.username, oneTimePassword));
    return tx.commit();
}

Status StaffService::changeOwnPassword(const QString& currentPassword, const QString& newPassword)
{
    const Session& s = m_clinic.session();
    RAPPORT_TRY(s.require(Permission::ChangeOwnPassword));
    if (s.viaRecoveryKey)
        return fail(ErrorCode::Conflict, tr("The recovery key has no password. Reset a member's password instead."));
    RAPPORT_TRY(AccountRules::checkPassword(newPassword, s.username));
    if (newPassword == currentPassword)
        return fail(ErrorCode::InvalidInput, tr("Choose a new password that differs from the current one."));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE staff SET must_change_password = 0, updated_at = :t"
                                                " WHERE id = :id"));
    st.bind(":t", m_clinic.clock().now()).bind(":id", s.userId);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("staff.password-changed"), QStringLiteral("staff"), s.userId));
    RAPPORT_TRY(m_clinic.keyring().changePassword(s.userId, currentPassword, newPassword));
    RAPPORT_TRY(tx.commit());
    m_clinic.markPasswordChanged();
    return {};
}

} // namespace rapport
