#pragma once

#include "app/Page.h"
#include "messaging/Messaging.h"

#include <QDateTime>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;

namespace rapport {

class DispatchRunner;
class InlineMessage;
class OutboxTableModel;
struct DispatchReport;

// Messages: the outbox with its statuses, filtered by period, status, channel and kind,
// with retry, cancel, "Send now", the background sending's progress and problems, and the
// letters waiting to be printed.
class MessagesPage : public Page
{
    Q_OBJECT

public:
    enum class Period
    {
        Today,
        Next7Days,
        Last7Days,
        Custom,
        AnyTime
    };

    // The table shows at most this many rows; the filters narrow it down.
    static constexpr int RowLimit = 2000;

    explicit MessagesPage(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    // The window's background sending, whose progress and problems the page shows.
    void setDispatchRunner(DispatchRunner* runner);

    [[nodiscard]] OutboxTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    void setPeriod(Period period);
    // The rows picked in the table, by outbox id.
    [[nodiscard]] QStringList selectedIds() const;
    void selectIds(const QStringList& ids);

public Q_SLOTS:
    void refresh();
    void clearFilters();
    void retrySelected();
    void cancelSelected();
    void openSelectedPatient();
    void sendNow();
    void printLetters();
    void saveLettersAsPdf();

Q_SIGNALS:
    void openPatient(const QString& patientId);

protected:
    void retranslateUi() override;

private:
    void buildFilters();
    void fillCombos();
    void updatePeriodFields();
    void updateActions();
    void updateLetters();
    void updateRunner();
    // The heading's counts, the letters waiting and the number of rows.
    void updateSummary();
    void runFinished(const DispatchReport& report);
    void showContextMenu(const QPoint& pos);
    [[nodiscard]] QList<const OutboxRow*> selectedRows() const;
    // The waiting letters among the chosen rows: a batch of only those.
    [[nodiscard]] QStringList selectedLetterIds() const;
    // "Print letters (7)…", or "Print 2 chosen letters…".
    void updateLettersButton();
    [[nodiscard]] std::pair<QDateTime, QDateTime> range() const;
    [[nodiscard]] bool canSend() const;

    Clinic* m_clinic = nullptr;
    QPointer<DispatchRunner> m_runner;
    bool m_sendNowPending = false; // the run in progress was asked for here: show its outcome
    int m_letterCount = 0;
    QStringList m_runProblems;
    QString m_countsText;

    OutboxTableModel* m_model;
    QTableView* m_table;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_channelLabel;
    QComboBox* m_channel;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QPushButton* m_clear;
    QPushButton* m_refresh;
    QPushButton* m_letters;
    QMenu* m_lettersMenu;
    QPushButton* m_sendNow;
    QWidget* m_progressRow;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    InlineMessage* m_message;
    InlineMessage* m_runMessage;
    QLabel* m_count;
    QLabel* m_lastRun;
    QPushButton* m_openPatient;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    bool m_updating = false;
};

} // namespace rapport
