#include "recalls/RecallText.h"

#include "common/Style.h"

#include <QKeySequence>
#include <QLocale>

namespace rapport {

QString RecallText::shortDate(QDate date, QDate today)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (date.year() == today.year())
        return locale.toString(date, QStringLiteral("d MMM"));
    return locale.toString(date, QLocale::ShortFormat);
}

QString RecallText::shortDateTime(const QDateTime& utc, const QTimeZone& zone, QDate today)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
    return tr("%1 %2").arg(shortDate(local.date(), today),
                           QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString RecallText::byChannel(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Sms:
        return tr("by SMS");
    case ContactChannel::Email:
        return tr("by e-mail");
    case ContactChannel::Letter:
        return tr("by letter");
    case ContactChannel::Phone:
        return tr("by phone");
    case ContactChannel::None:
        break;
    }
    return {};
}

QString RecallText::due(QDate due, QDate today)
{
    if (!due.isValid())
        return {};
    const QString date = QLocale().toString(due, QLocale::ShortFormat);
    if (due == today)
        return tr("%1 · today").arg(date);
    if (due < today) {
        const int days = int(due.daysTo(today));
        if (days == 1)
            return tr("%1 · overdue by 1 day").arg(date);
        if (days < 60)
            return tr("%1 · overdue by %n days", nullptr, days).arg(date);
        // Long overdue: whole months are easier to read than hundreds of days.
        int months = (today.year() - due.year()) * 12 + today.month() - due.month();
        if (today.day() < due.day())
            --months;
        return tr("%1 · overdue by %n months", nullptr, months).arg(date);
    }
    return date;
}

QString RecallText::state(const RecallRow& row, QDate today, const QTimeZone& zone)
{
    const PatientRecall& r = row.recall;
    QString text;
    switch (row.state) {
    case RecallState::NotContacted:
        text = tr("Not contacted");
        break;
    case RecallState::Contacted: {
        text = tr("Contacted %1×").arg(r.attempts);
        if (r.lastContactAt.isValid()) {
            const QDate day = zone.isValid() ? r.lastContactAt.toTimeZone(zone).date() : r.lastContactAt.date();
            const QString by = byChannel(r.lastContactChannel);
            text += QStringLiteral(" · ")
                    + (by.isEmpty() ? tr("last %1").arg(shortDate(day, today))
                                    : tr("last %1 %2").arg(shortDate(day, today), by));
        }
        break;
    }
    case RecallState::Scheduled:
        text = r.scheduledStart.isValid() ? tr("Scheduled for %1").arg(shortDateTime(r.scheduledStart, zone, today))
                                          : tr("Scheduled");
        break;
    case RecallState::Declined:
        text = r.stateReason.isEmpty() ? tr("Declined") : tr("Declined: %1").arg(r.stateReason);
        break;
    case RecallState::Inactive:
        text = r.stateReason.isEmpty() ? tr("Inactive") : tr("Inactive: %1").arg(r.stateReason);
        break;
    }
    if (row.needsReactivation)
        text += QStringLiteral(" · ") + tr("attempts used");
    return text;
}

QString RecallText::stateTip(const RecallRow& row, int maxAttempts)
{
    QStringList lines;
    const PatientRecall& r = row.recall;
    if (maxAttempts > 0)
        lines << tr("Contacts in this cycle: %1 of %2").arg(r.attempts).arg(maxAttempts);
    if (!r.stateReason.isEmpty())
        lines << tr("Reason: %1").arg(r.stateReason);
    if (row.needsReactivation)
        lines << tr("Every contact of this cycle was tried. Call or write once more, or mark the recall inactive.");
    if (row.state == RecallState::Declined || row.state == RecallState::Inactive)
        lines << tr("Reactivate the recall when the patient wants to be reminded again.");
    return lines.join(QLatin1Char('\n'));
}

QColor RecallText::stateColour(const RecallRow& row)
{
    if (row.needsReactivation)
        return Style::warning();
    switch (row.state) {
    case RecallState::Scheduled:
        return Style::success();
    case RecallState::Declined:
    case RecallState::Inactive:
        return Style::mutedText();
    case RecallState::NotContacted:
    case RecallState::Contacted:
        break;
    }
    return {};
}

QString RecallText::interval(int months, int days)
{
    QString m;
    if (months > 0)
        m = months == 12 ? tr("1 year")
            : months % 12 == 0 ? tr("%n years", nullptr, months / 12)
            : months == 1 ? tr("1 month")
                          : tr("%n months", nullptr, months);
    const QString d = days == 1 ? tr("1 day") : days > 1 ? tr("%n days", nullptr, days) : QString();
    if (!m.isEmpty() && !d.isEmpty())
        return tr("%1 and %2").arg(m, d);
    return m.isEmpty() ? d : m;
}

QString RecallText::chainChannel(RecallChainStep::Channel channel)
{
    switch (channel) {
    case RecallChainStep::Preferred:
        return tr("Preferred channel");
    case RecallChainStep::Other:
        return tr("Another channel");
    case RecallChainStep::Email:
        return tr("E-mail");
    case RecallChainStep::Sms:
        return tr("SMS");
    case RecallChainStep::Letter:
        return tr("Letter");
    case RecallChainStep::Call:
        return tr("Phone call (call list)");
    }
    return {};
}

QList<RecallChainStep::Channel> RecallText::chainChannels()
{
    return {RecallChainStep::Preferred, RecallChainStep::Other, RecallChainStep::Email,
            RecallChainStep::Sms,       RecallChainStep::Letter, RecallChainStep::Call};
}

QString RecallText::offset(int days)
{
    if (days == 0)
        return tr("on the due date");
    const int n = qAbs(days);
    const QString span = n == 7 ? tr("1 week")
                         : n % 7 == 0 ? tr("%n weeks", nullptr, n / 7)
                         : n == 1 ? tr("1 day")
                                  : tr("%n days", nullptr, n);
    return days < 0 ? tr("%1 before the due date").arg(span) : tr("%1 after the due date").arg(span);
}

QList<CallOutcome> RecallText::outcomes()
{
    return {CallOutcome::Reached,  CallOutcome::LeftMessage, CallOutcome::NoAnswer,
            CallOutcome::WrongNumber, CallOutcome::Declined, CallOutcome::Booked};
}

int RecallText::outcomeKey(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached:
        return Qt::Key_R;
    case CallOutcome::LeftMessage:
        return Qt::Key_M;
    case CallOutcome::NoAnswer:
        return Qt::Key_N;
    case CallOutcome::WrongNumber:
        return Qt::Key_W;
    case CallOutcome::Declined:
        return Qt::Key_D;
    case CallOutcome::Booked:
        return Qt::Key_B;
    }
    return 0;
}

QString RecallText::outcomeKeyText(CallOutcome outcome)
{
    return QKeySequence(outcomeKey(outcome)).toString(QKeySequence::NativeText);
}

std::optional<CallOutcome> RecallText::outcomeForKey(int key)
{
    for (CallOutcome o : outcomes())
        if (outcomeKey(o) == key)
            return o;
    return std::nullopt;
}

QString RecallText::outcomeWords(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached:
        return tr("reached");
    case CallOutcome::LeftMessage:
        return tr("left a message");
    case CallOutcome::NoAnswer:
        return tr("no answer");
    case CallOutcome::WrongNumber:
        return tr("wrong number");
    case CallOutcome::Declined:
        return tr("declined");
    case CallOutcome::Booked:
        return tr("booked");
    }
    return {};
}

QString RecallText::outcomeIcon(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached:
        return QStringLiteral("check-circle");
    case CallOutcome::LeftMessage:
        return QStringLiteral("message");
    case CallOutcome::NoAnswer:
        return QStringLiteral("phone");
    case CallOutcome::WrongNumber:
        return QStringLiteral("alert-triangle");
    case CallOutcome::Declined:
        return QStringLiteral("close");
    case CallOutcome::Booked:
        return QStringLiteral("calendar");
    }
    return {};
}

} // namespace rapport
