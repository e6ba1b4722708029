// The contact chain: which step of each open recall is due today, queued in the outbox once.
#include "recalls/RecallEngine.h"

#include "common/Clock.h"
#include "messaging/Outbox.h"
#include "patients/PatientVocabulary.h"
#include "recalls/RecallRows.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"
#include "storage/Database.h"

namespace rapport {

namespace {

// The channel a step is planned on. The dispatcher chooses again by consent at sending.
ContactChannel stepChannel(const QList<RecallChainStep>& chain, int index, ContactChannel preferred)
{
    const ContactChannel usual = preferred == ContactChannel::Email || preferred == ContactChannel::Sms
            || preferred == ContactChannel::Letter
        ? preferred
        : ContactChannel::Email;
    switch (chain.at(index).channel) {
    case RecallChainStep::Call: return ContactChannel::Phone;
    case RecallChainStep::Letter: return ContactChannel::Letter;
    case RecallChainStep::Email: return ContactChannel::Email;
    case RecallChainStep::Sms: return ContactChannel::Sms;
    case RecallChainStep::Preferred: return usual;
    case RecallChainStep::Other: {
        const ContactChannel before = index == 0 ? usual : stepChannel(chain, index - 1, preferred);
        return before == ContactChannel::Email ? ContactChannel::Sms : ContactChannel::Email;
    }
    }
    return usual;
}

struct Due
{
    QString recallId;
    QString patientId;
    QString dueText;
    int step = -1;
    ContactChannel channel = ContactChannel::Email;
};

} // namespace

Result<int> RecallEngine::planContacts()
{
    Database& db = m_clinic.database();
    const QDate today = SettingsService(m_clinic).today();
    RAPPORT_TRY_ASSIGN(const TypeMap types, loadTypes());
    int earliestOffset = 0;
    for (const RecallType& t : types)
        if (t.active)
            for (const RecallChainStep& s : t.chain)
                earliestOffset = qMin(earliestOffset, s.offsetDays);
    // A step can be due for recalls due up to |earliest offset| days ahead (60 at most);
    // recalls overdue by more than a year are left to the reactivation list.
    const QDate from = today.addDays(-365);
    const QDate to = today.addDays(qMin(60, -earliestOffset));

    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    QList<Due> queue;
    {
        // One range scan of the due index; the steps already queued for this cycle are
        // read from the outbox's key index alone ("recall:<id>:<due>:<step>": the keys
        // between "...:" and "...;" end in a step number). The patient is looked up only
        // for a step still to queue, which on most runs is none.
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(
                                             "SELECT r.id, r.patient_id, r.recall_type_id, r.due_date, r.attempts,"
                                             " (SELECT group_concat(substr(o.idempotency_key,"
                                             " length(r.id) + length(r.due_date) + 10)) FROM outbox o"
                                             " WHERE o.idempotency_key > 'recall:' || r.id || ':' || r.due_date || ':'"
                                             " AND o.idempotency_key < 'recall:' || r.id || ':' || r.due_date || ';')"
                                             " FROM patient_recalls r WHERE r.due_date BETWEEN :from AND :to"
                                             " AND r.state = 'open' AND r.scheduled_appointment_id IS NULL"));
        st.bind(":from", from.toString(Qt::ISODate)).bind(":to", to.toString(Qt::ISODate));
        RAPPORT_TRY_ASSIGN(Statement patient, db.prepare("SELECT status, preferred_channel FROM patients WHERE id = :id"));
        RAPPORT_TRY(st.forEach([&](const Statement&) -> Status {
            const auto type = types.constFind(st.text(2));
            if (type == types.cend() || !type->active || type->chain.isEmpty() || st.integer(4) >= type->maxAttempts)
                return {};
            const QDate due = QDate::fromString(st.text(3), Qt::ISODate);
            if (!due.isValid())
                return {};
            int queued = -1;
            for (const QString& step : st.text(5).split(QLatin1Char(','), Qt::SkipEmptyParts))
                queued = qMax(queued, step.toInt());
            // Only the latest step that has come due: a patient found long overdue gets
            // one message, not every step they missed.
            int step = -1;
            for (qsizetype i = 0; i < type->chain.size(); ++i)
                if (due.addDays(type->chain.at(i).offsetDays) <= today)
                    step = int(i);
            if (step <= queued)
                return {};
            patient.reset();
            patient.bind(":id", st.text(1));
            RAPPORT_TRY_ASSIGN(const bool found, patient.next());
            if (!found || patient.text(0) != QLatin1String("active"))
                return {};
            const ContactChannel preferred =
                PatientVocabulary::channelFromKey(patient.text(1)).value_or(ContactChannel::None);
            queue << Due{st.text(0), st.text(1), st.text(3), step, stepChannel(type->chain, step, preferred)};
            return {};
        }));
    }
    Outbox outbox(m_clinic);
    const QDateTime now = m_clinic.clock().now();
    int added = 0;
    for (const Due& d : std::as_const(queue)) {
        OutboxDraft draft;
        draft.idempotencyKey = QStringLiteral("recall:%1:%2:%3").arg(d.recallId, d.dueText).arg(d.step);
        draft.kind = MessageKind::Recall;
        draft.patientId = d.patientId;
        draft.recallId = d.recallId;
        draft.ruleId = QStringLiteral("step-%1").arg(d.step);
        draft.channel = d.channel;
        draft.plannedAt = now;
        RAPPORT_TRY_ASSIGN(const bool isNew, outbox.enqueue(draft));
        if (isNew)
            ++added;
    }
    RAPPORT_TRY(tx.commit());
    return added;
}

} // namespace rapport
