#include "patients/PatientSearch.h"

#include "patients/PatientVocabulary.h"
#include "patients/SearchText.h"
#include "security/Clinic.h"

#include <algorithm>

namespace rapport {

namespace {
// Candidates fetched before ranking; a one- or two-letter prefix can match thousands.
constexpr int CandidateLimit = 400;
} // namespace

PatientSearch::PatientSearch(Clinic& clinic, QLocale locale)
    : m_clinic(clinic)
    , m_locale(std::move(locale))
{
}

Result<QList<PatientSearchHit>> PatientSearch::search(const QString& typed, PatientSearchOptions options)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    const SearchText::Query query = SearchText::parse(typed, m_locale);
    if (query.match.isEmpty())
        return QList<PatientSearchHit>();

    RAPPORT_TRY_ASSIGN(Statement st,
                       m_clinic.database().prepare(QStringLiteral(
                           "SELECT p.id, p.given_name, p.family_name, p.preferred_name, p.date_of_birth,"
                           " p.mobile_phone, p.home_phone, p.work_phone, p.email, p.status"
                           " FROM patients p JOIN (SELECT docid FROM patient_search WHERE terms MATCH :q) m"
                           " ON p.local_id = m.docid WHERE p.status_rank <= :maxrank"
                           " ORDER BY p.status_rank, p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE"
                           " LIMIT :limit")));
    st.bind(":q", query.match)
        .bind(":maxrank", options.includeArchived ? 3 : 2)
        .bind(":limit", qMax(CandidateLimit, options.limit));
    QList<PatientSearchHit> hits;
    while (true) {
        RAPPORT_TRY_ASSIGN(const bool row, st.next());
        if (!row)
            break;
        Patient p;
        p.givenName = st.text(1);
        p.familyName = st.text(2);
        p.preferredName = st.text(3);
        PatientSearchHit h;
        h.patientId = st.text(0);
        h.displayName = p.displayName();
        h.sortName = p.sortName();
        h.dateOfBirth = st.isNull(4) ? QDate() : QDate::fromString(st.text(4), Qt::ISODate);
        h.phone = !st.text(5).isEmpty() ? st.text(5) : (!st.text(6).isEmpty() ? st.text(6) : st.text(7));
        h.email = st.text(8);
        h.status = PatientVocabulary::statusFromKey(st.text(9)).value_or(PatientStatus::Active);
        if (!query.words.isEmpty()) {
            const QStringList names = SearchText::words(p.givenName + QLatin1Char(' ') + p.familyName
                                                        + QLatin1Char(' ') + p.preferredName);
            h.exact = std::all_of(query.words.begin(), query.words.end(),
                                  [&](const QString& w) { return names.contains(w); });
        }
        hits << h;
    }
    // Active before inactive first, then exact names before prefixes; the SQL order
    // (family name, given name) stays within each group.
    std::stable_sort(hits.begin(), hits.end(), [](const PatientSearchHit& a, const PatientSearchHit& b) {
        const bool aActive = a.status == PatientStatus::Active;
        const bool bActive = b.status == PatientStatus::Active;
        if (aActive != bActive)
            return aActive;
        return a.exact && !b.exact;
    });
    if (hits.size() > options.limit)
        hits.resize(options.limit);
    return hits;
}

} // namespace rapport
