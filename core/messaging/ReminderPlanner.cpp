#include "messaging/ReminderPlanner.h"

#include "common/Clock.h"
#include "messaging/Outbox.h"
#include "messaging/OutboxRows.h"
#include "messaging/ReminderRules.h"
#include "recalls/RecallService.h"
#include "scheduling/Scheduling.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/Clinic.h"

#include <QHash>

namespace rapport {

namespace {
// A reminder that can no longer go out this long before the start is not worth sending.
constexpr qint64 kUsefulBeforeSecs = 2 * 3600;

QString reminderKey(const QString& appointmentId, const QString& ruleId, const QDateTime& nominal)
{
    return QStringLiteral("reminder:%1:%2:%3").arg(appointmentId, ruleId).arg(nominal.toMSecsSinceEpoch());
}

// The rule's channel that the dispatcher will start from: the first e-mail or SMS one,
// so that the dispatcher (which takes only those) chooses among all of the rule's
// channels at sending. A rule of letters or calls only goes to the batch or the list.
ContactChannel plannedChannel(const ReminderRule& rule)
{
    for (ContactChannel c : rule.channels)
        if (c == ContactChannel::Email || c == ContactChannel::Sms)
            return c;
    return rule.channels.isEmpty() ? ContactChannel::Email : rule.channels.first();
}

class Planning
{
public:
    explicit Planning(Clinic& clinic)
        : m_clinic(clinic)
        , m_now(clinic.clock().now())
    {
    }

    int added = 0;

    Status withdraw(const QList<OutboxMessage>& rows, SkipReason reason)
    {
        for (const OutboxMessage& m : rows)
            if (m.status == OutboxStatus::Pending)
                RAPPORT_TRY(skip(m.id, reason));
        return {};
    }

    Status plan(const Appointment& a, const QList<ReminderRule>& rules, const QList<OutboxMessage>& rows)
    {
        // Reminders are planned in real elapsed time: start minus the rule's minutes, in UTC.
        // "48 hours before" 09:00 local on the Monday after a daylight-saving change is 48
        // real hours before (08:00 or 10:00 local on the Saturday), and "7 days before" is
        // 7 * 24 real hours, so the local clock time of the reminder moves by the hour the
        // clocks moved. The rule says how long before, not at which local time.
        const bool stillUseful = m_now.secsTo(a.start) > kUsefulBeforeSecs;
        for (const ReminderRule& rule : rules) {
            if (!ReminderRules::appliesTo(rule, a.typeId) || rule.channels.isEmpty())
                continue;
            const QDateTime nominal = a.start.addSecs(-qint64(rule.minutesBefore) * 60);
            const QString key = reminderKey(a.id, rule.id, nominal);
            const QDateTime effective = nominal > m_now ? nominal : (stillUseful ? m_now : QDateTime());
            bool keyTaken = false;
            bool anyForRule = false;
            QList<OutboxMessage> movable;
            for (const OutboxMessage& m : rows) {
                if (m.ruleId != rule.id)
                    continue;
                anyForRule = true;
                if (m.idempotencyKey == key) {
                    keyTaken = true;
                    // Withdrawn because the appointment seemed to have passed (arrived by
                    // mistake): it holds time again, so the reminder comes back.
                    if (m.status == OutboxStatus::Skipped && m.skipReason == SkipReason::AppointmentPassed
                        && effective.isValid())
                        RAPPORT_TRY(restore(m, key, effective));
                } else if (m.status == OutboxStatus::Pending
                           || (m.status == OutboxStatus::Skipped && m.skipReason == SkipReason::AppointmentPassed)) {
                    movable << m;
                }
            }
            // A moved appointment takes its pending reminders along, keeping their rows.
            for (const OutboxMessage& m : movable) {
                if (keyTaken) {
                    if (m.status == OutboxStatus::Pending)
                        RAPPORT_TRY(skip(m.id, SkipReason::Superseded));
                } else if (!effective.isValid()) {
                    if (m.status == OutboxStatus::Pending)
                        RAPPORT_TRY(skip(m.id, SkipReason::TooLate));
                } else {
                    RAPPORT_TRY(restore(m, key, effective));
                    keyTaken = true;
                }
            }
            if (keyTaken)
                continue;
            // A new booking gets the reminders that are still ahead; after a move, one that
            // went out for the old time is sent again now for the new time while it helps.
            QDateTime planned;
            if (nominal > m_now)
                planned = nominal;
            else if (anyForRule && stillUseful)
                planned = m_now;
            if (!planned.isValid())
                continue;
            OutboxDraft draft;
            draft.idempotencyKey = key;
            draft.kind = MessageKind::Reminder;
            draft.patientId = a.patientId;
            draft.appointmentId = a.id;
            draft.ruleId = rule.id;
            draft.channel = plannedChannel(rule);
            draft.plannedAt = planned;
            RAPPORT_TRY_ASSIGN(const bool inserted, Outbox(m_clinic).enqueue(draft));
            if (inserted)
                ++added;
        }
        return {};
    }

    Status apply(const Appointment& a, const QList<ReminderRule>& rules, const QList<OutboxMessage>& rows)
    {
        switch (a.status) {
        case AppointmentStatus::Booked:
        case AppointmentStatus::Confirmed:
            return plan(a, rules, rows);
        case AppointmentStatus::Arrived:
        case AppointmentStatus::InChair:
        case AppointmentStatus::Completed:
            return withdraw(rows, SkipReason::AppointmentPassed);
        case AppointmentStatus::CancelledByPatient:
        case AppointmentStatus::CancelledByClinic:
        case AppointmentStatus::LateCancellation:
        case AppointmentStatus::NoShow:
            return withdraw(rows, SkipReason::AppointmentCancelled);
        }
        return {};
    }

private:
    Status skip(const QString& id, SkipReason reason)
    {
        RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                             "UPDATE outbox SET status = 'skipped', skip_reason = :r, updated_at = :now"
                                             " WHERE id = :id AND status = 'pending'"));
        st.bind(":r", Outbox::skipReasonKey(reason)).bind(":now", m_now).bind(":id", id);
        RAPPORT_TRY(st.exec());
        if (m_clinic.database().lastChanges() == 0)
            return {};
        return m_clinic.record(QStringLiteral("message.skip"), QStringLiteral("outbox"), id, Outbox::skipReasonKey(reason));
    }

    Status restore(const OutboxMessage& m, const QString& key, const QDateTime& plannedAt)
    {
        RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                             "UPDATE outbox SET idempotency_key = :key, planned_at = :planned,"
                                             " status = 'pending', skip_reason = '', next_attempt_at = NULL,"
                                             " updated_at = :now WHERE id = :id AND status IN ('pending', 'skipped')"));
        st.bind(":key", key).bind(":planned", plannedAt).bind(":now", m_now).bind(":id", m.id);
        return st.exec();
    }

    Clinic& m_clinic;
    QDateTime m_now;
};

Result<QList<OutboxMessage>> remindersOf(Database& db, const QString& appointmentId)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + OutboxRows::columns()
                                                + QStringLiteral(" FROM outbox o WHERE o.appointment_id = :a"
                                                                 " AND o.kind = 'reminder' ORDER BY o.local_id")));
    st.bind(":a", appointmentId);
    QList<OutboxMessage> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) { out << OutboxRows::read(st); }));
    return out;
}
} // namespace

ReminderPlanner::ReminderPlanner(Clinic& clinic)
    : m_clinic(clinic)
{
}

Status ReminderPlanner::appointmentChanged(const Appointment& appointment)
{
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(const QList<OutboxMessage> rows, remindersOf(db, appointment.id));
    Planning planning(m_clinic);
    if (holdsTime(appointment.status) && appointment.status != AppointmentStatus::Arrived
        && appointment.status != AppointmentStatus::InChair && appointment.status != AppointmentStatus::Completed) {
        RAPPORT_TRY_ASSIGN(const QList<ReminderRule> rules, ReminderRules::load(db, false));
        RAPPORT_TRY(planning.apply(appointment, rules, rows));
    } else {
        RAPPORT_TRY(planning.apply(appointment, {}, rows));
    }
    return tx.commit();
}

Result<int> ReminderPlanner::planRange(const QDateTime& from, const QDateTime& to)
{
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(const QList<ReminderRule> rules, ReminderRules::load(db, false));
    if (rules.isEmpty())
        return 0;
    QHash<QString, QList<OutboxMessage>> existing;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + OutboxRows::columns()
                                                    + QStringLiteral(" FROM appointments a JOIN outbox o"
                                                                     " ON o.appointment_id = a.id AND o.kind = 'reminder'"
                                                                     " WHERE a.start_at >= :from AND a.start_at < :to"
                                                                     " ORDER BY o.local_id")));
        st.bind(":from", from.toUTC()).bind(":to", to.toUTC());
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            OutboxMessage m = OutboxRows::read(st);
            existing[m.appointmentId] << m;
        }));
    }
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, patient_id, type_id, start_at, end_at, status FROM appointments"
                                                " WHERE start_at >= :from AND start_at < :to AND holds_time = 1"
                                                " AND status IN (:booked, :confirmed) ORDER BY start_at"));
    st.bind(":from", from.toUTC()).bind(":to", to.toUTC());
    st.bind(":booked", SchedulingVocabulary::statusKey(AppointmentStatus::Booked));
    st.bind(":confirmed", SchedulingVocabulary::statusKey(AppointmentStatus::Confirmed));
    QList<Appointment> appointments;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        Appointment a;
        a.id = st.text(0);
        a.patientId = st.text(1);
        a.typeId = st.text(2);
        a.start = st.dateTime(3);
        a.end = st.dateTime(4);
        a.status = SchedulingVocabulary::statusFromKey(st.text(5)).value_or(AppointmentStatus::Booked);
        appointments << a;
    }));
    st = Statement();
    Planning planning(m_clinic);
    for (const Appointment& a : appointments)
        RAPPORT_TRY(planning.apply(a, rules, existing.value(a.id)));
    RAPPORT_TRY(tx.commit());
    return planning.added;
}

Status appointmentWritten(Clinic& clinic, const Appointment& appointment)
{
    RAPPORT_TRY(ReminderPlanner(clinic).appointmentChanged(appointment));
    return RecallService(clinic).appointmentChanged(appointment);
}

} // namespace rapport
