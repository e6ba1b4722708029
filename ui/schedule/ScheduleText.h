#pragma once

#include "scheduling/NoShowRisk.h"
#include "scheduling/Scheduling.h"

#include <QColor>
#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

namespace rapport {

class WorkingCalendar;

// How the appointment book writes times, statuses and risks, so the grid, its tool tips,
// menus and dialogs say the same thing the same way.
class ScheduleText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ScheduleText)

public:
    // A local minute after midnight in the locale's short time format ("09:30").
    [[nodiscard]] static QString minute(int minuteOfDay);
    // "09:00–09:30".
    [[nodiscard]] static QString minutes(int from, int to);
    // "45 min", "1 h 30 min".
    [[nodiscard]] static QString duration(int minutes);
    // A UTC instant as the clinic's local date and time.
    [[nodiscard]] static QString dateTime(const QDateTime& utc, const WorkingCalendar& calendar);
    [[nodiscard]] static QString date(QDate date);

    [[nodiscard]] static QString statusIcon(AppointmentStatus status);
    [[nodiscard]] static QColor statusColour(AppointmentStatus status);
    // The key that sets the status on the book (C, A, S, D, N; Delete cancels).
    [[nodiscard]] static QKeySequence statusKey(AppointmentStatus status);
    // The status a key sets, for the keys above.
    [[nodiscard]] static std::optional<AppointmentStatus> statusForKey(int key);
    // "Confirm", "Mark as arrived"... for menus.
    [[nodiscard]] static QString statusAction(AppointmentStatus status);

    [[nodiscard]] static QColor riskColour(RiskLevel level);
    // "High no-show risk (34%)" followed by the reasons, one a line.
    [[nodiscard]] static QString risk(const NoShowRisk& risk, AppointmentStatus status);

    // A type or provider colour, or a calm grey when none was set.
    [[nodiscard]] static QColor colourOr(const QString& colour, const QColor& fallback);
    // The weekday mask of SlotQuery and WaitlistEntry, as "Mon, Wed, Fri" or "Any day".
    [[nodiscard]] static QString weekdays(int mask);
};

} // namespace rapport
