#pragma once

#include "app/Page.h"
#include "messaging/CallList.h"
#include "messaging/Messaging.h"

#include <optional>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace rapport {

class CallListModel;
class InlineMessage;
struct CallListEntry;

// The front desk's calls for today: whom to call and why, worked from the keyboard.
// Up/Down move; R reached, M left a message, N no answer, W wrong number, D declined and
// B booked record the outcome of the current entry (B finds a slot for a recall first,
// and confirms an appointment); Ctrl+N writes a note that goes with the next outcome;
// Enter opens the patient. A line at the top confirms each call recorded.
class CallListPage : public Page
{
    Q_OBJECT

public:
    explicit CallListPage(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] CallListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QLineEdit* noteEdit() const { return m_note; }
    [[nodiscard]] InlineMessage* confirmation() const { return m_confirmation; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    [[nodiscard]] int currentRow() const;

public Q_SLOTS:
    void reload();
    // The outcome of the current entry, with the note.
    void record(CallOutcome outcome);

Q_SIGNALS:
    void openPatientRequested(const QString& patientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void retranslateUi() override;

private:
    void save(const CallListEntry& entry, CallOutcome outcome, const QString& nextKey, const QString& booked);
    void book(const CallListEntry& entry, const QString& nextKey);
    [[nodiscard]] QString followUp(const CallListEntry& entry, CallOutcome outcome) const;
    void selectRow(int row);
    void updateHeading();
    void showMenu(const QPoint& pos);
    [[nodiscard]] QWidget* makeLegend();

    Clinic* m_clinic = nullptr;
    CallListModel* m_model;
    InlineMessage* m_confirmation;
    InlineMessage* m_message;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    QToolButton* m_refresh;
    QWidget* m_legend;
    QList<QLabel*> m_legendTexts;
    // The last 30 days' confirmation rate, for the heading (none without ViewSchedule).
    std::optional<CallList::ConfirmationRate> m_rate;
};

} // namespace rapport
