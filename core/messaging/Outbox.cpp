#include "messaging/Outbox.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "messaging/OutboxRows.h"
#include "security/Clinic.h"

#include <QCoreApplication>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::Outbox", text);
}

// Binds a list of keys as :prefix0, :prefix1 ... and returns "(:prefix0, :prefix1)".
template<typename T>
QString inList(const QString& prefix, const QList<T>& values, QList<std::pair<QByteArray, QString>>& binds,
               QString (*keyOf)(T))
{
    QStringList names;
    for (int i = 0; i < values.size(); ++i) {
        const QString name = QStringLiteral(":%1%2").arg(prefix).arg(i);
        names << name;
        binds.append({name.toLatin1(), keyOf(values.at(i))});
    }
    return QLatin1Char('(') + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

const char* kRowJoins = " FROM outbox o LEFT JOIN patients p ON p.id = o.patient_id"
                        " LEFT JOIN appointments a ON a.id = o.appointment_id"
                        " LEFT JOIN reminder_rules r ON r.id = o.rule_id AND o.kind = 'reminder'"
                        " LEFT JOIN patient_recalls pr ON pr.id = o.recall_id"
                        " LEFT JOIN recall_types rt ON rt.id = pr.recall_type_id";

QString rowSelect()
{
    return QStringLiteral("SELECT ") + OutboxRows::columns()
        + QStringLiteral(", p.given_name, p.family_name, p.preferred_name, a.start_at, coalesce(r.name, rt.name, '')")
        + QLatin1String(kRowJoins);
}

OutboxRow readRow(const Statement& st)
{
    OutboxRow row;
    row.message = OutboxRows::read(st);
    int c = OutboxRows::ColumnCount;
    Patient p;
    p.givenName = st.text(c++);
    p.familyName = st.text(c++);
    p.preferredName = st.text(c++);
    row.patientName = p.displayName();
    row.appointmentStart = st.dateTime(c++);
    row.ruleName = st.text(c++);
    if (row.message.kind == MessageKind::Test)
        row.ruleName = Outbox::kindName(MessageKind::Test);
    return row;
}
} // namespace

Outbox::Outbox(Clinic& clinic)
    : m_clinic(clinic)
{
}

Result<bool> Outbox::enqueue(const OutboxDraft& draft)
{
    if (draft.idempotencyKey.isEmpty() || !draft.plannedAt.isValid() || channelKey(draft.channel).isEmpty())
        return fail(ErrorCode::Internal, tr("A message could not be queued."), QStringLiteral("incomplete outbox draft"));
    Database& db = m_clinic.database();
    // One statement, atomic on its own and inside the caller's transaction. No savepoint:
    // SQLite keeps a released savepoint's journal in memory until the outer transaction
    // ends, which grew to a gigabyte when a first run queued 30,000 recall contacts.
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(
                                         "INSERT OR IGNORE INTO outbox (id, idempotency_key, kind, patient_id,"
                                         " appointment_id, recall_id, rule_id, channel, planned_at, status, created_at,"
                                         " created_by, updated_at) VALUES (:id, :key, :kind, :patient, :appointment,"
                                         " :recall, :rule, :channel, :planned, 'pending', :now, :by, :now)"));
    const QDateTime now = m_clinic.clock().now();
    st.bind(":id", Uuid::create(now.toMSecsSinceEpoch()));
    st.bind(":key", draft.idempotencyKey);
    st.bind(":kind", kindKey(draft.kind));
    st.bindOrNull(":patient", draft.patientId);
    st.bindOrNull(":appointment", draft.appointmentId);
    st.bindOrNull(":recall", draft.recallId);
    st.bind(":rule", draft.ruleId);
    st.bind(":channel", channelKey(draft.channel));
    st.bind(":planned", draft.plannedAt.toUTC());
    st.bind(":now", now);
    st.bindOrNull(":by", m_clinic.session().userId);
    RAPPORT_TRY(st.exec());
    return db.lastChanges() > 0;
}

Result<QList<OutboxRow>> Outbox::list(const OutboxQuery& query)
{
    if (query.patientId.isEmpty() || !m_clinic.session().can(Permission::WorkRecalls))
        RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    QString sql = rowSelect() + QStringLiteral(" WHERE 1");
    QList<std::pair<QByteArray, QString>> binds;
    if (query.from.isValid())
        sql += QStringLiteral(" AND o.planned_at >= :from");
    if (query.to.isValid())
        sql += QStringLiteral(" AND o.planned_at < :to");
    if (!query.patientId.isEmpty())
        sql += QStringLiteral(" AND o.patient_id = :patient");
    if (!query.statuses.isEmpty())
        sql += QStringLiteral(" AND o.status IN ") + inList(QStringLiteral("s"), query.statuses, binds, &statusKey);
    if (!query.channels.isEmpty())
        sql += QStringLiteral(" AND o.channel IN ") + inList(QStringLiteral("c"), query.channels, binds, &channelKey);
    if (!query.kinds.isEmpty())
        sql += QStringLiteral(" AND o.kind IN ") + inList(QStringLiteral("k"), query.kinds, binds, &kindKey);
    sql += QStringLiteral(" ORDER BY o.planned_at DESC, o.local_id DESC LIMIT :limit");
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(sql));
    if (query.from.isValid())
        st.bind(":from", query.from.toUTC());
    if (query.to.isValid())
        st.bind(":to", query.to.toUTC());
    if (!query.patientId.isEmpty())
        st.bind(":patient", query.patientId);
    for (const auto& [name, value] : binds)
        st.bind(name.constData(), value);
    st.bind(":limit", query.limit > 0 ? query.limit : 2000);
    QList<OutboxRow> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) { out << readRow(st); }));
    return out;
}

Result<OutboxRow> Outbox::get(const QString& id)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(rowSelect() + QStringLiteral(" WHERE o.id = :id")));
    st.bind(":id", id);
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found)
        return fail(ErrorCode::NotFound, tr("This message is not in the outbox."), id);
    return readRow(st);
}

Result<QHash<OutboxStatus, int>> Outbox::counts(const QDateTime& from, const QDateTime& to)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    QString sql = QStringLiteral("SELECT status, count(*) FROM outbox WHERE 1");
    if (from.isValid())
        sql += QStringLiteral(" AND planned_at >= :from");
    if (to.isValid())
        sql += QStringLiteral(" AND planned_at < :to");
    sql += QStringLiteral(" GROUP BY status");
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(sql));
    if (from.isValid())
        st.bind(":from", from.toUTC());
    if (to.isValid())
        st.bind(":to", to.toUTC());
    QHash<OutboxStatus, int> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        if (const auto s = OutboxRows::statusFromKey(st.text(0)))
            out[*s] += st.integer(1);
    }));
    return out;
}

Status Outbox::retry(const QString& id)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(const OutboxRow row, get(id));
    const OutboxStatus s = row.message.status;
    if (s != OutboxStatus::Failed && s != OutboxStatus::Skipped && s != OutboxStatus::Interrupted
        && s != OutboxStatus::Cancelled)
        return fail(ErrorCode::InvalidInput,
                    tr("Only a failed, skipped, interrupted or cancelled message can be sent again. This one is “%1”.")
                        .arg(statusName(s)));
    // A fresh start: the attempts count again from zero, and the message is checked again
    // (consent, address, quiet hours) when the dispatcher next takes it.
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(
                                         "UPDATE outbox SET status = 'pending', skip_reason = '', status_detail = '',"
                                         " attempts = 0, next_attempt_at = :now, claim_token = NULL, claim_until = NULL,"
                                         " updated_at = :now WHERE id = :id AND status = :old"));
    st.bind(":now", m_clinic.clock().now()).bind(":id", id).bind(":old", statusKey(s));
    RAPPORT_TRY(st.exec());
    if (db.lastChanges() == 0)
        return fail(ErrorCode::Conflict, tr("This message changed in the meantime. Refresh the list and try again."));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("message.retry"), QStringLiteral("outbox"), id, statusKey(s)));
    return tx.commit();
}

Status Outbox::cancel(const QString& id, const QString& reason)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::SendMessages));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(const OutboxRow row, get(id));
    if (row.message.status != OutboxStatus::Pending)
        return fail(ErrorCode::InvalidInput,
                    tr("Only a message waiting to be sent can be cancelled. This one is “%1”.")
                        .arg(statusName(row.message.status)));
    const QString why = reason.simplified();
    if (why.size() > 500)
        return fail(ErrorCode::InvalidInput, tr("The reason can be up to 500 characters long."));
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(
                                         "UPDATE outbox SET status = 'cancelled', status_detail = :why, updated_at = :now"
                                         " WHERE id = :id AND status = 'pending'"));
    st.bind(":why", why).bind(":now", m_clinic.clock().now()).bind(":id", id);
    RAPPORT_TRY(st.exec());
    if (db.lastChanges() == 0)
        return fail(ErrorCode::Conflict, tr("This message changed in the meantime. Refresh the list and try again."));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("message.cancel"), QStringLiteral("outbox"), id));
    return tx.commit();
}

QString Outbox::statusKey(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending: return QStringLiteral("pending");
    case OutboxStatus::Sending: return QStringLiteral("sending");
    case OutboxStatus::Sent: return QStringLiteral("sent");
    case OutboxStatus::Failed: return QStringLiteral("failed");
    case OutboxStatus::Skipped: return QStringLiteral("skipped");
    case OutboxStatus::Cancelled: return QStringLiteral("cancelled");
    case OutboxStatus::Interrupted: return QStringLiteral("interrupted");
    }
    return {};
}

QString Outbox::statusName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending: return tr("Waiting");
    case OutboxStatus::Sending: return tr("Sending");
    case OutboxStatus::Sent: return tr("Sent");
    case OutboxStatus::Failed: return tr("Failed");
    case OutboxStatus::Skipped: return tr("Skipped");
    case OutboxStatus::Cancelled: return tr("Cancelled");
    case OutboxStatus::Interrupted: return tr("Interrupted");
    }
    return {};
}

QString Outbox::skipReasonKey(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None: return QString();
    case SkipReason::NoConsent: return QStringLiteral("no-consent");
    case SkipReason::NoAddress: return QStringLiteral("no-address");
    case SkipReason::QuietHours: return QStringLiteral("quiet-hours");
    case SkipReason::OutsideSendingWindow: return QStringLiteral("outside-sending-window");
    case SkipReason::AppointmentCancelled: return QStringLiteral("appointment-cancelled");
    case SkipReason::AppointmentPassed: return QStringLiteral("appointment-passed");
    case SkipReason::AppointmentConfirmed: return QStringLiteral("appointment-confirmed");
    case SkipReason::RecallScheduled: return QStringLiteral("recall-scheduled");
    case SkipReason::PatientInactive: return QStringLiteral("patient-inactive");
    case SkipReason::ChannelNotConfigured: return QStringLiteral("channel-not-configured");
    case SkipReason::TooLate: return QStringLiteral("too-late");
    case SkipReason::Superseded: return QStringLiteral("superseded");
    case SkipReason::RecallClosed: return QStringLiteral("recall-closed");
    }
    return {};
}

QString Outbox::skipReasonName(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None: return QString();
    case SkipReason::NoConsent: return tr("No consent for this channel and purpose");
    case SkipReason::NoAddress: return tr("No e-mail address, mobile number or postal address");
    case SkipReason::QuietHours: return tr("Quiet hours lasted until it was too late");
    case SkipReason::OutsideSendingWindow: return tr("The sending window closed before it was useful");
    case SkipReason::AppointmentCancelled: return tr("The appointment was cancelled");
    case SkipReason::AppointmentPassed: return tr("The appointment has already taken place");
    case SkipReason::AppointmentConfirmed: return tr("The appointment is already confirmed");
    case SkipReason::RecallScheduled: return tr("The patient has already booked");
    case SkipReason::PatientInactive: return tr("The patient is inactive, deceased or archived");
    case SkipReason::ChannelNotConfigured: return tr("The channel is not set up");
    case SkipReason::TooLate: return tr("Booked or moved too close to the appointment for this reminder");
    case SkipReason::Superseded: return tr("Replaced by a reminder for the same time");
    case SkipReason::RecallClosed: return tr("The recall was declined or marked inactive");
    }
    return {};
}

QString Outbox::kindKey(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Reminder: return QStringLiteral("reminder");
    case MessageKind::Recall: return QStringLiteral("recall");
    case MessageKind::Test: return QStringLiteral("test");
    }
    return {};
}

QString Outbox::kindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Reminder: return tr("Reminder");
    case MessageKind::Recall: return tr("Recall");
    case MessageKind::Test: return tr("Test message");
    }
    return {};
}

QString Outbox::channelKey(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Email: return QStringLiteral("email");
    case ContactChannel::Sms: return QStringLiteral("sms");
    case ContactChannel::Letter: return QStringLiteral("letter");
    case ContactChannel::Phone: return QStringLiteral("phone");
    case ContactChannel::None: return QString();
    }
    return {};
}

} // namespace rapport
