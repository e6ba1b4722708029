#include "patients/PatientSearch.h"

#include "patients/PatientVocabulary.h"
#include "patients/SearchText.h"
#include "security/Clinic.h"


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
    if (query.match.isEmpty())
        return QList<PatientSearchHit>();
    const QStringList words = query.words.mid(0, 8);

    // Ranked inside the FTS index: active first, exact names before prefixes, then by
    // family and given name. Only the rows shown are read from the patients table.
    QStringList exact;
    for (int i = 0; i < words.size(); ++i)
        exact << QStringLiteral("instr(names, :w%1) > 0").arg(i);
    const QString exactExpr = exact.isEmpty() ? QStringLiteral("(0 = 1)") : QLatin1Char('(') + exact.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT docid, %1 FROM patient_search"
                                                               " WHERE terms MATCH :q AND rank < :maxrank"
                                                               " ORDER BY substr(rank, 1, 1) <> '0', %1 DESC, rank"
                                                               " LIMIT :limit")
                                                    .arg(exactExpr)));
    st.bind(":q", query.match)
        .bind(":maxrank", options.includeArchived ? QStringLiteral("4") : QStringLiteral("3"))
        .bind(":limit", options.limit);
    for (int i = 0; i < words.size(); ++i) {
        const QByteArray name = ":w" + QByteArray::number(i);
        st.bind(name.constData(), QLatin1Char(' ') + words.at(i) + QLatin1Char(' '));
    }
    QList<qint64> order;
    QHash<qint64, bool> exactById;
    while (true) {
        RAPPORT_TRY_ASSIGN(const bool row, st.next());
        if (!row)
            break;
        order << st.int64(0);
        exactById.insert(st.int64(0), !words.isEmpty() && st.boolean(1));
    }
    if (order.isEmpty())
        return QList<PatientSearchHit>();

    QStringList ids; // integers from the index, never typed text
    for (qint64 id : order)
        ids << QString::number(id);
    RAPPORT_TRY_ASSIGN(Statement rows,
                       db.prepare(QStringLiteral("SELECT local_id, id, given_name, family_name, preferred_name,"
                                                 " date_of_birth, mobile_phone, home_phone, work_phone, email, status"
                                                 " FROM patients WHERE local_id IN (%1)")
                                      .arg(ids.join(QLatin1Char(',')))));
    QHash<qint64, PatientSearchHit> byId;
    while (true) {
        RAPPORT_TRY_ASSIGN(const bool row, rows.next());
        if (!row)
            break;
        Patient p;
        p.givenName = rows.text(2);
        p.familyName = rows.text(3);
        p.preferredName = rows.text(4);
        PatientSearchHit h;
        h.patientId = rows.text(1);
        h.displayName = p.displayName();
        h.sortName = p.sortName();
        h.dateOfBirth = rows.isNull(5) ? QDate() : QDate::fromString(rows.text(5), Qt::ISODate);
        h.phone = !rows.text(6).isEmpty() ? rows.text(6) : (!rows.text(7).isEmpty() ? rows.text(7) : rows.text(8));
        h.email = rows.text(9);
        h.status = PatientVocabulary::statusFromKey(rows.text(10)).value_or(PatientStatus::Active);
        h.exact = exactById.value(rows.int64(0));
        byId.insert(rows.int64(0), h);
    }
    QList<PatientSearchHit> hits;
    hits.reserve(order.size());
    for (qint64 id : order)
        if (byId.contains(id))
            hits << byId.value(id);
    return hits;
}

} // namespace rapport
