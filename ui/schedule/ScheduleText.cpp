#include "schedule/ScheduleText.h"

#include "scheduling/SchedulingVocabulary.h"
#include "scheduling/WorkingCalendar.h"

#include <QLocale>
#include <QTime>

namespace rapport {

QString ScheduleText::minute(int minuteOfDay)
{
    if (minuteOfDay >= 24 * 60)
        return QLocale().toString(QTime(0, 0), QLocale::ShortFormat);
    return QLocale().toString(QTime(minuteOfDay / 60, minuteOfDay % 60), QLocale::ShortFormat);
}

QString ScheduleText::minutes(int from, int to)
{
    return tr("%1–%2").arg(minute(from), minute(to));
}

QString ScheduleText::duration(int minutes)
{
    if (minutes < 60)
        return tr("%n min", nullptr, minutes);
    if (minutes % 60 == 0)
        return tr("%n h", nullptr, minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString ScheduleText::dateTime(const QDateTime& utc, const WorkingCalendar& calendar)
{
    const QDateTime local = utc.toTimeZone(calendar.timeZone());
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString ScheduleText::date(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString ScheduleText::statusIcon(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("clock");
    case AppointmentStatus::Confirmed:
        return QStringLiteral("check-circle");
    case AppointmentStatus::Arrived:
        return QStringLiteral("user-check");
    case AppointmentStatus::InChair:
        return QStringLiteral("user");
    case AppointmentStatus::Completed:
        return QStringLiteral("shield-check");
    case AppointmentStatus::CancelledByPatient:
    case AppointmentStatus::CancelledByClinic:
    case AppointmentStatus::LateCancellation:
        return QStringLiteral("close");
    case AppointmentStatus::NoShow:
        return QStringLiteral("user-x");
    }
    return QStringLiteral("clock");
}

QColor ScheduleText::statusColour(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QColor(0x5b, 0x69, 0x70);
    case AppointmentStatus::Confirmed:
    case AppointmentStatus::Completed:
        return QColor(0x1a, 0x7f, 0x37);
    case AppointmentStatus::Arrived:
    case AppointmentStatus::InChair:
        return QColor(0x0f, 0x76, 0x6e);
    case AppointmentStatus::CancelledByPatient:
    case AppointmentStatus::CancelledByClinic:
        return QColor(0x7b, 0x8a, 0x8f);
    case AppointmentStatus::LateCancellation:
        return QColor(0xb5, 0x47, 0x08);
    case AppointmentStatus::NoShow:
        return QColor(0xb4, 0x23, 0x18);
    }
    return QColor(0x5b, 0x69, 0x70);
}

QKeySequence ScheduleText::statusKey(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Confirmed:
        return QKeySequence(Qt::Key_C);
    case AppointmentStatus::Arrived:
        return QKeySequence(Qt::Key_A);
    case AppointmentStatus::InChair:
        return QKeySequence(Qt::Key_S);
    case AppointmentStatus::Completed:
        return QKeySequence(Qt::Key_D);
    case AppointmentStatus::NoShow:
        return QKeySequence(Qt::Key_N);
    case AppointmentStatus::Booked:
        return QKeySequence(Qt::Key_B);
    case AppointmentStatus::CancelledByPatient:
    case AppointmentStatus::CancelledByClinic:
    case AppointmentStatus::LateCancellation:
        return QKeySequence(QKeySequence::Delete);
    }
    return {};
}

std::optional<AppointmentStatus> ScheduleText::statusForKey(int key)
{
    switch (key) {
    case Qt::Key_C:
        return AppointmentStatus::Confirmed;
    case Qt::Key_A:
        return AppointmentStatus::Arrived;
    case Qt::Key_S:
        return AppointmentStatus::InChair;
    case Qt::Key_D:
        return AppointmentStatus::Completed;
    case Qt::Key_N:
        return AppointmentStatus::NoShow;
    case Qt::Key_B:
        return AppointmentStatus::Booked;
    default:
        return std::nullopt;
    }
}

QString ScheduleText::statusAction(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return tr("Back to booked");
    case AppointmentStatus::Confirmed:
        return tr("Confirmed");
    case AppointmentStatus::Arrived:
        return tr("Arrived");
    case AppointmentStatus::InChair:
        return tr("In the chair");
    case AppointmentStatus::Completed:
        return tr("Completed");
    case AppointmentStatus::CancelledByPatient:
    case AppointmentStatus::CancelledByClinic:
    case AppointmentStatus::LateCancellation:
        return tr("Cancel…");
    case AppointmentStatus::NoShow:
        return tr("Did not come (no-show)");
    }
    return SchedulingVocabulary::statusName(status);
}

QColor ScheduleText::riskColour(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High:
        return QColor(0xb4, 0x23, 0x18);
    case RiskLevel::Medium:
        return QColor(0xc9, 0x7a, 0x0a);
    case RiskLevel::Low:
        break;
    }
    return QColor(0x1a, 0x7f, 0x37);
}

QString ScheduleText::risk(const NoShowRisk& risk, AppointmentStatus status)
{
    QString text = tr("%1 no-show risk (%2%)")
                       .arg(NoShowRiskModel::levelName(risk.level))
                       .arg(qRound(risk.probability * 100));
    // Once confirmed, the call has been made.
    if (risk.needsConfirmationCall() && status == AppointmentStatus::Booked)
        text += QLatin1Char('\n') + tr("Call to confirm.");
    for (const QString& reason : risk.reasons)
        text += QStringLiteral("\n• ") + reason;
    return text;
}

QColor ScheduleText::colourOr(const QString& colour, const QColor& fallback)
{
    const QColor c(colour);
    return c.isValid() ? c : fallback;
}

QString ScheduleText::weekdays(int mask)
{
    if ((mask & 0x7F) == 0x7F || mask == 0)
        return tr("Any day");
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        if (mask & (1 << (d - 1)))
            days << QLocale().dayName(d, QLocale::ShortFormat);
    return days.join(QStringLiteral(", "));
}

} // namespace rapport
