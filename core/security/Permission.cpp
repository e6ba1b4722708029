#include "security/Permission.h"

#include <QCoreApplication>

namespace rapport {

bool Permissions::allows(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Manager:
        return p != P::ManageStaff && p != P::ErasePatients;
    case Role::Clinician:
        switch (p) {
        case P::ViewPatients:
        case P::EditPatients:
        case P::ViewSchedule:
        case P::BookAppointments:
        case P::WorkRecalls:
        case P::SendMessages:
        case P::HandleComplaints:
        case P::ChangeOwnPassword:
            return true;
        default:
            return false;
        }
    case Role::Receptionist:
        switch (p) {
        case P::ViewPatients:
        case P::EditPatients:
        case P::ViewSchedule:
        case P::BookAppointments:
        case P::WorkRecalls:
        case P::SendMessages:
        case P::HandleComplaints:
        case P::ChangeOwnPassword:
            return true;
        default:
            return false;
        }
    }
    return false;
}

QList<Role> Permissions::allRoles()
{
    return {Role::Receptionist, Role::Clinician, Role::Manager, Role::Administrator};
}

QList<Permission> Permissions::allPermissions()
{
    QList<Permission> out;
    for (int i = 0; i <= static_cast<int>(Permission::ChangeOwnPassword); ++i)
        out << static_cast<Permission>(i);
    return out;
}

QString Permissions::roleKey(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return QStringLiteral("receptionist");
    case Role::Clinician:
        return QStringLiteral("clinician");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> Permissions::roleFromKey(const QString& key)
{
    for (Role r : allRoles())
        if (roleKey(r).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString Permissions::permissionKey(Permission p)
{
    switch (p) {
    case Permission::ViewPatients: return QStringLiteral("patients.view");
    case Permission::EditPatients: return QStringLiteral("patients.edit");
    case Permission::MergePatients: return QStringLiteral("patients.merge");
    case Permission::ErasePatients: return QStringLiteral("patients.erase");
    case Permission::ViewSchedule: return QStringLiteral("schedule.view");
    case Permission::BookAppointments: return QStringLiteral("schedule.book");
    case Permission::OverrideScheduleConflicts: return QStringLiteral("schedule.override");
    case Permission::ManageScheduleSetup: return QStringLiteral("schedule.setup");
    case Permission::WorkRecalls: return QStringLiteral("recalls.work");
    case Permission::SendMessages: return QStringLiteral("messages.send");
    case Permission::ConfigureMessaging: return QStringLiteral("messages.configure");
    case Permission::HandleComplaints: return QStringLiteral("complaints.handle");
    case Permission::ViewReports: return QStringLiteral("reports.view");
    case Permission::ExportData: return QStringLiteral("data.export");
    case Permission::ReadAudit: return QStringLiteral("audit.read");
    case Permission::ManageStaff: return QStringLiteral("staff.manage");
    case Permission::ManageClinicSettings: return QStringLiteral("settings.manage");
    case Permission::ManageBackups: return QStringLiteral("backups.manage");
    case Permission::ChangeOwnPassword: return QStringLiteral("account.password");
    }
    return {};
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return QCoreApplication::translate("rapport::Permissions", "Receptionist");
    case Role::Clinician:
        return QCoreApplication::translate("rapport::Permissions", "Clinician");
    case Role::Manager:
        return QCoreApplication::translate("rapport::Permissions", "Practice manager");
    case Role::Administrator:
        return QCoreApplication::translate("rapport::Permissions", "Administrator");
    }
    return {};
}

QString Permissions::permissionName(Permission p)
{
    switch (p) {
    case Permission::ViewPatients: return QCoreApplication::translate("rapport::Permissions", "view patients");
    case Permission::EditPatients: return QCoreApplication::translate("rapport::Permissions", "edit patients");
    case Permission::MergePatients: return QCoreApplication::translate("rapport::Permissions", "merge patient records");
    case Permission::ErasePatients: return QCoreApplication::translate("rapport::Permissions", "erase a patient on request");
    case Permission::ViewSchedule: return QCoreApplication::translate("rapport::Permissions", "view the appointment book");
    case Permission::BookAppointments: return QCoreApplication::translate("rapport::Permissions", "book and change appointments");
    case Permission::OverrideScheduleConflicts: return QCoreApplication::translate("rapport::Permissions", "override booking conflicts");
    case Permission::ManageScheduleSetup: return QCoreApplication::translate("rapport::Permissions", "set up providers, chairs and hours");
    case Permission::WorkRecalls: return QCoreApplication::translate("rapport::Permissions", "work recall and call lists");
    case Permission::SendMessages: return QCoreApplication::translate("rapport::Permissions", "send messages");
    case Permission::ConfigureMessaging: return QCoreApplication::translate("rapport::Permissions", "configure messaging");
    case Permission::HandleComplaints: return QCoreApplication::translate("rapport::Permissions", "handle complaints");
    case Permission::ViewReports: return QCoreApplication::translate("rapport::Permissions", "view reports");
    case Permission::ExportData: return QCoreApplication::translate("rapport::Permissions", "export data");
    case Permission::ReadAudit: return QCoreApplication::translate("rapport::Permissions", "read the audit trail");
    case Permission::ManageStaff: return QCoreApplication::translate("rapport::Permissions", "manage staff accounts");
    case Permission::ManageClinicSettings: return QCoreApplication::translate("rapport::Permissions", "change clinic settings");
    case Permission::ManageBackups: return QCoreApplication::translate("rapport::Permissions", "make and restore backups");
    case Permission::ChangeOwnPassword: return QCoreApplication::translate("rapport::Permissions", "change your own password");
    }
    return {};
}

} // namespace rapport
