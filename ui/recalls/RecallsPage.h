#pragma once

#include "app/Page.h"
#include "common/Error.h"
#include "messaging/Messaging.h"
#include "recalls/RecallReasonDialog.h"
#include "recalls/RecallService.h"
#include "recalls/Recalls.h"

#include <QHash>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace rapport {

class InlineMessage;
class RecallFilterBar;
class RecallTableModel;

// The recall list: who is due or overdue, filtered by dates, provider, type, age, last
// contact, attempts and state, with the work on the chosen recall: Schedule (Ctrl+B)
// finds a free slot with the recall's appointment type, Enter opens the patient, and a
// call, a refusal, an end, a reactivation, the patient's own interval or a new due date
// are recorded through RecallService. "Recall types…" edits the types (ConfigureMessaging).
class RecallsPage : public Page
{
    Q_OBJECT

public:
    explicit RecallsPage(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] RecallTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] RecallFilterBar* filters() const { return m_filters; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    [[nodiscard]] QPushButton* typesButton() const { return m_types; }
    [[nodiscard]] const RecallRow* selectedRecall() const;
    void selectRecall(const QString& recallId);

public Q_SLOTS:
    void reload();
    void scheduleSelected();
    void openSelectedPatient();
    void recordCall();
    void declineSelected();
    void deactivateSelected();
    void reactivateSelected();
    void changeInterval();
    void setDueDate();
    void editRecallTypes();

Q_SIGNALS:
    void openPatientRequested(const QString& patientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void retranslateUi() override;

private:
    void loadChoices();
    void fitColumns();
    void updateActions();
    void updateHeading();
    void showMenu(const QPoint& pos);
    // "Berg, Anna · Hygiene, 6 months", for dialogs and confirmations.
    [[nodiscard]] static QString describe(const RecallRow& row);
    // After a RecallService call: the error under the filters, or the list read again
    // with the recall still chosen and a confirmation in the status bar.
    void finish(const Result<PatientRecall>& result, const QString& recallId, const QString& done);
    void saveCall(const RecallRow& row, CallOutcome outcome, const QString& note, const QString& booked);
    // Decline and Mark inactive: asks for the reason, then makes the change to the chosen
    // recall; done is the confirmation, with %1 for the recall.
    void askReasonThen(RecallReasonDialog::Purpose purpose, QAction* action,
                       Result<PatientRecall> (RecallService::*change)(const QString&, const QString&),
                       const QString& done);

    Clinic* m_clinic = nullptr;
    QHash<QString, RecallType> m_recallTypes;
    RecallTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    RecallFilterBar* m_filters;
    InlineMessage* m_message;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_schedule;
    QPushButton* m_recordCall;
    QPushButton* m_open;
    QPushButton* m_decline;
    QPushButton* m_deactivate;
    QPushButton* m_reactivate;
    QPushButton* m_more;
    QPushButton* m_types;
    QAction* m_scheduleAction;
    QAction* m_recordCallAction;
    QAction* m_openAction;
    QAction* m_declineAction;
    QAction* m_deactivateAction;
    QAction* m_reactivateAction;
    QAction* m_intervalAction;
    QAction* m_dueAction;
};

} // namespace rapport
