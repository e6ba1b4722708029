#include "TestSupport.h"

#include "security/AccountRules.h"
#include "security/StaffService.h"

#include <QRegularExpression>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestStaffService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addedMemberMustChangePasswordAtFirstSignIn()
    {
        rapport::test::TestClinic t;
        StaffService staff(*t.clinic);
        auto m = staff.add(QStringLiteral("jo"), QStringLiteral("Jo Walsh"), Role::Receptionist,
                           QStringLiteral("one time pass 1"));
        QVERIFY(m.has_value());
        QVERIFY(m->mustChangePassword);
        QCOMPARE(staff.list()->size(), 2);
        t.clinic->lock();
        auto jo = t.signIn(QStringLiteral("jo"), QStringLiteral("one time pass 1"));
        QVERIFY(jo.has_value());
        QVERIFY((*jo)->session().mustChangePassword);
        StaffService own(**jo);
        QVERIFY(own.changeOwnPassword(QStringLiteral("one time pass 1"), QStringLiteral("my own password")).has_value());
        QVERIFY(!(*jo)->session().mustChangePassword);
        jo->reset();
        auto again = t.signIn(QStringLiteral("jo"), QStringLiteral("my own password"));
        QVERIFY(again.has_value());
        QVERIFY(!(*again)->session().mustChangePassword);
    }

    void validationMessages_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expectedFragment");
        QTest::newRow("short user name") << QStringLiteral("j") << QStringLiteral("Jo") << QStringLiteral("long enough pw")
                                         << QStringLiteral("2 to 32");
        QTest::newRow("spaces in user name") << QStringLiteral("jo walsh") << QStringLiteral("Jo")
                                             << QStringLiteral("long enough pw") << QStringLiteral("2 to 32");
        QTest::newRow("empty name") << QStringLiteral("jo") << QStringLiteral("  ") << QStringLiteral("long enough pw")
                                    << QStringLiteral("full name");
        QTest::newRow("short password") << QStringLiteral("jo") << QStringLiteral("Jo") << QStringLiteral("short")
                                        << QStringLiteral("at least 10");
        QTest::newRow("password has user name") << QStringLiteral("jowalsh") << QStringLiteral("Jo")
                                                << QStringLiteral("jowalsh-2026!") << QStringLiteral("user name");
        QTest::newRow("taken") << QStringLiteral("ADMIN") << QStringLiteral("Jo") << QStringLiteral("long enough pw")
                               << QStringLiteral("already taken");
    }

    void validationMessages()
    {
        QFETCH(QString, username);
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, expectedFragment);
        rapport::test::TestClinic t;
        auto r = StaffService(*t.clinic).add(username, name, Role::Receptionist, password);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(expectedFragment), qPrintable(r.error().message));
        QCOMPARE(StaffService(*t.clinic).list()->size(), 1);
    }

    void lastAdministratorIsProtected()
    {
        rapport::test::TestClinic t;
        StaffService staff(*t.clinic);
        const QString self = t.clinic->session().userId;
        auto demote = staff.changeRole(self, Role::Manager);
        QVERIFY(!demote);
        QCOMPARE(demote.error().code, ErrorCode::Conflict);
        auto selfDeactivate = staff.deactivate(self);
        QVERIFY(!selfDeactivate);
        auto second = staff.add(QStringLiteral("boss"), QStringLiteral("Second Admin"), Role::Administrator,
                                QStringLiteral("one time pass 2"));
        QVERIFY(second.has_value());
        QVERIFY(staff.changeRole(self, Role::Manager).has_value()); // now allowed
    }

    void roleChangeAndReactivationAreAudited()
    {
        rapport::test::TestClinic t;
        StaffService staff(*t.clinic);
        auto m = staff.add(QStringLiteral("jo"), QStringLiteral("Jo"), Role::Receptionist, QStringLiteral("one time pass 1"));
        QVERIFY(staff.changeRole(m->id, Role::Clinician).has_value());
        QCOMPARE(staff.find(QStringLiteral("jo"))->role, Role::Clinician);
        QVERIFY(staff.deactivate(m->id).has_value());
        QVERIFY(!staff.find(QStringLiteral("jo"))->active);
        QVERIFY(staff.resetPassword(m->id, QStringLiteral("welcome back 1")).has_value());
        QVERIFY(staff.find(QStringLiteral("jo"))->active);
        auto st = t.clinic->database().prepare(
            "SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE entity_id = :id ORDER BY seq)");
        st->bind(":id", m->id);
        QVERIFY(*st->next());
        QCOMPARE(st->text(0), QStringLiteral("staff.add,staff.role,staff.deactivate,staff.reactivate"));
        t.clinic->lock();
        auto back = t.signIn(QStringLiteral("jo"), QStringLiteral("welcome back 1"));
        QVERIFY2(back.has_value(), back ? "" : qPrintable(back.error().text()));
        QCOMPARE((*back)->session().role, Role::Clinician);
    }

    void oneTimePasswordsAreReadableAndValid()
    {
        const QString p = AccountRules::generateOneTimePassword();
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$")).match(p).hasMatch());
        QVERIFY(AccountRules::checkPassword(p, QStringLiteral("jo")).has_value());
        QVERIFY(p != AccountRules::generateOneTimePassword());
    }
};

QTEST_GUILESS_MAIN(TestStaffService)
#include "tst_staffservice.moc"
