#include "messaging/OutboxRows.h"

#include "messaging/Outbox.h"

namespace rapport {

namespace {
template<typename T>
std::optional<T> fromKey(const QString& key, std::initializer_list<T> values, QString (*keyOf)(T))
{
    for (T v : values)
        if (keyOf(v) == key)
            return v;
    return std::nullopt;
}
} // namespace

QString OutboxRows::columns(const QString& alias)
{
    static const char* names[] = {"id", "idempotency_key", "kind", "patient_id", "appointment_id", "recall_id",
                                  "rule_id", "channel", "planned_at", "status", "skip_reason", "status_detail",
                                  "attempts", "next_attempt_at", "recipient", "subject", "sent_at", "gateway_id",
                                  "created_at", "updated_at"};
    static_assert(sizeof(names) / sizeof(names[0]) == ColumnCount);
    QStringList out;
    for (const char* n : names)
        out << (alias.isEmpty() ? QString::fromLatin1(n) : alias + QLatin1Char('.') + QLatin1String(n));
    return out.join(QStringLiteral(", "));
}

OutboxMessage OutboxRows::read(const Statement& st, int c)
{
    OutboxMessage m;
    m.id = st.text(c++);
    m.idempotencyKey = st.text(c++);
    m.kind = kindFromKey(st.text(c++)).value_or(MessageKind::Reminder);
    m.patientId = st.text(c++);
    m.appointmentId = st.text(c++);
    m.recallId = st.text(c++);
    m.ruleId = st.text(c++);
    m.channel = channelFromKey(st.text(c++)).value_or(ContactChannel::Email);
    m.plannedAt = st.dateTime(c++);
    m.status = statusFromKey(st.text(c++)).value_or(OutboxStatus::Pending);
    m.skipReason = skipReasonFromKey(st.text(c++)).value_or(SkipReason::None);
    m.statusDetail = st.text(c++);
    m.attempts = st.integer(c++);
    m.nextAttemptAt = st.dateTime(c++);
    m.recipient = st.text(c++);
    m.subject = st.text(c++);
    m.sentAt = st.dateTime(c++);
    m.gatewayId = st.text(c++);
    m.createdAt = st.dateTime(c++);
    m.updatedAt = st.dateTime(c++);
    return m;
}

std::optional<OutboxStatus> OutboxRows::statusFromKey(const QString& key)
{
    using S = OutboxStatus;
    return fromKey<S>(key, {S::Pending, S::Sending, S::Sent, S::Failed, S::Skipped, S::Cancelled, S::Interrupted},
                      &Outbox::statusKey);
}

std::optional<SkipReason> OutboxRows::skipReasonFromKey(const QString& key)
{
    using R = SkipReason;
    return fromKey<R>(key,
                      {R::None, R::NoConsent, R::NoAddress, R::QuietHours, R::OutsideSendingWindow,
                       R::AppointmentCancelled, R::AppointmentPassed, R::AppointmentConfirmed, R::RecallScheduled,
                       R::PatientInactive, R::ChannelNotConfigured, R::TooLate, R::Superseded, R::RecallClosed},
                      &Outbox::skipReasonKey);
}

std::optional<MessageKind> OutboxRows::kindFromKey(const QString& key)
{
    return fromKey<MessageKind>(key, {MessageKind::Reminder, MessageKind::Recall, MessageKind::Test},
                                &Outbox::kindKey);
}

std::optional<ContactChannel> OutboxRows::channelFromKey(const QString& key)
{
    return fromKey<ContactChannel>(key, {ContactChannel::Email, ContactChannel::Sms, ContactChannel::Letter,
                                         ContactChannel::Phone},
                                   &Outbox::channelKey);
}

} // namespace rapport
