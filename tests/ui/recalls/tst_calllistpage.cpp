// Today's call list worked from the keyboard: one key per outcome, the cursor moving on,
// the note going with the next outcome, confirmations of appointments, B into the free-slot
// search for a recall, and the empty day.
#include "RecallUiTest.h"

#include "common/InlineMessage.h"
#include "messaging/CallList.h"
#include "patients/PatientPicker.h"
#include "recalls/CallListModel.h"
#include "recalls/CallListPage.h"
#include "schedule/SlotFinderDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

using namespace rapport;
using namespace rapport::test;

namespace {

// The recall clinic, where Ben missed his last three appointments and comes again tomorrow
// at 09:00 (high risk: a confirmation call), and the recall chain has put Ben's and Eve's
// overdue hygiene recalls on today's list.
struct CallClinic : RecallUiClinic
{
    Appointment bensNext;

    CallClinic()
    {
        AppointmentBook book(*t.clinic);
        for (int week = 1; week <= 3; ++week) {
            const Appointment past = BookClinic::book(ben, smith, QTime(10, 0), {}, monday().addDays(-7 * week));
            must(book.setStatus(past.id, AppointmentStatus::NoShow));
        }
        bensNext = BookClinic::book(ben, smith, QTime(9, 0), {}, monday().addDays(1));
        if (!must(RecallService(*t.clinic).planContacts()))
            qFatal("nothing planned");
    }
};

std::unique_ptr<CallListPage> showCalls(Clinic& clinic)
{
    auto page = std::make_unique<CallListPage>();
    page->resize(1300, 800);
    page->setClinic(&clinic);
    page->show();
    page->pageShown();
    if (!activate(page.get()))
        qWarning("the page did not become active");
    return page;
}

QStringList rows(const CallListPage& page)
{
    QStringList out;
    for (const CallListEntry& e : page.model()->entries())
        out << e.patientName + (e.appointmentId.isEmpty() ? QStringLiteral(" recall") : QStringLiteral(" appointment"));
    return out;
}

} // namespace

class TestCallListPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void listsTodaysCallsWithTheKeys();
    void noAnswerIsOneKeyAndTheCursorMovesOn();
    void reachedConfirmsTheAppointment();
    void theNoteGoesWithTheNextOutcome();
    void bookedOnARecallOpensTheSlotFinder();
    void anEmptyDay();
};

void TestCallListPage::listsTodaysCallsWithTheKeys()
{
    CallClinic cc;
    auto page = showCalls(cc.as(Role::Receptionist));
    QVERIFY(page->message()->text().isEmpty());
    // Confirmations first, then recalls, longest overdue first.
    QCOMPARE(rows(*page), (QStringList{QStringLiteral("Carter, Ben appointment"), QStringLiteral("Carter, Ben recall"),
                                       QStringLiteral("Ford, Eve recall")}));
    QAbstractItemModel* model = page->table()->model();
    QCOMPARE(model->index(0, CallListModel::PhoneColumn).data().toString(), QStringLiteral("07400 123452"));
    QVERIFY(model->index(1, CallListModel::ReasonColumn).data().toString().contains(QStringLiteral("Hygiene")));
    QVERIFY2(model->index(0, CallListModel::PreviousColumn).data().toString() == QStringLiteral("None"),
             qPrintable(model->index(0, CallListModel::PreviousColumn).data().toString()));
    auto* subtitle = page->findChild<QLabel*>(QStringLiteral("pageSubtitle"));
    QVERIFY(subtitle->text().contains(QStringLiteral("3 calls to make")));
    // Ben's three missed visits of the last weeks were never confirmed.
    QVERIFY2(subtitle->text().contains(QStringLiteral("0% confirmed before the visit in the last 30 days")),
             qPrintable(subtitle->text()));
    QCOMPARE(page->currentRow(), 0);
    // The legend shows the keys.
    QWidget* legend = page->findChild<QWidget*>(QStringLiteral("callListLegend"));
    QVERIFY(legend && legend->isVisible());
    QStringList legendText;
    for (QLabel* l : legend->findChildren<QLabel*>())
        legendText << l->text();
    for (const char* word : {"no answer", "left a message", "wrong number", "booked", "N", "R", "B"})
        QVERIFY2(legendText.contains(QString::fromLatin1(word)), word);
    // Enter opens the patient.
    QSignalSpy open(page.get(), &CallListPage::openPatientRequested);
    press(Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), cc.ben.id);
}

void TestCallListPage::noAnswerIsOneKeyAndTheCursorMovesOn()
{
    CallClinic cc;
    auto page = showCalls(cc.as(Role::Receptionist));
    press(Qt::Key_Down);
    QCOMPARE(page->currentRow(), 1);
    QCOMPARE(focusedName(), QStringLiteral("callListTable"));
    press(Qt::Key_N);
    // Recorded, audited as a call, and the recall counts the attempt.
    auto calls = CallList(*cc.t.clinic).calls(cc.ben.id);
    QVERIFY(calls);
    QCOMPARE(calls->size(), 1);
    QCOMPARE(calls->first().outcome, CallOutcome::NoAnswer);
    QCOMPARE(calls->first().recallId, cc.recallOf(cc.ben, cc.hygieneRecall).id);
    QCOMPARE(cc.recallOf(cc.ben, cc.hygieneRecall).attempts, 1);
    QCOMPARE(page->confirmation()->text(),
             QStringLiteral("Recorded: no answer — Carter, Ben (call again tomorrow)"));
    // Ben's recall waits for tomorrow; the cursor is on the next call, Eve.
    QCOMPARE(rows(*page), (QStringList{QStringLiteral("Carter, Ben appointment"), QStringLiteral("Ford, Eve recall")}));
    QCOMPARE(page->currentRow(), 1);
    QCOMPARE(focusedName(), QStringLiteral("callListTable"));
    // Ben's appointment line now shows his call.
    QVERIFY(page->table()->model()->index(0, CallListModel::PreviousColumn).data().toString().startsWith(
        QStringLiteral("1 call · last 2 Nov, no answer")));
}

void TestCallListPage::reachedConfirmsTheAppointment()
{
    CallClinic cc;
    auto page = showCalls(cc.as(Role::Receptionist));
    QCOMPARE(page->currentRow(), 0);
    press(Qt::Key_R);
    QCOMPARE(cc.get(cc.bensNext.id).status, AppointmentStatus::Confirmed);
    QCOMPARE(page->confirmation()->text(), QStringLiteral("Recorded: reached — Carter, Ben (appointment confirmed)"));
    QCOMPARE(rows(*page), (QStringList{QStringLiteral("Carter, Ben recall"), QStringLiteral("Ford, Eve recall")}));
    QCOMPARE(page->currentRow(), 0);
    QCOMPARE(page->model()->entry(0)->recallId, cc.recallOf(cc.ben, cc.hygieneRecall).id);
}

void TestCallListPage::theNoteGoesWithTheNextOutcome()
{
    CallClinic cc;
    auto page = showCalls(cc.as(Role::Receptionist));
    press(Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(page->currentRow(), 2);
    press(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(focusedName(), QStringLiteral("callListNoteEdit"));
    // Letters are the note's while it has the keyboard.
    type(QStringLiteral("Call back after 5"));
    press(Qt::Key_Return);
    QCOMPARE(focusedName(), QStringLiteral("callListTable"));
    QVERIFY(CallList(*cc.t.clinic).calls(cc.eve.id)->isEmpty());
    press(Qt::Key_M);
    auto calls = CallList(*cc.t.clinic).calls(cc.eve.id);
    QCOMPARE(calls->size(), 1);
    QCOMPARE(calls->first().outcome, CallOutcome::LeftMessage);
    QCOMPARE(calls->first().note, QStringLiteral("Call back after 5"));
    QVERIFY(page->noteEdit()->text().isEmpty());
    QVERIFY(page->confirmation()->text().startsWith(QStringLiteral("Recorded: left a message — Ford, Eve")));
    // Wrong number on the last one left: the cursor stays on the list's end.
    QCOMPARE(page->currentRow(), 1);
    press(Qt::Key_W);
    QCOMPARE(CallList(*cc.t.clinic).calls(cc.ben.id)->first().outcome, CallOutcome::WrongNumber);
    QVERIFY(page->confirmation()->text().contains(QStringLiteral("check the number")));
    QCOMPARE(page->currentRow(), 0);
}

void TestCallListPage::bookedOnARecallOpensTheSlotFinder()
{
    CallClinic cc;
    auto page = showCalls(cc.as(Role::Receptionist));
    press(Qt::Key_End, Qt::ControlModifier);
    press(Qt::Key_B);
    QPointer<SlotFinderDialog> finder = openDialog<SlotFinderDialog>(page.get());
    QVERIFY(finder);
    QCOMPARE(finder->typeBox()->currentData().toString(), cc.hygiene.id);
    QCOMPARE(finder->patientPicker()->chosen()->patientId, cc.eve.id);
    // Giving up records nothing.
    finder->reject();
    QTRY_VERIFY(!finder);
    QVERIFY(CallList(*cc.t.clinic).calls(cc.eve.id)->isEmpty());
    QCOMPARE(page->model()->rowCount(), 3);
}

void TestCallListPage::anEmptyDay()
{
    BookClinic bc;
    auto page = showCalls(bc.as(Role::Receptionist));
    auto* empty = page->findChild<QLabel*>(QStringLiteral("callListEmpty"));
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No calls for today."));
    QVERIFY(!page->table()->isVisible());
    // Keys do nothing harmful on an empty list.
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_N);
    QVERIFY(page->confirmation()->text().isEmpty());
}

QTEST_MAIN(TestCallListPage)
#include "tst_calllistpage.moc"
