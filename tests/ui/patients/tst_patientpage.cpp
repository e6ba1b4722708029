// A patient's page: consent recorded from the contact card, family links both ways with
// back navigation, archive and restore, merge (managers and administrators only), and
// names that are shown exactly as typed, whatever they hold.
#include "PatientUiTest.h"
#include "app/MainWindow.h"
#include "patients/AddLinkDialog.h"
#include "patients/ConsentDialog.h"
#include "patients/ConsentHistoryDialog.h"
#include "patients/ContactCard.h"
#include "patients/LinksCard.h"
#include "patients/MergeDialog.h"
#include "patients/PatientHeader.h"
#include "patients/PatientListModel.h"
#include "patients/PatientListPage.h"
#include "patients/PatientPage.h"
#include "patients/PatientPicker.h"
#include "patients/PatientSearchBox.h"
#include "patients/PatientSearchModel.h"
#include "patients/TimelineModel.h"
#include "patients/TimelineView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace rapport;
using namespace rapport::test;

namespace {
QStringList summaries(PatientPage* page)
{
    QStringList out;
    for (const TimelineEntry& e : page->timeline()->model()->entries())
        out << e.summary;
    return out;
}
} // namespace

class TestPatientPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void consentFromTheContactCard();
    void familyLinksBothWaysAndBack();
    void archiveAndRestore();
    void mergeIsForManagersAndAdministrators();
    void namesAreShownVerbatim();
    void lockingHidesThePatientAndUnlockingReturns();
};

void TestPatientPage::consentFromTheContactCard()
{
    TestClinic tc;
    const Patient p =
        createPatient(*tc.clinic, patient(QStringLiteral("Jo"), QStringLiteral("Walsh"), QDate(1980, 5, 17),
                                          QStringLiteral("07400 123456"), QStringLiteral("jo@example.com")));
    auto clinic = signedInAs(tc, QStringLiteral("desk"), Role::Receptionist);
    QVERIFY(clinic);
    MainWindow window(std::move(clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    window.openPatient(p.id);
    PatientPage* page = window.patientPage();
    ContactCard* card = page->contactCard();
    QCOMPARE(card->valueText(ContactChannel::Sms), QStringLiteral("07400 123456"));
    QCOMPARE(card->valueText(ContactChannel::Email), QStringLiteral("jo@example.com"));
    QCOMPARE(card->valueText(ContactChannel::Letter), QStringLiteral("No postal address"));
    QCOMPARE(card->consentText(ContactChannel::Sms), QStringLiteral("Consent not asked yet"));

    // SMS: reminders and recalls granted, in person.
    tc.clock.advanceSecs(60);
    click(card->consentButton(ContactChannel::Sms));
    QPointer<ConsentDialog> dialog = openDialog<ConsentDialog>(&window);
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(dialog, "consentChannelCombo")->currentData().toInt(),
             int(ContactChannel::Sms));
    QVERIFY(child<QCheckBox>(dialog, "consentPurpose_reminders")->isChecked());
    toggle(child<QCheckBox>(dialog, "consentPurpose_recalls"));
    QVERIFY(child<QRadioButton>(dialog, "consentGrantedRadio")->isChecked());
    typeInto(child<QLineEdit>(dialog, "consentNoteEdit"), QStringLiteral("asked at check-in"));
    click(child<QPushButton>(dialog, "recordConsentButton"));
    QTRY_VERIFY(!dialog);
    QCOMPARE(card->consentText(ContactChannel::Sms),
             QStringLiteral(
                 "Granted: Appointment reminders, Recalls. Not asked: Surveys, Education and marketing"));

    // Then marketing e-mails withdrawn, by phone.
    tc.clock.advanceSecs(60);
    click(card->consentButton(ContactChannel::Email));
    dialog = openDialog<ConsentDialog>(&window);
    QVERIFY(dialog);
    toggle(child<QCheckBox>(dialog, "consentPurpose_reminders"));
    toggle(child<QCheckBox>(dialog, "consentPurpose_marketing"));
    toggle(child<QRadioButton>(dialog, "consentWithdrawnRadio"));
    auto* method = child<QComboBox>(dialog, "consentMethodCombo");
    method->setCurrentIndex(method->findData(int(ConsentMethod::Phone)));
    click(child<QPushButton>(dialog, "recordConsentButton"));
    QTRY_VERIFY(!dialog);
    QCOMPARE(card->consentText(ContactChannel::Email),
             QStringLiteral(
                 "Withdrawn: Education and marketing. Not asked: Appointment reminders, Recalls, Surveys"));

    // Core has them, and the timeline shows them, newest first.
    auto current = PatientService(*window.clinic()).currentConsents(p.id);
    QVERIFY(current);
    QCOMPARE(current->size(), 3);
    QVERIFY(*PatientService(*window.clinic()).hasConsent(p.id, ContactChannel::Sms, ConsentPurpose::Recalls));
    const QStringList timeline = summaries(page);
    QVERIFY(timeline.contains(QStringLiteral("Consent granted: SMS — Appointment reminders (In person)")));
    QVERIFY(timeline.contains(QStringLiteral("Consent granted: SMS — Recalls (In person)")));
    QCOMPARE(timeline.first(),
             QStringLiteral("Consent withdrawn: E-mail — Education and marketing (By phone)"));
    QCOMPARE(page->timeline()->model()->index(0).data(TimelineModel::IconRole).toString(),
             QStringLiteral("shield-check"));

    // The history lists every decision, with who recorded it.
    click(child<QPushButton>(card, "consentHistoryButton"));
    QPointer<ConsentHistoryDialog> history = openDialog<ConsentHistoryDialog>(&window);
    QVERIFY(history);
    QTableWidget* table = child<QTableWidget>(history, "consentHistoryTable");
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 5)->text(), QStringLiteral("Member desk"));
    QCOMPARE(table->item(2, 6)->text(), QStringLiteral("asked at check-in"));
    history->reject();
}

void TestPatientPage::familyLinksBothWaysAndBack()
{
    TestClinic tc;
    const Patient mary = createPatient(
        *tc.clinic, patient(QStringLiteral("Mary"), QStringLiteral("Walsh"), QDate(1984, 2, 9)));
    const Patient tom =
        createPatient(*tc.clinic, patient(QStringLiteral("Tom"), QStringLiteral("Walsh"), QDate(1982, 7, 3)));
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    window.showPage(MainWindow::PatientsPageId);
    window.openPatient(mary.id);
    PatientPage* page = window.patientPage();
    QVERIFY(child<QWidget>(page, "linksEmpty")->isVisible());
    QCOMPARE(child<QPushButton>(page, "patientBackButton")->text(), QStringLiteral("Back to Patients"));

    // Tom is Mary's spouse.
    click(child<QPushButton>(page, "addLinkButton"));
    QPointer<AddLinkDialog> add = openDialog<AddLinkDialog>(&window);
    QVERIFY(add);
    auto* kind = child<QComboBox>(add, "linkKindCombo");
    kind->setCurrentIndex(kind->findData(int(LinkKind::Spouse)));
    auto* find = child<QLineEdit>(add->picker(), "patientPickerEdit");
    find->setFocus();
    typeInto(find, QStringLiteral("tom"));
    QTRY_VERIFY(child<QListView>(add->picker(), "patientPickerResults")->isVisible());
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(add->picker()->chosen()->patientId, tom.id);
    click(child<QPushButton>(add, "addLinkConfirmButton"));
    QTRY_VERIFY(!add);
    QCOMPARE(page->linksCard()->links().size(), 1);
    QVERIFY(summaries(page).contains(QStringLiteral("Tom Walsh added (Spouse or partner)")));

    // A click on the name opens Tom, whose page shows the link from the other side.
    auto* open = child<QPushButton>(page, "openLinkedPatient_0");
    QVERIFY(open);
    QCOMPARE(open->text(), QStringLiteral("Tom Walsh"));
    click(open);
    QCOMPARE(page->patient().id, tom.id);
    QCOMPARE(page->linksCard()->links().size(), 1);
    QTRY_VERIFY(child<QPushButton>(page, "openLinkedPatient_0"));
    QCOMPARE(child<QPushButton>(page, "openLinkedPatient_0")->text(), QStringLiteral("Mary Walsh"));
    QCOMPARE(child<QPushButton>(page, "patientBackButton")->text(), QStringLiteral("Back to Mary Walsh"));

    // Alt+Left goes back to Mary, then to the list, then to Staff where it all began.
    QVERIFY(activate(&window));
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(page->patient().id, mary.id);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window.currentPage(), MainWindow::PatientsPageId);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window.currentPage(), MainWindow::StaffPageId);
    QVERIFY(!window.backAction()->isEnabled());

    // Ending the link asks first.
    window.openPatient(mary.id);
    MessageBox::setNextAnswer(QMessageBox::No);
    click(child<QPushButton>(page, "endLinkButton_0"));
    QCOMPARE(page->linksCard()->links().size(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    tc.clock.advanceSecs(60);
    click(child<QPushButton>(page, "endLinkButton_0"));
    QVERIFY(MessageBox::shown().last().contains(
        QStringLiteral("End the link between Mary Walsh and Tom Walsh?")));
    QCOMPARE(page->linksCard()->links().size(), 0);
    QVERIFY(summaries(page).contains(QStringLiteral("Link to Tom Walsh ended")));
    QCOMPARE(page->timeline()->model()->index(0).data(TimelineModel::IconRole).toString(),
             QStringLiteral("users"));
}

void TestPatientPage::archiveAndRestore()
{
    TestClinic tc;
    const Patient p = createPatient(*tc.clinic, patient(QStringLiteral("Ann"), QStringLiteral("Archer")));
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    window.openPatient(p.id);
    PatientPage* page = window.patientPage();
    auto* badge = child<QLabel>(page, "patientStatusBadge");
    QCOMPARE(badge->text(), QStringLiteral("Active"));
    auto* banner = child<QWidget>(page, "patientBanner");
    QVERIFY(!banner->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    tc.clock.advanceSecs(60);
    click(child<QPushButton>(page, "archivePatientButton"));
    QVERIFY(MessageBox::shown().last().contains(QStringLiteral("Archive the record of Ann Archer?")));
    QCOMPARE(page->patient().status, PatientStatus::Archived);
    QCOMPARE(badge->text(), QStringLiteral("Archived"));
    QVERIFY(banner->isVisible());
    QVERIFY(!child<QPushButton>(page, "archivePatientButton")->isVisible());
    QCOMPARE(PatientService(*window.clinic()).open(p.id)->status, PatientStatus::Archived);

    tc.clock.advanceSecs(60);
    click(child<QPushButton>(page, "patientBannerButton")); // Restore
    QCOMPARE(PatientService(*window.clinic()).open(p.id)->status, PatientStatus::Active);
    QCOMPARE(badge->text(), QStringLiteral("Active"));
    QVERIFY(!banner->isVisible());
    QVERIFY(summaries(page).first().startsWith(QStringLiteral("Status changed to Active")));

    // Marking a patient deceased asks first; inactive does not.
    page->setStatus(PatientStatus::Inactive);
    QCOMPARE(badge->text(), QStringLiteral("Inactive"));
    MessageBox::setNextAnswer(QMessageBox::No);
    page->setStatus(PatientStatus::Deceased);
    QCOMPARE(badge->text(), QStringLiteral("Inactive"));
}

void TestPatientPage::mergeIsForManagersAndAdministrators()
{
    TestClinic tc;
    Patient first = patient(QStringLiteral("Jo"), QStringLiteral("Walsh"), QDate(1980, 5, 17),
                            QStringLiteral("07400 123456"));
    Patient second = patient(QStringLiteral("Joanna"), QStringLiteral("Walsh"), QDate(1980, 5, 17), {},
                             QStringLiteral("jo@example.com"));
    second.tags = {QStringLiteral("nervous")};
    const Patient kept = createPatient(*tc.clinic, first);
    const Patient merged = createPatient(*tc.clinic, second);
    QVERIFY(PatientService(*tc.clinic)
                .recordConsent(merged.id, ContactChannel::Email, ConsentPurpose::Recalls, true,
                               ConsentMethod::Form));

    {
        // A receptionist sees no Merge at all.
        auto desk = signedInAs(tc, QStringLiteral("desk"), Role::Receptionist);
        QVERIFY(desk);
        MainWindow window(std::move(desk), tc.clock);
        window.show();
        window.openPatient(kept.id);
        auto* merge = child<QPushButton>(window.patientPage(), "mergePatientButton");
        QVERIFY(merge);
        QVERIFY(!merge->isVisible());
        QVERIFY(child<QPushButton>(window.patientPage(), "editPatientButton")->isVisible());
        window.patientPage()->merge();
        QVERIFY(!openDialog<MergeDialog>(&window));
    }

    MainWindow window(std::move(tc.clinic), tc.clock); // the administrator
    window.show();
    QVERIFY(activate(&window));
    window.openPatient(kept.id);
    PatientPage* page = window.patientPage();
    auto* merge = child<QPushButton>(page, "mergePatientButton");
    QVERIFY(merge->isVisible());
    click(merge);
    QPointer<MergeDialog> dialog = openDialog<MergeDialog>(&window);
    QVERIFY(dialog);
    QVERIFY(!child<QPushButton>(dialog, "mergeConfirmButton")->isEnabled());
    // The record open now is not offered as the other one.
    auto* find = child<QLineEdit>(dialog->picker(), "patientPickerEdit");
    find->setFocus();
    typeInto(find, QStringLiteral("walsh"));
    QTRY_VERIFY(child<QListView>(dialog->picker(), "patientPickerResults")->isVisible());
    auto* results = child<QListView>(dialog->picker(), "patientPickerResults");
    QCOMPARE(results->model()->rowCount(), 1);
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(child<QWidget>(dialog, "mergeOtherColumn")->isVisible());
    QVERIFY(child<QRadioButton>(dialog, "keepCurrentRadio")->isChecked());
    QVERIFY(child<QLabel>(dialog, "mergeExplanation")
                ->text()
                .startsWith(QStringLiteral("Jo Walsh's record is kept")));

    // Confirming asks once more; No leaves both records as they are.
    MessageBox::setNextAnswer(QMessageBox::No);
    click(child<QPushButton>(dialog, "mergeConfirmButton"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(PatientService(*window.clinic()).open(merged.id)->mergedInto.isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(dialog, "mergeConfirmButton"));
    QTRY_VERIFY(!dialog);

    auto gone = PatientService(*window.clinic()).open(merged.id);
    QVERIFY(gone);
    QCOMPARE(gone->mergedInto, kept.id);
    QCOMPARE(gone->status, PatientStatus::Archived);
    QCOMPARE(page->patient().id, kept.id);
    QCOMPARE(page->patient().email, QStringLiteral("jo@example.com")); // filled from the other record
    QCOMPARE(page->header()->chipTexts(), QStringList{QStringLiteral("nervous")});
    QVERIFY(summaries(page).contains(
        QStringLiteral("Another record of the same person was merged into this one")));
    QVERIFY(page->contactCard()
                ->consentText(ContactChannel::Email)
                .startsWith(QStringLiteral("Granted: Recalls")));

    // The merged record, opened, says where it went.
    window.openPatient(merged.id);
    QVERIFY(child<QLabel>(page, "patientBannerText")
                ->text()
                .contains(QStringLiteral("merged into another record")));
    QVERIFY(!child<QPushButton>(page, "editPatientButton")->isVisible());
    click(child<QPushButton>(page, "patientBannerButton"));
    QCOMPARE(page->patient().id, kept.id);
}

void TestPatientPage::namesAreShownVerbatim()
{
    TestClinic tc;
    Patient injection = patient(QStringLiteral("Robert'); DROP TABLE patients;--"),
                                QStringLiteral("<b>Tables</b> & \"Sons\" <script>alert(1)</script>"));
    injection.tags = {QStringLiteral("<i>vip</i>")};
    injection.relationshipNotes = QStringLiteral("%1 %2 &amp;");
    const QString longGiven = QStringLiteral("Αλέξανδρος-Παναγιώτης Łukasz José-María");
    const QString longFamily = QStringLiteral(
        "Χατζηγεωργίου-Παπαδοπούλου Straße 王小明 محمد 🦷 Nguyễn");
    const Patient a = createPatient(*tc.clinic, injection);
    const Patient b = createPatient(*tc.clinic, patient(longGiven, longFamily, QDate(1931, 12, 31)));
    QVERIFY(PatientService(*tc.clinic)
                .addLink(PatientLink{{}, b.id, LinkKind::Caregiver, a.id, {}, {}, {}, {}, {}, {}}));
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));

    const QString injectionName = injection.givenName + QLatin1Char(' ') + injection.familyName;
    window.openPatient(a.id);
    PatientPage* page = window.patientPage();
    auto* title = child<QLabel>(page, "pageTitle");
    QCOMPARE(title->text(), injectionName);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(page->header()->chipTexts(), QStringList{QStringLiteral("<i>vip</i>")});
    // Still there, still one record: the text went in as data.
    QCOMPARE(PatientService(*window.clinic()).open(a.id)->familyName, injection.familyName);

    window.openPatient(b.id);
    QCOMPARE(title->text(), longGiven + QLatin1Char(' ') + longFamily);
    auto* linked = child<QPushButton>(page, "openLinkedPatient_0");
    QVERIFY(linked);
    QCOMPARE(linked->text(), QString(injectionName).replace(QLatin1Char('&'), QStringLiteral("&&")));

    // The same in the search and in the list.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    type(QStringLiteral("nguy"));
    PatientSearchModel* found = window.patientSearch()->model();
    QTRY_COMPARE(found->hitCount(), 1);
    QCOMPARE(found->index(0).data().toString(), longGiven + QLatin1Char(' ') + longFamily);
    press(Qt::Key_Escape);
    window.showPage(MainWindow::PatientsPageId);
    PatientListModel* list = window.patientListPage()->model();
    QTRY_COMPARE(list->totalCount(), qint64(2));
    QTRY_VERIFY(list->isRowLoaded(0));
    QStringList names{list->index(0, 0).data().toString(), list->index(1, 0).data().toString()};
    QVERIFY(names.contains(injection.familyName + QStringLiteral(", ") + injection.givenName));
    QVERIFY(names.contains(longFamily + QStringLiteral(", ") + longGiven));
}

void TestPatientPage::lockingHidesThePatientAndUnlockingReturns()
{
    TestClinic tc;
    const Patient p = createPatient(*tc.clinic, patient(QStringLiteral("Jo"), QStringLiteral("Walsh")));
    MainWindow window(std::move(tc.clinic), tc.clock);
    window.show();
    QVERIFY(activate(&window));
    window.openPatient(p.id);
    PatientPage* page = window.patientPage();
    QCOMPARE(child<QLabel>(page, "pageTitle")->text(), QStringLiteral("Jo Walsh"));

    window.lock();
    // Nothing of the patient stays on screen or in memory of the page.
    QVERIFY(page->patient().id.isEmpty());
    QVERIFY(child<QLabel>(page, "pageTitle")->text().isEmpty());
    QCOMPARE(page->timeline()->model()->rowCount(), 0);
    QVERIFY(!child<QWidget>(&window, "patientSearchBox")->isEnabled());
    QVERIFY(!window.findPatientAction()->isEnabled());
    QVERIFY(!window.newPatientAction()->isEnabled());

    QSignalSpy unlocked(&window, &MainWindow::unlocked);
    typeInto(child<QLineEdit>(&window, "unlockPasswordEdit"), AdminPassword);
    click(child<QPushButton>(&window, "unlockButton"));
    QVERIFY(unlocked.wait(10000));
    QCOMPARE(window.currentPage(), MainWindow::PatientPageId);
    QCOMPARE(page->patient().id, p.id);
    // Shown again, so opened again: both openings are in the audit trail.
    AuditFilter f;
    f.actionPrefix = QStringLiteral("patient.open");
    f.entityId = p.id;
    QCOMPARE(*window.clinic()->audit().count(window.clinic()->session(), f), qint64(2));
}

QTEST_MAIN(TestPatientPage)
#include "tst_patientpage.moc"
