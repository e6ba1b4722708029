#pragma once

#include "schedule/BookData.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace rapport {

// Beside the book: the selected appointment in full (patient, time, type, provider,
// chair, phone, notes, no-show risk and why) with its status history, and buttons for
// the patient's page and the next statuses.
class AppointmentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AppointmentPanel(QWidget* parent = nullptr);

    // nullptr shows the hint for an empty selection.
    void showItem(const BookItem* item, const QList<AppointmentStatusChange>& history,
                  const QList<AppointmentStatus>& next, const WorkingCalendar& calendar, bool editable);
    [[nodiscard]] QString appointmentId() const { return m_id; }
    [[nodiscard]] QListWidget* historyList() const { return m_history; }
    [[nodiscard]] QPushButton* statusButton() const { return m_status; }

Q_SIGNALS:
    void openPatientRequested(const QString& patientId);
    void statusRequested(const QString& appointmentId, AppointmentStatus status);
    void cancelRequested(const QString& appointmentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_id;
    QString m_patientId;
    QLabel* m_empty;
    QWidget* m_body;
    QLabel* m_name;
    QLabel* m_when;
    QLabel* m_what;
    QLabel* m_who;
    QLabel* m_phone;
    QLabel* m_statusLabel;
    QLabel* m_notes;
    QLabel* m_risk;
    QLabel* m_override;
    QLabel* m_historyTitle;
    QListWidget* m_history;
    QPushButton* m_open;
    QPushButton* m_status;
};

} // namespace rapport
