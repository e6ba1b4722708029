#pragma once

#include "common/Error.h"
#include "messaging/Messaging.h"

#include <QHash>

namespace rapport {

class Clinic;

struct OutboxDraft
{
    QString idempotencyKey;
    MessageKind kind = MessageKind::Reminder;
    QString patientId;
    QString appointmentId;
    QString recallId;
    QString ruleId;
    ContactChannel channel = ContactChannel::Email;
    QDateTime plannedAt;
};

// The outbox of DESIGN.md. Rows are only ever added inside the caller's transaction (the
// reason for the message is written in the same one) and never deleted.
class Outbox
{
public:
    explicit Outbox(Clinic& clinic);

    // Adds the message unless one with the same idempotency key exists. true when added.
    // Runs in the caller's transaction; no permission check (the caller has checked its own).
    [[nodiscard]] Result<bool> enqueue(const OutboxDraft& draft);

    // Needs SendMessages (or WorkRecalls for a patient's own rows).
    [[nodiscard]] Result<QList<OutboxRow>> list(const OutboxQuery& query);
    [[nodiscard]] Result<OutboxRow> get(const QString& id);
    [[nodiscard]] Result<QHash<OutboxStatus, int>> counts(const QDateTime& from, const QDateTime& to);

    // A failed, skipped, interrupted or cancelled message goes back to pending, due now.
    [[nodiscard]] Status retry(const QString& id);
    // A pending message is withdrawn by staff.
    [[nodiscard]] Status cancel(const QString& id, const QString& reason = {});

    [[nodiscard]] static QString statusKey(OutboxStatus status);
    [[nodiscard]] static QString statusName(OutboxStatus status); // translated
    [[nodiscard]] static QString skipReasonKey(SkipReason reason);
    [[nodiscard]] static QString skipReasonName(SkipReason reason); // translated
    [[nodiscard]] static QString kindKey(MessageKind kind);
    [[nodiscard]] static QString kindName(MessageKind kind);
    [[nodiscard]] static QString channelKey(ContactChannel channel); // "email", "sms", "letter", "phone"

private:
    Clinic& m_clinic;
};

} // namespace rapport
