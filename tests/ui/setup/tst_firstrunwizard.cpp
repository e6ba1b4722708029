// The first-run wizard's checks and its one-way door: what it refuses, the recovery page
// that will not let go without confirmation, and a failure to create the clinic.
#include "UiTest.h"
#include "setup/FirstRunWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>

using namespace rapport;
using namespace rapport::test;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestApplication(); }
    void init() { resetSeams(); }

    void defaultsComeFromThisComputer();
    void clinicNameIsRequired();
    void administratorFieldsAreChecked_data();
    void administratorFieldsAreChecked();
    void closingTheRecoveryPageAsksFirst();
    void anExistingClinicIsNotOverwritten();

private:
    static void fillFirstPage(FirstRunWizard& wizard);
    static void fillAdministrator(FirstRunWizard& wizard, const QString& name, const QString& user,
                                  const QString& password, const QString& confirmation);
};

void TestFirstRunWizard::fillFirstPage(FirstRunWizard& wizard)
{
    typeInto(child<QLineEdit>(&wizard, "clinicNameEdit"), QStringLiteral("Harbour Street Dental"));
    click(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
}

void TestFirstRunWizard::fillAdministrator(FirstRunWizard& wizard, const QString& name, const QString& user,
                                           const QString& password, const QString& confirmation)
{
    typeInto(child<QLineEdit>(&wizard, "adminNameEdit"), name);
    typeInto(child<QLineEdit>(&wizard, "adminUsernameEdit"), user);
    typeInto(child<QLineEdit>(&wizard, "adminPasswordEdit"), password);
    typeInto(child<QLineEdit>(&wizard, "adminPasswordConfirmEdit"), confirmation);
}

void TestFirstRunWizard::defaultsComeFromThisComputer()
{
    QTemporaryDir dir;
    ManualClock clock;
    FirstRunWizard wizard(dir.filePath(QStringLiteral("c.rapport")), clock,
                          [] { return PasswordKdf::insecureFast(); });
    wizard.show();
    // TZ=UTC in the test environment.
    QCOMPARE(child<QComboBox>(&wizard, "timeZoneCombo")->currentData().toString(), QStringLiteral("UTC"));
    QCOMPARE(child<QComboBox>(&wizard, "regionCombo")->currentData().toString().size(), 2);
    QCOMPARE(child<QComboBox>(&wizard, "languageCombo")->count(), 2);
    QVERIFY(child<QComboBox>(&wizard, "regionCombo")->findData(QStringLiteral("DE")) >= 0);
    QVERIFY(child<QComboBox>(&wizard, "timeZoneCombo")->findData(QStringLiteral("America/New_York")) >= 0);
}

void TestFirstRunWizard::clinicNameIsRequired()
{
    QTemporaryDir dir;
    ManualClock clock;
    FirstRunWizard wizard(dir.filePath(QStringLiteral("c.rapport")), clock,
                          [] { return PasswordKdf::insecureFast(); });
    wizard.show();
    QTest::keyClicks(child<QLineEdit>(&wizard, "clinicNameEdit"), QStringLiteral("   "));
    click(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::ClinicPageId));
    QVERIFY(child<QLabel>(&wizard, "clinicNameError")->isVisible());
}

void TestFirstRunWizard::administratorFieldsAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QString>("errorLabel");
    QTest::newRow("no name") << QString() << "ada"
                             << "correct horse battery"
                             << "correct horse battery"
                             << "adminNameError";
    QTest::newRow("bad user name") << "Ada Admin"
                                   << "a"
                                   << "correct horse battery"
                                   << "correct horse battery"
                                   << "adminUsernameError";
    QTest::newRow("short password") << "Ada Admin"
                                    << "ada"
                                    << "short"
                                    << "short"
                                    << "adminPasswordError";
    QTest::newRow("password holds the user name") << "Ada Admin"
                                                  << "ada"
                                                  << "ada-is-the-admin"
                                                  << "ada-is-the-admin"
                                                  << "adminPasswordError";
    QTest::newRow("not the same twice") << "Ada Admin"
                                        << "ada"
                                        << "correct horse battery"
                                        << "correct horse batery"
                                        << "adminPasswordError";
}

void TestFirstRunWizard::administratorFieldsAreChecked()
{
    QFETCH(QString, name);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, confirmation);
    QFETCH(QString, errorLabel);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.rapport"));
    ManualClock clock;
    FirstRunWizard wizard(path, clock, [] { return PasswordKdf::insecureFast(); });
    wizard.show();
    fillFirstPage(wizard);
    fillAdministrator(wizard, name, user, password, confirmation);
    click(wizard.button(QWizard::CommitButton));
    auto* label = child<QLabel>(&wizard, errorLabel.toLatin1().constData());
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    QVERIFY(!wizard.isCreating());
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QVERIFY(!Clinic::exists(path));
}

void TestFirstRunWizard::closingTheRecoveryPageAsksFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.rapport"));
    ManualClock clock;
    FirstRunWizard wizard(path, clock, [] { return PasswordKdf::insecureFast(); });
    QSignalSpy rejected(&wizard, &QDialog::rejected);
    wizard.show();
    fillFirstPage(wizard);
    fillAdministrator(wizard, QStringLiteral("Ada Admin"), QStringLiteral("ada"), AdminPassword,
                      AdminPassword);
    click(wizard.button(QWizard::CommitButton));
    QTRY_COMPARE(wizard.currentId(), int(FirstRunWizard::RecoveryPageId));
    // No way back to a page whose work is done, no Cancel.
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() ||
            !wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());

    MessageBox::setNextAnswer(QMessageBox::No);
    wizard.reject();
    QCOMPARE(rejected.size(), 0);
    QVERIFY(MessageBox::shown().last().contains(QStringLiteral("recovery key")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    wizard.reject();
    QCOMPARE(rejected.size(), 1);
}

void TestFirstRunWizard::anExistingClinicIsNotOverwritten()
{
    TestClinic existing;
    existing.clinic->lock();
    FirstRunWizard wizard(existing.path, existing.clock, [] { return PasswordKdf::insecureFast(); });
    wizard.show();
    fillFirstPage(wizard);
    fillAdministrator(wizard, QStringLiteral("Ada Admin"), QStringLiteral("ada"), AdminPassword,
                      AdminPassword);
    QSignalSpy finished(&wizard, &FirstRunWizard::creationFinished);
    click(wizard.button(QWizard::CommitButton));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QVERIFY(child<QWidget>(&wizard, "createClinicError")->isVisible());
    QVERIFY(existing.signIn(QStringLiteral("admin"), AdminPassword));
}

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
