// The sign-in window: wrong passwords, the back-off, the demo accounts box (demo clinic
// only), the forced password change, the recovery key and a missing key file.
#include "UiTest.h"
#include "account/ChangePasswordDialog.h"
#include "demo/DemoClinic.h"
#include "security/KeyFile.h"
#include "security/StaffService.h"
#include "signin/RecoveryKeyDialog.h"
#include "signin/SignInDialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>

using namespace rapport;
using namespace rapport::test;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestApplication(); }
    void init() { resetSeams(); }

    void wrongPasswordShowsErrorAndStaysLocked();
    void emptyFieldsAreExplained();
    void tooManyAttemptsDisablesTheButton();
    void rightPasswordSignsIn();
    void demoAccountsOnlyForTheDemoClinic();
    void oneTimePasswordForcesAPasswordChange();
    void cancellingThePasswordChangeSignsOut();
    void recoveryKeySignsInAsRecovery();
    void missingKeyFileIsExplained();

private:
    static void attempt(SignInDialog& dialog, const QString& user, const QString& password);
};

void TestSignInDialog::attempt(SignInDialog& dialog, const QString& user, const QString& password)
{
    typeInto(child<QLineEdit>(&dialog, "usernameEdit"), user);
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), password);
    click(child<QPushButton>(&dialog, "signInButton"));
    QTRY_VERIFY(!dialog.isBusy());
}

void TestSignInDialog::wrongPasswordShowsErrorAndStaysLocked()
{
    TestClinic tc;
    SignInDialog dialog(tc.path, tc.clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLabel>(&dialog, "clinicNameLabel")->text(), QStringLiteral("Test Clinic"));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    attempt(dialog, QStringLiteral("admin"), QStringLiteral("wrong password"));
    QVERIFY(dialog.errorText().contains(QStringLiteral("not right")));
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeClinic());
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(&dialog, "usernameEdit")->text(), QStringLiteral("admin"));
}

void TestSignInDialog::emptyFieldsAreExplained()
{
    TestClinic tc;
    SignInDialog dialog(tc.path, tc.clock);
    dialog.show();
    child<QLineEdit>(&dialog, "usernameEdit")->clear();
    click(child<QPushButton>(&dialog, "signInButton"));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!dialog.isBusy());
}

void TestSignInDialog::tooManyAttemptsDisablesTheButton()
{
    TestClinic tc;
    SignInDialog dialog(tc.path, tc.clock);
    dialog.show();
    for (int i = 0; i < 3; ++i)
        attempt(dialog, QStringLiteral("admin"), QStringLiteral("wrong password %1").arg(i));
    // The fourth try within the back-off is refused before any password is checked.
    attempt(dialog, QStringLiteral("admin"), AdminPassword);
    QVERIFY(dialog.errorText().contains(QStringLiteral("Too many")));
    auto* button = child<QPushButton>(&dialog, "signInButton");
    QVERIFY(!button->isEnabled());
    QVERIFY(button->text().contains(QStringLiteral("Try again")));
    QVERIFY(!dialog.takeClinic());
    // Another user name is not held back.
    QTest::keyClicks(child<QLineEdit>(&dialog, "usernameEdit"), QStringLiteral("x"));
    QVERIFY(button->isEnabled());
}

void TestSignInDialog::rightPasswordSignsIn()
{
    TestClinic tc;
    SignInDialog dialog(tc.path, tc.clock);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    typeInto(child<QLineEdit>(&dialog, "usernameEdit"), QStringLiteral("admin"));
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), AdminPassword);
    QTest::keyClick(child<QLineEdit>(&dialog, "passwordEdit"), Qt::Key_Return); // Enter submits
    QVERIFY(accepted.wait(10000));
    auto clinic = dialog.takeClinic();
    QVERIFY(clinic && clinic->isOpen());
    QCOMPARE(clinic->session().username, QStringLiteral("admin"));
    QVERIFY(!clinic->session().viaRecoveryKey);
}

void TestSignInDialog::demoAccountsOnlyForTheDemoClinic()
{
    {
        TestClinic tc;
        SignInDialog dialog(tc.path, tc.clock);
        QVERIFY(!dialog.isDemo());
        QVERIFY(!child<QGroupBox>(&dialog, "demoAccountsBox"));
    }
    QTemporaryDir dir;
    ManualClock clock;
    const QString path = dir.filePath(QStringLiteral("demo/demo.rapport"));
    QVERIFY(DemoClinic::ensure(path, clock));
    SignInDialog dialog(path, clock);
    dialog.show();
    QVERIFY(dialog.isDemo());
    auto* box = child<QGroupBox>(&dialog, "demoAccountsBox");
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->findChildren<QToolButton*>().size(), DemoClinic::accounts().size());

    click(child<QToolButton>(box, "demoAccount_reception"));
    QCOMPARE(child<QLineEdit>(&dialog, "usernameEdit")->text(), QStringLiteral("reception"));
    QCOMPARE(child<QLineEdit>(&dialog, "passwordEdit")->text(), DemoClinic::password());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    click(child<QPushButton>(&dialog, "signInButton"));
    QVERIFY(accepted.wait(10000));
    QCOMPARE(dialog.takeClinic()->session().role, Role::Receptionist);
}

void TestSignInDialog::oneTimePasswordForcesAPasswordChange()
{
    TestClinic tc;
    QVERIFY(StaffService(*tc.clinic)
                .add(QStringLiteral("jo"), QStringLiteral("Jo Walsh"), Role::Receptionist,
                     QStringLiteral("one-time-pass-1")));
    SignInDialog dialog(tc.path, tc.clock);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    attempt(dialog, QStringLiteral("jo"), QStringLiteral("one-time-pass-1"));
    QCOMPARE(accepted.size(), 0);
    ChangePasswordDialog* change = openDialog<ChangePasswordDialog>(&dialog);
    QVERIFY(change);
    // The one-time password was just typed; it is not asked again.
    QVERIFY(!child<QLineEdit>(change, "currentPasswordEdit")->isVisible());

    typeInto(child<QLineEdit>(change, "newPasswordEdit"), QStringLiteral("my own sentence"));
    typeInto(child<QLineEdit>(change, "confirmPasswordEdit"), QStringLiteral("my own sentense"));
    click(child<QPushButton>(change, "changePasswordConfirmButton"));
    QVERIFY(child<QWidget>(change, "changePasswordError")->isVisible());
    QVERIFY(change->isVisible());

    typeInto(child<QLineEdit>(change, "confirmPasswordEdit"), QStringLiteral("my own sentence"));
    click(child<QPushButton>(change, "changePasswordConfirmButton"));
    QVERIFY(accepted.wait(10000));
    auto clinic = dialog.takeClinic();
    QVERIFY(clinic);
    QVERIFY(!clinic->session().mustChangePassword);
    clinic.reset();
    QVERIFY(tc.signIn(QStringLiteral("jo"), QStringLiteral("my own sentence")));
}

void TestSignInDialog::cancellingThePasswordChangeSignsOut()
{
    TestClinic tc;
    QVERIFY(StaffService(*tc.clinic)
                .add(QStringLiteral("jo"), QStringLiteral("Jo Walsh"), Role::Receptionist,
                     QStringLiteral("one-time-pass-1")));
    SignInDialog dialog(tc.path, tc.clock);
    dialog.show();
    attempt(dialog, QStringLiteral("jo"), QStringLiteral("one-time-pass-1"));
    ChangePasswordDialog* change = openDialog<ChangePasswordDialog>(&dialog);
    QVERIFY(change);
    click(child<QPushButton>(change, "changePasswordCancelButton"));
    QVERIFY(!dialog.takeClinic());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorText().isEmpty());
}

void TestSignInDialog::recoveryKeySignsInAsRecovery()
{
    TestClinic tc;
    SignInDialog dialog(tc.path, tc.clock);
    dialog.show();
    click(child<QPushButton>(&dialog, "recoveryKeyButton"));
    RecoveryKeyDialog* recovery = openDialog<RecoveryKeyDialog>(&dialog);
    QVERIFY(recovery);

    typeInto(child<QLineEdit>(recovery, "recoveryKeyEdit"), QStringLiteral("AAAA-BBBB"));
    click(child<QPushButton>(recovery, "recoveryKeySignInButton"));
    QTRY_VERIFY(!recovery->isBusy());
    QVERIFY(child<QWidget>(recovery, "recoveryKeyError")->isVisible());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    typeInto(child<QLineEdit>(recovery, "recoveryKeyEdit"), tc.recoveryKey.toLower());
    click(child<QPushButton>(recovery, "recoveryKeySignInButton"));
    QVERIFY(accepted.wait(10000));
    auto clinic = dialog.takeClinic();
    QVERIFY(clinic && clinic->isOpen());
    QVERIFY(clinic->session().viaRecoveryKey);
    QCOMPARE(clinic->session().role, Role::Administrator);
}

void TestSignInDialog::missingKeyFileIsExplained()
{
    TestClinic tc;
    tc.clinic->lock();
    QVERIFY(QFile::remove(KeyFile::pathFor(tc.path)));
    QFile::remove(KeyFile::pathFor(tc.path) + QStringLiteral(".bak"));
    SignInDialog dialog(tc.path, tc.clock);
    dialog.show();
    QVERIFY(dialog.errorText().contains(QStringLiteral("key file")));
    attempt(dialog, QStringLiteral("admin"), AdminPassword);
    QVERIFY(dialog.errorText().contains(QStringLiteral("key file")));
    QVERIFY(!dialog.takeClinic());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
