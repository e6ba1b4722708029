#include "messages/MessageText.h"

#include "common/Style.h"
#include "messaging/Dispatcher.h"
#include "messaging/Outbox.h"
#include "patients/PatientVocabulary.h"

#include <QLocale>

namespace rapport {

QString MessageText::statusIcon(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return QStringLiteral("clock");
    case OutboxStatus::Sending:
        return QStringLiteral("send");
    case OutboxStatus::Sent:
        return QStringLiteral("check-circle");
    case OutboxStatus::Failed:
        return QStringLiteral("alert-circle");
    case OutboxStatus::Skipped:
        return QStringLiteral("skip");
    case OutboxStatus::Cancelled:
        return QStringLiteral("close");
    case OutboxStatus::Interrupted:
        return QStringLiteral("alert-triangle");
    }
    return QStringLiteral("clock");
}

QColor MessageText::statusColour(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return QColor(0x1d, 0x5f, 0xa8);
    case OutboxStatus::Sending:
        return Style::accent();
    case OutboxStatus::Sent:
        return Style::success();
    case OutboxStatus::Failed:
        return Style::danger();
    case OutboxStatus::Skipped:
    case OutboxStatus::Interrupted:
        return Style::warning();
    case OutboxStatus::Cancelled:
        return Style::mutedText();
    }
    return Style::mutedText();
}

QString MessageText::statusText(const OutboxMessage& m)
{
    const QString name = Outbox::statusName(m.status);
    switch (m.status) {
    case OutboxStatus::Skipped:
        if (m.skipReason != SkipReason::None)
            return tr("%1: %2").arg(name, Outbox::skipReasonName(m.skipReason));
        break;
    case OutboxStatus::Failed:
    case OutboxStatus::Cancelled:
        if (!m.statusDetail.isEmpty())
            return tr("%1: %2").arg(name, m.statusDetail);
        break;
    case OutboxStatus::Pending:
        // A transient failure waits for its next attempt.
        if (m.attempts > 0 && !m.statusDetail.isEmpty())
            return tr("%1: will try again (%2)").arg(name, m.statusDetail);
        break;
    default:
        break;
    }
    return name;
}

QString MessageText::statusExplanation(const OutboxMessage& m)
{
    switch (m.status) {
    case OutboxStatus::Pending:
        return m.attempts > 0 ? tr("The last attempt did not get through; Rapport tries again by itself.")
                              : tr("Waiting for its time. Rapport sends it in the background.");
    case OutboxStatus::Sending:
        return tr("Being sent right now.");
    case OutboxStatus::Sent:
        return m.channel == ContactChannel::Letter ? tr("The letter was printed.")
                                                    : tr("The mail server or SMS gateway accepted it.");
    case OutboxStatus::Failed:
        return tr("Not sent. Correct the cause (the address, the channel's settings), then retry it.");
    case OutboxStatus::Skipped:
        return tr("Not sent, on purpose. Retry it if the reason no longer applies.");
    case OutboxStatus::Cancelled:
        return tr("Withdrawn by staff.");
    case OutboxStatus::Interrupted:
        return tr("Rapport stopped while sending it, so it may or may not have arrived. Retry it only when "
                  "you know the patient did not get it.");
    }
    return {};
}

QString MessageText::channelIcon(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Email:
        return QStringLiteral("mail");
    case ContactChannel::Sms:
        return QStringLiteral("message");
    case ContactChannel::Letter:
        return QStringLiteral("letter");
    case ContactChannel::Phone:
        return QStringLiteral("phone");
    case ContactChannel::None:
        break;
    }
    return QStringLiteral("info");
}

QString MessageText::channelName(ContactChannel channel)
{
    return PatientVocabulary::name(channel);
}

QList<ContactChannel> MessageText::channels()
{
    return {ContactChannel::Email, ContactChannel::Sms, ContactChannel::Letter, ContactChannel::Phone};
}

QString MessageText::dateTime(const QDateTime& utc, const QTimeZone& zone)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime(), QLocale::ShortFormat);
}

QString MessageText::counts(const QHash<OutboxStatus, int>& counts)
{
    const QLocale locale;
    QStringList parts;
    auto add = [&](OutboxStatus s, bool always) {
        const int n = counts.value(s);
        if (n == 0 && !always)
            return;
        const QString number = locale.toString(n);
        switch (s) {
        case OutboxStatus::Pending:
            parts << tr("%1 waiting").arg(number);
            break;
        case OutboxStatus::Sending:
            parts << tr("%1 sending").arg(number);
            break;
        case OutboxStatus::Sent:
            parts << tr("%1 sent").arg(number);
            break;
        case OutboxStatus::Failed:
            parts << tr("%1 failed").arg(number);
            break;
        case OutboxStatus::Skipped:
            parts << tr("%1 skipped").arg(number);
            break;
        case OutboxStatus::Cancelled:
            parts << tr("%1 cancelled").arg(number);
            break;
        case OutboxStatus::Interrupted:
            parts << tr("%1 interrupted").arg(number);
            break;
        }
    };
    add(OutboxStatus::Pending, true);
    add(OutboxStatus::Sending, false);
    add(OutboxStatus::Sent, true);
    add(OutboxStatus::Failed, true);
    add(OutboxStatus::Skipped, true);
    add(OutboxStatus::Interrupted, false);
    add(OutboxStatus::Cancelled, false);
    return parts.join(QStringLiteral(" · "));
}

QString MessageText::report(const DispatchReport& r)
{
    QStringList parts;
    if (r.sent > 0)
        parts << tr("%n sent", nullptr, r.sent);
    if (r.retrying > 0)
        parts << tr("%n will be tried again", nullptr, r.retrying);
    if (r.failed > 0)
        parts << tr("%n failed", nullptr, r.failed);
    if (r.skipped > 0)
        parts << tr("%n skipped", nullptr, r.skipped);
    if (r.interrupted > 0)
        parts << tr("%n found interrupted", nullptr, r.interrupted);
    if (parts.isEmpty() && !r.problems.isEmpty()) // waiting for a channel to be set up
        return r.planned > 0 ? tr("%n planned; nothing was sent.", nullptr, r.planned) : tr("Nothing was sent.");
    if (parts.isEmpty())
        return r.planned > 0 ? tr("%n planned; nothing was due yet.", nullptr, r.planned) : tr("Nothing was due.");
    QString text = parts.join(QStringLiteral(", "));
    if (r.planned > 0)
        text += QStringLiteral("; ") + tr("%n planned", nullptr, r.planned);
    return text + QLatin1Char('.');
}

QString MessageText::before(int minutes)
{
    if (minutes <= 0)
        return tr("at the time");
    // "48 hours" is how clinics say it; a week is "7 days".
    if (minutes % 60 == 0 && minutes <= 48 * 60)
        return tr("%n hours", nullptr, minutes / 60);
    if (minutes % (24 * 60) == 0)
        return tr("%n days", nullptr, minutes / (24 * 60));
    if (minutes % 60 == 0) {
        const int hours = minutes / 60;
        if (hours > 24)
            return tr("%1 and %2").arg(tr("%n days", nullptr, hours / 24), tr("%n hours", nullptr, hours % 24));
        return tr("%n hours", nullptr, hours);
    }
    return tr("%n minutes", nullptr, minutes);
}

} // namespace rapport
