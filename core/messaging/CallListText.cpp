#include "messaging/CallListText.h"

#include "scheduling/NoShowRisk.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/WorkingCalendar.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace rapport::CallListText {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::CallList", text);
}

QString when(const QDateTime& start, const QTimeZone& zone)
{
    const QLocale locale;
    const QDateTime local = start.toTimeZone(zone);
    return locale.toString(local.date(), QStringLiteral("ddd ")) + locale.toString(local.date(), QLocale::ShortFormat)
        + QLatin1Char(' ') + locale.toString(local.time(), QLocale::ShortFormat);
}

} // namespace

QString appointmentReason(const QDateTime& start, const QTimeZone& zone, const QString& providerName,
                          bool askToConfirm)
{
    return (askToConfirm ? tr("Confirm %1 with %2") : tr("Remind of %1 with %2")).arg(when(start, zone), providerName);
}

QString riskReason(const QDateTime& start, const QTimeZone& zone, const QString& providerName, const NoShowRisk& risk)
{
    const QString first = appointmentReason(start, zone, providerName, true);
    if (risk.reasons.isEmpty())
        return tr("%1: high no-show risk").arg(first);
    return tr("%1: high no-show risk (%2)").arg(first, risk.reasons.first());
}

QString recallReason(QDate due, QDate today, const QString& typeName, int attempt, int maxAttempts)
{
    const QString date = QLocale().toString(due, QLocale::ShortFormat);
    const QString text = due < today ? tr("Recall overdue since %1 (%2), attempt %3 of %4")
                                     : tr("Recall due %1 (%2), attempt %3 of %4");
    return text.arg(date, typeName).arg(attempt).arg(maxAttempts);
}

Result<QDate> secondWorkingDay(Clinic& clinic, QDate today)
{
    constexpr int kLookAhead = 14;
    RAPPORT_TRY_ASSIGN(const QList<Provider> providers, ScheduleSetup(clinic).providers());
    RAPPORT_TRY_ASSIGN(const WorkingCalendar calendar,
                       WorkingCalendar::load(clinic, today.addDays(1), today.addDays(kLookAhead)));
    int open = 0;
    for (int d = 1; d <= kLookAhead; ++d) {
        const QDate date = today.addDays(d);
        if (calendar.closureOn(date))
            continue;
        const bool someoneWorks = std::any_of(providers.cbegin(), providers.cend(), [&](const Provider& p) {
            return !calendar.regularHours(p.id, date).isEmpty();
        });
        if (someoneWorks && ++open == 2)
            return date;
    }
    return today.addDays(2);
}

} // namespace rapport::CallListText
