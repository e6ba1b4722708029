// Booking from the book: the keyboard from an empty slot to a booked appointment, a
// weekly series, a free slot found and booked, and freed time offered to the waitlist.
#include "ScheduleUiTest.h"
#include "common/InlineMessage.h"
#include "patients/PatientPicker.h"
#include "schedule/BookAppointmentDialog.h"
#include "schedule/CancelDialog.h"
#include "schedule/SlotFinderDialog.h"
#include "schedule/WaitlistOffersDialog.h"
#include "schedule/WaitlistPanel.h"
#include "scheduling/Waitlist.h"

#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QTimeEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

using namespace rapport;
using namespace rapport::test;

class TestScheduleBooking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void bookWithTheKeyboardOnly();
    void bookingAConflictSaysWhy();
    void weeklySeries();
    void findAFreeSlotAndBookIt();
    void cancellationOffersTheWaitlist();
    void bookingFromTheWaitlistTabTakesThePatientOff();
};

namespace {
// In the booking dialog: type in the patient search and take the first match with Enter.
void pickPatient(const QString& typed)
{
    type(typed);
    QWidget* edit = focused();
    QVERIFY(edit && edit->objectName() == QStringLiteral("patientPickerEdit"));
    auto* picker = qobject_cast<PatientPicker*>(edit->parentWidget());
    QVERIFY(picker);
    QTRY_VERIFY(picker->results()->isVisible());
    press(Qt::Key_Return);
    QVERIFY(picker->chosen().has_value());
}
} // namespace

void TestScheduleBooking::bookWithTheKeyboardOnly()
{
    BookClinic bc;
    bc.book(bc.anna, bc.smith, QTime(9, 0));
    auto page = showPage(bc.as(Role::Receptionist));
    AppointmentGrid* grid = page->grid();
    grid->setFocus();
    QCOMPARE(focused(), static_cast<QWidget*>(grid));
    // Right to Dr Jones, down to 09:30: an empty slot.
    press(Qt::Key_Right);
    for (int i = 0; i < 6; ++i)
        press(Qt::Key_Down);
    QCOMPARE(grid->cursorColumn(), columnOf(*page, bc.jones.id));
    QCOMPARE(grid->cursorMinute(), 9 * 60 + 30);
    QVERIFY(grid->selectedId().isEmpty());
    press(Qt::Key_Return);

    QPointer<BookAppointmentDialog> dialog = openDialog<BookAppointmentDialog>(page.get());
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    QCOMPARE(dialog->providerBox()->currentData().toString(), bc.jones.id);
    QCOMPARE(dialog->chairBox()->currentData().toString(), bc.chair2.id); // Dr Jones's usual chair
    QCOMPARE(dialog->timeEdit()->time(), QTime(9, 30));
    QCOMPARE(focusedName(), QStringLiteral("patientPickerEdit"));
    pickPatient(QStringLiteral("Carter"));
    // On to the type: Hygiene, then back to Check-up, which sets the length.
    QCOMPARE(focusedName(), QStringLiteral("bookTypeCombo"));
    press(Qt::Key_Down);
    QCOMPARE(dialog->durationBox()->value(), 45);
    press(Qt::Key_Up);
    QCOMPARE(dialog->typeBox()->currentData().toStringList().value(0), bc.checkUp.id);
    QCOMPARE(dialog->durationBox()->value(), 30);
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog);

    auto day = AppointmentBook(*bc.t.clinic).day(BookClinic::monday(), {bc.jones.id});
    QVERIFY(day);
    QCOMPARE(day->size(), 1);
    const Appointment& a = day->first().appointment;
    QCOMPARE(a.patientId, bc.ben.id);
    QCOMPARE(a.start, BookClinic::local(BookClinic::monday(), QTime(9, 30)));
    QCOMPARE(a.durationMinutes(), 30);
    QCOMPARE(a.chairId, bc.chair2.id);
    // The book shows it, chosen.
    QCOMPARE(grid->selectedId(), a.id);
    QVERIFY(grid->itemRect(a.id).isValid());
}

void TestScheduleBooking::bookingAConflictSaysWhy()
{
    BookClinic bc;
    bc.book(bc.anna, bc.smith, QTime(9, 0));
    auto page = showPage(bc.as(Role::Receptionist));
    BookingDraft draft;
    draft.providerId = bc.smith.id;
    draft.date = BookClinic::monday();
    draft.minute = 9 * 60 + 15;
    page->openBooking(draft);
    QPointer<BookAppointmentDialog> dialog = openDialog<BookAppointmentDialog>(page.get());
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    pickPatient(QStringLiteral("Carter"));
    click(dialog->bookButton());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->message()->text().contains(QStringLiteral("Dr Smith already has an appointment")));
    // A receptionist cannot override.
    QVERIFY(!dialog->overrideButton()->isVisible());
    auto day = AppointmentBook(*bc.t.clinic).day(BookClinic::monday());
    QCOMPARE(day->size(), 1);
    // Another time goes through.
    dialog->timeEdit()->setTime(QTime(10, 0));
    QVERIFY(dialog->message()->text().isEmpty());
    click(dialog->bookButton());
    QTRY_VERIFY(!dialog);
    QCOMPARE(AppointmentBook(*bc.t.clinic).day(BookClinic::monday())->size(), 2);
}

void TestScheduleBooking::weeklySeries()
{
    BookClinic bc;
    // Dr Smith is busy at 09:00 two weeks on: that occurrence is left out and reported.
    bc.book(bc.anna, bc.smith, QTime(9, 0), {}, BookClinic::monday().addDays(14));
    auto page = showPage(bc.as(Role::Receptionist));
    BookingDraft draft;
    draft.providerId = bc.smith.id;
    draft.date = BookClinic::monday();
    draft.minute = 9 * 60;
    page->openBooking(draft);
    QPointer<BookAppointmentDialog> dialog = openDialog<BookAppointmentDialog>(page.get());
    QVERIFY(activate(dialog));
    pickPatient(QStringLiteral("Carter"));
    dialog->repeatBox()->setCurrentIndex(dialog->repeatBox()->findText(QStringLiteral("Every week")));
    dialog->repeatCountBox()->setValue(4);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(dialog->bookButton());
    QTRY_VERIFY(!dialog);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY(MessageBox::shown().constLast().contains(QStringLiteral("3 of 4 appointments were booked")));
    auto ben = AppointmentBook(*bc.t.clinic).forPatient(bc.ben.id);
    QVERIFY(ben);
    QCOMPARE(ben->size(), 3);
}

void TestScheduleBooking::findAFreeSlotAndBookIt()
{
    BookClinic bc;
    bc.book(bc.anna, bc.smith, QTime(8, 0));
    auto page = showPage(bc.as(Role::Receptionist));
    page->findFreeSlot();
    QPointer<SlotFinderDialog> finder = openDialog<SlotFinderDialog>(page.get());
    QVERIFY(finder);
    finder->providerList()->item(0)->setCheckState(Qt::Checked); // Dr Smith
    click(finder->searchButton());
    QVERIFY(finder->slots().size() > 1);
    // The earliest is after Anna's check-up.
    const Slot first = finder->slots().first();
    QCOMPARE(first.providerId, bc.smith.id);
    QCOMPARE(first.start, BookClinic::local(BookClinic::monday(), QTime(8, 30)));
    QCOMPARE(finder->results()->rowCount(), finder->slots().size());
    click(finder->chooseButton());
    QPointer<BookAppointmentDialog> dialog = openDialog<BookAppointmentDialog>(page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->providerBox()->currentData().toString(), bc.smith.id);
    QCOMPARE(dialog->timeEdit()->time(), QTime(8, 30));
    QCOMPARE(dialog->dateEdit()->date(), BookClinic::monday());
    QVERIFY(activate(dialog));
    pickPatient(QStringLiteral("Carter"));
    click(dialog->bookButton());
    QTRY_VERIFY(!dialog);
    QCOMPARE(AppointmentBook(*bc.t.clinic).forPatient(bc.ben.id)->size(), 1);
}

void TestScheduleBooking::cancellationOffersTheWaitlist()
{
    BookClinic bc;
    const QDate thursday = BookClinic::monday().addDays(3);
    const Appointment a = bc.book(bc.anna, bc.smith, QTime(9, 0), {}, thursday);
    // Ben waits for a check-up with anyone, and holds one later on.
    const Appointment later = bc.book(bc.ben, bc.jones, QTime(15, 0), {}, thursday.addDays(21));
    WaitlistEntry e;
    e.patientId = bc.ben.id;
    e.typeId = bc.checkUp.id;
    e.currentAppointmentId = later.id;
    must(Waitlist(*bc.t.clinic).add(e));

    auto page = showPage(bc.as(Role::Receptionist));
    QCOMPARE(page->waitlistPanel()->count(), 1);
    QCOMPARE(page->waitlistPanel()->entries().first().patientName, bc.ben.displayName());
    page->setDate(thursday);
    page->grid()->select(a.id);
    page->grid()->setFocus();
    QTest::keyClick(page->grid(), Qt::Key_Delete);
    QPointer<CancelDialog> cancel = openDialog<CancelDialog>(page.get());
    QVERIFY(cancel);
    cancel->reasonBox()->setEditText(QStringLiteral("Unwell"));
    click(child<QPushButton>(cancel, "cancelConfirmButton"));

    // The freed time is offered at once, Ben first.
    WaitlistOffersDialog* offers = page->offersDialog();
    QVERIFY(offers);
    QTRY_VERIFY(offers->isVisible());
    QCOMPARE(offers->offers().size(), 1);
    QCOMPARE(offers->list()->topLevelItem(0)->text(0), offers->offers().first().patientName);
    QVERIFY(!offers->list()->topLevelItem(0)->text(3).isEmpty()); // why it fits
    click(offers->bookButton());
    QTRY_VERIFY(!offers->isVisible());
    // Ben's later appointment moved into the freed time, and he is off the waitlist.
    const Appointment moved = bc.get(later.id);
    QCOMPARE(moved.start, BookClinic::local(thursday, QTime(9, 0)));
    QCOMPARE(page->waitlistPanel()->count(), 0);
}

void TestScheduleBooking::bookingFromTheWaitlistTabTakesThePatientOff()
{
    BookClinic bc;
    WaitlistEntry e;
    e.patientId = bc.ben.id;
    e.typeId = bc.checkUp.id;
    e.providerId = bc.smith.id;
    must(Waitlist(*bc.t.clinic).add(e));
    auto page = showPage(bc.as(Role::Receptionist));
    WaitlistPanel* panel = page->waitlistPanel();
    QCOMPARE(panel->count(), 1);
    QTreeWidget* list = panel->list();
    QVERIFY(list);
    list->setCurrentItem(list->topLevelItem(0));
    click(child<QPushButton>(panel, "waitlistBookButton"));
    QPointer<BookAppointmentDialog> dialog = openDialog<BookAppointmentDialog>(page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->providerBox()->currentData().toString(), bc.smith.id);
    dialog->timeEdit()->setTime(QTime(10, 0));
    click(dialog->bookButton());
    QTRY_VERIFY(!dialog);
    QCOMPARE(AppointmentBook(*bc.t.clinic).forPatient(bc.ben.id)->size(), 1);
    QCOMPARE(panel->count(), 0);
    auto all = Waitlist(*bc.t.clinic).list(true);
    QCOMPARE(all->first().status, WaitlistStatus::Booked);
}

QTEST_MAIN(TestScheduleBooking)
#include "tst_schedulebooking.moc"
