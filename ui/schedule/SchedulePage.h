#pragma once

#include "app/Page.h"
#include "schedule/BookData.h"
#include "schedule/BookAppointmentDialog.h"
#include "schedule/MoveCommand.h"
#include "scheduling/AppointmentBook.h"

#include <QDate>
#include <QPointer>
#include <functional>

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QUndoStack;

namespace rapport {

class AppointmentGrid;
class AppointmentPanel;
class InlineMessage;
class MonthView;
class WaitlistOffersDialog;
class WaitlistPanel;

// The front desk's appointment book: a day by provider or by chair, one provider's week,
// or a month with counts. Drag to move or resize (Ctrl+Z undoes), double-click or Enter
// on an empty time to book, right-click or C/A/S/D/N/Delete for statuses. Freed time is
// offered to the waitlist at once.
class SchedulePage : public Page
{
    Q_OBJECT

public:
    enum class View
    {
        Day,
        Week,
        Month
    };

    explicit SchedulePage(QWidget* parent = nullptr);
    ~SchedulePage() override;

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] QDate date() const { return m_date; }
    [[nodiscard]] View view() const { return m_view; }
    [[nodiscard]] bool byChair() const;
    void setDate(QDate date);
    void setView(View view);
    void setByChair(bool byChair);
    void setWeekProvider(const QString& providerId);

    [[nodiscard]] AppointmentGrid* grid() const { return m_grid; }
    [[nodiscard]] MonthView* monthView() const { return m_month; }
    [[nodiscard]] AppointmentPanel* panel() const { return m_panel; }
    [[nodiscard]] WaitlistPanel* waitlistPanel() const { return m_waitlist; }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    [[nodiscard]] WaitlistOffersDialog* offersDialog() const;

public Q_SLOTS:
    void reload();
    void goToday();
    void goPrevious();
    void goNext();
    void findFreeSlot();
    // The booking dialog for a draft (from the book, a free slot or the waitlist).
    void openBooking(const BookingDraft& draft);
    // The day of an appointment, with the appointment selected (from a patient's page).
    void showAppointment(const QString& appointmentId);
    // Prints the day sheet: the clinic's day, or in the week view the provider's (Ctrl+P).
    void printDay();

Q_SIGNALS:
    void openPatientRequested(const QString& patientId);

protected:
    void retranslateUi() override;

private:
    void buildToolbar(QWidget* bar);
    // SchedulePageSheet.cpp: the day sheet menu and the provider it speaks of.
    [[nodiscard]] QPushButton* makeDaySheetButton();
    [[nodiscard]] std::pair<QString, QString> sheetProvider() const;
    void updateToolbar();
    void updateHeading();
    void updateNow();
    void updatePanel();
    void loadProviders();

    // SchedulePageActions.cpp: what the book asks for.
    void bookAt(int column, int minute);
    void moveTo(const QString& id, int column, int startMinute);
    void resizeTo(const QString& id, int endMinute);
    void changeStatus(const QString& id, AppointmentStatus status);
    void cancelAppointment(const QString& id);
    void showItemMenu(const QString& id, const QPoint& globalPos);
    void showSlotMenu(int column, int minute, const QPoint& globalPos);
    // Runs go(overrideReason) when there is no conflict, or after "Book anyway" with a
    // reason when the session may override; otherwise says why and refuses.
    void resolveConflicts(const QString& what, const Appointment& draft, const QString& ignoreId,
                          const std::function<void(const QString&)>& go);
    void offerFreedTime(const FreedTime& freed);
    void undoFinished(const QString& id, const Error* error);
    [[nodiscard]] bool editable() const;
    // The next statuses worth offering: allowed ones that make sense now (no "no-show"
    // before the start, no "arrived" on a later day).
    [[nodiscard]] QList<AppointmentStatus> offeredNext(const Appointment& a) const;

    Clinic* m_clinic = nullptr;
    QDate m_date;
    View m_view = View::Day;
    QString m_weekProvider;
    BookData m_data;

    QPushButton* m_today;
    QToolButton* m_previous;
    QToolButton* m_next;
    QDateEdit* m_datePicker;
    QButtonGroup* m_views;
    QPushButton* m_dayButton;
    QPushButton* m_weekButton;
    QPushButton* m_monthButton;
    QButtonGroup* m_columns;
    QPushButton* m_byProvider;
    QPushButton* m_byChairButton;
    QComboBox* m_provider;
    QCheckBox* m_showCancelled;
    QPushButton* m_findSlot;
    QPushButton* m_daySheet = nullptr;
    QAction* m_printAction = nullptr;
    QToolButton* m_undoButton;
    QToolButton* m_redoButton;
    InlineMessage* m_closure;
    InlineMessage* m_message;
    QStackedWidget* m_stack;
    AppointmentGrid* m_grid;
    MonthView* m_month;
    QTabWidget* m_side;
    AppointmentPanel* m_panel;
    WaitlistPanel* m_waitlist;
    QUndoStack* m_undo;
    QAction* m_undoAction;
    QAction* m_redoAction;
    QAction* m_todayAction;
    QAction* m_previousAction;
    QAction* m_nextAction;
    QAction* m_findSlotAction;
    QAction* m_goToDateAction;
    QList<QAction*> m_viewActions;
    QTimer* m_clockTimer;
    QPointer<WaitlistOffersDialog> m_offers;
};

} // namespace rapport
