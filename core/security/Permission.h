#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rapport {

enum class Role {
    Receptionist,
    Clinician,
    Manager,
    Administrator,
};

// Everything a member of staff may be allowed to do. Every service call checks one of
// these in core; the window only hides what core would refuse anyway.
enum class Permission {
    ViewPatients,
    EditPatients,
    MergePatients,
    ErasePatients,
    ViewSchedule,
    BookAppointments,
    OverrideScheduleConflicts,
    ManageScheduleSetup,
    WorkRecalls,
    SendMessages,
    ConfigureMessaging,
    HandleComplaints,
    ViewReports,
    ExportData,
    ReadAudit,
    ManageStaff,
    ManageClinicSettings,
    ManageBackups,
    ChangeOwnPassword,
};

class Permissions
{
public:
    [[nodiscard]] static bool allows(Role role, Permission permission);

    [[nodiscard]] static QList<Role> allRoles();
    [[nodiscard]] static QList<Permission> allPermissions();

    // Stable keys, as stored in the database and typed on the command line.
    [[nodiscard]] static QString roleKey(Role role);
    [[nodiscard]] static std::optional<Role> roleFromKey(const QString& key);
    [[nodiscard]] static QString permissionKey(Permission permission);

    // Translated, for people.
    [[nodiscard]] static QString roleName(Role role);
    [[nodiscard]] static QString permissionName(Permission permission);
};

} // namespace rapport
