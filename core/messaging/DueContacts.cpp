#include "messaging/DueContacts.h"

#include "common/Clock.h"
#include "messaging/Outbox.h"
#include "scheduling/Scheduling.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/Clinic.h"

namespace rapport {

Result<QList<DueContact>> dueContacts(Clinic& clinic, ContactChannel channel, const QDateTime& until)
{
    Database& db = clinic.database();
    const QDateTime now = clinic.clock().now();
    QList<DueContact> out;
    QList<std::pair<QString, SkipReason>> stale;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(
                                             "SELECT o.id, o.kind, o.patient_id, o.appointment_id, o.recall_id,"
                                             " p.status, a.start_at, a.status, pv.name, coalesce(rr.ask_to_confirm, 1),"
                                             " r.due_date, r.attempts, r.state, r.scheduled_appointment_id, t.name,"
                                             " t.max_attempts, o.rule_id"
                                             " FROM outbox o"
                                             " LEFT JOIN patients p ON p.id = o.patient_id"
                                             " LEFT JOIN appointments a ON a.id = o.appointment_id"
                                             " LEFT JOIN providers pv ON pv.id = a.provider_id"
                                             " LEFT JOIN reminder_rules rr ON rr.id = o.rule_id AND o.kind = 'reminder'"
                                             " LEFT JOIN patient_recalls r ON r.id = o.recall_id"
                                             " LEFT JOIN recall_types t ON t.id = r.recall_type_id"
                                             " WHERE o.status = 'pending' AND o.channel = :channel AND o.planned_at < :until"
                                             " AND (o.next_attempt_at IS NULL OR o.next_attempt_at < :until)"
                                             " AND o.kind IN ('reminder', 'recall') AND o.patient_id IS NOT NULL"
                                             " ORDER BY o.planned_at, o.local_id"));
        st.bind(":channel", Outbox::channelKey(channel)).bind(":until", until.toUTC());
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            DueContact c;
            c.outboxId = st.text(0);
            c.kind = st.text(1) == Outbox::kindKey(MessageKind::Recall) ? MessageKind::Recall : MessageKind::Reminder;
            c.patientId = st.text(2);
            c.ruleId = st.text(16);
            if (st.text(5) != QLatin1String("active")) {
                stale << std::pair(c.outboxId, SkipReason::PatientInactive);
                return;
            }
            if (c.kind == MessageKind::Reminder) {
                c.appointmentId = st.text(3);
                c.appointmentStart = st.dateTime(6);
                c.providerName = st.text(8);
                c.askToConfirm = st.boolean(9);
                const auto status = SchedulingVocabulary::statusFromKey(st.text(7));
                if (!status || !holdsTime(*status)) {
                    stale << std::pair(c.outboxId, SkipReason::AppointmentCancelled);
                    return;
                }
                if ((*status != AppointmentStatus::Booked && *status != AppointmentStatus::Confirmed)
                    || c.appointmentStart <= now) {
                    stale << std::pair(c.outboxId, SkipReason::AppointmentPassed);
                    return;
                }
                // Asking someone to confirm what they have confirmed already helps nobody.
                if (*status == AppointmentStatus::Confirmed && c.askToConfirm && channel == ContactChannel::Phone) {
                    stale << std::pair(c.outboxId, SkipReason::AppointmentConfirmed);
                    return;
                }
            } else {
                c.recallId = st.text(4);
                if (st.isNull(10) || st.text(12) != QLatin1String("open")) {
                    stale << std::pair(c.outboxId, SkipReason::RecallClosed);
                    return;
                }
                if (!st.isNull(13)) {
                    stale << std::pair(c.outboxId, SkipReason::RecallScheduled);
                    return;
                }
                c.recallDue = QDate::fromString(st.text(10), Qt::ISODate);
                c.recallAttempts = st.integer(11);
                c.recallTypeName = st.text(14);
                c.maxAttempts = st.integer(15);
            }
            out << c;
        }));
    }
    if (!stale.isEmpty()) {
        RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
        for (const auto& [id, reason] : std::as_const(stale))
            RAPPORT_TRY(skipContact(clinic, id, reason));
        RAPPORT_TRY(tx.commit());
    }
    return out;
}

Status skipContact(Clinic& clinic, const QString& outboxId, SkipReason reason)
{
    Database& db = clinic.database();
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE outbox SET status = 'skipped', skip_reason = :r,"
                                                " updated_at = :now WHERE id = :id AND status = 'pending'"));
    st.bind(":r", Outbox::skipReasonKey(reason)).bind(":now", clinic.clock().now()).bind(":id", outboxId);
    RAPPORT_TRY(st.exec());
    if (db.lastChanges() == 0)
        return {};
    return clinic.record(QStringLiteral("message.skip"), QStringLiteral("outbox"), outboxId, Outbox::skipReasonKey(reason));
}

} // namespace rapport
