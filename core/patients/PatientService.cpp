#include "patients/PatientService.h"

#include "Schema.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "patients/PatientRows.h"
#include "patients/PatientValidator.h"
#include "patients/PatientVocabulary.h"
#include "patients/PhoneNumbers.h"
#include "patients/SearchText.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::PatientService", text);
}

Error notFound()
{
    return Error{ErrorCode::NotFound, QCoreApplication::translate("rapport::PatientService", "This patient record does not exist. It may have been merged into another record."), {}};
}

// Field keys for "which fields changed": stored in events and the audit trail instead
// of the values themselves.
QStringList changedFields(const Patient& a, const Patient& b)
{
    QStringList out;
    auto check = [&](bool differs, const char* key) {
        if (differs)
            out << QString::fromLatin1(key);
    };
    check(a.givenName != b.givenName, "givenName");
    check(a.familyName != b.familyName, "familyName");
    check(a.preferredName != b.preferredName, "preferredName");
    check(a.dateOfBirth != b.dateOfBirth, "dateOfBirth");
    check(a.sex != b.sex, "sex");
    check(a.mobilePhone != b.mobilePhone, "mobilePhone");
    check(a.homePhone != b.homePhone, "homePhone");
    check(a.workPhone != b.workPhone, "workPhone");
    check(a.email != b.email, "email");
    check(!(a.address == b.address), "address");
    check(a.language != b.language, "language");
    check(a.preferredChannel != b.preferredChannel, "preferredChannel");
    check(a.preferredContactTimes != b.preferredContactTimes, "preferredContactTimes");
    check(a.tags != b.tags, "tags");
    check(a.relationshipNotes != b.relationshipNotes, "relationshipNotes");
    check(a.externalId != b.externalId, "externalId");
    return out;
}

QString fieldName(const QString& key)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("givenName"), QT_TRANSLATE_NOOP("rapport::PatientService", "given name")},
        {QStringLiteral("familyName"), QT_TRANSLATE_NOOP("rapport::PatientService", "family name")},
        {QStringLiteral("preferredName"), QT_TRANSLATE_NOOP("rapport::PatientService", "preferred name")},
        {QStringLiteral("dateOfBirth"), QT_TRANSLATE_NOOP("rapport::PatientService", "date of birth")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("rapport::PatientService", "sex")},
        {QStringLiteral("mobilePhone"), QT_TRANSLATE_NOOP("rapport::PatientService", "mobile phone")},
        {QStringLiteral("homePhone"), QT_TRANSLATE_NOOP("rapport::PatientService", "home phone")},
        {QStringLiteral("workPhone"), QT_TRANSLATE_NOOP("rapport::PatientService", "work phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("rapport::PatientService", "e-mail")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("rapport::PatientService", "address")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("rapport::PatientService", "language")},
        {QStringLiteral("preferredChannel"), QT_TRANSLATE_NOOP("rapport::PatientService", "preferred channel")},
        {QStringLiteral("preferredContactTimes"), QT_TRANSLATE_NOOP("rapport::PatientService", "preferred contact times")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("rapport::PatientService", "tags")},
        {QStringLiteral("relationshipNotes"), QT_TRANSLATE_NOOP("rapport::PatientService", "relationship notes")},
        {QStringLiteral("externalId"), QT_TRANSLATE_NOOP("rapport::PatientService", "external id")},
    };
    const auto it = names.find(key);
    return it == names.end() ? key : QCoreApplication::translate("rapport::PatientService", it.value());
}

void fillEmpty(QString& kept, const QString& other)
{
    if (kept.isEmpty())
        kept = other;
}
} // namespace

QString DuplicateMatch::describe() const
{
    QStringList parts;
    if (reasons & SameNameAndDateOfBirth)
        parts << QCoreApplication::translate("rapport::PatientService", "same name and date of birth");
    if (reasons & SamePhone)
        parts << QCoreApplication::translate("rapport::PatientService", "same phone number");
    if (reasons & SameEmail)
        parts << QCoreApplication::translate("rapport::PatientService", "same e-mail address");
    return parts.join(QStringLiteral(", "));
}

PatientService::PatientService(Clinic& clinic)
    : m_clinic(clinic)
{
}

QString PatientService::region() const
{
    return SettingsService(m_clinic).region();
}

QDate PatientService::today() const
{
    return SettingsService(m_clinic).today();
}

int PatientService::adultAge() const
{
    return SettingsService(m_clinic).get(QStringLiteral("patients.adultAge")).value_or(QStringLiteral("18")).toInt();
}

bool PatientService::guardianRequiredForMinors() const
{
    return SettingsService(m_clinic).get(QStringLiteral("patients.requireGuardianForMinors")).value_or(QStringLiteral("yes"))
        == QStringLiteral("yes");
}

Result<Patient> PatientService::load(const QString& patientId)
{
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + PatientRows::columns()
                                                + QStringLiteral(" FROM patients WHERE id = :id")));
    st.bind(":id", patientId);
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found)
        return std::unexpected(notFound());
    Patient p = PatientRows::read(st);
    RAPPORT_TRY_ASSIGN(Statement tags, db.prepare("SELECT tag FROM patient_tags WHERE patient_id = :id ORDER BY tag"));
    tags.bind(":id", patientId);
    RAPPORT_TRY(tags.forEach([&](const Statement&) {
        p.tags << tags.text(0);
    }));
    return p;
}

Status PatientService::writeRow(const Patient& p, bool insert)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(insert ? PatientRows::insertSql()
                                                                        : PatientRows::updateSql()));
    PatientRows::bindWrite(st, p, m_clinic.session().userId, insert);
    return st.exec();
}

Status PatientService::writeTags(const Patient& p)
{
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Statement del, db.prepare("DELETE FROM patient_tags WHERE patient_id = :id"));
    del.bind(":id", p.id);
    RAPPORT_TRY(del.exec());
    RAPPORT_TRY_ASSIGN(Statement ins, db.prepare("INSERT OR IGNORE INTO patient_tags(patient_id, tag) VALUES (:id, :tag)"));
    for (const QString& tag : p.tags) {
        ins.bind(":id", p.id).bind(":tag", tag);
        RAPPORT_TRY(ins.exec());
    }
    return {};
}

Status PatientService::writeSearchTerms(const Patient& p)
{
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Statement local, db.prepare("SELECT local_id, search_docid FROM patients WHERE id = :id"));
    local.bind(":id", p.id);
    RAPPORT_TRY_ASSIGN(const bool found, local.next());
    if (!found)
        return std::unexpected(notFound());
    const qint64 localId = local.int64(0);
    const bool indexed = !local.isNull(1);
    const qint64 oldDocid = local.int64(1);
    local = Statement();
    if (indexed) {
        RAPPORT_TRY_ASSIGN(Statement del, db.prepare("DELETE FROM patient_search WHERE docid = :d"));
        del.bind(":d", oldDocid);
        RAPPORT_TRY(del.exec());
    }
    // A merged record is found through the record it was merged into.
    const bool searchable = p.mergedInto.isEmpty();
    const qint64 docid = SearchText::docidFor(p, localId);
    RAPPORT_TRY_ASSIGN(Statement upd, db.prepare("UPDATE patients SET search_docid = :d WHERE local_id = :l"));
    upd.bind(":l", localId);
    if (searchable)
        upd.bind(":d", docid);
    else
        upd.bindNull(":d");
    RAPPORT_TRY(upd.exec());
    if (!searchable)
        return {};
    RAPPORT_TRY_ASSIGN(Statement ins, db.prepare("INSERT INTO patient_search(docid, terms) VALUES (:d, :t)"));
    ins.bind(":d", docid).bind(":t", SearchText::termsFor(p));
    return ins.exec();
}

Status PatientService::addEvent(const QString& patientId, const QString& kind, const QString& detail)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(PatientRows::insertEventSql()));
    st.bind(":id", Uuid::create(m_clinic.clock().nowMs()))
        .bind(":p", patientId)
        .bind(":at", m_clinic.clock().now())
        .bind(":kind", kind)
        .bind(":actor", m_clinic.session().userId)
        .bind(":detail", detail);
    return st.exec();
}

Status PatientService::checkGuardianRule(const Patient& p, bool hasGuardian)
{
    if (!guardianRequiredForMinors() || hasGuardian || !p.dateOfBirth.isValid())
        return {};
    const int age = p.ageOn(today());
    if (age >= 0 && age < adultAge())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::PatientService",
                                                "%1 is %n year(s) old, and the clinic requires a parent or guardian for patients under %2. Add one under Family and care links.",
                                                nullptr, age)
                        .arg(p.displayName())
                        .arg(adultAge()),
                    QStringLiteral("guardian"));
    return {};
}

Result<bool> PatientService::hasActiveGuardian(const QString& patientId)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT 1 FROM patient_links WHERE patient_id = :p AND kind = 'guardian'"
                                         " AND ended_at IS NULL LIMIT 1"));
    st.bind(":p", patientId);
    return st.next();
}

Result<QList<DuplicateMatch>> PatientService::findDuplicates(const Patient& candidateIn)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    Patient candidate = candidateIn;
    // Compare normalised values; a phone that does not parse simply matches nothing.
    const QString reg = region();
    for (QString* phone : {&candidate.mobilePhone, &candidate.homePhone, &candidate.workPhone})
        *phone = PhoneNumbers::toE164(*phone, reg).value_or(QString());

    Database& db = m_clinic.database();
    QMap<QString, DuplicateMatch> found;
    auto collect = [&](Statement& st, int reason) -> Status {
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            const QString id = st.text(0);
            if (id == candidate.id)
                return;
            DuplicateMatch& m = found[id];
            m.patientId = id;
            Patient shown;
            shown.givenName = st.text(1);
            shown.familyName = st.text(2);
            shown.preferredName = st.text(3);
            m.displayName = shown.displayName();
            m.dateOfBirth = st.isNull(4) ? QDate() : QDate::fromString(st.text(4), Qt::ISODate);
            m.status = PatientVocabulary::statusFromKey(st.text(5)).value_or(PatientStatus::Active);
            m.reasons |= reason;
        }));
        return {};
    };
    const QString cols = QStringLiteral("SELECT id, given_name, family_name, preferred_name, date_of_birth, status"
                                        " FROM patients WHERE merged_into IS NULL AND ");
    if (candidate.dateOfBirth.isValid()) {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(cols + QStringLiteral("date_of_birth = :dob AND name_key = :key")));
        st.bind(":dob", candidate.dateOfBirth.toString(Qt::ISODate)).bind(":key", PatientRows::nameKey(candidate));
        RAPPORT_TRY(collect(st, DuplicateMatch::SameNameAndDateOfBirth));
    }
    for (const QString& phone : {candidate.mobilePhone, candidate.homePhone, candidate.workPhone}) {
        if (phone.isEmpty())
            continue;
        for (const char* column : {"mobile_phone", "home_phone", "work_phone"}) {
            RAPPORT_TRY_ASSIGN(Statement st,
                               db.prepare(cols + QString::fromLatin1(column) + QStringLiteral(" = :phone")));
            st.bind(":phone", phone);
            RAPPORT_TRY(collect(st, DuplicateMatch::SamePhone));
        }
    }
    if (!candidate.email.trimmed().isEmpty()) {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(cols + QStringLiteral("email_key = :email")));
        st.bind(":email", candidate.email.trimmed().toLower());
        RAPPORT_TRY(collect(st, DuplicateMatch::SameEmail));
    }
    QList<DuplicateMatch> out = found.values();
    // Strongest evidence first: name and date of birth, then the number of reasons.
    std::stable_sort(out.begin(), out.end(), [](const DuplicateMatch& a, const DuplicateMatch& b) {
        const bool an = a.reasons & DuplicateMatch::SameNameAndDateOfBirth;
        const bool bn = b.reasons & DuplicateMatch::SameNameAndDateOfBirth;
        if (an != bn)
            return an;
        return qPopulationCount(quint32(a.reasons)) > qPopulationCount(quint32(b.reasons));
    });
    return out;
}

Status PatientService::insertLink(PatientLink& link)
{
    RAPPORT_TRY(PatientValidator::checkLink(link, region()));
    Database& db = m_clinic.database();
    if (link.isToPatient()) {
        RAPPORT_TRY_ASSIGN(Statement exists, db.prepare("SELECT 1 FROM patients WHERE id = :id AND merged_into IS NULL"));
        exists.bind(":id", link.relatedPatientId);
        RAPPORT_TRY_ASSIGN(const bool found, exists.next());
        if (!found)
            return fail(ErrorCode::NotFound, tr("The linked patient does not exist."));
    }
    link.id = Uuid::create(m_clinic.clock().nowMs());
    link.createdAt = m_clinic.clock().now();
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(PatientRows::insertLinkSql()));
    PatientRows::bindLink(st, link, m_clinic.session().userId);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("patient.link.add"), QStringLiteral("patient"), link.patientId,
                                QStringLiteral("link=%1 kind=%2%3")
                                    .arg(link.id, PatientVocabulary::key(link.kind),
                                         link.isToPatient() ? QStringLiteral(" related=") + link.relatedPatientId
                                                            : QString())));
    return {};
}

Result<Patient> PatientService::create(const Patient& draft, const QList<PatientLink>& links,
                                       PatientCreateOptions options)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::EditPatients));
    Patient p = draft;
    RAPPORT_TRY(PatientValidator::normalise(p, region(), today()));
    bool hasGuardian = false;
    for (const PatientLink& l : links)
        hasGuardian |= l.kind == LinkKind::Guardian;
    RAPPORT_TRY(checkGuardianRule(p, hasGuardian));
    p.id = Uuid::create(m_clinic.clock().nowMs());
    if (!options.allowDuplicates) {
        RAPPORT_TRY_ASSIGN(const QList<DuplicateMatch> dups, findDuplicates(p));
        if (!dups.isEmpty())
            return fail(ErrorCode::Conflict,
                        tr("This may be a patient the clinic already has: %1 (%2). Open the existing record, or save anyway if they are different people.")
                            .arg(dups.first().displayName, dups.first().describe()),
                        dups.first().patientId);
    }
    p.status = draft.status == PatientStatus::Archived ? PatientStatus::Active : draft.status;
    p.mergedInto.clear();
    p.createdAt = m_clinic.clock().now();
    p.updatedAt = p.createdAt;

    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY(writeRow(p, true));
    RAPPORT_TRY(writeTags(p));
    RAPPORT_TRY(writeSearchTerms(p));
    RAPPORT_TRY(addEvent(p.id, QStringLiteral("record.created"), {}));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("patient.create"), QStringLiteral("patient"), p.id));
    for (PatientLink link : links) {
        link.patientId = p.id;
        RAPPORT_TRY(insertLink(link));
    }
    RAPPORT_TRY(tx.commit());
    return p;
}

Result<Patient> PatientService::update(const Patient& changed, PatientCreateOptions options)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::EditPatients));
    RAPPORT_TRY_ASSIGN(const Patient before, load(changed.id));
    if (!before.mergedInto.isEmpty())
        return fail(ErrorCode::Conflict, tr("This record was merged into another one; edit that record instead."));
    Patient p = changed;
    RAPPORT_TRY(PatientValidator::normalise(p, region(), today()));
    p.status = before.status;
    p.mergedInto = before.mergedInto;
    p.createdAt = before.createdAt;
    const QStringList fields = changedFields(before, p);
    if (fields.isEmpty())
        return before;
    if (p.dateOfBirth != before.dateOfBirth) {
        RAPPORT_TRY_ASSIGN(const bool guardian, hasActiveGuardian(p.id));
        RAPPORT_TRY(checkGuardianRule(p, guardian));
    }
    if (!options.allowDuplicates) {
        RAPPORT_TRY_ASSIGN(const QList<DuplicateMatch> dups, findDuplicates(p));
        // Only what the change brings in: matches the record already had are not news.
        RAPPORT_TRY_ASSIGN(const QList<DuplicateMatch> old, findDuplicates(before));
        QStringList known;
        for (const DuplicateMatch& m : old)
            known << m.patientId;
        for (const DuplicateMatch& m : dups)
            if (!known.contains(m.patientId))
                return fail(ErrorCode::Conflict,
                            tr("With this change the record looks like another patient's: %1 (%2). Check before saving, or save anyway if they are different people.")
                                .arg(m.displayName, m.describe()),
                            m.patientId);
    }
    p.updatedAt = m_clinic.clock().now();
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY(writeRow(p, false));
    RAPPORT_TRY(writeTags(p));
    RAPPORT_TRY(writeSearchTerms(p));
    RAPPORT_TRY(addEvent(p.id, QStringLiteral("record.changed"), fields.join(QLatin1Char(','))));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("patient.update"), QStringLiteral("patient"), p.id,
                                QStringLiteral("fields=") + fields.join(QLatin1Char(','))));
    RAPPORT_TRY(tx.commit());
    return p;
}

Result<Patient> PatientService::open(const QString& patientId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    RAPPORT_TRY_ASSIGN(Patient p, load(patientId));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("patient.open"), QStringLiteral("patient"), p.id));
    return p;
}

Status PatientService::setStatus(const QString& patientId, PatientStatus status)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::EditPatients));
    RAPPORT_TRY_ASSIGN(Patient p, load(patientId));
    if (p.status == status)
        return {};
    if (!p.mergedInto.isEmpty())
        return fail(ErrorCode::Conflict, tr("This record was merged into another one and stays archived."));
    const PatientStatus from = p.status;
    p.status = status;
    p.updatedAt = m_clinic.clock().now();
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY(writeRow(p, false));
    RAPPORT_TRY(writeSearchTerms(p)); // the status orders search results
    RAPPORT_TRY(addEvent(p.id, QStringLiteral("status"),
                         PatientVocabulary::key(from) + QLatin1Char('>') + PatientVocabulary::key(status)));
    RAPPORT_TRY(m_clinic.record(status == PatientStatus::Archived ? QStringLiteral("patient.archive")
                                                                  : QStringLiteral("patient.status"),
                                QStringLiteral("patient"), p.id,
                                QStringLiteral("from=%1 to=%2").arg(PatientVocabulary::key(from), PatientVocabulary::key(status))));
    return tx.commit();
}

Result<Patient> PatientService::merge(const QString& keptId, const QString& mergedId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::MergePatients));
    if (keptId == mergedId)
        return fail(ErrorCode::InvalidInput, tr("Choose two different records to merge."));
    RAPPORT_TRY_ASSIGN(Patient kept, load(keptId));
    RAPPORT_TRY_ASSIGN(Patient merged, load(mergedId));
    if (!kept.mergedInto.isEmpty() || !merged.mergedInto.isEmpty())
        return fail(ErrorCode::Conflict, tr("One of these records has already been merged."));

    // The kept record wins; its empty fields are filled from the other.
    fillEmpty(kept.givenName, merged.givenName);
    fillEmpty(kept.familyName, merged.familyName);
    fillEmpty(kept.preferredName, merged.preferredName);
    if (!kept.dateOfBirth.isValid())
        kept.dateOfBirth = merged.dateOfBirth;
    if (kept.sex == Sex::Unknown)
        kept.sex = merged.sex;
    fillEmpty(kept.mobilePhone, merged.mobilePhone);
    fillEmpty(kept.homePhone, merged.homePhone);
    fillEmpty(kept.workPhone, merged.workPhone);
    fillEmpty(kept.email, merged.email);
    if (kept.address.isEmpty())
        kept.address = merged.address;
    fillEmpty(kept.language, merged.language);
    if (kept.preferredChannel == ContactChannel::None)
        kept.preferredChannel = merged.preferredChannel;
    fillEmpty(kept.preferredContactTimes, merged.preferredContactTimes);
    if (!merged.relationshipNotes.isEmpty() && !kept.relationshipNotes.contains(merged.relationshipNotes))
        kept.relationshipNotes = kept.relationshipNotes.isEmpty()
            ? merged.relationshipNotes
            : kept.relationshipNotes + QLatin1Char('\n') + merged.relationshipNotes;
    fillEmpty(kept.externalId, merged.externalId);
    for (const QString& tag : merged.tags)
        if (!kept.tags.contains(tag))
            kept.tags << tag;
    kept.updatedAt = m_clinic.clock().now();
    merged.status = PatientStatus::Archived;
    merged.mergedInto = kept.id;
    merged.updatedAt = kept.updatedAt;

    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    // Each statement names :keep, :merged or both.
    auto run = [&](const char* sql) -> Status {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(sql));
        if (QByteArray(sql).contains(":keep"))
            st.bind(":keep", kept.id);
        if (QByteArray(sql).contains(":merged"))
            st.bind(":merged", merged.id);
        return st.exec();
    };
    RAPPORT_TRY(run("UPDATE patient_links SET patient_id = :keep WHERE patient_id = :merged"));
    RAPPORT_TRY(run("UPDATE patient_links SET related_patient_id = :keep WHERE related_patient_id = :merged"));
    // A link between the two records would become a link to oneself: end it.
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE patient_links SET ended_at = :t"
                                                    " WHERE patient_id = :keep AND related_patient_id = :keep"
                                                    " AND ended_at IS NULL"));
        st.bind(":t", kept.updatedAt).bind(":keep", kept.id);
        RAPPORT_TRY(st.exec());
    }
    RAPPORT_TRY(run("UPDATE consents SET patient_id = :keep WHERE patient_id = :merged"));
    RAPPORT_TRY(run("DELETE FROM consent_current WHERE patient_id IN (:keep, :merged)"));
    // The latest decision per channel and purpose across both histories is in force.
    RAPPORT_TRY(run("INSERT INTO consent_current(patient_id, channel, purpose, granted, consent_id)"
                    " SELECT c.patient_id, c.channel, c.purpose, c.granted, c.id FROM consents c"
                    " WHERE c.patient_id = :keep AND c.id = (SELECT c2.id FROM consents c2"
                    " WHERE c2.patient_id = c.patient_id AND c2.channel = c.channel AND c2.purpose = c.purpose"
                    " ORDER BY c2.recorded_at DESC, c2.id DESC LIMIT 1)"));
    RAPPORT_TRY(run("UPDATE patient_events SET patient_id = :keep WHERE patient_id = :merged"));
    RAPPORT_TRY(run("DELETE FROM patient_tags WHERE patient_id = :merged"));
    // Every other area's rows that point at a patient move too. A row the kept patient
    // already has its own of (one recall per type) stays with the archived record.
    for (const PatientReference& ref : patientReferences()) {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("UPDATE OR IGNORE %1 SET %2 = :keep WHERE %2 = :merged")
                                                        .arg(ref.table, ref.column)));
        st.bind(":keep", kept.id).bind(":merged", merged.id);
        RAPPORT_TRY(st.exec());
    }
    RAPPORT_TRY(writeRow(kept, false));
    RAPPORT_TRY(writeTags(kept));
    RAPPORT_TRY(writeSearchTerms(kept));
    RAPPORT_TRY(writeRow(merged, false));
    RAPPORT_TRY(writeSearchTerms(merged));
    RAPPORT_TRY(addEvent(kept.id, QStringLiteral("merge"), merged.id));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("patient.merge"), QStringLiteral("patient"), kept.id,
                                QStringLiteral("merged=") + merged.id));
    RAPPORT_TRY(tx.commit());
    return kept;
}

Result<ConsentRecord> PatientService::recordConsent(const QString& patientId, ContactChannel channel,
                                                    ConsentPurpose purpose, bool granted, ConsentMethod method,
                                                    const QString& note)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::EditPatients));
    if (channel == ContactChannel::None)
        return fail(ErrorCode::InvalidInput, tr("Choose the channel the decision is about."));
    RAPPORT_TRY_ASSIGN(const Patient p, load(patientId));
    ConsentRecord c;
    c.id = Uuid::create(m_clinic.clock().nowMs());
    c.patientId = p.id;
    c.channel = channel;
    c.purpose = purpose;
    c.granted = granted;
    c.method = method;
    c.recordedAt = m_clinic.clock().now();
    c.recordedBy = m_clinic.session().userId;
    c.recordedByName = m_clinic.session().displayName;
    c.note = note.trimmed();
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(PatientRows::insertConsentSql()));
    RAPPORT_TRY_ASSIGN(Statement cur, db.prepare(PatientRows::upsertCurrentConsentSql()));
    PatientRows::bindConsent(st, cur, c);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(cur.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("patient.consent"), QStringLiteral("patient"), c.patientId,
                                QStringLiteral("%1/%2=%3").arg(PatientVocabulary::key(channel), PatientVocabulary::key(purpose),
                                                              granted ? QStringLiteral("granted") : QStringLiteral("withdrawn"))));
    RAPPORT_TRY(tx.commit());
    return c;
}

namespace {
Result<QList<ConsentRecord>> readConsents(Statement& st)
{
    QList<ConsentRecord> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        ConsentRecord c;
        c.id = st.text(0);
        c.patientId = st.text(1);
        c.channel = PatientVocabulary::channelFromKey(st.text(2)).value_or(ContactChannel::None);
        c.purpose = PatientVocabulary::purposeFromKey(st.text(3)).value_or(ConsentPurpose::AppointmentReminders);
        c.granted = st.boolean(4);
        c.method = PatientVocabulary::methodFromKey(st.text(5)).value_or(ConsentMethod::InPerson);
        c.recordedAt = st.dateTime(6);
        c.recordedBy = st.text(7);
        c.recordedByName = st.text(8);
        c.note = st.text(9);
        out << c;
    }));
    return out;
}
} // namespace

Result<QList<ConsentRecord>> PatientService::consentHistory(const QString& patientId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT c.id, c.patient_id, c.channel, c.purpose, c.granted, c.method,"
                                         " c.recorded_at, c.recorded_by, s.display_name, c.note FROM consents c"
                                         " LEFT JOIN staff s ON s.id = c.recorded_by WHERE c.patient_id = :p"
                                         " ORDER BY c.recorded_at DESC, c.id DESC"));
    st.bind(":p", patientId);
    return readConsents(st);
}

Result<QList<ConsentRecord>> PatientService::currentConsents(const QString& patientId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT c.id, c.patient_id, c.channel, c.purpose, c.granted, c.method,"
                                         " c.recorded_at, c.recorded_by, s.display_name, c.note FROM consent_current k"
                                         " JOIN consents c ON c.id = k.consent_id LEFT JOIN staff s ON s.id = c.recorded_by"
                                         " WHERE k.patient_id = :p ORDER BY c.channel, c.purpose"));
    st.bind(":p", patientId);
    return readConsents(st);
}

Result<bool> PatientService::hasConsent(const QString& patientId, ContactChannel channel, ConsentPurpose purpose)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT granted FROM consent_current WHERE patient_id = :p AND channel = :ch"
                                         " AND purpose = :pu"));
    st.bind(":p", patientId).bind(":ch", PatientVocabulary::key(channel)).bind(":pu", PatientVocabulary::key(purpose));
    RAPPORT_TRY_ASSIGN(const bool row, st.next());
    return row && st.boolean(0);
}

Result<PatientLink> PatientService::addLink(const PatientLink& linkIn)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::EditPatients));
    RAPPORT_TRY_ASSIGN(const Patient p, load(linkIn.patientId));
    PatientLink link = linkIn;
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY(insertLink(link));
    RAPPORT_TRY(addEvent(p.id, QStringLiteral("link.added"), link.id));
    RAPPORT_TRY(tx.commit());
    return link;
}

Status PatientService::endLink(const QString& linkId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::EditPatients));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Statement find, db.prepare("SELECT patient_id, kind FROM patient_links WHERE id = :id"
                                                  " AND ended_at IS NULL"));
    find.bind(":id", linkId);
    RAPPORT_TRY_ASSIGN(const bool found, find.next());
    if (!found)
        return fail(ErrorCode::NotFound, tr("This link no longer exists."));
    const QString patientId = find.text(0);
    const bool guardian = find.text(1) == QStringLiteral("guardian");
    find = Statement();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE patient_links SET ended_at = :t, ended_by = :by WHERE id = :id"));
    st.bind(":t", m_clinic.clock().now()).bind(":by", m_clinic.session().userId).bind(":id", linkId);
    RAPPORT_TRY(st.exec());
    if (guardian) {
        RAPPORT_TRY_ASSIGN(const Patient p, load(patientId));
        RAPPORT_TRY_ASSIGN(const bool stillHasGuardian, hasActiveGuardian(patientId));
        RAPPORT_TRY(checkGuardianRule(p, stillHasGuardian));
    }
    RAPPORT_TRY(addEvent(patientId, QStringLiteral("link.ended"), linkId));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("patient.link.end"), QStringLiteral("patient"), patientId,
                                QStringLiteral("link=") + linkId));
    return tx.commit();
}

Result<QList<PatientLink>> PatientService::links(const QString& patientId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT l.id, l.patient_id, l.kind, l.related_patient_id, l.contact_name,"
                                         " l.contact_phone, l.contact_email, l.note, l.created_at,"
                                         " o.given_name, o.family_name, o.preferred_name, r.given_name, r.family_name,"
                                         " r.preferred_name"
                                         " FROM patient_links l"
                                         " JOIN patients o ON o.id = l.patient_id"
                                         " LEFT JOIN patients r ON r.id = l.related_patient_id"
                                         " WHERE (l.patient_id = :p OR l.related_patient_id = :p) AND l.ended_at IS NULL"
                                         " ORDER BY l.created_at"));
    st.bind(":p", patientId);
    QList<PatientLink> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        PatientLink l;
        l.id = st.text(0);
        l.patientId = st.text(1);
        l.kind = PatientVocabulary::linkKindFromKey(st.text(2)).value_or(LinkKind::EmergencyContact);
        l.relatedPatientId = st.text(3);
        l.contactName = st.text(4);
        l.contactPhone = st.text(5);
        l.contactEmail = st.text(6);
        l.note = st.text(7);
        l.createdAt = st.dateTime(8);
        Patient owner, related;
        owner.givenName = st.text(9);
        owner.familyName = st.text(10);
        owner.preferredName = st.text(11);
        related.givenName = st.text(12);
        related.familyName = st.text(13);
        related.preferredName = st.text(14);
        // Seen from the other side, the name to show is the owner's.
        if (l.patientId == patientId)
            l.relatedDisplayName = l.isToPatient() ? related.displayName() : l.contactName;
        else
            l.relatedDisplayName = owner.displayName();
        out << l;
    }));
    return out;
}

Result<QList<TimelineEntry>> PatientService::timeline(const QString& patientId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    Database& db = m_clinic.database();
    QList<TimelineEntry> out;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT e.id, e.at, e.kind, e.detail, s.display_name"
                                                    " FROM patient_events e LEFT JOIN staff s ON s.id = e.actor_id"
                                                    " WHERE e.patient_id = :p ORDER BY e.at DESC, e.rowid DESC"));
        st.bind(":p", patientId);
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            TimelineEntry t;
            t.sourceId = st.text(0);
            t.at = st.dateTime(1);
            t.kind = st.text(2);
            const QString detail = st.text(3);
            t.actorName = st.text(4);
            if (t.kind == QStringLiteral("record.created")) {
                t.summary = tr("Record created");
            } else if (t.kind == QStringLiteral("record.changed")) {
                QStringList names;
                for (const QString& f : detail.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    names << fieldName(f);
                t.summary = tr("Record changed: %1").arg(names.join(QStringLiteral(", ")));
            } else if (t.kind == QStringLiteral("status")) {
                const auto to = PatientVocabulary::statusFromKey(detail.section(QLatin1Char('>'), 1));
                t.summary = tr("Status changed to %1").arg(PatientVocabulary::name(to.value_or(PatientStatus::Active)));
            } else if (t.kind == QStringLiteral("merge")) {
                t.summary = tr("Another record of the same person was merged into this one");
            } else if (t.kind == QStringLiteral("link.added") || t.kind == QStringLiteral("link.ended")) {
                return; // links are listed from their own table below
            } else {
                t.summary = t.kind;
            }
            out << t;
        }));
    }
    {
        RAPPORT_TRY_ASSIGN(const QList<ConsentRecord> consents, consentHistory(patientId));
        for (const ConsentRecord& c : consents) {
            TimelineEntry t;
            t.at = c.recordedAt;
            t.kind = QStringLiteral("consent");
            t.sourceId = c.id;
            t.actorName = c.recordedByName;
            t.summary = (c.granted ? tr("Consent granted: %1 — %2 (%3)") : tr("Consent withdrawn: %1 — %2 (%3)"))
                            .arg(PatientVocabulary::name(c.channel), PatientVocabulary::name(c.purpose),
                                 PatientVocabulary::name(c.method));
            out << t;
        }
    }
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(
                                             "SELECT l.id, l.kind, l.created_at, l.ended_at, l.patient_id, l.contact_name,"
                                             " r.given_name, r.family_name, r.preferred_name, o.given_name, o.family_name,"
                                             " o.preferred_name, cs.display_name, es.display_name"
                                             " FROM patient_links l JOIN patients o ON o.id = l.patient_id"
                                             " LEFT JOIN patients r ON r.id = l.related_patient_id"
                                             " LEFT JOIN staff cs ON cs.id = l.created_by"
                                             " LEFT JOIN staff es ON es.id = l.ended_by"
                                             " WHERE l.patient_id = :p OR l.related_patient_id = :p"));
        st.bind(":p", patientId);
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            const auto kind = PatientVocabulary::linkKindFromKey(st.text(1)).value_or(LinkKind::EmergencyContact);
            Patient related, owner;
            related.givenName = st.text(6);
            related.familyName = st.text(7);
            related.preferredName = st.text(8);
            owner.givenName = st.text(9);
            owner.familyName = st.text(10);
            owner.preferredName = st.text(11);
            const bool own = st.text(4) == patientId;
            const QString other = own ? (related.displayName().isEmpty() ? st.text(5) : related.displayName())
                                      : owner.displayName();
            TimelineEntry added;
            added.at = st.dateTime(2);
            added.kind = QStringLiteral("link");
            added.sourceId = st.text(0);
            added.actorName = st.text(12);
            added.summary = own ? tr("%1 added (%2)").arg(other, PatientVocabulary::name(kind))
                                : tr("Linked from %1's record (%2)").arg(other, PatientVocabulary::name(kind));
            out << added;
            if (!st.isNull(3)) {
                TimelineEntry ended = added;
                ended.at = st.dateTime(3);
                ended.summary = tr("Link to %1 ended").arg(other);
                ended.actorName = st.text(13);
                out << ended;
            }
        }));
    }
    // Newest first; in the same instant (a record created with its guardian) the creation
    // comes last, since everything else happened to the record it made.
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.at != b.at)
            return a.at > b.at;
        const bool aCreated = a.kind == QStringLiteral("record.created");
        const bool bCreated = b.kind == QStringLiteral("record.created");
        return !aCreated && bCreated;
    });
    return out;
}

Result<ContactPoint> PatientService::contactFor(const QString& patientId, ContactChannel channel)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewPatients));
    RAPPORT_TRY_ASSIGN(const Patient p, load(patientId));
    const QString region = SettingsService(m_clinic).region();
    auto own = [channel, &region](const Patient& x) -> QString {
        switch (channel) {
        case ContactChannel::Sms:
            return x.mobilePhone;
        case ContactChannel::Email:
            return x.email;
        case ContactChannel::Phone:
            return x.firstPhone();
        case ContactChannel::Letter: {
            if (x.address.line1.isEmpty())
                return {};
            return (QStringList{x.displayName()} + x.address.lines(region))
                .join(QLatin1Char('\n'));
        }
        case ContactChannel::None:
            return {};
        }
        return {};
    };
    ContactPoint point{own(p), {}, {}};
    const int age = p.ageOn(today());
    if (!point.isEmpty() || age < 0 || age >= adultAge())
        return point;
    // A minor is reached through their guardian's channel.
    RAPPORT_TRY_ASSIGN(const QList<PatientLink> ls, links(patientId));
    for (const PatientLink& l : ls) {
        if (l.kind != LinkKind::Guardian || l.patientId != patientId)
            continue;
        if (l.isToPatient()) {
            RAPPORT_TRY_ASSIGN(const Patient guardian, load(l.relatedPatientId));
            const QString address = own(guardian);
            if (!address.isEmpty())
                return ContactPoint{address, guardian.id, guardian.displayName()};
        } else {
            const QString address = channel == ContactChannel::Email ? l.contactEmail
                : (channel == ContactChannel::Sms || channel == ContactChannel::Phone) ? l.contactPhone
                                                                                       : QString();
            if (!address.isEmpty())
                return ContactPoint{address, {}, l.contactName};
        }
    }
    return point;
}

} // namespace rapport
