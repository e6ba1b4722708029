// The keyboard-only test: find, register and edit a patient without the mouse.
// Ctrl+K, a name nobody has, "Create new patient", the form filled with Tab and typing,
// Ctrl+S, the new patient's page; then Ctrl+E, a new mobile number, Enter.
#include "PatientUiTest.h"
#include "app/MainWindow.h"
#include "patients/PatientDirectory.h"
#include "patients/PatientFormDialog.h"
#include "patients/PatientPage.h"
#include "patients/PatientSearchBox.h"
#include "patients/PatientSearchModel.h"
#include "patients/PatientSearchPopup.h"
#include "patients/TimelineModel.h"
#include "patients/TimelineView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>

using namespace rapport;
using namespace rapport::test;

class TestPatientKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void registerAndEditWithTheKeyboardOnly();
    void escapeAsksBeforeDroppingWhatWasTyped();
    void escapeClosesTheSearch();
};

void TestPatientKeyboard::registerAndEditWithTheKeyboardOnly()
{
    TestClinic tc;
    auto clinic = signedInAs(tc, QStringLiteral("desk"), Role::Receptionist);
    QVERIFY(clinic);
    MainWindow window(std::move(clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    QCOMPARE(window.currentPage(), MainWindow::PatientsPageId);

    // Ctrl+K from anywhere in the window, then a name the clinic does not have.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(focusedName(), QStringLiteral("patientSearchEdit"));
    type(QStringLiteral("Zofia Brennan"));
    auto* results = child<QListView>(&window, "patientSearchResults");
    QVERIFY(results);
    QTRY_VERIFY(results->isVisible());
    PatientSearchModel* model = window.patientSearch()->model();
    QTRY_COMPARE(model->typed(), QStringLiteral("Zofia Brennan"));
    QCOMPARE(model->hitCount(), 0);
    // With no match, "Create new patient “Zofia Brennan”…" is the row Enter chooses.
    QVERIFY(results->currentIndex().data(PatientSearchModel::IsCreateRole).toBool());
    QCOMPARE(results->currentIndex().data().toString(),
             QStringLiteral("Create new patient “Zofia Brennan”…"));
    press(Qt::Key_Return);

    QPointer<PatientFormDialog> form = openDialog<PatientFormDialog>(&window);
    QVERIFY(form);
    QVERIFY(activate(form));
    QCOMPARE(child<QLineEdit>(form, "patientGivenNameEdit")->text(), QStringLiteral("Zofia"));
    QCOMPARE(child<QLineEdit>(form, "patientFamilyNameEdit")->text(), QStringLiteral("Brennan"));
    // The names came from the search, so typing starts at the date of birth.
    QCOMPARE(focusedName(), QStringLiteral("patientDateOfBirthEdit"));
    type(QStringLiteral("14/03/1985"));
    QCOMPARE(child<QLabel>(form, "patientAgeLabel")->text(), QStringLiteral("40 years old"));
    press(Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("patientSexCombo"));
    press(Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("patientLanguageCombo"));
    press(Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("patientMobileEdit"));
    type(QStringLiteral("07400 123456"));
    press(Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("patientHomePhoneEdit"));
    // Checked when left, and shown as the clinic's region writes it.
    QCOMPARE(child<QLineEdit>(form, "patientMobileEdit")->text(), QStringLiteral("07400 123456"));
    QVERIFY(!child<QLabel>(form, "patientMobileMessage")->isVisible());
    press(Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("patientWorkPhoneEdit"));
    press(Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("patientEmailEdit"));
    type(QStringLiteral("zofia.brennan@example.com"));
    press(Qt::Key_S, Qt::ControlModifier);

    // The new patient's page.
    QTRY_VERIFY(!form);
    QCOMPARE(window.currentPage(), MainWindow::PatientPageId);
    const Patient created = window.patientPage()->patient();
    QCOMPARE(created.displayName(), QStringLiteral("Zofia Brennan"));
    QCOMPARE(created.dateOfBirth, QDate(1985, 3, 14));
    QCOMPARE(created.mobilePhone, QStringLiteral("+447400123456"));
    QCOMPARE(created.email, QStringLiteral("zofia.brennan@example.com"));
    QCOMPARE(child<QLabel>(window.patientPage(), "pageTitle")->text(), QStringLiteral("Zofia Brennan"));
    QCOMPARE(*PatientDirectory(*window.clinic()).count({}), qint64(1));

    // Ctrl+E, Tab to the mobile, a new number, Enter.
    QVERIFY(activate(&window));
    press(Qt::Key_E, Qt::ControlModifier);
    QPointer<PatientFormDialog> edit = openDialog<PatientFormDialog>(&window);
    QVERIFY(edit);
    QVERIFY(activate(edit));
    QCOMPARE(edit->mode(), PatientFormDialog::Mode::Edit);
    QCOMPARE(focusedName(), QStringLiteral("patientGivenNameEdit"));
    for (const char* next : {"patientFamilyNameEdit", "patientPreferredNameEdit", "patientDateOfBirthEdit",
                             "patientSexCombo", "patientLanguageCombo", "patientMobileEdit"}) {
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), QString::fromLatin1(next));
    }
    QCOMPARE(child<QLineEdit>(edit, "patientMobileEdit")->text(), QStringLiteral("07400 123456"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("07912 345678"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!edit);

    // Core has the new number, and the timeline says what changed.
    auto reread = PatientService(*window.clinic()).open(created.id);
    QVERIFY(reread);
    QCOMPARE(reread->mobilePhone, QStringLiteral("+447912345678"));
    QCOMPARE(reread->email, created.email);
    const QList<TimelineEntry> entries = window.patientPage()->timeline()->model()->entries();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().kind, QStringLiteral("record.changed"));
    QCOMPARE(entries.first().summary, QStringLiteral("Record changed: mobile phone"));
    QCOMPARE(window.patientPage()->timeline()->model()->index(0).data().toString(),
             QStringLiteral("Record changed: mobile phone"));
    QCOMPARE(entries.last().kind, QStringLiteral("record.created"));
}

void TestPatientKeyboard::escapeAsksBeforeDroppingWhatWasTyped()
{
    TestClinic tc;
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));

    // Nothing typed: Escape simply closes.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QPointer<PatientFormDialog> form = openDialog<PatientFormDialog>(&window);
    QVERIFY(form);
    QVERIFY(activate(form));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!form);
    QVERIFY(MessageBox::shown().isEmpty());
    QVERIFY(activate(&window));

    // Something typed: Escape asks, and "Keep editing" keeps it.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    form = openDialog<PatientFormDialog>(&window);
    QVERIFY(form);
    QVERIFY(activate(form));
    type(QStringLiteral("Ada"));
    MessageBox::setNextAnswer(QMessageBox::No);
    press(Qt::Key_Escape);
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY(MessageBox::shown().last().contains(QStringLiteral("Discard this new patient?")));
    QVERIFY(form && form->isVisible());
    QCOMPARE(child<QLineEdit>(form, "patientGivenNameEdit")->text(), QStringLiteral("Ada"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!form);
    QCOMPARE(*PatientDirectory(*window.clinic()).count({}), qint64(0));
}

void TestPatientKeyboard::escapeClosesTheSearch()
{
    TestClinic tc;
    createPatient(*tc.clinic, patient(QStringLiteral("Jo"), QStringLiteral("Walsh")));
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    auto* staffTable = child<QWidget>(&window, "staffTable");
    staffTable->setFocus();
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    type(QStringLiteral("wal"));
    auto* popup = window.patientSearch()->popup();
    QTRY_COMPARE(window.patientSearch()->model()->hitCount(), 1);
    QVERIFY(popup->isVisible());
    press(Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QVERIFY(child<QLineEdit>(&window, "patientSearchEdit")->text().isEmpty());
    // The focus goes back where it was.
    QCOMPARE(focused(), staffTable);
    QCOMPARE(window.currentPage(), MainWindow::StaffPageId);
}

QTEST_MAIN(TestPatientKeyboard)
#include "tst_patientkeyboard.moc"
