#include "patients/PatientImport.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "patients/PatientRows.h"
#include "patients/PatientValidator.h"
#include "patients/SearchText.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport {

struct PatientImport::Statements
{
    Statement patient;
    Statement tag;
    Statement search;
    Statement consent;
    Statement currentConsent;
    Statement link;
    Statement event;
};

PatientImport::PatientImport(Clinic& clinic, QString source)
    : m_clinic(clinic)
    , m_source(std::move(source))
{
}

PatientImport::~PatientImport() = default;

Status PatientImport::begin()
{
    RAPPORT_TRY(m_clinic.session().require(Permission::EditPatients));
    const SettingsService settings(m_clinic);
    m_region = settings.region();
    m_today = settings.today();
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    m_tx = std::make_unique<Transaction>(std::move(tx));
    auto st = std::make_unique<Statements>();
    RAPPORT_TRY_ASSIGN(st->patient, db.prepare(PatientRows::insertSql()));
    RAPPORT_TRY_ASSIGN(st->tag, db.prepare("INSERT OR IGNORE INTO patient_tags(patient_id, tag) VALUES (:id, :tag)"));
    RAPPORT_TRY_ASSIGN(st->search, db.prepare("INSERT INTO patient_search(docid, terms) VALUES (:d, :t)"));
    // Row ids are chosen here (the write transaction holds the database), so the search
    // key goes into the INSERT itself: an UPDATE per patient cost a third of an import.
    RAPPORT_TRY_ASSIGN(m_nextLocalId, db.scalar(QStringLiteral("SELECT coalesce(max(local_id), 0) + 1 FROM patients")));
    RAPPORT_TRY_ASSIGN(st->consent, db.prepare(PatientRows::insertConsentSql()));
    // A plain INSERT of the decisions in force, not the upsert a single change uses: the
    // patient is new, and SQLite gives every INSERT OR REPLACE a statement journal whose
    // pages SQLCipher encrypts (half the instructions of an import, measured with callgrind).
    RAPPORT_TRY_ASSIGN(st->currentConsent,
                       db.prepare("INSERT INTO consent_current(patient_id, channel, purpose, granted, consent_id)"
                                  " VALUES (:p, :ch, :pu, :g, :id)"));
    RAPPORT_TRY_ASSIGN(st->link, db.prepare(PatientRows::insertLinkSql()));
    RAPPORT_TRY_ASSIGN(st->event, db.prepare(PatientRows::insertEventSql()));
    m_st = std::move(st);
    return {};
}

Result<QString> PatientImport::add(Entry e)
{
    if (!m_st)
        return fail(ErrorCode::Internal, QCoreApplication::translate("rapport::PatientImport", "The import has not started."));
    Patient& p = e.patient;
    RAPPORT_TRY(PatientValidator::normalise(p, m_region, m_today));
    const QDateTime now = m_clinic.clock().now();
    if (p.id.isEmpty())
        p.id = Uuid::create(now.toMSecsSinceEpoch());
    if (!p.createdAt.isValid())
        p.createdAt = now;
    p.updatedAt = p.createdAt;
    p.mergedInto.clear();
    const QString actor = m_clinic.session().userId;

    const qint64 localId = m_nextLocalId;
    const qint64 docid = SearchText::docidFor(p, localId);
    PatientRows::bindWrite(m_st->patient, p, actor, true);
    PatientRows::bindLocalId(m_st->patient, localId, docid);
    RAPPORT_TRY(m_st->patient.exec());
    ++m_nextLocalId;
    for (const QString& tag : p.tags) {
        m_st->tag.bind(":id", p.id).bind(":tag", tag);
        RAPPORT_TRY(m_st->tag.exec());
    }
    m_st->search.bind(":d", docid).bind(":t", SearchText::termsFor(p));
    RAPPORT_TRY(m_st->search.exec());
    m_st->event.bind(":id", Uuid::create(p.createdAt.toMSecsSinceEpoch()))
        .bind(":p", p.id)
        .bind(":at", p.createdAt)
        .bind(":kind", QStringLiteral("record.created"))
        .bind(":actor", actor)
        .bind(":detail", m_source);
    RAPPORT_TRY(m_st->event.exec());
    // Oldest first, so the latest decision ends up in force.
    std::stable_sort(e.consents.begin(), e.consents.end(),
                     [](const ConsentRecord& a, const ConsentRecord& b) { return a.recordedAt < b.recordedAt; });
    for (qsizetype i = 0; i < e.consents.size(); ++i) {
        ConsentRecord c = e.consents.at(i);
        c.patientId = p.id;
        if (c.id.isEmpty())
            c.id = Uuid::create(now.toMSecsSinceEpoch());
        if (!c.recordedAt.isValid())
            c.recordedAt = now;
        if (c.recordedBy.isEmpty())
            c.recordedBy = actor;
        PatientRows::bindConsent(m_st->consent, m_st->currentConsent, c);
        RAPPORT_TRY(m_st->consent.exec());
        // Only the latest decision per channel and purpose is in force.
        const bool superseded = std::any_of(e.consents.cbegin() + i + 1, e.consents.cend(),
                                            [&c](const ConsentRecord& later) {
                                                return later.channel == c.channel && later.purpose == c.purpose;
                                            });
        if (!superseded)
            RAPPORT_TRY(m_st->currentConsent.exec());
    }
    for (PatientLink l : e.links) {
        l.patientId = p.id;
        RAPPORT_TRY(PatientValidator::checkLink(l, m_region));
        if (l.id.isEmpty())
            l.id = Uuid::create(now.toMSecsSinceEpoch());
        if (!l.createdAt.isValid())
            l.createdAt = p.createdAt;
        PatientRows::bindLink(m_st->link, l, actor);
        RAPPORT_TRY(m_st->link.exec());
    }
    ++m_count;
    return p.id;
}

Status PatientImport::finish()
{
    if (!m_tx)
        return fail(ErrorCode::Internal, QCoreApplication::translate("rapport::PatientImport", "The import has not started."));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("patient.import"), QStringLiteral("patients"), {},
                                QStringLiteral("count=%1 source=%2").arg(m_count).arg(m_source)));
    m_st.reset();
    RAPPORT_TRY(m_tx->commit());
    m_tx.reset();
    return {};
}

} // namespace rapport
