#include "patients/PatientSearch.h"

#include "patients/PatientVocabulary.h"
#include "patients/SearchText.h"
#include "security/Clinic.h"

#include <algorithm>
#include <limits>


namespace rapport {

PatientSearch::PatientSearch(Clinic& clinic, QLocale locale)
    : m_clinic(clinic)
    , m_locale(std::move(locale))
{
}

Result<QList<PatientSearchHit>> PatientSearch::search(const QString& typed, PatientSearchOptions options)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    const SearchText::Query query = SearchText::parse(typed, m_locale);
    if (query.match.isEmpty() || options.limit <= 0)
        return QList<PatientSearchHit>();
    Database& db = m_clinic.database();
    const qint64 ceiling = options.includeArchived ? std::numeric_limits<qint64>::max()
                                                   : SearchText::docidStatusFloor(3);

    // Docids sort like the ranking (status, then name), so each query stops after
    // `limit` hits however many patients match. Whole-word matches are asked for
    // separately so an exact "Li" is not pushed out by a thousand "Lindqvist"s.
    QList<qint64> candidates;
    for (const QString& match : {query.exactMatch, query.match}) {
        if (match.isEmpty())
            continue;
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT docid FROM patient_search WHERE terms MATCH :q"
                                                    " AND docid < :ceiling ORDER BY docid LIMIT :limit"));
        st.bind(":q", match).bind(":ceiling", ceiling).bind(":limit", options.limit);
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            if (!candidates.contains(st.int64(0)))
                candidates << st.int64(0);
        }));
    }
    if (candidates.isEmpty())
        return QList<PatientSearchHit>();

    QStringList ids; // integers from the index, never typed text
    for (qint64 id : candidates)
        ids << QString::number(id);
    RAPPORT_TRY_ASSIGN(Statement rows,
                       db.prepare(QStringLiteral("SELECT search_docid, id, given_name, family_name, preferred_name,"
                                                 " date_of_birth, mobile_phone, home_phone, work_phone, email, status"
                                                 " FROM patients WHERE search_docid IN (%1)")
                                      .arg(ids.join(QLatin1Char(',')))));
    struct Ranked
    {
        qint64 docid;
        PatientSearchHit hit;
        Patient names;
    };
    QList<Ranked> ranked;
    RAPPORT_TRY(rows.forEach([&](const Statement&) {
        Ranked r;
        r.docid = rows.int64(0);
        r.names.givenName = rows.text(2);
        r.names.familyName = rows.text(3);
        r.names.preferredName = rows.text(4);
        PatientSearchHit& h = r.hit;
        h.patientId = rows.text(1);
        h.displayName = r.names.displayName();
        h.sortName = r.names.sortName();
        h.dateOfBirth = rows.isNull(5) ? QDate() : QDate::fromString(rows.text(5), Qt::ISODate);
        h.phone = !rows.text(6).isEmpty() ? rows.text(6) : (!rows.text(7).isEmpty() ? rows.text(7) : rows.text(8));
        h.email = rows.text(9);
        h.status = PatientVocabulary::statusFromKey(rows.text(10)).value_or(PatientStatus::Active);
        h.exact = SearchText::isExactNameMatch(query.words, r.names);
        ranked << r;
    }));
    // Active before the rest, exact names before prefixes, then by name.
    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        const bool aActive = a.hit.status == PatientStatus::Active;
        const bool bActive = b.hit.status == PatientStatus::Active;
        if (aActive != bActive)
            return aActive;
        if (a.hit.exact != b.hit.exact)
            return a.hit.exact;
        const int byName = QString::compare(a.hit.sortName, b.hit.sortName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.docid < b.docid;
    });
    QList<PatientSearchHit> hits;
    for (const Ranked& r : ranked) {
        if (hits.size() >= options.limit)
            break;
        hits << r.hit;
    }
    return hits;
}

} // namespace rapport
