#include "TestSupport.h"

#include "security/AuditLog.h"
#include "security/Permission.h"
#include "security/SettingsService.h"
#include "security/StaffService.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {
// The matrix as the clinic expects it, written out in full: R receptionist, C clinician,
// M manager, A administrator.
struct Row
{
    Permission permission;
    const char* roles;
};
const Row Expected[] = {
    {Permission::ViewPatients, "RCMA"},
    {Permission::EditPatients, "RCMA"},
    {Permission::MergePatients, "MA"},
    {Permission::ErasePatients, "A"},
    {Permission::ViewSchedule, "RCMA"},
    {Permission::BookAppointments, "RCMA"},
    {Permission::OverrideScheduleConflicts, "MA"},
    {Permission::ManageScheduleSetup, "MA"},
    {Permission::WorkRecalls, "RCMA"},
    {Permission::SendMessages, "RCMA"},
    {Permission::ConfigureMessaging, "MA"},
    {Permission::HandleComplaints, "RCMA"},
    {Permission::ViewReports, "MA"},
    {Permission::ExportData, "MA"},
    {Permission::ReadAudit, "MA"},
    {Permission::ManageStaff, "A"},
    {Permission::ManageClinicSettings, "MA"},
    {Permission::ManageBackups, "MA"},
    {Permission::ChangeOwnPassword, "RCMA"},
};

char letter(Role r)
{
    switch (r) {
    case Role::Receptionist: return 'R';
    case Role::Clinician: return 'C';
    case Role::Manager: return 'M';
    case Role::Administrator: return 'A';
    }
    return '?';
}
} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixIsCompleteAndAsDeclared_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        QCOMPARE(std::size(Expected), std::size_t(Permissions::allPermissions().size()));
        for (Role r : Permissions::allRoles())
            for (const Row& row : Expected)
                QTest::addRow("%s × %s", qPrintable(Permissions::roleKey(r)),
                              qPrintable(Permissions::permissionKey(row.permission)))
                    << int(r) << int(row.permission) << (std::strchr(row.roles, letter(r)) != nullptr);
    }

    void matrixIsCompleteAndAsDeclared()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows(Role(role), Permission(permission)), allowed);
        Session s;
        s.role = Role(role);
        const Status st = s.require(Permission(permission));
        QCOMPARE(st.has_value(), allowed);
        if (!allowed) {
            QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
            QVERIFY(st.error().message.contains(Permissions::roleName(Role(role))));
        }
    }

    void keysAndNamesAreDistinct()
    {
        QSet<QString> keys, names;
        for (Permission p : Permissions::allPermissions()) {
            keys.insert(Permissions::permissionKey(p));
            names.insert(Permissions::permissionName(p));
        }
        QCOMPARE(keys.size(), Permissions::allPermissions().size());
        QCOMPARE(names.size(), Permissions::allPermissions().size());
        for (Role r : Permissions::allRoles())
            QCOMPARE(Permissions::roleFromKey(Permissions::roleKey(r)), std::optional<Role>(r));
        QVERIFY(!Permissions::roleFromKey(QStringLiteral("superuser")));
    }

    // Core refuses, whatever the window shows: each service call under each role.
    void servicesEnforceTheMatrix_data()
    {
        QTest::addColumn<int>("role");
        for (Role r : Permissions::allRoles())
            QTest::newRow(qPrintable(Permissions::roleKey(r))) << int(r);
    }

    void servicesEnforceTheMatrix()
    {
        QFETCH(int, role);
        const Role r = Role(role);
        rapport::test::TestClinic t;
        const QString password = QStringLiteral("secret phrase 11");
        QString memberId;
        {
            StaffService admin(*t.clinic);
            auto m = admin.add(QStringLiteral("member"), QStringLiteral("Member"), r, password);
            QVERIFY(m.has_value());
            memberId = m->id;
            QVERIFY(admin.add(QStringLiteral("other"), QStringLiteral("Other"), Role::Receptionist, password).has_value());
        }
        t.clinic->lock();
        auto signedIn = t.signIn(QStringLiteral("member"), password);
        QVERIFY(signedIn.has_value());
        Clinic& clinic = **signedIn;
        StaffService staff(clinic);
        SettingsService settings(clinic);
        const bool manageStaff = Permissions::allows(r, Permission::ManageStaff);
        const bool manageSettings = Permissions::allows(r, Permission::ManageClinicSettings);
        const bool readAudit = Permissions::allows(r, Permission::ReadAudit);

        auto expectOutcome = [](const auto& result, bool allowed) {
            if (allowed)
                QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().text()));
            else
                QVERIFY(!result.has_value() && result.error().code == ErrorCode::PermissionDenied);
        };
        expectOutcome(staff.list(), manageStaff);
        expectOutcome(staff.add(QStringLiteral("newbie"), QStringLiteral("New"), Role::Receptionist,
                                QStringLiteral("one time pass 9")),
                      manageStaff);
        const auto other = manageStaff ? staff.find(QStringLiteral("other")) : Result<StaffMember>();
        const QString otherId = other ? other->id : QString();
        expectOutcome(staff.changeRole(manageStaff ? otherId : memberId, Role::Clinician), manageStaff);
        expectOutcome(staff.resetPassword(manageStaff ? otherId : memberId, QStringLiteral("one time pass 8")),
                      manageStaff);
        expectOutcome(staff.deactivate(manageStaff ? otherId : memberId), manageStaff);
        expectOutcome(settings.set(QStringLiteral("security.idleLockMinutes"), QStringLiteral("10")), manageSettings);
        expectOutcome(settings.set(QStringLiteral("clinic.name"), QStringLiteral("Renamed")), manageSettings);
        expectOutcome(clinic.audit().query(clinic.session(), {}, 0, 5), readAudit);
        expectOutcome(clinic.audit().count(clinic.session(), {}), readAudit);
        // Everyone may read ordinary settings and change their own password.
        QVERIFY(settings.get(QStringLiteral("security.idleLockMinutes")).has_value());
        expectOutcome(staff.changeOwnPassword(password, QStringLiteral("a new password 2")), true);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
