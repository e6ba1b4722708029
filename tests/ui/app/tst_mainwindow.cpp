// The main window: what each role sees, the idle lock on the Clock seam, the lock screen,
// a recovery-key session, the About box and switching the interface language.
#include "UiTest.h"
#include "admin/OneTimePasswordDialog.h"
#include "admin/StaffPage.h"
#include "admin/StaffTableModel.h"
#include "app/AboutDialog.h"
#include "app/LockScreen.h"
#include "app/MainWindow.h"
#include "app/NavigationRail.h"
#include "common/IdleWatcher.h"
#include "messages/DispatchRunner.h"
#include "crypto/Sodium.h"
#include "security/SettingsService.h"
#include "security/StaffService.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>

using namespace rapport;
using namespace rapport::test;

namespace {
// Signs in a new member of the given role.
std::unique_ptr<Clinic> signedInAs(TestClinic& tc, const QString& username, Role role)
{
    const QString password = QStringLiteral("temporary-pass-1");
    if (!StaffService(*tc.clinic).add(username, QStringLiteral("Member ") + username, role, password))
        return nullptr;
    auto clinic = tc.signIn(username, password);
    return clinic ? std::move(*clinic) : nullptr;
}

// Translates one string, to see the window retranslate itself.
class OneWordTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (QByteArray(context) == "rapport::MainWindow" && QByteArray(sourceText) == "Staff")
            return QStringLiteral("Personal");
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestApplication(); }
    void init() { resetSeams(); }

    void administratorSeesEveryAdministrationPage();
    void receptionistSeesNeitherStaffNorAudit();
    void managerSeesTheAuditTrailButNotStaff();
    void idleLockFiresAfterTheConfiguredMinutes();
    void lockActionLocksAndSwitchUserSignsOut();
    void openDialogsCloseWhenLocking();
    void recoverySessionIsFlaggedAndCanResetAPassword();
    void aboutShowsTheVersions();
    void languageChangeRetranslates();
};

void TestMainWindow::administratorSeesEveryAdministrationPage()
{
    TestClinic tc;
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.rail()->isItemVisible(MainWindow::StaffPageId));
    QVERIFY(window.rail()->isItemVisible(MainWindow::AuditPageId));
    QVERIFY(window.rail()->isItemVisible(MainWindow::SettingsPageId));
    QCOMPARE(window.currentPage(), MainWindow::StaffPageId);
    QCOMPARE(child<QLabel>(&window, "signedInUserRole")->text(), Permissions::roleName(Role::Administrator));

    click(child<QToolButton>(&window, "navAudit"));
    QCOMPARE(window.currentPage(), MainWindow::AuditPageId);
    QVERIFY(child<QTableView>(&window, "auditTable")->isVisible());
    click(child<QToolButton>(&window, "navSettings"));
    QCOMPARE(window.currentPage(), MainWindow::SettingsPageId);
    QVERIFY(child<QWidget>(&window, "idleLockSpin")->isEnabled());
}

void TestMainWindow::receptionistSeesNeitherStaffNorAudit()
{
    TestClinic tc;
    auto clinic = signedInAs(tc, QStringLiteral("jo"), Role::Receptionist);
    QVERIFY(clinic);
    MainWindow window(std::move(clinic), tc.clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.rail()->isItemVisible(MainWindow::StaffPageId));
    QVERIFY(!window.rail()->isItemVisible(MainWindow::AuditPageId));
    QVERIFY(!child<QToolButton>(&window, "navStaff")->isVisible());
    QVERIFY(!child<QToolButton>(&window, "navAudit")->isVisible());
    QVERIFY(child<QToolButton>(&window, "navSettings")->isVisible());
    // A receptionist starts at the front desk: the patients.
    QVERIFY(child<QToolButton>(&window, "navPatients")->isVisible());
    QCOMPARE(window.currentPage(), MainWindow::PatientsPageId);
    // Asking for a hidden page does nothing; the pages hold no clinic.
    window.showPage(MainWindow::StaffPageId);
    QCOMPARE(window.currentPage(), MainWindow::PatientsPageId);
    QCOMPARE(window.staffPage()->model()->rowCount(), 0);
    // Settings are read-only for a receptionist, with a note saying why.
    click(child<QToolButton>(&window, "navSettings"));
    QVERIFY(!child<QWidget>(&window, "idleLockSpin")->isEnabled());
    QVERIFY(!child<QWidget>(&window, "settingsClinicNameEdit")->isEnabled());
    QVERIFY(child<QLabel>(&window, "settingsReadOnlyNote")->isVisible());
    QVERIFY(!child<QWidget>(&window, "saveSettingsButton")->isVisible());
    QVERIFY(child<QWidget>(&window, "changeMyPasswordButton")->isEnabled());
    // The front desk works recalls, the call list and the outbox, but does not configure
    // messaging.
    for (const char* name : {"navRecalls", "navCallList", "navMessages"})
        QVERIFY2(child<QToolButton>(&window, name)->isVisible(), name);
    QVERIFY(!child<QToolButton>(&window, "navMessagingSettings")->isVisible());
    click(child<QToolButton>(&window, "navCallList"));
    QCOMPARE(window.currentPage(), MainWindow::CallListPageId);
    click(child<QToolButton>(&window, "navMessages"));
    QCOMPARE(window.currentPage(), MainWindow::MessagesPageId);
    window.showPage(MainWindow::MessagingSettingsPageId);
    QCOMPARE(window.currentPage(), MainWindow::MessagesPageId);
    // Sending runs in the background while someone who may send is signed in, and stops
    // when the window locks.
    QVERIFY(window.dispatchRunner()->isActive());
    window.lock(); // waits for background work of the pages, if any
    QTRY_VERIFY(window.isLocked());
    QVERIFY(!window.dispatchRunner()->isActive());
}

void TestMainWindow::managerSeesTheAuditTrailButNotStaff()
{
    TestClinic tc;
    auto clinic = signedInAs(tc, QStringLiteral("pm"), Role::Manager);
    QVERIFY(clinic);
    MainWindow window(std::move(clinic), tc.clock);
    window.show();
    QVERIFY(!window.rail()->isItemVisible(MainWindow::StaffPageId));
    QVERIFY(window.rail()->isItemVisible(MainWindow::AuditPageId));
    QCOMPARE(window.currentPage(), MainWindow::PatientsPageId);
    QVERIFY(child<QWidget>(&window, "idleLockSpin")->isEnabled());
    // A manager configures messaging.
    QVERIFY(window.rail()->isItemVisible(MainWindow::MessagingSettingsPageId));
    click(child<QToolButton>(&window, "navMessagingSettings"));
    QCOMPARE(window.currentPage(), MainWindow::MessagingSettingsPageId);
    QVERIFY(window.rail()->isItemVisible(MainWindow::RecallsPageId));
    click(child<QToolButton>(&window, "navRecalls"));
    QCOMPARE(window.currentPage(), MainWindow::RecallsPageId);
}

void TestMainWindow::idleLockFiresAfterTheConfiguredMinutes()
{
    TestClinic tc;
    QVERIFY(SettingsService(*tc.clinic).set(QStringLiteral("security.idleLockMinutes"), QStringLiteral("3")));
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IdleWatcher* idle = window.idleWatcher();
    QCOMPARE(idle, child<IdleWatcher>(&window, "idleWatcher"));
    QCOMPARE(idle->timeoutMinutes(), 3);
    QSignalSpy locked(&window, &MainWindow::locked);

    tc.clock.advanceSecs(2 * 60);
    idle->checkNow();
    QVERIFY(!window.isLocked());

    // Input anywhere counts as use and starts the three minutes again.
    QTest::keyClick(child<QWidget>(&window, "navSettings"), Qt::Key_Shift);
    tc.clock.advanceSecs(2 * 60 + 30);
    idle->checkNow();
    QVERIFY(!window.isLocked());

    tc.clock.advanceSecs(31);
    idle->checkNow();
    QCOMPARE(locked.size(), 1);
    QVERIFY(window.isLocked());
    QVERIFY(!window.clinic()->isOpen());
    QVERIFY(window.lockScreen()->isVisible());
    QVERIFY(child<QLabel>(&window, "lockedUserLabel")->text().contains(QStringLiteral("Ada Admin")));
    // Locked, the watcher stops: no second lock.
    idle->checkNow();
    QCOMPARE(locked.size(), 1);

    // A changed setting takes effect after unlocking.
    QSignalSpy unlocked(&window, &MainWindow::unlocked);
    typeInto(child<QLineEdit>(&window, "unlockPasswordEdit"), AdminPassword);
    click(child<QPushButton>(&window, "unlockButton"));
    QVERIFY(unlocked.wait(10000));
    QVERIFY(idle->isRunning());
    QCOMPARE(idle->timeoutMinutes(), 3);
}

void TestMainWindow::lockActionLocksAndSwitchUserSignsOut()
{
    TestClinic tc;
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    click(child<QToolButton>(&window, "navSettings"));
    window.lockAction()->trigger();
    QVERIFY(window.isLocked());
    QVERIFY(!window.clinic()->isOpen());
    QVERIFY(!child<QWidget>(&window, "headerBar")->isVisible());
    QVERIFY(!window.lockAction()->isEnabled());

    QSignalSpy signOut(&window, &MainWindow::signOutRequested);
    click(child<QPushButton>(&window, "switchUserButton"));
    QCOMPARE(signOut.size(), 1);
}

void TestMainWindow::openDialogsCloseWhenLocking()
{
    TestClinic tc;
    QVERIFY(StaffService(*tc.clinic)
                .add(QStringLiteral("jo"), QStringLiteral("Jo Walsh"), Role::Receptionist,
                     QStringLiteral("one-time-pass-1")));
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QTableView* table = child<QTableView>(&window, "staffTable");
    table->selectRow(0);
    click(child<QPushButton>(&window, "resetPasswordButton"));
    QPointer<OneTimePasswordDialog> dialog = openDialog<OneTimePasswordDialog>(&window);
    QVERIFY(dialog);
    window.lock();
    QTRY_VERIFY(!dialog);
    QVERIFY(!openDialog<QDialog>(&window));
}

void TestMainWindow::recoverySessionIsFlaggedAndCanResetAPassword()
{
    TestClinic tc;
    tc.clinic->lock();
    auto recovered = Clinic::signInWithRecoveryKey(tc.path, tc.recoveryKey, tc.clock);
    QVERIFY(recovered);
    MainWindow window(std::move(*recovered), tc.clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(child<QWidget>(&window, "recoveryBanner")->isVisible());
    QCOMPARE(child<QLabel>(&window, "signedInUserName")->text(), QStringLiteral("Recovery key"));
    QCOMPARE(window.currentPage(), MainWindow::StaffPageId);
    QVERIFY(!child<QWidget>(&window, "changeMyPasswordButton")->isEnabled());

    // Reset the forgotten administrator password.
    child<QTableView>(&window, "staffTable")->selectRow(0);
    click(child<QPushButton>(&window, "resetPasswordButton"));
    OneTimePasswordDialog* reset = openDialog<OneTimePasswordDialog>(&window);
    QVERIFY(reset);
    typeInto(child<QLineEdit>(reset, "oneTimePasswordEdit"), QStringLiteral("back-in-business"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(child<QPushButton>(reset, "oneTimePasswordConfirmButton"));
    auto admin = tc.signIn(QStringLiteral("admin"), QStringLiteral("back-in-business"));
    QVERIFY(admin);
    QVERIFY((*admin)->session().mustChangePassword);
    admin->reset();

    // Locked, a recovery session asks for the recovery key again.
    window.lock();
    QVERIFY(child<QLabel>(&window, "lockedUserLabel")->text().contains(QStringLiteral("recovery key")));
    QSignalSpy unlocked(&window, &MainWindow::unlocked);
    typeInto(child<QLineEdit>(&window, "unlockPasswordEdit"), tc.recoveryKey);
    click(child<QPushButton>(&window, "unlockButton"));
    QVERIFY(unlocked.wait(10000));
    QVERIFY(window.clinic()->session().viaRecoveryKey);
}

void TestMainWindow::aboutShowsTheVersions()
{
    TestClinic tc;
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    window.showAbout();
    AboutDialog* about = openDialog<AboutDialog>(&window);
    QVERIFY(about);
    const QString text = child<QLabel>(about, "aboutVersions")->text();
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(Database::sqlcipherVersion()));
    QVERIFY(text.contains(Database::sqliteVersion()));
    QVERIFY(text.contains(Sodium::version()));
}

void TestMainWindow::languageChangeRetranslates()
{
    TestClinic tc;
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    auto* staff = child<QToolButton>(&window, "navStaff");
    QCOMPARE(staff->text(), QStringLiteral("Staff"));
    OneWordTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(staff->text(), QStringLiteral("Personal"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(staff->text(), QStringLiteral("Staff"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
