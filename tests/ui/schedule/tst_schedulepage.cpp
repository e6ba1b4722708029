// The appointment book driven as the front desk would: drag to move and resize, undo,
// conflicts refused or overridden, statuses from the keyboard, the month's counts.
#include "ScheduleUiTest.h"


#include <QMenu>
#include "common/InlineMessage.h"
#include "schedule/AppointmentPanel.h"
#include "schedule/CancelDialog.h"
#include "schedule/ConflictDialog.h"
#include "schedule/MonthView.h"
#include "schedule/ScheduleText.h"
#include "scheduling/SchedulingVocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QRadioButton>
#include <QUndoStack>

using namespace rapport;
using namespace rapport::test;

class TestSchedulePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void showsTheDayByProvider();
    void dragMovesToAnotherTimeAndProviderAndUndoMovesBack();
    void dragTheLowerEdgeChangesTheLength();
    void conflictingMoveIsRefusedForAReceptionist();
    void managerBooksAnywayWithAReason();
    void statusChangesFromTheKeyboard();
    void deleteCancelsWithAReason();
    void monthShowsCountsAndOpensADay();
    void daySheetMenuSavesTheClinicsOrOneProvidersDay();
    void showAppointmentOpensItsDay();
    void highRiskAppointmentsAreCountedForConfirmationCalls();
    void altArrowsMoveTheSelectedAppointment();
    void dragNearTheBottomEdgeScrollsTheBook();
};

void TestSchedulePage::showsTheDayByProvider()
{
    BookClinic bc;
    const Appointment a = bc.book(bc.anna, bc.smith, QTime(9, 0));
    auto page = showPage(bc.as(Role::Receptionist));
    QCOMPARE(page->date(), BookClinic::monday());
    const BookData& data = page->grid()->data();
    QCOMPARE(data.columns.size(), 3);
    QCOMPARE(data.columns[0].title, QStringLiteral("Dr Smith"));
    QCOMPARE(data.firstMinute, 8 * 60);
    QCOMPARE(data.lastMinute, 17 * 60);
    // Lunch is not working time.
    QCOMPARE(data.columns[0].available, (QList<std::pair<int, int>>{{8 * 60, 12 * 60 + 30}, {13 * 60 + 30, 17 * 60}}));
    QVERIFY(data.columns[2].available.isEmpty()); // the hygienist does not work on Mondays
    QVERIFY(page->grid()->itemRect(a.id).isValid());
    QCOMPARE(data.item(a.id)->row.patientName, bc.anna.displayName());

    // By chair, the same appointment sits in its chair's column.
    page->setByChair(true);
    QCOMPARE(page->grid()->data().columns.size(), 3); // two chairs and "No chair"
    QCOMPARE(page->grid()->data().item(a.id)->column, 2);
}

void TestSchedulePage::dragMovesToAnotherTimeAndProviderAndUndoMovesBack()
{
    BookClinic bc;
    const Appointment a = bc.book(bc.anna, bc.smith, QTime(9, 0), bc.chair1.id);
    auto page = showPage(bc.as(Role::Receptionist));
    AppointmentGrid* grid = page->grid();
    const QRect block = grid->itemRect(a.id);
    QVERIFY(block.isValid());

    drag(grid, block.topLeft() + QPoint(20, 4), grid->cellCenter(columnOf(*page, bc.jones.id), 10 * 60 + 30));

    Appointment moved = bc.get(a.id);
    QCOMPARE(moved.start, BookClinic::local(BookClinic::monday(), QTime(10, 30)));
    QCOMPARE(moved.durationMinutes(), 30);
    QCOMPARE(moved.providerId, bc.jones.id);
    QCOMPARE(moved.chairId, bc.chair1.id); // by provider, the chair stays
    QTRY_COMPARE(grid->data().item(a.id)->column, columnOf(*page, bc.jones.id));
    QCOMPARE(grid->data().item(a.id)->startMinute, 10 * 60 + 30);
    QVERIFY(page->undoStack()->canUndo());

    // Ctrl+Z moves it back through the book; Ctrl+Y moves it again.
    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
    moved = bc.get(a.id);
    QCOMPARE(moved.start, BookClinic::local(BookClinic::monday(), QTime(9, 0)));
    QCOMPARE(moved.providerId, bc.smith.id);
    QTRY_COMPARE(grid->data().item(a.id)->column, columnOf(*page, bc.smith.id));
    QTest::keyClick(grid, Qt::Key_Y, Qt::ControlModifier);
    moved = bc.get(a.id);
    QCOMPARE(moved.start, BookClinic::local(BookClinic::monday(), QTime(10, 30)));
    QCOMPARE(moved.providerId, bc.jones.id);
}

void TestSchedulePage::dragTheLowerEdgeChangesTheLength()
{
    BookClinic bc;
    const Appointment a = bc.book(bc.anna, bc.smith, QTime(9, 0));
    auto page = showPage(bc.as(Role::Receptionist));
    AppointmentGrid* grid = page->grid();
    const QRect block = grid->itemRect(a.id);
    const QPoint edge(block.center().x(), block.bottom() - 1);
    drag(grid, edge, edge + QPoint(0, int(30 * grid->pixelsPerMinute())));
    QCOMPARE(bc.get(a.id).durationMinutes(), 60);
    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(bc.get(a.id).durationMinutes(), 30);
}

void TestSchedulePage::conflictingMoveIsRefusedForAReceptionist()
{
    BookClinic bc;
    const Appointment a = bc.book(bc.anna, bc.smith, QTime(9, 0));
    const Appointment b = bc.book(bc.ben, bc.smith, QTime(10, 0));
    auto page = showPage(bc.as(Role::Receptionist));
    AppointmentGrid* grid = page->grid();
    MessageBox::setNextAnswer(QMessageBox::Ok);

    drag(grid, grid->itemRect(a.id).topLeft() + QPoint(20, 4), grid->cellCenter(columnOf(*page, bc.smith.id), 10 * 60));

    // Nothing moved, and the reason was given.
    QCOMPARE(bc.get(a.id).start, a.start);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY(!MessageBox::shown().isEmpty());
    const QString shown = MessageBox::shown().constLast();
    QVERIFY2(shown.contains(QStringLiteral("Dr Smith already has an appointment")), qPrintable(shown));
    QVERIFY(page->message()->text().contains(QStringLiteral("Dr Smith already has an appointment")));
    QVERIFY(!page->undoStack()->canUndo());
    QVERIFY(!openDialog<ConflictDialog>(page.get()));
    Q_UNUSED(b);
}

void TestSchedulePage::managerBooksAnywayWithAReason()
{
    BookClinic bc;
    const Appointment a = bc.book(bc.anna, bc.smith, QTime(9, 0));
    bc.book(bc.ben, bc.smith, QTime(10, 0));
    auto page = showPage(bc.as(Role::Manager));
    AppointmentGrid* grid = page->grid();

    drag(grid, grid->itemRect(a.id).topLeft() + QPoint(20, 4), grid->cellCenter(columnOf(*page, bc.smith.id), 10 * 60));

    QPointer<ConflictDialog> dialog = openDialog<ConflictDialog>(page.get());
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, "conflictList")->text().contains(QStringLiteral("Dr Smith already has")));
    QVERIFY(!dialog->overrideButton()->isEnabled()); // a reason first
    typeInto(dialog->reasonEdit(), QStringLiteral("Emergency, agreed with Dr Smith"));
    click(dialog->overrideButton());
    const Appointment moved = bc.get(a.id);
    QCOMPARE(moved.start, BookClinic::local(BookClinic::monday(), QTime(10, 0)));
    QCOMPARE(moved.overrideReason, QStringLiteral("Emergency, agreed with Dr Smith"));
}

void TestSchedulePage::statusChangesFromTheKeyboard()
{
    BookClinic bc;
    const Appointment a = bc.book(bc.anna, bc.smith, QTime(9, 0));
    auto page = showPage(bc.as(Role::Receptionist));
    AppointmentGrid* grid = page->grid();
    grid->setFocus();
    // From the top of Dr Smith's day down to 09:00 with the arrow keys: the appointment is chosen.
    QCOMPARE(grid->cursorMinute(), 8 * 60);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(grid->selectedId(), a.id);

    QTest::keyClick(grid, Qt::Key_C);
    QCOMPARE(bc.get(a.id).status, AppointmentStatus::Confirmed);
    // Completed is not next after confirmed: refused, with why.
    QTest::keyClick(grid, Qt::Key_D);
    QCOMPARE(bc.get(a.id).status, AppointmentStatus::Confirmed);
    QVERIFY(page->message()->text().contains(QStringLiteral("cannot become")));
    QTest::keyClick(grid, Qt::Key_A);
    QCOMPARE(bc.get(a.id).status, AppointmentStatus::Arrived);
    QTest::keyClick(grid, Qt::Key_S);
    QCOMPARE(bc.get(a.id).status, AppointmentStatus::InChair);
    QTest::keyClick(grid, Qt::Key_D);
    QCOMPARE(bc.get(a.id).status, AppointmentStatus::Completed);

    // The history is beside the book, newest last or first, with every step.
    QTRY_COMPARE(page->panel()->appointmentId(), a.id);
    auto history = AppointmentBook(*bc.t.clinic).history(a.id);
    QVERIFY(history);
    QCOMPARE(page->panel()->historyList()->count(), history->size());
    QVERIFY(history->size() >= 5);
}

void TestSchedulePage::deleteCancelsWithAReason()
{
    BookClinic bc;
    const Appointment a = bc.book(bc.anna, bc.smith, QTime(9, 0), {}, BookClinic::monday().addDays(3));
    auto page = showPage(bc.as(Role::Receptionist));
    page->setDate(BookClinic::monday().addDays(3));
    AppointmentGrid* grid = page->grid();
    grid->select(a.id);
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Delete);
    QPointer<CancelDialog> dialog = openDialog<CancelDialog>(page.get());
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    // A reason is needed.
    click(child<QPushButton>(dialog, "cancelConfirmButton"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(bc.get(a.id).status, AppointmentStatus::Booked);
    toggle(dialog->byClinicButton());
    dialog->reasonBox()->setFocus();
    type(QStringLiteral("Dr Smith is unwell"));
    click(child<QPushButton>(dialog, "cancelConfirmButton"));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const Appointment cancelled = bc.get(a.id);
    QCOMPARE(cancelled.status, AppointmentStatus::CancelledByClinic);
    QCOMPARE(cancelled.statusReason, QStringLiteral("Dr Smith is unwell"));
    // Hidden from the book unless asked for.
    QVERIFY(!grid->data().item(a.id));
    toggle(child<QCheckBox>(page.get(), "scheduleShowCancelled"));
    QVERIFY(grid->data().item(a.id));
}

void TestSchedulePage::monthShowsCountsAndOpensADay()
{
    BookClinic bc;
    bc.book(bc.anna, bc.smith, QTime(9, 0));
    bc.book(bc.ben, bc.smith, QTime(10, 0));
    bc.book(bc.anna, bc.jones, QTime(14, 0));
    bc.book(bc.ben, bc.jones, QTime(9, 0), {}, QDate(2026, 11, 5));
    auto page = showPage(bc.as(Role::Receptionist));
    click(child<QPushButton>(page.get(), "scheduleMonthButton"));
    QCOMPARE(page->view(), SchedulePage::View::Month);
    MonthView* month = page->monthView();
    QVERIFY(month->isVisible());
    QCOMPARE(month->cellText(QDate(2026, 11, 2)), QStringLiteral("3 appointments"));
    QCOMPARE(month->cellText(QDate(2026, 11, 5)), QStringLiteral("1 appointment"));
    QCOMPARE(month->cellText(QDate(2026, 11, 6)), QStringLiteral("No appointments"));
    // A click opens the day.
    QTest::mouseClick(month, Qt::LeftButton, Qt::NoModifier, month->cellRect(QDate(2026, 11, 5)).center());
    QCOMPARE(page->view(), SchedulePage::View::Day);
    QCOMPARE(page->date(), QDate(2026, 11, 5));
    QCOMPARE(page->grid()->data().items.size(), 1);
}

void TestSchedulePage::daySheetMenuSavesTheClinicsOrOneProvidersDay()
{
    BookClinic bc;
    bc.book(bc.anna, bc.smith, QTime(9, 0));
    bc.book(bc.ben, bc.jones, QTime(10, 0));
    auto page = showPage(bc.as(Role::Receptionist));
    auto* button = page->findChild<QPushButton*>(QStringLiteral("scheduleDaySheetButton"));
    QVERIFY(button);
    QMenu* menu = button->menu();
    QVERIFY(menu);
    // The cursor stands in Dr Jones's column: the menu offers the clinic's day and his.
    page->grid()->setCursorCell(columnOf(*page, bc.jones.id), 10 * 60);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QStringList texts;
    for (QAction* a : menu->actions())
        if (!a->isSeparator())
            texts << a->text();
    QCOMPARE(texts.size(), 4);
    QVERIFY(texts.at(2).contains(QStringLiteral("Dr Jones")));
    // Save Dr Jones's day: only his patients are on it, and the saving is audited.
    const QString path = bc.t.dir.filePath(QStringLiteral("jones-day.pdf"));
    FileDialog::setNextAnswer(path);
    menu->actions().last()->trigger();
    QVERIFY(readAll(path).startsWith("%PDF-"));
    auto st = bc.t.clinic->database().prepare(
        "SELECT count(*) FROM audit_log WHERE action = 'schedule.daysheet.pdf'");
    QVERIFY(st && *st->next());
    QCOMPARE(st->int64(0), qint64(1));
}

void TestSchedulePage::showAppointmentOpensItsDay()
{
    BookClinic bc;
    const Appointment later = bc.book(bc.anna, bc.jones, QTime(11, 0), {}, BookClinic::monday().addDays(8));
    auto page = showPage(bc.as(Role::Receptionist));
    page->setView(SchedulePage::View::Month);
    page->showAppointment(later.id);
    QCOMPARE(page->view(), SchedulePage::View::Day);
    QCOMPARE(page->date(), BookClinic::monday().addDays(8));
    QCOMPARE(page->grid()->selectedId(), later.id);
}

void TestSchedulePage::highRiskAppointmentsAreCountedForConfirmationCalls()
{
    BookClinic bc;
    // Ben missed his last three appointments.
    AppointmentBook book(*bc.t.clinic);
    for (int week = 1; week <= 3; ++week) {
        const Appointment past = bc.book(bc.ben, bc.smith, QTime(10, 0), {}, BookClinic::monday().addDays(-7 * week));
        QVERIFY(book.setStatus(past.id, AppointmentStatus::NoShow).has_value());
    }
    const Appointment next = bc.book(bc.ben, bc.smith, QTime(9, 0));
    bc.book(bc.anna, bc.jones, QTime(9, 0));
    auto page = showPage(bc.as(Role::Receptionist));
    const BookItem* item = page->grid()->data().item(next.id);
    QVERIFY(item && item->hasRisk);
    QVERIFY(item->risk.needsConfirmationCall());
    QVERIFY(ScheduleText::risk(item->risk, AppointmentStatus::Booked).contains(QStringLiteral("Call to confirm")));
    QVERIFY(!ScheduleText::risk(item->risk, AppointmentStatus::Confirmed).contains(QStringLiteral("Call to confirm")));
    auto* subtitle = page->findChild<QLabel*>(QStringLiteral("pageSubtitle"));
    QVERIFY(subtitle);
    QVERIFY2(subtitle->text().contains(QStringLiteral("1 high-risk")), qPrintable(subtitle->text()));
    // Once confirmed, the call is done.
    QVERIFY(book.setStatus(next.id, AppointmentStatus::Confirmed).has_value());
    page->reload();
    QVERIFY2(!subtitle->text().contains(QStringLiteral("high-risk")), qPrintable(subtitle->text()));
}

void TestSchedulePage::altArrowsMoveTheSelectedAppointment()
{
    BookClinic bc;
    const Appointment a = bc.book(bc.anna, bc.smith, QTime(9, 0));
    auto page = showPage(bc.as(Role::Receptionist));
    page->grid()->select(a.id);
    page->grid()->setFocus();
    QTest::keyClick(page->grid(), Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(bc.get(a.id).start, BookClinic::local(BookClinic::monday(), QTime(9, 15)));
    QTest::keyClick(page->grid(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(bc.get(a.id).providerId, bc.jones.id);
    QCOMPARE(bc.get(a.id).start, BookClinic::local(BookClinic::monday(), QTime(9, 15)));
    // Undo takes back one step at a time.
    QTest::keySequence(page.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QTRY_COMPARE(bc.get(a.id).providerId, bc.smith.id);
    QTest::keySequence(page.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QTRY_COMPARE(bc.get(a.id).start, BookClinic::local(BookClinic::monday(), QTime(9, 0)));
}

void TestSchedulePage::dragNearTheBottomEdgeScrollsTheBook()
{
    BookClinic bc;
    const Appointment a = bc.book(bc.anna, bc.smith, QTime(8, 30));
    auto page = showPage(bc.as(Role::Receptionist));
    page->resize(1280, 420); // the day no longer fits: the book scrolls
    AppointmentGrid* grid = page->grid();
    QScrollBar* bar = grid->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(0);
    const QRect block = grid->itemRect(a.id);
    QVERIFY(block.isValid());
    QWidget* viewport = grid->viewport();
    const QPoint from = block.topLeft() + QPoint(20, 4);
    const QPoint edge(from.x(), viewport->height() - 6);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(viewport, from + QPoint(0, 20));
    QTest::mouseMove(viewport, edge);
    // Held at the edge, the book scrolls by itself.
    QTRY_VERIFY(bar->value() > 0);
    // Escape ends the drag: the scrolling stops and nothing moved.
    QTest::keyClick(grid, Qt::Key_Escape);
    const int stopped = bar->value();
    QTest::qWait(150);
    QCOMPARE(bar->value(), stopped);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, edge);
    QCOMPARE(bc.get(a.id).start, a.start);
}

QTEST_MAIN(TestSchedulePage)
#include "tst_schedulepage.moc"
