#include "patients/PatientRows.h"

#include "patients/PatientVocabulary.h"
#include "patients/SearchText.h"

#include <QStringList>

namespace rapport {

QString PatientRows::columns(const QString& alias)
{
    static const QStringList names{
        QStringLiteral("id"), QStringLiteral("given_name"), QStringLiteral("family_name"),
        QStringLiteral("preferred_name"), QStringLiteral("date_of_birth"), QStringLiteral("sex"),
        QStringLiteral("mobile_phone"), QStringLiteral("home_phone"), QStringLiteral("work_phone"),
        QStringLiteral("email"), QStringLiteral("address_line1"), QStringLiteral("address_line2"),
        QStringLiteral("city"), QStringLiteral("region"), QStringLiteral("postcode"), QStringLiteral("country"),
        QStringLiteral("language"), QStringLiteral("preferred_channel"), QStringLiteral("preferred_contact_times"),
        QStringLiteral("relationship_notes"), QStringLiteral("external_id"), QStringLiteral("status"),
        QStringLiteral("merged_into"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    if (alias.isEmpty())
        return names.join(QStringLiteral(", "));
    QStringList qualified;
    for (const QString& n : names)
        qualified << alias + QLatin1Char('.') + n;
    return qualified.join(QStringLiteral(", "));
}

Patient PatientRows::read(const Statement& st, int c)
{
    Patient p;
    p.id = st.text(c + 0);
    p.givenName = st.text(c + 1);
    p.familyName = st.text(c + 2);
    p.preferredName = st.text(c + 3);
    p.dateOfBirth = st.isNull(c + 4) ? QDate() : QDate::fromString(st.text(c + 4), Qt::ISODate);
    p.sex = PatientVocabulary::sexFromKey(st.text(c + 5)).value_or(Sex::Unknown);
    p.mobilePhone = st.text(c + 6);
    p.homePhone = st.text(c + 7);
    p.workPhone = st.text(c + 8);
    p.email = st.text(c + 9);
    p.address = PostalAddress{st.text(c + 10), st.text(c + 11), st.text(c + 12),
                              st.text(c + 13), st.text(c + 14), st.text(c + 15)};
    p.language = st.text(c + 16);
    p.preferredChannel = PatientVocabulary::channelFromKey(st.text(c + 17)).value_or(ContactChannel::None);
    p.preferredContactTimes = st.text(c + 18);
    p.relationshipNotes = st.text(c + 19);
    p.externalId = st.text(c + 20);
    p.status = PatientVocabulary::statusFromKey(st.text(c + 21)).value_or(PatientStatus::Active);
    p.mergedInto = st.text(c + 22);
    p.createdAt = st.dateTime(c + 23);
    p.updatedAt = st.dateTime(c + 24);
    return p;
}

int PatientRows::statusRank(PatientStatus status)
{
    return static_cast<int>(status);
}

QString PatientRows::nameKey(const Patient& p)
{
    return SearchText::words(p.familyName).join(QLatin1Char(' ')) + QLatin1Char('|')
        + SearchText::words(p.givenName).join(QLatin1Char(' '));
}

const char* PatientRows::insertSql()
{
    return "INSERT INTO patients(local_id, search_docid, id, given_name, family_name, preferred_name, name_key, date_of_birth, sex,"
           " mobile_phone, home_phone, work_phone, email, email_key, address_line1, address_line2, city, region,"
           " postcode, country, language, preferred_channel, preferred_contact_times, relationship_notes,"
           " external_id, status, status_rank, merged_into, created_at, updated_at, created_by, updated_by)"
           " VALUES (:local, :docid, :id, :given, :family, :preferred, :namekey, :dob, :sex, :mobile, :home, :work, :email,"
           " :emailkey, :l1, :l2, :city, :region, :postcode, :country, :language, :channel, :times, :notes,"
           " :external, :status, :rank, :merged, :created, :updated, :by, :by)";
}

const char* PatientRows::updateSql()
{
    return "UPDATE patients SET given_name = :given, family_name = :family, preferred_name = :preferred,"
           " name_key = :namekey, date_of_birth = :dob, sex = :sex, mobile_phone = :mobile, home_phone = :home,"
           " work_phone = :work, email = :email, email_key = :emailkey, address_line1 = :l1, address_line2 = :l2,"
           " city = :city, region = :region, postcode = :postcode, country = :country, language = :language,"
           " preferred_channel = :channel, preferred_contact_times = :times, relationship_notes = :notes,"
           " external_id = :external, status = :status, status_rank = :rank, merged_into = :merged,"
           " updated_at = :updated, updated_by = :by WHERE id = :id";
}

void PatientRows::bindWrite(Statement& st, const Patient& p, const QString& actorId, bool insert)
{
    st.bind(":id", p.id)
        .bind(":given", p.givenName)
        .bind(":family", p.familyName)
        .bind(":preferred", p.preferredName)
        .bind(":namekey", nameKey(p))
        .bindOrNull(":dob", p.dateOfBirth.isValid() ? p.dateOfBirth.toString(Qt::ISODate) : QString())
        .bind(":sex", PatientVocabulary::key(p.sex))
        .bind(":mobile", p.mobilePhone)
        .bind(":home", p.homePhone)
        .bind(":work", p.workPhone)
        .bind(":email", p.email)
        .bind(":emailkey", p.email.toLower())
        .bind(":l1", p.address.line1)
        .bind(":l2", p.address.line2)
        .bind(":city", p.address.city)
        .bind(":region", p.address.region)
        .bind(":postcode", p.address.postcode)
        .bind(":country", p.address.country)
        .bind(":language", p.language)
        .bind(":channel", PatientVocabulary::key(p.preferredChannel))
        .bind(":times", p.preferredContactTimes)
        .bind(":notes", p.relationshipNotes)
        .bind(":external", p.externalId)
        .bind(":status", PatientVocabulary::key(p.status))
        .bind(":rank", statusRank(p.status))
        .bindOrNull(":merged", p.mergedInto)
        .bind(":updated", p.updatedAt)
        .bind(":by", actorId);
    if (insert) {
        // The row id and search key are NULL here (SQLite picks the row id) unless a bulk
        // import sets them with bindLocalId.
        st.bind(":created", p.createdAt).bindNull(":local").bindNull(":docid");
    }
}

void PatientRows::bindLocalId(Statement& insert, qint64 localId, qint64 searchDocid)
{
    insert.bind(":local", localId).bind(":docid", searchDocid);
}

const char* PatientRows::insertConsentSql()
{
    return "INSERT INTO consents(id, patient_id, channel, purpose, granted, method, recorded_at, recorded_by, note)"
           " VALUES (:id, :p, :ch, :pu, :g, :m, :at, :by, :note)";
}

const char* PatientRows::upsertCurrentConsentSql()
{
    return "INSERT OR REPLACE INTO consent_current(patient_id, channel, purpose, granted, consent_id)"
           " VALUES (:p, :ch, :pu, :g, :id)";
}

void PatientRows::bindConsent(Statement& insert, Statement& current, const ConsentRecord& c)
{
    insert.bind(":id", c.id)
        .bind(":p", c.patientId)
        .bind(":ch", PatientVocabulary::key(c.channel))
        .bind(":pu", PatientVocabulary::key(c.purpose))
        .bind(":g", c.granted)
        .bind(":m", PatientVocabulary::key(c.method))
        .bind(":at", c.recordedAt)
        .bind(":by", c.recordedBy)
        .bind(":note", c.note);
    current.bind(":p", c.patientId)
        .bind(":ch", PatientVocabulary::key(c.channel))
        .bind(":pu", PatientVocabulary::key(c.purpose))
        .bind(":g", c.granted)
        .bind(":id", c.id);
}

const char* PatientRows::insertLinkSql()
{
    return "INSERT INTO patient_links(id, patient_id, kind, related_patient_id, contact_name, contact_phone,"
           " contact_email, note, created_at, created_by) VALUES (:id, :p, :kind, :rel, :name, :phone, :email,"
           " :note, :at, :by)";
}

void PatientRows::bindLink(Statement& st, const PatientLink& link, const QString& actorId)
{
    st.bind(":id", link.id)
        .bind(":p", link.patientId)
        .bind(":kind", PatientVocabulary::key(link.kind))
        .bindOrNull(":rel", link.relatedPatientId)
        .bind(":name", link.contactName)
        .bind(":phone", link.contactPhone)
        .bind(":email", link.contactEmail)
        .bind(":note", link.note)
        .bind(":at", link.createdAt)
        .bind(":by", actorId);
}

const char* PatientRows::insertEventSql()
{
    return "INSERT INTO patient_events(id, patient_id, at, kind, actor_id, detail)"
           " VALUES (:id, :p, :at, :kind, :actor, :detail)";
}

} // namespace rapport
