#include "recalls/RecallRows.h"

#include "patients/PatientVocabulary.h"
#include "recalls/RecallEngine.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"
#include "storage/Database.h"

#include <QStringList>

#include <algorithm>

namespace rapport::recallrows {

namespace {
// "YYYY-MM-DD", parsed by hand: the list reads thousands of them.
QDate dateOrNull(const Statement& st, int column)
{
    if (st.isNull(column))
        return {};
    const QString text = st.text(column);
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return QDate::fromString(text, Qt::ISODate);
    const auto number = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + (text.at(i).unicode() - u'0');
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

const RecallChainStep::Channel channels[] = {RecallChainStep::Preferred, RecallChainStep::Other, RecallChainStep::Email,
                                       RecallChainStep::Sms,       RecallChainStep::Letter, RecallChainStep::Call};
} // namespace

QString chainKey(RecallChainStep::Channel channel)
{
    switch (channel) {
    case RecallChainStep::Preferred: return QStringLiteral("preferred");
    case RecallChainStep::Other: return QStringLiteral("other");
    case RecallChainStep::Email: return QStringLiteral("email");
    case RecallChainStep::Sms: return QStringLiteral("sms");
    case RecallChainStep::Letter: return QStringLiteral("letter");
    case RecallChainStep::Call: return QStringLiteral("call");
    }
    return {};
}

std::optional<RecallChainStep::Channel> chainChannelFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (RecallChainStep::Channel c : channels)
        if (chainKey(c) == k)
            return c;
    return std::nullopt;
}

QString chainText(const QList<RecallChainStep>& chain)
{
    QStringList parts;
    for (const RecallChainStep& s : chain)
        parts << QString::number(s.offsetDays) + QLatin1Char(':') + chainKey(s.channel);
    return parts.join(QLatin1Char(','));
}

std::optional<QList<RecallChainStep>> parseChain(const QString& text)
{
    QList<RecallChainStep> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char(':'));
        if (pair.size() != 2)
            return std::nullopt;
        bool numeric = false;
        const int offset = pair.at(0).trimmed().toInt(&numeric);
        const auto channel = chainChannelFromKey(pair.at(1));
        if (!numeric || !channel)
            return std::nullopt;
        out << RecallChainStep{offset, *channel};
    }
    return out;
}

QList<RecallChainStep> defaultChain()
{
    return {RecallChainStep{-21, RecallChainStep::Preferred}, RecallChainStep{0, RecallChainStep::Other},
            RecallChainStep{14, RecallChainStep::Call}};
}

Result<QList<RecallType>> loadTypes(Database& db, bool includeInactive)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, name, interval_months, interval_days, booking_type_id,"
                                                " until_age, then_type_id, max_attempts, chain, active"
                                                " FROM recall_types WHERE active = 1 OR :all ORDER BY name COLLATE NOCASE, id"));
    st.bind(":all", includeInactive);
    QList<RecallType> out;
    QHash<QString, qsizetype> index;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        RecallType t;
        t.id = st.text(0);
        t.name = st.text(1);
        t.intervalMonths = st.integer(2);
        t.intervalDays = st.integer(3);
        t.bookingTypeId = st.text(4);
        t.untilAge = st.isNull(5) ? -1 : st.integer(5);
        t.thenTypeId = st.text(6);
        t.maxAttempts = st.integer(7);
        t.chain = parseChain(st.text(8)).value_or(QList<RecallChainStep>());
        t.active = st.boolean(9);
        index.insert(t.id, out.size());
        out << t;
    }));
    RAPPORT_TRY_ASSIGN(Statement resets, db.prepare("SELECT rr.recall_type_id, rr.appointment_type_id"
                                                    " FROM recall_type_resets rr JOIN appointment_types at"
                                                    " ON at.id = rr.appointment_type_id ORDER BY at.name, at.id"));
    RAPPORT_TRY(resets.forEach([&](const Statement&) {
        const auto it = index.constFind(resets.text(0));
        if (it != index.cend())
            out[*it].resetTypeIds << resets.text(1);
    }));
    return out;
}

Status writeType(Database& db, const RecallType& t, bool insert, qint64 nowMs)
{
    RAPPORT_TRY_ASSIGN(Statement st,
                       db.prepare(insert ? "INSERT INTO recall_types (id, name, interval_months, interval_days,"
                                           " booking_type_id, until_age, then_type_id, max_attempts, chain, active,"
                                           " created_at, updated_at) VALUES (:id, :name, :months, :days, :booking,"
                                           " :until, :then, :max, :chain, :active, :now, :now)"
                                         : "UPDATE recall_types SET name = :name, interval_months = :months,"
                                           " interval_days = :days, booking_type_id = :booking, until_age = :until,"
                                           " then_type_id = :then, max_attempts = :max, chain = :chain,"
                                           " active = :active, updated_at = :now WHERE id = :id"));
    st.bind(":id", t.id)
        .bind(":name", t.name)
        .bind(":months", t.intervalMonths)
        .bind(":days", t.intervalDays)
        .bindOrNull(":booking", t.bookingTypeId)
        .bindOrNull(":then", t.thenTypeId)
        .bind(":max", t.maxAttempts)
        .bind(":chain", chainText(t.chain))
        .bind(":active", t.active)
        .bind(":now", nowMs);
    if (t.untilAge >= 0)
        st.bind(":until", t.untilAge);
    else
        st.bindNull(":until");
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY_ASSIGN(Statement del, db.prepare("DELETE FROM recall_type_resets WHERE recall_type_id = :id"));
    del.bind(":id", t.id);
    RAPPORT_TRY(del.exec());
    RAPPORT_TRY_ASSIGN(Statement add, db.prepare("INSERT OR IGNORE INTO recall_type_resets (recall_type_id,"
                                                 " appointment_type_id) VALUES (:r, :a)"));
    for (const QString& a : t.resetTypeIds) {
        add.bind(":r", t.id).bind(":a", a);
        RAPPORT_TRY(add.exec());
    }
    return {};
}

QString recallColumns()
{
    return QStringLiteral("r.id, r.patient_id, r.recall_type_id, r.override_months, r.override_days,"
                          " r.last_completed, r.due_date, r.scheduled_appointment_id,"
                          " CASE r.state WHEN 'declined' THEN 1 WHEN 'inactive' THEN 2 ELSE 0 END, r.state_reason,"
                          " r.attempts, r.last_contact_at, r.last_contact_channel, r.provider_id, r.updated_at,"
                          " r.scheduled_start");
}

QString recallFrom()
{
    return QStringLiteral("patient_recalls r");
}

PatientRecall readRecall(const Statement& st, int c)
{
    PatientRecall r;
    r.id = st.text(c + 0);
    r.patientId = st.text(c + 1);
    r.recallTypeId = st.text(c + 2);
    r.overrideMonths = st.isNull(c + 3) ? -1 : st.integer(c + 3);
    r.overrideDays = st.isNull(c + 4) ? -1 : st.integer(c + 4);
    r.lastCompleted = dateOrNull(st, c + 5);
    r.dueDate = dateOrNull(st, c + 6);
    r.scheduledAppointmentId = st.text(c + 7);
    const int state = st.integer(c + 8);
    r.declined = state == 1;
    r.inactive = state == 2;
    r.stateReason = st.text(c + 9);
    r.attempts = st.integer(c + 10);
    r.lastContactAt = st.dateTime(c + 11);
    r.lastContactChannel = PatientVocabulary::channelFromKey(st.text(c + 12)).value_or(ContactChannel::None);
    r.providerId = st.text(c + 13);
    r.updatedAt = st.dateTime(c + 14);
    r.scheduledStart = st.dateTime(c + 15);
    return r;
}

Result<std::optional<PatientRecall>> loadRecall(Database& db, const QString& id)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + recallColumns() + QStringLiteral(" FROM ")
                                                + recallFrom() + QStringLiteral(" WHERE r.id = :id")));
    st.bind(":id", id);
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found)
        return std::optional<PatientRecall>();
    return std::optional<PatientRecall>(readRecall(st));
}

Result<std::optional<PatientRecall>> loadRecallOf(Database& db, const QString& patientId, const QString& recallTypeId)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + recallColumns() + QStringLiteral(" FROM ")
                                                + recallFrom()
                                                + QStringLiteral(" WHERE r.patient_id = :p AND r.recall_type_id = :t")));
    st.bind(":p", patientId).bind(":t", recallTypeId);
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found)
        return std::optional<PatientRecall>();
    return std::optional<PatientRecall>(readRecall(st));
}

const char* insertRecallSql()
{
    return "INSERT INTO patient_recalls (id, patient_id, recall_type_id, override_months, override_days,"
           " last_completed, due_date, scheduled_appointment_id, scheduled_start, state, state_reason, attempts,"
           " last_contact_at, last_contact_channel, provider_id, created_at, updated_at) VALUES (:id, :patient, :type,"
           " :om, :od, :last, :due, :scheduled, :scheduledStart, :state, :reason, :attempts, :contactAt,"
           " :contactChannel, :provider, :now, :now)";
}

const char* updateRecallSql()
{
    return "UPDATE patient_recalls SET patient_id = :patient, recall_type_id = :type, override_months = :om,"
           " override_days = :od, last_completed = :last, due_date = :due, scheduled_appointment_id = :scheduled,"
           " scheduled_start = :scheduledStart,"
           " state = :state, state_reason = :reason, attempts = :attempts, last_contact_at = :contactAt,"
           " last_contact_channel = :contactChannel, provider_id = :provider, updated_at = :now WHERE id = :id";
}

void bindRecall(Statement& st, const PatientRecall& r, qint64 nowMs)
{
    st.bind(":id", r.id)
        .bind(":patient", r.patientId)
        .bind(":type", r.recallTypeId)
        .bindOrNull(":last", isoOrEmpty(r.lastCompleted))
        .bind(":due", r.dueDate.toString(Qt::ISODate))
        .bindOrNull(":scheduled", r.scheduledAppointmentId)
        .bind(":state", r.inactive ? QStringLiteral("inactive")
                                   : (r.declined ? QStringLiteral("declined") : QStringLiteral("open")))
        .bind(":reason", r.stateReason)
        .bind(":attempts", r.attempts)
        .bindOrNull(":contactChannel", PatientVocabulary::key(r.lastContactChannel))
        .bindOrNull(":provider", r.providerId)
        .bind(":now", nowMs);
    if (r.overrideMonths >= 0)
        st.bind(":om", r.overrideMonths);
    else
        st.bindNull(":om");
    if (r.overrideDays >= 0)
        st.bind(":od", r.overrideDays);
    else
        st.bindNull(":od");
    if (r.lastContactAt.isValid())
        st.bind(":contactAt", r.lastContactAt);
    else
        st.bindNull(":contactAt");
    if (!r.scheduledAppointmentId.isEmpty() && r.scheduledStart.isValid())
        st.bind(":scheduledStart", r.scheduledStart);
    else
        st.bindNull(":scheduledStart");
}

Status insertRecall(Database& db, const PatientRecall& r, qint64 nowMs)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(insertRecallSql()));
    bindRecall(st, r, nowMs);
    return st.exec();
}

Status updateRecall(Database& db, const PatientRecall& r, qint64 nowMs)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(updateRecallSql()));
    bindRecall(st, r, nowMs);
    return st.exec();
}

RowReader::RowReader(Clinic& clinic)
    : m_clinic(clinic)
{
}

Status RowReader::loadNames()
{
    if (m_loaded)
        return {};
    Database& db = m_clinic.database();
    m_today = SettingsService(m_clinic).today();
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, name, booking_type_id, max_attempts FROM recall_types"));
    RAPPORT_TRY(st.forEach([&](const Statement&) { m_types.insert(st.text(0), {st.text(1), st.text(2), st.integer(3)}); }));
    RAPPORT_TRY_ASSIGN(Statement pr, db.prepare("SELECT id, name FROM providers"));
    RAPPORT_TRY(pr.forEach([&](const Statement&) { m_providers.insert(pr.text(0), pr.text(1)); }));
    m_loaded = true;
    return {};
}

Status RowReader::read(const QString& where, const std::function<void(Statement&)>& bind,
                       const std::function<bool(const RecallRow&)>& keep, int limit, bool newestFirst,
                       QList<RecallRow>& out)
{
    RAPPORT_TRY(loadNames());
    // The recall is the outer loop (CROSS JOIN keeps the order), so the due-date index
    // gives both the range and the order; recall types and providers come from memory.
    const QString sql = QStringLiteral("SELECT ") + recallColumns()
        // The name as Patient::sortName ("Family, Given (Preferred)") and the phone as
        // Patient::firstPhone, put together by SQLite: one string each per row.
        + QStringLiteral(", p.family_name || CASE WHEN p.given_name = '' THEN '' WHEN p.family_name = '' THEN p.given_name"
                         " ELSE ', ' || p.given_name END || CASE WHEN p.preferred_name <> '' AND p.preferred_name <>"
                         " p.given_name THEN ' (' || p.preferred_name || ')' ELSE '' END,"
                         " CASE WHEN p.mobile_phone <> '' THEN p.mobile_phone WHEN p.home_phone <> '' THEN p.home_phone"
                         " ELSE p.work_phone END, p.date_of_birth, p.status = 'active',"
                         // A child without a number of their own: the first guardian's (a
                         // guardian who is a patient, or the contact's number). Only looked up
                         // for those rows.
                         " CASE WHEN p.mobile_phone = '' AND p.home_phone = '' AND p.work_phone = '' THEN"
                         " (SELECT CASE WHEN l.related_patient_id IS NULL THEN l.contact_phone ELSE"
                         " (SELECT CASE WHEN g.mobile_phone <> '' THEN g.mobile_phone WHEN g.home_phone <> ''"
                         " THEN g.home_phone ELSE g.work_phone END FROM patients g INDEXED BY patients_contact_cover"
                         " WHERE g.id = l.related_patient_id) END"
                         " FROM patient_links l WHERE l.patient_id = p.id AND l.kind = 'guardian' AND l.ended_at IS NULL"
                         " ORDER BY l.rowid LIMIT 1) END" // the order links were made in, from the index
                         // The covering index (migration 7): SQLite would take the unique index on
                         // id and then read each wide patient row from the table.
                         " FROM patient_recalls r CROSS JOIN patients p INDEXED BY patients_contact_cover"
                         " ON p.id = r.patient_id WHERE ")
        + where + (newestFirst ? QStringLiteral(" ORDER BY r.due_date DESC") : QStringLiteral(" ORDER BY r.due_date"));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(sql));
    bind(st);
    const qsizetype first = out.size();
    QDate lastDue;
    while (true) {
        RAPPORT_TRY_ASSIGN(const bool row, st.next());
        if (!row)
            break;
        constexpr int c = RecallColumnCount;
        const QDate due = dateOrNull(st, 6);
        // Ties on the last due date are kept, so the order by name stays right.
        if (limit > 0 && out.size() - first >= limit && due != lastDue)
            break;
        RecallRow r;
        r.recall = readRecall(st);
        r.patientName = st.text(c + 0);
        r.patientPhone = st.text(c + 1);
        r.dateOfBirth = dateOrNull(st, c + 2);
        const bool patientActive = st.boolean(c + 3);
        if (r.patientPhone.isEmpty()) {
            r.patientPhone = st.text(c + 4);
            r.phoneIsGuardians = !r.patientPhone.isEmpty();
        }
        r.age = RecallEngine::ageOn(r.dateOfBirth, r.recall.dueDate);
        const auto type = m_types.constFind(r.recall.recallTypeId);
        int maxAttempts = 3;
        if (type != m_types.cend()) {
            r.recallTypeName = type->name;
            r.bookingTypeId = type->bookingTypeId;
            maxAttempts = type->maxAttempts;
        }
        r.providerName = m_providers.value(r.recall.providerId);
        r.state = patientActive ? r.recall.state() : RecallState::Inactive;
        r.overdue = r.recall.dueDate < m_today;
        r.needsReactivation = r.recall.attempts >= maxAttempts
            && (r.state == RecallState::Contacted || r.state == RecallState::NotContacted);
        if (keep && !keep(r))
            continue;
        lastDue = due;
        out << std::move(r);
    }
    return {};
}

void sortRows(QList<RecallRow>& rows)
{
    // By due date, then name. Sorting positions moves each row once.
    std::vector<qsizetype> order(std::size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        order[std::size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        const RecallRow& a = rows.at(x);
        const RecallRow& b = rows.at(y);
        if (a.recall.dueDate != b.recall.dueDate)
            return a.recall.dueDate < b.recall.dueDate;
        return a.patientName.compare(b.patientName, Qt::CaseInsensitive) < 0;
    });
    QList<RecallRow> sorted;
    sorted.reserve(rows.size());
    for (qsizetype i : order)
        sorted << std::move(rows[i]);
    rows = std::move(sorted);
}

} // namespace rapport::recallrows
