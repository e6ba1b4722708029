// The patient form: possible duplicates before a new record is saved (open the existing
// one, create anyway, back to the form), the parent or guardian a minor needs, and what is
// wrong said next to the field it is about.
#include "PatientUiTest.h"
#include "app/MainWindow.h"
#include "patients/DuplicatesDialog.h"
#include "patients/GuardianPicker.h"
#include "patients/PatientDirectory.h"
#include "patients/PatientFormDialog.h"
#include "patients/PatientFormFields.h"
#include "patients/PatientPage.h"
#include "patients/PatientPicker.h"
#include "patients/PatientSearchModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QRadioButton>

using namespace rapport;
using namespace rapport::test;

namespace {
qint64 patientCount(MainWindow& window)
{
    PatientFilter everyone;
    everyone.statuses = {PatientStatus::Active, PatientStatus::Inactive, PatientStatus::Deceased,
                         PatientStatus::Archived};
    return PatientDirectory(*window.clinic()).count(everyone).value_or(-1);
}

// The new-patient form, opened with Ctrl+N.
PatientFormDialog* newPatientForm(MainWindow& window)
{
    window.newPatientAction()->trigger();
    PatientFormDialog* form = openDialog<PatientFormDialog>(&window);
    if (form)
        activate(form);
    return form;
}

void fill(QWidget* form, const char* field, const QString& text)
{
    auto* edit = child<QLineEdit>(form, field);
    QVERIFY2(edit, field);
    edit->setFocus();
    typeInto(edit, text);
}
} // namespace

class TestPatientFormDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void duplicateOffersTheExistingRecord();
    void minorNeedsAGuardian();
    void minorWithAGuardianWhoIsNotAPatient();
    void problemsAreShownNextToTheirField();
    void editingKeepsWhatWasNotTouched();
};

void TestPatientFormDialog::duplicateOffersTheExistingRecord()
{
    TestClinic tc;
    const Patient existing =
        createPatient(*tc.clinic, patient(QStringLiteral("Jo"), QStringLiteral("Walsh"), QDate(1980, 5, 17),
                                          QStringLiteral("07400 123456")));
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));

    // The same name and date of birth: the duplicates dialog, and "Open existing record".
    QPointer<PatientFormDialog> form = newPatientForm(window);
    QVERIFY(form);
    fill(form, "patientGivenNameEdit", QStringLiteral("Jo"));
    fill(form, "patientFamilyNameEdit", QStringLiteral("Walsh"));
    fill(form, "patientDateOfBirthEdit", QStringLiteral("17/05/1980"));
    click(child<QPushButton>(form, "savePatientButton"));
    QPointer<DuplicatesDialog> dups = form->duplicatesDialog();
    QVERIFY(dups);
    QVERIFY(dups->isVisible());
    QListWidget* list = child<QListWidget>(dups, "duplicateList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Jo Walsh"));
    QCOMPARE(list->item(0)->data(PatientSearchModel::DetailRole).toString(),
             QStringLiteral("45 years · 17/05/1980   ·   Same name and date of birth"));
    QCOMPARE(dups->selectedPatientId(), existing.id);
    click(child<QPushButton>(dups, "openExistingButton"));
    QTRY_VERIFY(!form);
    QCOMPARE(window.currentPage(), MainWindow::PatientPageId);
    QCOMPARE(window.patientPage()->patient().id, existing.id);
    QCOMPARE(patientCount(window), qint64(1)); // nothing was created

    // "Back to the form" keeps what was typed; "Create anyway" then creates.
    QVERIFY(activate(&window));
    form = newPatientForm(window);
    QVERIFY(form);
    fill(form, "patientGivenNameEdit", QStringLiteral("Jo"));
    fill(form, "patientFamilyNameEdit", QStringLiteral("Walsh"));
    fill(form, "patientDateOfBirthEdit", QStringLiteral("17/05/1980"));
    press(Qt::Key_S, Qt::ControlModifier);
    dups = form->duplicatesDialog();
    QVERIFY(dups);
    click(child<QPushButton>(dups, "backToFormButton"));
    QTRY_VERIFY(!dups);
    QVERIFY(form->isVisible());
    QCOMPARE(child<QLineEdit>(form, "patientFamilyNameEdit")->text(), QStringLiteral("Walsh"));
    QCOMPARE(patientCount(window), qint64(1));
    click(child<QPushButton>(form, "savePatientButton"));
    dups = form->duplicatesDialog();
    QVERIFY(dups);
    click(child<QPushButton>(dups, "saveAnywayButton"));
    QTRY_VERIFY(!form);
    QCOMPARE(patientCount(window), qint64(2));
    QCOMPARE(window.currentPage(), MainWindow::PatientPageId);
    QVERIFY(window.patientPage()->patient().id != existing.id);
    QCOMPARE(window.patientPage()->patient().displayName(), QStringLiteral("Jo Walsh"));

    // The same mobile number is a reason too.
    QVERIFY(activate(&window));
    form = newPatientForm(window);
    fill(form, "patientGivenNameEdit", QStringLiteral("Joanne"));
    fill(form, "patientFamilyNameEdit", QStringLiteral("Smyth"));
    fill(form, "patientMobileEdit", QStringLiteral("+44 7400 123456"));
    click(child<QPushButton>(form, "savePatientButton"));
    dups = form->duplicatesDialog();
    QVERIFY(dups);
    QVERIFY(child<QListWidget>(dups, "duplicateList")
                ->item(0)
                ->data(PatientSearchModel::DetailRole)
                .toString()
                .endsWith(QStringLiteral("Same phone number")));
    dups->reject(); // Escape: back to the form
    QTRY_VERIFY(!dups);
    QVERIFY(form->isVisible());
    form->reject();
}

void TestPatientFormDialog::minorNeedsAGuardian()
{
    TestClinic tc;
    const Patient mother =
        createPatient(*tc.clinic, patient(QStringLiteral("Mary"), QStringLiteral("Walsh"), QDate(1984, 2, 9),
                                          QStringLiteral("07400 123456")));
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    QPointer<PatientFormDialog> form = newPatientForm(window);
    QVERIFY(form);
    auto* guardian = child<GuardianPicker>(form, "guardianBox");
    QVERIFY(guardian);
    QVERIFY(!guardian->isVisible());
    fill(form, "patientGivenNameEdit", QStringLiteral("Ella"));
    fill(form, "patientFamilyNameEdit", QStringLiteral("Walsh"));
    fill(form, "patientDateOfBirthEdit", QStringLiteral("01/06/2015"));
    // Ten on the clinic's today (5 January 2026): the guardian section appears at once.
    QCOMPARE(child<QLabel>(form, "patientAgeLabel")->text(), QStringLiteral("10 years old"));
    QVERIFY(guardian->isVisible());

    // Saving without one is refused, and the message says why, where the guardian goes.
    click(child<QPushButton>(form, "savePatientButton"));
    QVERIFY(form->isVisible());
    auto* message = child<QLabel>(form, "guardianMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(),
             QStringLiteral("Ella Walsh is 10 years old. Choose their parent or guardian before saving."));
    QCOMPARE(patientCount(window), qint64(1));

    // Find the mother by name, Enter picks her, and the record saves with the link.
    PatientPicker* picker = guardian->picker();
    QLineEdit* find = child<QLineEdit>(picker, "patientPickerEdit");
    QVERIFY(find->isVisible());
    find->setFocus();
    type(QStringLiteral("mary wal"));
    QTRY_VERIFY(child<QListView>(picker, "patientPickerResults")->isVisible());
    press(Qt::Key_Return);
    QVERIFY(picker->chosen());
    QCOMPARE(picker->chosen()->patientId, mother.id);
    QCOMPARE(child<QLabel>(picker, "patientPickerChosenName")->text(), QStringLiteral("Mary Walsh"));
    QVERIFY(!message->isVisible());
    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!form);
    QCOMPARE(patientCount(window), qint64(2));
    const Patient ella = window.patientPage()->patient();
    QCOMPARE(ella.displayName(), QStringLiteral("Ella Walsh"));
    auto links = PatientService(*window.clinic()).links(ella.id);
    QVERIFY(links);
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->first().kind, LinkKind::Guardian);
    QCOMPARE(links->first().relatedPatientId, mother.id);
}

void TestPatientFormDialog::minorWithAGuardianWhoIsNotAPatient()
{
    TestClinic tc;
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    QPointer<PatientFormDialog> form = newPatientForm(window);
    fill(form, "patientGivenNameEdit", QStringLiteral("Noah"));
    fill(form, "patientFamilyNameEdit", QStringLiteral("Byrne"));
    fill(form, "patientDateOfBirthEdit", QStringLiteral("2019-09-30"));
    auto* guardian = child<GuardianPicker>(form, "guardianBox");
    QVERIFY(guardian->isVisible());
    toggle(child<QRadioButton>(guardian, "guardianContactRadio"));
    fill(guardian, "guardianNameEdit", QStringLiteral("Siobhan Byrne"));
    fill(guardian, "guardianPhoneEdit", QStringLiteral("not a number"));
    click(child<QPushButton>(form, "savePatientButton"));
    QVERIFY(form->isVisible());
    QCOMPARE(patientCount(window), qint64(0));
    fill(guardian, "guardianPhoneEdit", QStringLiteral("07400 654321"));
    click(child<QPushButton>(form, "savePatientButton"));
    QTRY_VERIFY(!form);
    auto links = PatientService(*window.clinic()).links(window.patientPage()->patient().id);
    QVERIFY(links);
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->first().contactName, QStringLiteral("Siobhan Byrne"));
    QCOMPARE(links->first().contactPhone, QStringLiteral("+447400654321"));
}

void TestPatientFormDialog::problemsAreShownNextToTheirField()
{
    TestClinic tc;
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    QPointer<PatientFormDialog> form = newPatientForm(window);
    QVERIFY(form);

    // No name at all.
    click(child<QPushButton>(form, "savePatientButton"));
    auto* nameMessage = child<QLabel>(form, "patientNameMessage");
    QVERIFY(nameMessage->isVisible());
    QCOMPARE(nameMessage->text(), QStringLiteral("Enter the patient's given name or family name."));
    QCOMPARE(focusedName(), QStringLiteral("patientGivenNameEdit"));

    // An impossible date, checked as the field is left, with PatientValidator's words.
    fill(form, "patientGivenNameEdit", QStringLiteral("Ada"));
    fill(form, "patientDateOfBirthEdit", QStringLiteral("31/02/1990"));
    press(Qt::Key_Tab);
    auto* dateMessage = child<QLabel>(form, "patientDateOfBirthMessage");
    QVERIFY(dateMessage->isVisible());
    QCOMPARE(dateMessage->text(), QStringLiteral("“31/02/1990” is not a date: February 1990 has 28 days."));
    // A date in the future.
    fill(form, "patientDateOfBirthEdit", QStringLiteral("01/01/2030"));
    QVERIFY(!dateMessage->isVisible());
    press(Qt::Key_Tab);
    QVERIFY(dateMessage->text().contains(QStringLiteral("is in the future")));
    fill(form, "patientDateOfBirthEdit", QStringLiteral("1990-02-28"));
    press(Qt::Key_Tab);
    QVERIFY(!dateMessage->isVisible());
    QCOMPARE(child<QLineEdit>(form, "patientDateOfBirthEdit")->text(), QStringLiteral("28/02/1990"));

    // A phone number that cannot be, said when the field is left.
    fill(form, "patientHomePhoneEdit", QStringLiteral("12345"));
    press(Qt::Key_Tab);
    auto* phoneMessage = child<QLabel>(form, "patientHomePhoneMessage");
    QVERIFY(phoneMessage->isVisible());
    QVERIFY2(phoneMessage->text().contains(QStringLiteral("is not a valid phone number")),
             qPrintable(phoneMessage->text()));
    // A landline in the mobile field is allowed, with a word of warning.
    fill(form, "patientHomePhoneEdit", QString());
    fill(form, "patientMobileEdit", QStringLiteral("0117 496 0123"));
    press(Qt::Key_Tab);
    auto* mobileMessage = child<QLabel>(form, "patientMobileMessage");
    QVERIFY(mobileMessage->isVisible());
    QVERIFY(mobileMessage->text().contains(QStringLiteral("landline")));
    fill(form, "patientMobileEdit", QString());

    // A broken e-mail address, and SMS preferred without a mobile.
    fill(form, "patientEmailEdit", QStringLiteral("ada@"));
    auto* channel = child<QComboBox>(form, "patientChannelCombo");
    channel->setCurrentIndex(channel->findData(int(ContactChannel::Sms)));
    click(child<QPushButton>(form, "savePatientButton"));
    QVERIFY(child<QLabel>(form, "patientEmailMessage")->isVisible());
    QVERIFY(child<QLabel>(form, "patientEmailMessage")
                ->text()
                .contains(QStringLiteral("is not an e-mail address")));
    QCOMPARE(child<QLabel>(form, "patientChannelMessage")->text(),
             QStringLiteral("SMS needs a mobile number."));
    QCOMPARE(focusedName(), QStringLiteral("patientEmailEdit"));
    QCOMPARE(patientCount(window), qint64(0));

    // Core's own refusals land next to the field their detail names.
    PatientFormFields* fields = form->fields();
    QVERIFY(fields->showError(
        Error{ErrorCode::InvalidInput, QStringLiteral("Work phone: wrong"), QStringLiteral("phone")}));
    QCOMPARE(child<QLabel>(form, "patientWorkPhoneMessage")->text(), QStringLiteral("Work phone: wrong"));
    QVERIFY(fields->showError(
        Error{ErrorCode::InvalidInput, QStringLiteral("Too old"), QStringLiteral("dateOfBirth")}));
    QCOMPARE(dateMessage->text(), QStringLiteral("Too old"));
    QVERIFY(!fields->showError(Error{ErrorCode::Internal, QStringLiteral("Disk full"), QString()}));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    form->cancel();
    QTRY_VERIFY(!form);
}

void TestPatientFormDialog::editingKeepsWhatWasNotTouched()
{
    TestClinic tc;
    Patient full = patient(QStringLiteral("Siân"), QStringLiteral("Llewellyn"), QDate(1975, 12, 1),
                           QStringLiteral("07400 111222"), QStringLiteral("sian@example.com"));
    full.preferredName = QStringLiteral("Sunny");
    full.sex = Sex::Female;
    full.language = QStringLiteral("cy");
    full.homePhone = QStringLiteral("029 2018 0123");
    full.preferredChannel = ContactChannel::Email;
    full.address = PostalAddress{
        QStringLiteral("1 Heol y Frenhines"), QStringLiteral("Flat 2"),   QStringLiteral("Cardiff"),
        QStringLiteral("South Glamorgan"),    QStringLiteral("CF10 1AA"), QStringLiteral("GB")};
    full.preferredContactTimes = QStringLiteral("evenings");
    full.tags = {QStringLiteral("wheelchair"), QStringLiteral("welsh speaker")};
    full.relationshipNotes = QStringLiteral("Likes the first appointment of the day.");
    full.externalId = QStringLiteral("PMS-42");
    const Patient created = createPatient(*tc.clinic, full);
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    window.openPatient(created.id);
    window.patientPage()->edit();
    QPointer<PatientFormDialog> form = openDialog<PatientFormDialog>(&window);
    QVERIFY(form);
    QVERIFY(!form->isDirty());
    // Every field comes back as it was stored.
    const Patient stored = window.patientPage()->patient();
    QCOMPARE(stored.tags, (QStringList{QStringLiteral("welsh speaker"), QStringLiteral("wheelchair")}));
    const Patient draft = form->fields()->draft();
    QCOMPARE(draft.homePhone, stored.homePhone);
    QCOMPARE(draft.address, stored.address);
    QCOMPARE(draft.language, stored.language);
    QCOMPARE(draft, stored);
    fill(form, "patientContactTimesEdit", QStringLiteral("evenings after six"));
    QVERIFY(form->isDirty());
    click(child<QPushButton>(form, "savePatientButton"));
    QTRY_VERIFY(!form);
    auto reread = PatientService(*window.clinic()).open(created.id);
    QVERIFY(reread);
    Patient expected = stored;
    expected.preferredContactTimes = QStringLiteral("evenings after six");
    expected.updatedAt = reread->updatedAt;
    QCOMPARE(*reread, expected);
}

QTEST_MAIN(TestPatientFormDialog)
#include "tst_patientformdialog.moc"
