// The Recalls page worked as the front desk would: the list with its counts and filters,
// Schedule into the free-slot search and the booking dialog, a call, a refusal and its
// reactivation, the patient's own interval and due date, and the recall types.
#include "RecallUiTest.h"

#include "common/InlineMessage.h"
#include "common/Style.h"
#include "messaging/CallList.h"
#include "patients/PatientPicker.h"
#include "recalls/CallOutcomeDialog.h"
#include "recalls/RecallChainEditor.h"
#include "recalls/RecallDueDateDialog.h"
#include "recalls/RecallFilterBar.h"
#include "recalls/RecallIntervalDialog.h"
#include "recalls/RecallReasonDialog.h"
#include "recalls/RecallTableModel.h"
#include "recalls/RecallTypeEditor.h"
#include "recalls/RecallTypesDialog.h"
#include "recalls/RecallsPage.h"
#include "schedule/BookAppointmentDialog.h"
#include "schedule/SlotFinderDialog.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace rapport;
using namespace rapport::test;

namespace {

std::unique_ptr<RecallsPage> showRecalls(Clinic& clinic)
{
    auto page = std::make_unique<RecallsPage>();
    page->resize(1300, 800);
    page->setClinic(&clinic);
    page->show();
    page->pageShown();
    if (!activate(page.get()))
        qWarning("the page did not become active");
    return page;
}

// The patients in the table, top to bottom as shown.
QStringList shownNames(const RecallsPage& page)
{
    QStringList out;
    QAbstractItemModel* model = page.table()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, RecallTableModel::PatientColumn).data().toString();
    return out;
}

int shownRow(const RecallsPage& page, const QString& name)
{
    return int(shownNames(page).indexOf(name));
}

QString cell(const RecallsPage& page, const QString& name, int column, int role = Qt::DisplayRole)
{
    QAbstractItemModel* model = page.table()->model();
    return model->index(shownRow(page, name), column).data(role).toString();
}

void choose(RecallsPage& page, const QString& name)
{
    const int row = shownRow(page, name);
    QVERIFY2(row >= 0, qPrintable(name));
    page.table()->selectRow(row);
    page.table()->setFocus();
}

QString subtitle(const RecallsPage& page)
{
    auto* label = page.findChild<QLabel*>(QStringLiteral("pageSubtitle"));
    return label ? label->text() : QString();
}

void chooseData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

class TestRecallsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void listsDueAndOverdueWithCounts();
    void filtersNarrowTheList();
    void scheduleOpensTheSlotFinderWithTheRecallsType();
    void declineTakesTheRecallOffTheListAndReactivateBringsItBack();
    void recordACallCountsTheContact();
    void ownIntervalAndDueDate();
    void recallTypesOnlyForThoseWhoConfigureThem();
};

void TestRecallsPage::listsDueAndOverdueWithCounts()
{
    RecallUiClinic rc;
    auto page = showRecalls(rc.as(Role::Receptionist));
    QVERIFY(page->message()->text().isEmpty());
    // The next 30 days with the overdue first; Dan's hygiene in December is not yet due.
    QCOMPARE(shownNames(*page),
             (QStringList{QStringLiteral("Carter, Ben"), QStringLiteral("Ford, Eve"), QStringLiteral("Berg, Anna"),
                          QStringLiteral("Diaz, Cara"), QStringLiteral("Evans, Dan")}));
    QCOMPARE(subtitle(*page), QStringLiteral("3 due · 2 overdue"));
    const QString due = cell(*page, QStringLiteral("Carter, Ben"), RecallTableModel::DueColumn);
    QVERIFY2(due.contains(QStringLiteral("overdue by 26 days")), qPrintable(due));
    const QModelIndex benDue =
        page->table()->model()->index(shownRow(*page, QStringLiteral("Carter, Ben")), RecallTableModel::DueColumn);
    QCOMPARE(benDue.data(Qt::ForegroundRole).value<QBrush>().color(), Style::danger());
    const QModelIndex annaDue =
        page->table()->model()->index(shownRow(*page, QStringLiteral("Berg, Anna")), RecallTableModel::DueColumn);
    QVERIFY(!annaDue.data(Qt::ForegroundRole).isValid());
    QCOMPARE(cell(*page, QStringLiteral("Berg, Anna"), RecallTableModel::TypeColumn),
             QStringLiteral("Hygiene, 6 months"));
    QCOMPARE(cell(*page, QStringLiteral("Berg, Anna"), RecallTableModel::StateColumn), QStringLiteral("Not contacted"));
    QCOMPARE(cell(*page, QStringLiteral("Berg, Anna"), RecallTableModel::ProviderColumn),
             QStringLiteral("Hana Hygienist"));
    QCOMPARE(cell(*page, QStringLiteral("Diaz, Cara"), RecallTableModel::AgeColumn), QStringLiteral("10"));
    // The phone as the clinic's region writes it.
    QCOMPARE(cell(*page, QStringLiteral("Berg, Anna"), RecallTableModel::PhoneColumn), QStringLiteral("07400 123451"));
    // Enter opens the patient.
    QSignalSpy open(page.get(), &RecallsPage::openPatientRequested);
    choose(*page, QStringLiteral("Diaz, Cara"));
    press(Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), rc.cara.id);
}

void TestRecallsPage::filtersNarrowTheList()
{
    RecallUiClinic rc;
    auto page = showRecalls(rc.as(Role::Receptionist));
    RecallFilterBar* filters = page->filters();
    chooseData(filters->rangeBox(), int(RecallFilterBar::Range::Next3Months));
    QCOMPARE(shownNames(*page).size(), 6);
    QCOMPARE(subtitle(*page), QStringLiteral("4 due · 2 overdue"));
    chooseData(filters->rangeBox(), int(RecallFilterBar::Range::Overdue));
    QCOMPARE(shownNames(*page), (QStringList{QStringLiteral("Carter, Ben"), QStringLiteral("Ford, Eve")}));
    QCOMPARE(subtitle(*page), QStringLiteral("0 due · 2 overdue"));
    // A custom range without the overdue ones.
    filters->setCustomRange(QDate(2026, 11, 10), QDate(2026, 11, 30));
    filters->findChild<QCheckBox*>(QStringLiteral("recallWithOverdueCheck"))->setChecked(false);
    QCOMPARE(shownNames(*page), (QStringList{QStringLiteral("Diaz, Cara"), QStringLiteral("Evans, Dan")}));
    chooseData(filters->rangeBox(), int(RecallFilterBar::Range::Next3Months));
    // Recall type.
    chooseData(filters->typeBox(), rc.checkUpRecall.id);
    QCOMPARE(shownNames(*page), QStringList{QStringLiteral("Evans, Dan")});
    QCOMPARE(cell(*page, QStringLiteral("Evans, Dan"), RecallTableModel::ProviderColumn), QStringLiteral("Dr Smith"));
    chooseData(filters->typeBox(), QString());
    // Provider who saw them last.
    chooseData(filters->providerBox(), rc.smith.id);
    QCOMPARE(shownNames(*page), QStringList{QStringLiteral("Evans, Dan")});
    chooseData(filters->providerBox(), QString());
    // Age on the due date: children only.
    filters->maxAgeSpin()->setValue(17);
    QTRY_COMPARE(shownNames(*page), QStringList{QStringLiteral("Diaz, Cara")});
    filters->maxAgeSpin()->setValue(-1);
    QTRY_COMPARE(shownNames(*page).size(), 6);
    // Attempts and last contact: Eve was sent an SMS a week ago.
    const PatientRecall eves = rc.recallOf(rc.eve, rc.hygieneRecall);
    QVERIFY(RecallService(*rc.t.clinic)
                .recordContact(eves.id, ContactChannel::Sms, BookClinic::local(QDate(2026, 10, 26), QTime(10, 0))));
    page->reload();
    filters->minAttemptsSpin()->setValue(1);
    QTRY_COMPARE(shownNames(*page), QStringList{QStringLiteral("Ford, Eve")});
    QVERIFY2(cell(*page, QStringLiteral("Ford, Eve"), RecallTableModel::StateColumn)
                 .startsWith(QStringLiteral("Contacted 1× · last 26 Oct by SMS")),
             qPrintable(cell(*page, QStringLiteral("Ford, Eve"), RecallTableModel::StateColumn)));
    filters->minAttemptsSpin()->setValue(-1);
    chooseData(filters->lastContactBox(), int(RecallFilterBar::LastContact::Never));
    QTRY_COMPARE(shownNames(*page).size(), 5);
    QVERIFY(!shownNames(*page).contains(QStringLiteral("Ford, Eve")));
    chooseData(filters->lastContactBox(), int(RecallFilterBar::LastContact::NotRecently));
    filters->contactDaysSpin()->setValue(3);
    QTRY_COMPARE(shownNames(*page).size(), 6);
    filters->contactDaysSpin()->setValue(10);
    QTRY_COMPARE(shownNames(*page).size(), 5);
    // Clear filters: back to the next 30 days.
    click(filters->findChild<QPushButton*>(QStringLiteral("clearRecallFiltersButton")));
    QCOMPARE(shownNames(*page).size(), 5);
}

void TestRecallsPage::scheduleOpensTheSlotFinderWithTheRecallsType()
{
    RecallUiClinic rc;
    auto page = showRecalls(rc.as(Role::Receptionist));
    choose(*page, QStringLiteral("Berg, Anna"));
    press(Qt::Key_B, Qt::ControlModifier);
    QPointer<SlotFinderDialog> finder = openDialog<SlotFinderDialog>(page.get());
    QVERIFY(finder);
    QCOMPARE(finder->typeBox()->currentData().toString(), rc.hygiene.id);
    QVERIFY(finder->patientPicker()->chosen().has_value());
    QCOMPARE(finder->patientPicker()->chosen()->patientId, rc.anna.id);
    // It searched at once: the hygienist's next free times from the due date on.
    QVERIFY(!finder->slots().isEmpty());
    QCOMPARE(finder->slots().first().providerId, rc.hygienist.id);
    QVERIFY(finder->slots().first().start >= BookClinic::local(QDate(2026, 11, 5), QTime(0, 0)));
    click(finder->chooseButton());
    QPointer<BookAppointmentDialog> booking = openDialog<BookAppointmentDialog>(page.get());
    QVERIFY(booking);
    QCOMPARE(booking->patientPicker()->chosen()->patientId, rc.anna.id);
    click(booking->bookButton());
    QTRY_VERIFY(!booking);
    // The recall is scheduled, and the row says when.
    QCOMPARE(page->selectedRecall()->recall.patientId, rc.anna.id);
    QCOMPARE(page->selectedRecall()->state, RecallState::Scheduled);
    QVERIFY(cell(*page, QStringLiteral("Berg, Anna"), RecallTableModel::StateColumn)
                .startsWith(QStringLiteral("Scheduled for 5 Nov")));
    // Nothing more to schedule for it.
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("recallScheduleButton"))->isEnabled());
}

void TestRecallsPage::declineTakesTheRecallOffTheListAndReactivateBringsItBack()
{
    RecallUiClinic rc;
    auto page = showRecalls(rc.as(Role::Receptionist));
    choose(*page, QStringLiteral("Carter, Ben"));
    click(page->findChild<QPushButton*>(QStringLiteral("recallDeclineButton")));
    QPointer<RecallReasonDialog> dialog = openDialog<RecallReasonDialog>(page.get());
    QVERIFY(dialog);
    // A reason is needed.
    click(dialog->okButton());
    QVERIFY(dialog->isVisible());
    dialog->reasonBox()->setEditText(QStringLiteral("Goes to another clinic"));
    click(dialog->okButton());
    QTRY_VERIFY(!dialog);
    const PatientRecall declined = rc.recallOf(rc.ben, rc.hygieneRecall);
    QVERIFY(declined.declined);
    QCOMPARE(declined.stateReason, QStringLiteral("Goes to another clinic"));
    QVERIFY(!shownNames(*page).contains(QStringLiteral("Carter, Ben")));
    QCOMPARE(subtitle(*page), QStringLiteral("3 due · 1 overdue"));
    // Declined ones are a filter away, with the reason.
    chooseData(page->filters()->stateBox(), int(RecallFilterBar::StateChoice::Declined));
    QCOMPARE(shownNames(*page), QStringList{QStringLiteral("Carter, Ben")});
    QCOMPARE(cell(*page, QStringLiteral("Carter, Ben"), RecallTableModel::StateColumn),
             QStringLiteral("Declined: Goes to another clinic"));
    choose(*page, QStringLiteral("Carter, Ben"));
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("recallDeclineButton"))->isEnabled());
    click(page->findChild<QPushButton*>(QStringLiteral("recallReactivateButton")));
    QVERIFY(!rc.recallOf(rc.ben, rc.hygieneRecall).declined);
    QVERIFY(shownNames(*page).isEmpty());
    chooseData(page->filters()->stateBox(), int(RecallFilterBar::StateChoice::Open));
    QVERIFY(shownNames(*page).contains(QStringLiteral("Carter, Ben")));

    // Mark inactive asks for a reason the same way.
    choose(*page, QStringLiteral("Carter, Ben"));
    click(page->findChild<QPushButton*>(QStringLiteral("recallDeactivateButton")));
    QPointer<RecallReasonDialog> inactive = openDialog<RecallReasonDialog>(page.get());
    QVERIFY(inactive);
    inactive->reasonBox()->setEditText(QStringLiteral("Moved away"));
    click(inactive->okButton());
    QTRY_VERIFY(!inactive);
    QVERIFY(rc.recallOf(rc.ben, rc.hygieneRecall).inactive);
    QVERIFY(!shownNames(*page).contains(QStringLiteral("Carter, Ben")));
}

void TestRecallsPage::recordACallCountsTheContact()
{
    RecallUiClinic rc;
    auto page = showRecalls(rc.as(Role::Receptionist));
    choose(*page, QStringLiteral("Ford, Eve"));
    press(Qt::Key_R, Qt::ControlModifier);
    QPointer<CallOutcomeDialog> dialog = openDialog<CallOutcomeDialog>(page.get());
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    // A note, then the outcome in one key.
    press(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(focusedName(), QStringLiteral("callOutcomeNote"));
    type(QStringLiteral("Mobile off"));
    press(Qt::Key_Return);
    press(Qt::Key_N);
    QTRY_VERIFY(!dialog);
    auto calls = CallList(*rc.t.clinic).calls(rc.eve.id);
    QVERIFY(calls);
    QCOMPARE(calls->size(), 1);
    QCOMPARE(calls->first().outcome, CallOutcome::NoAnswer);
    QCOMPARE(calls->first().note, QStringLiteral("Mobile off"));
    QCOMPARE(calls->first().recallId, rc.recallOf(rc.eve, rc.hygieneRecall).id);
    QCOMPARE(page->selectedRecall()->recall.patientId, rc.eve.id);
    QVERIFY2(cell(*page, QStringLiteral("Ford, Eve"), RecallTableModel::StateColumn)
                 .startsWith(QStringLiteral("Contacted 1× · last 2 Nov by phone")),
             qPrintable(cell(*page, QStringLiteral("Ford, Eve"), RecallTableModel::StateColumn)));
}

void TestRecallsPage::ownIntervalAndDueDate()
{
    RecallUiClinic rc;
    auto page = showRecalls(rc.as(Role::Receptionist));
    choose(*page, QStringLiteral("Berg, Anna"));
    page->changeInterval();
    QPointer<RecallIntervalDialog> interval = openDialog<RecallIntervalDialog>(page.get());
    QVERIFY(interval);
    QVERIFY(interval->typeRadio()->isChecked());
    QVERIFY(interval->typeRadio()->text().contains(QStringLiteral("6 months")));
    interval->ownRadio()->setChecked(true);
    interval->monthsSpin()->setValue(3);
    click(child<QPushButton>(interval, "intervalOkButton"));
    QTRY_VERIFY(!interval);
    // Three months after the visit on 5 May: overdue since 5 August.
    PatientRecall anna = rc.recallOf(rc.anna, rc.hygieneRecall);
    QCOMPARE(anna.overrideMonths, 3);
    QCOMPARE(anna.dueDate, QDate(2026, 8, 5));
    QVERIFY(cell(*page, QStringLiteral("Berg, Anna"), RecallTableModel::DueColumn).contains(QStringLiteral("overdue")));
    page->setDueDate();
    QPointer<RecallDueDateDialog> due = openDialog<RecallDueDateDialog>(page.get());
    QVERIFY(due);
    due->dateEdit()->setDate(QDate(2026, 11, 20));
    click(child<QPushButton>(due, "recallDueDateOkButton"));
    QTRY_VERIFY(!due);
    QCOMPARE(rc.recallOf(rc.anna, rc.hygieneRecall).dueDate, QDate(2026, 11, 20));
    QCOMPARE(page->selectedRecall()->recall.dueDate, QDate(2026, 11, 20));
    // Back to the type's interval.
    page->changeInterval();
    interval = openDialog<RecallIntervalDialog>(page.get());
    QVERIFY(interval && interval->ownRadio()->isChecked());
    interval->typeRadio()->setChecked(true);
    click(child<QPushButton>(interval, "intervalOkButton"));
    QTRY_VERIFY(!interval);
    anna = rc.recallOf(rc.anna, rc.hygieneRecall);
    QCOMPARE(anna.overrideMonths, -1);
    QCOMPARE(anna.dueDate, QDate(2026, 11, 5));
}

void TestRecallsPage::recallTypesOnlyForThoseWhoConfigureThem()
{
    RecallUiClinic rc;
    {
        auto page = showRecalls(rc.as(Role::Receptionist));
        QVERIFY(!page->typesButton()->isVisible());
    }
    auto page = showRecalls(rc.as(Role::Manager));
    QVERIFY(page->typesButton()->isVisible());
    // An appointment type with a recall text that has no recall type yet.
    AppointmentType fluoride;
    fluoride.name = QStringLiteral("Fluoride");
    fluoride.durationMinutes = 15;
    fluoride.recallType = QStringLiteral("Fluoride, 3 months");
    fluoride = must(ScheduleSetup(*rc.t.clinic).saveType(fluoride));
    click(page->typesButton());
    QPointer<RecallTypesDialog> dialog = openDialog<RecallTypesDialog>(page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->typeList()->count(), 2);
    click(dialog->createButton());
    QCOMPARE(dialog->typeList()->count(), 3);
    QVERIFY(dialog->message()->text().contains(QStringLiteral("One recall type")));
    // Edit the hygiene type: four months, three steps plus one.
    int row = -1;
    for (int i = 0; i < dialog->types().size(); ++i)
        if (dialog->types().at(i).id == rc.hygieneRecall.id)
            row = i;
    QVERIFY(row >= 0);
    dialog->typeList()->setCurrentRow(row);
    RecallTypeEditor* editor = dialog->editor();
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("Hygiene, 6 months"));
    QCOMPARE(editor->chainEditor()->count(), 3);
    typeInto(editor->nameEdit(), QStringLiteral("Hygiene, 4 months"));
    editor->monthsSpin()->setValue(4);
    click(editor->chainEditor()->addButton());
    QCOMPARE(editor->chainEditor()->count(), 4);
    click(dialog->saveButton());
    QVERIFY2(dialog->message()->kind() == InlineMessage::Kind::Success, qPrintable(dialog->message()->text()));
    const RecallType saved = must(RecallService(*rc.t.clinic).type(rc.hygieneRecall.id));
    QCOMPARE(saved.name, QStringLiteral("Hygiene, 4 months"));
    QCOMPARE(saved.intervalMonths, 4);
    QCOMPARE(saved.chain.size(), 4);
    QCOMPARE(saved.chain.last().offsetDays, 21);
    QCOMPARE(saved.chain.last().channel, RecallChainStep::Call);
    // A bad value is explained and nothing is saved.
    editor->monthsSpin()->setValue(0);
    editor->daysSpin()->setValue(0);
    click(dialog->saveButton());
    QCOMPARE(dialog->message()->kind(), InlineMessage::Kind::Error);
    QCOMPARE(must(RecallService(*rc.t.clinic).type(rc.hygieneRecall.id)).intervalMonths, 4);
    // Closing with unsaved changes asks; discarding keeps the stored type.
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    // The page's type filter knows the renamed and the new type.
    QVERIFY(page->filters()->typeBox()->findText(QStringLiteral("Hygiene, 4 months")) >= 0);
    QVERIFY(page->filters()->typeBox()->findText(QStringLiteral("Fluoride, 3 months")) >= 0);
}

QTEST_MAIN(TestRecallsPage)
#include "tst_recallspage.moc"
