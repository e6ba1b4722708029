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

Result<QList<PatientRow>> PatientDirectory::page(const PatientFilter& filter, PatientSort sort, bool ascending,
                                                 int offset, int limit)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order;
    switch (sort) {
    case PatientSort::Name:
        order = QStringLiteral("p.family_name COLLATE NOCASE") + dir + QStringLiteral(", p.given_name COLLATE NOCASE") + dir;
        break;
    case PatientSort::DateOfBirth:
        order = QStringLiteral("p.date_of_birth") + dir;
        break;
    case PatientSort::Status:
        order = QStringLiteral("p.status_rank") + dir + QStringLiteral(", p.family_name COLLATE NOCASE");
        break;
    case PatientSort::Created:
        order = QStringLiteral("p.created_at") + dir;
        break;
    }
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         QStringLiteral("SELECT p.id, p.given_name, p.family_name, p.preferred_name,"
                                                        " p.date_of_birth, p.mobile_phone, p.home_phone, p.work_phone,"
                                                        " p.email, p.status, p.preferred_channel, p.external_id"
                                                        " FROM patients p")
                                         + whereFor(filter) + QStringLiteral(" ORDER BY ") + order
                                         + QStringLiteral(", p.local_id LIMIT :limit OFFSET :offset")));
    bindFilter(st, filter, SettingsService(m_clinic).today());
    st.bind(":limit", limit).bind(":offset", offset);
    QList<PatientRow> out;
    out.reserve(limit);
    while (true) {
        RAPPORT_TRY_ASSIGN(const bool row, st.next());
        if (!row)
            break;
        Patient p;
        p.givenName = st.text(1);
        p.familyName = st.text(2);
        p.preferredName = st.text(3);
        PatientRow r;
        r.patientId = st.text(0);
        r.sortName = p.sortName();
        r.displayName = p.displayName();
        r.dateOfBirth = st.isNull(4) ? QDate() : QDate::fromString(st.text(4), Qt::ISODate);
        r.phone = !st.text(5).isEmpty() ? st.text(5) : (!st.text(6).isEmpty() ? st.text(6) : st.text(7));
        r.email = st.text(8);
        r.status = PatientVocabulary::statusFromKey(st.text(9)).value_or(PatientStatus::Active);
        r.preferredChannel = PatientVocabulary::channelFromKey(st.text(10)).value_or(ContactChannel::None);
        r.externalId = st.text(11);
        out << r;
    }
    return out;
}

Result<QStringList> PatientDirectory::tags()
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare("SELECT DISTINCT tag FROM patient_tags ORDER BY tag"));
    QStringList out;
    while (true) {
        RAPPORT_TRY_ASSIGN(const bool row, st.next());
        if (!row)
            break;
        out << st.text(0);
    }
    return out;
}

} // namespace rapport
