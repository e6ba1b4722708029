#pragma once

#include "common/Error.h"
#include "messaging/Messaging.h"

#include <QDate>
#include <QDateTime>

namespace rapport {

class Clinic;

// A pending phone or letter row of the outbox with what its reason needs: the call list's
// and the letter batch's input.
struct DueContact
{
    QString outboxId;
    MessageKind kind = MessageKind::Reminder;
    QString patientId;
    QString ruleId;
    // Reminders.
    QString appointmentId;
    QDateTime appointmentStart;
    QString providerName;
    bool askToConfirm = true;
    // Recalls.
    QString recallId;
    QDate recallDue;
    QString recallTypeName;
    int recallAttempts = 0;
    int maxAttempts = 0;
};

// Reads the pending rows of one channel planned before `until`, in planned order. Rows that
// no longer need the contact (patient inactive, appointment cancelled, passed or already
// confirmed, recall booked or closed) are marked skipped with the reason, as the
// dispatcher does for e-mail and SMS, and left out. No permission check: the callers check.
[[nodiscard]] Result<QList<DueContact>> dueContacts(Clinic& clinic, ContactChannel channel, const QDateTime& until);

// Marks one pending row skipped and audits it (message.skip, the reason's key).
[[nodiscard]] Status skipContact(Clinic& clinic, const QString& outboxId, SkipReason reason);

} // namespace rapport
