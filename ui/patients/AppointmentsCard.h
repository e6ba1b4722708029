#pragma once

#include "common/Card.h"
#include "scheduling/NoShowRisk.h"
#include "scheduling/Scheduling.h"

#include <QList>
#include <QTimeZone>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rapport {

// A patient's appointments on their page: the ones to come (soonest first, the next one
// with its no-show risk and the reasons for it), the past ones (newest first), and how
// often the patient missed or cancelled late. Clicking an appointment asks for it to be
// shown in the book.
class AppointmentsCard : public Card
{
    Q_OBJECT

public:
    // The past appointments shown before "Show all".
    static constexpr int PastShown = 5;

    explicit AppointmentsCard(QWidget* parent = nullptr);

    // rows as AppointmentBook::forPatient gives them (newest first); nextRisk for the next
    // appointment to come, if there is one.
    void setAppointments(const QList<AppointmentRow>& rows, const AttendanceHistory& history,
                         const std::optional<NoShowRisk>& nextRisk, const QTimeZone& zone, const QDateTime& now);
    void clear();

    [[nodiscard]] const QList<AppointmentRow>& upcoming() const { return m_upcoming; }
    [[nodiscard]] const QList<AppointmentRow>& past() const { return m_past; }
    [[nodiscard]] QString historyText() const;
    [[nodiscard]] QLabel* riskBadge() const { return m_risk; }

Q_SIGNALS:
    void showAppointmentRequested(const QString& appointmentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void retranslateUi();
    [[nodiscard]] QWidget* makeRow(const AppointmentRow& row, const QString& objectName);
    [[nodiscard]] QString when(const QDateTime& utc) const;

    QList<AppointmentRow> m_upcoming;
    QList<AppointmentRow> m_past;
    AttendanceHistory m_history;
    std::optional<NoShowRisk> m_nextRisk;
    QTimeZone m_zone;
    bool m_showAllPast = false;
    QLabel* m_summary;
    QLabel* m_risk;
    QLabel* m_upcomingTitle;
    QVBoxLayout* m_upcomingRows;
    QLabel* m_pastTitle;
    QVBoxLayout* m_pastRows;
    QPushButton* m_showAll;
    QLabel* m_empty;
};

} // namespace rapport
