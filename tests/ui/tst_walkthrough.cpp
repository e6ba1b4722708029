// The first impression, end to end: set up a clinic in the wizard, work in the main window,
// lock and unlock, and administer staff — all through the real widgets.
#include "UiTest.h"
#include "admin/AddStaffDialog.h"
#include "admin/ChangeRoleDialog.h"
#include "admin/OneTimePasswordDialog.h"
#include "admin/StaffPage.h"
#include "admin/StaffTableModel.h"
#include "app/AppController.h"
#include "app/LockScreen.h"
#include "app/MainWindow.h"
#include "app/NavigationRail.h"
#include "security/AccountRules.h"
#include "security/StaffService.h"
#include "messaging/MessagingSetup.h"
#include "setup/FirstRunWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>

using namespace rapport;
using namespace rapport::test;

class TestWalkthrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestApplication(); }
    void init() { resetSeams(); }
    void wizardToStaffAdministration();

private:
    static void selectStaffRow(MainWindow* window, const QString& username);
};

void TestWalkthrough::selectStaffRow(MainWindow* window, const QString& username)
{
    QTableView* table = child<QTableView>(window, "staffTable");
    QVERIFY(table);
    StaffTableModel* model = window->staffPage()->model();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->member(i)->username == username)
            row = i;
    QVERIFY2(row >= 0, qPrintable(username));
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    const QModelIndex index = proxy->mapFromSource(model->index(row, StaffTableModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
}

void TestWalkthrough::wizardToStaffAdministration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic/clinic.rapport"));
    ManualClock clock;
    AppController controller(path, clock, [] { return PasswordKdf::insecureFast(); });
    QSignalSpy shown(&controller, &AppController::mainWindowShown);
    controller.start();

    // Page 1: the clinic.
    QPointer<FirstRunWizard> wizard = controller.wizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::ClinicPageId));
    QTest::keyClicks(child<QLineEdit>(wizard, "clinicNameEdit"), QStringLiteral("Harbour Street Dental"));
    auto* region = child<QComboBox>(wizard, "regionCombo");
    region->setCurrentIndex(region->findData(QStringLiteral("IE")));
    auto* zone = child<QComboBox>(wizard, "timeZoneCombo");
    zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/Dublin")));
    QVERIFY(zone->currentIndex() >= 0);
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPageId));

    // Page 2: the administrator. A short password is refused inline, and nothing is created.
    QTest::keyClicks(child<QLineEdit>(wizard, "adminNameEdit"), QStringLiteral("Ada Admin"));
    QCOMPARE(child<QLineEdit>(wizard, "adminUsernameEdit")->text(), QStringLiteral("ada"));
    typeInto(child<QLineEdit>(wizard, "adminPasswordEdit"), QStringLiteral("short"));
    typeInto(child<QLineEdit>(wizard, "adminPasswordConfirmEdit"), QStringLiteral("short"));
    click(wizard->button(QWizard::CommitButton));
    QVERIFY(child<QLabel>(wizard, "adminPasswordError")->isVisible());
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPageId));
    QVERIFY(!Clinic::exists(path));

    typeInto(child<QLineEdit>(wizard, "adminPasswordEdit"), AdminPassword);
    typeInto(child<QLineEdit>(wizard, "adminPasswordConfirmEdit"), AdminPassword);
    click(wizard->button(QWizard::CommitButton));
    QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::RecoveryPageId));
    QVERIFY(Clinic::exists(path));

    // Page 3: the recovery key, shown once, and a sheet saved as PDF (audited).
    const QString shownKey = child<QLabel>(wizard, "recoveryKeyLabel")->text();
    QCOMPARE(shownKey.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size(), 14);
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    const QString pdf = dir.filePath(QStringLiteral("recovery-sheet.pdf"));
    FileDialog::setNextAnswer(pdf);
    click(child<QPushButton>(wizard, "savePdfButton"));
    QVERIFY(readAll(pdf).startsWith("%PDF"));
    {
        Clinic* clinic = wizard->clinic();
        AuditFilter f;
        f.actionPrefix = QStringLiteral("recovery.");
        auto rows = clinic->audit().query(clinic->session(), f, 0, 10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().action, QStringLiteral("recovery.save-pdf"));
        QCOMPARE(rows->first().entityId, clinic->clinicId());
        // A new clinic has the usual reminder rules, ready once e-mail or SMS is set up.
        auto rules = MessagingSetup(*clinic).rules();
        QVERIFY(rules);
        QCOMPARE(rules->size(), 2);
    }
    // The recovery key really opens the clinic.
    QVERIFY(Clinic::signInWithRecoveryKey(path, wizard->recoveryKey(), clock));

    click(child<QCheckBox>(wizard, "recoveryConfirmCheck"));
    click(wizard->button(QWizard::FinishButton));

    // The main window, signed in as the new administrator.
    QTRY_COMPARE(shown.size(), 1);
    QPointer<MainWindow> window = controller.mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->clinic()->isOpen());
    QCOMPARE(window->clinic()->session().username, QStringLiteral("ada"));
    QCOMPARE(child<QLabel>(window, "signedInUserName")->text(), QStringLiteral("Ada Admin"));
    QCOMPARE(window->currentPage(), MainWindow::StaffPageId);
    QTRY_VERIFY(!wizard); // the wizard is gone, and the key with it

    // Lock with Ctrl+L: the database closes and the content is replaced by the lock screen.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QSignalSpy locked(window.data(), &MainWindow::locked);
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(locked.size(), 1);
    QVERIFY(window->isLocked());
    QVERIFY(!window->clinic()->isOpen());
    QVERIFY(window->lockScreen()->isVisible());
    QVERIFY(!child<QTableView>(window, "staffTable")->isVisible());
    QCOMPARE(window->staffPage()->model()->rowCount(), 0); // nothing of the clinic kept on screen

    // A wrong password keeps it locked.
    auto* unlockEdit = child<QLineEdit>(window, "unlockPasswordEdit");
    typeInto(unlockEdit, QStringLiteral("not the password"));
    click(child<QPushButton>(window, "unlockButton"));
    QTRY_VERIFY(!window->lockScreen()->errorText().isEmpty());
    QVERIFY(window->isLocked());
    QVERIFY(!window->clinic()->isOpen());

    // The right one unlocks and returns to the same page.
    QSignalSpy unlocked(window.data(), &MainWindow::unlocked);
    typeInto(unlockEdit, AdminPassword);
    QTest::keyClick(unlockEdit, Qt::Key_Return);
    QVERIFY(unlocked.wait(10000));
    QVERIFY(!window->isLocked());
    QVERIFY(window->clinic()->isOpen());
    QCOMPARE(window->currentPage(), MainWindow::StaffPageId);
    QVERIFY(child<QTableView>(window, "staffTable")->isVisible());
    QCOMPARE(window->staffPage()->model()->rowCount(), 1);

    // Add a receptionist through the dialog.
    click(child<QPushButton>(window, "addStaffButton"));
    QPointer<AddStaffDialog> add = openDialog<AddStaffDialog>(window);
    QVERIFY(add);
    QTest::keyClicks(child<QLineEdit>(add, "staffNameEdit"), QStringLiteral("Jo Walsh"));
    QCOMPARE(child<QLineEdit>(add, "staffUsernameEdit")->text(), QStringLiteral("jo.walsh"));
    auto* role = child<QComboBox>(add, "staffRoleCombo");
    QCOMPARE(Role(role->currentData().toInt()), Role::Receptionist);
    const QString oneTime = child<QLineEdit>(add, "oneTimePasswordEdit")->text();
    QVERIFY(AccountRules::checkPassword(oneTime, QStringLiteral("jo.walsh")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(child<QPushButton>(add, "addStaffConfirmButton"));
    QTRY_VERIFY(!add);
    QVERIFY(MessageBox::shown().last().contains(oneTime));
    StaffService staff(*window->clinic());
    auto jo = staff.find(QStringLiteral("jo.walsh"));
    QVERIFY(jo);
    QCOMPARE(jo->displayName, QStringLiteral("Jo Walsh"));
    QCOMPARE(jo->role, Role::Receptionist);
    QVERIFY(jo->active);
    QVERIFY(jo->mustChangePassword);
    QCOMPARE(window->staffPage()->model()->rowCount(), 2);

    // Change their role.
    selectStaffRow(window, QStringLiteral("jo.walsh"));
    click(child<QPushButton>(window, "changeRoleButton"));
    QPointer<ChangeRoleDialog> roleDialog = openDialog<ChangeRoleDialog>(window);
    QVERIFY(roleDialog);
    auto* roleCombo = child<QComboBox>(roleDialog, "roleCombo");
    roleCombo->setCurrentIndex(roleCombo->findData(int(Role::Clinician)));
    click(child<QPushButton>(roleDialog, "changeRoleConfirmButton"));
    QTRY_VERIFY(!roleDialog);
    QCOMPARE(staff.find(QStringLiteral("jo.walsh"))->role, Role::Clinician);

    // Reset their password: the new one-time password signs in, the old one no longer does.
    selectStaffRow(window, QStringLiteral("jo.walsh"));
    click(child<QPushButton>(window, "resetPasswordButton"));
    QPointer<OneTimePasswordDialog> reset = openDialog<OneTimePasswordDialog>(window);
    QVERIFY(reset);
    const QString newOneTime = QStringLiteral("tide-pool-lantern");
    typeInto(child<QLineEdit>(reset, "oneTimePasswordEdit"), newOneTime);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(child<QPushButton>(reset, "oneTimePasswordConfirmButton"));
    QTRY_VERIFY(!reset);
    QVERIFY(MessageBox::shown().last().contains(newOneTime));
    QVERIFY(!Clinic::signIn(path, QStringLiteral("jo.walsh"), oneTime, clock));
    {
        auto asJo = Clinic::signIn(path, QStringLiteral("jo.walsh"), newOneTime, clock);
        QVERIFY2(asJo, qPrintable(asJo ? QString() : asJo.error().text()));
        QVERIFY((*asJo)->session().mustChangePassword);
    }

    // Deactivate them, after confirming: the keys rotate and they can no longer sign in.
    selectStaffRow(window, QStringLiteral("jo.walsh"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(window, "deactivateButton"));
    QVERIFY(MessageBox::shown().last().contains(QStringLiteral("Jo Walsh")));
    QVERIFY(!staff.find(QStringLiteral("jo.walsh"))->active);
    QVERIFY(!Clinic::signIn(path, QStringLiteral("jo.walsh"), newOneTime, clock));
    const int joRow = window->staffPage()->model()->rowOf(jo->id);
    QCOMPARE(window->staffPage()->model()->index(joRow, StaffTableModel::StatusColumn).data().toString(),
             StaffTableModel::statusText(*staff.find(QStringLiteral("jo.walsh"))));
    // Reactivate is offered now; deactivate is not.
    QVERIFY(child<QPushButton>(window, "reactivateButton")->isEnabled());
    QVERIFY(!child<QPushButton>(window, "deactivateButton")->isEnabled());

    // The administrator still gets in after the key rotation.
    QVERIFY(Clinic::signIn(path, QStringLiteral("ada"), AdminPassword, clock));

    QSignalSpy finished(&controller, &AppController::finished);
    window->close();
    QCOMPARE(finished.size(), 1);
}

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
