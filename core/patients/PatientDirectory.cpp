#include "patients/PatientDirectory.h"

#include "common/Clock.h"

#include "patients/PatientVocabulary.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"


namespace rapport {

namespace {
QString whereFor(const PatientFilter& f)
{
    QStringList parts;
    QStringList statuses;
    for (PatientStatus s : f.statuses)
        statuses << QString::number(static_cast<int>(s));
    std::sort(statuses.begin(), statuses.end());
    parts << QStringLiteral("p.status_rank IN (%1)").arg(statuses.isEmpty() ? QStringLiteral("-1") : statuses.join(QLatin1Char(',')));
    if (!f.tag.isEmpty())
        parts << QStringLiteral("p.id IN (SELECT patient_id FROM patient_tags WHERE tag = :tag)");
    if (f.minAge >= 0)
        parts << QStringLiteral("p.date_of_birth <= :bornBefore");
    if (f.maxAge >= 0)
        parts << QStringLiteral("p.date_of_birth > :bornAfter");
    if (f.consentChannel)
        parts << QStringLiteral("p.id IN (SELECT patient_id FROM consent_current WHERE channel = :cch AND purpose = :cpu"
                                " AND granted = 1)");
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void bindFilter(Statement& st, const PatientFilter& f, const QDate& today)
{
    if (!f.tag.isEmpty())
        st.bind(":tag", f.tag.trimmed().toLower());
    if (f.minAge >= 0)
        st.bind(":bornBefore", today.addYears(-f.minAge).toString(Qt::ISODate));
    if (f.maxAge >= 0)
        st.bind(":bornAfter", today.addYears(-(f.maxAge + 1)).toString(Qt::ISODate));
    if (f.consentChannel)
        st.bind(":cch", PatientVocabulary::key(*f.consentChannel)).bind(":cpu", PatientVocabulary::key(f.consentPurpose));
}

} // namespace

PatientDirectory::PatientDirectory(Clinic& clinic)
    : m_clinic(clinic)
{
}

Result<qint64> PatientDirectory::count(const PatientFilter& filter)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(QStringLiteral("SELECT count(*) FROM patients p")
                                                                 + whereFor(filter)));
    bindFilter(st, filter, SettingsService(m_clinic).today());
    RAPPORT_TRY_ASSIGN(const bool row, st.next());
    return row ? st.int64(0) : 0;
}

namespace {
QString orderBy(PatientSort sort, bool ascending)
{
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (sort) {
    case PatientSort::Name:
        return QStringLiteral("p.family_name COLLATE NOCASE%1, p.given_name COLLATE NOCASE%1, p.status_rank%1, p.local_id%1").arg(dir);
    case PatientSort::DateOfBirth:
        return QStringLiteral("p.date_of_birth%1, p.status_rank%1, p.local_id%1").arg(dir);
    case PatientSort::Status:
        return QStringLiteral("p.status_rank%1, p.family_name COLLATE NOCASE%1, p.given_name COLLATE NOCASE%1, p.local_id%1").arg(dir);
    case PatientSort::Created:
        return QStringLiteral("p.created_at%1, p.status_rank%1, p.local_id%1").arg(dir);
    }
    return QStringLiteral("p.local_id");
}

const char* RowColumns = "SELECT p.local_id, p.id, p.given_name, p.family_name, p.preferred_name, p.date_of_birth,"
                         " p.mobile_phone, p.home_phone, p.work_phone, p.email, p.status, p.preferred_channel,"
                         " p.external_id, p.created_at FROM patients p";

PatientRow readRow(const Statement& st)
{
    Patient p;
    p.givenName = st.text(2);
    p.familyName = st.text(3);
    p.preferredName = st.text(4);
    PatientRow r;
    r.patientId = st.text(1);
    r.sortName = p.sortName();
    r.displayName = p.displayName();
    r.dateOfBirth = st.isNull(5) ? QDate() : QDate::fromString(st.text(5), Qt::ISODate);
    r.phone = !st.text(6).isEmpty() ? st.text(6) : (!st.text(7).isEmpty() ? st.text(7) : st.text(8));
    r.email = st.text(9);
    r.status = PatientVocabulary::statusFromKey(st.text(10)).value_or(PatientStatus::Active);
    r.preferredChannel = PatientVocabulary::channelFromKey(st.text(11)).value_or(ContactChannel::None);
    r.externalId = st.text(12);
    r.createdAt = st.dateTime(13);
    return r;
}
} // namespace

Result<QList<PatientRow>> PatientDirectory::page(const PatientFilter& filter, PatientSort sort, bool ascending,
                                                 int offset, int limit)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(QString::fromLatin1(RowColumns) + whereFor(filter)
                                                                 + QStringLiteral(" ORDER BY ") + orderBy(sort, ascending)
                                                                 + QStringLiteral(" LIMIT :limit OFFSET :offset")));
    bindFilter(st, filter, SettingsService(m_clinic).today());
    st.bind(":limit", limit).bind(":offset", offset);
    QList<PatientRow> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        out << readRow(st);
    }));
    return out;
}

Result<QList<qint64>> PatientDirectory::orderedIds(const PatientFilter& filter, PatientSort sort, bool ascending)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(QStringLiteral("SELECT p.local_id FROM patients p")
                                                                 + whereFor(filter) + QStringLiteral(" ORDER BY ")
                                                                 + orderBy(sort, ascending)));
    bindFilter(st, filter, SettingsService(m_clinic).today());
    QList<qint64> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        out << st.int64(0);
    }));
    return out;
}

Result<QList<PatientRow>> PatientDirectory::rows(const QList<qint64>& localIds)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    if (localIds.isEmpty())
        return QList<PatientRow>();
    QStringList ids; // integers from orderedIds(), never typed text
    ids.reserve(localIds.size());
    for (qint64 id : localIds)
        ids << QString::number(id);
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(QString::fromLatin1(RowColumns)
                                                                 + QStringLiteral(" WHERE p.local_id IN (%1)")
                                                                       .arg(ids.join(QLatin1Char(',')))));
    QHash<qint64, PatientRow> byId;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        byId.insert(st.int64(0), readRow(st));
    }));
    QList<PatientRow> out;
    out.reserve(localIds.size());
    for (qint64 id : localIds)
        if (byId.contains(id))
            out << byId.value(id);
    return out;
}

Result<QStringList> PatientDirectory::tags()
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare("SELECT DISTINCT tag FROM patient_tags ORDER BY tag"));
    QStringList out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        out << st.text(0);
    }));
    return out;
}

} // namespace rapport
