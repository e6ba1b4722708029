#include "messaging/ContactLookup.h"

#include "patients/PatientService.h"
#include "patients/PatientVocabulary.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

namespace rapport {

namespace {

// SQLite 3.15 allows 999 bound parameters; a few hundred ids per query keeps well below.
constexpr int kChunk = 400;

// The columns both the patient and the guardian are read with.
const char* const kPersonColumns = "given_name, family_name, preferred_name, mobile_phone, home_phone, work_phone,"
                                   " address_line1, address_line2, city, region, postcode, country";

Patient readPerson(const Statement& st, int c)
{
    Patient p;
    p.givenName = st.text(c++);
    p.familyName = st.text(c++);
    p.preferredName = st.text(c++);
    p.mobilePhone = st.text(c++);
    p.homePhone = st.text(c++);
    p.workPhone = st.text(c++);
    p.address.line1 = st.text(c++);
    p.address.line2 = st.text(c++);
    p.address.city = st.text(c++);
    p.address.region = st.text(c++);
    p.address.postcode = st.text(c++);
    p.address.country = st.text(c++);
    return p;
}


bool reachable(const PatientContact& c, ContactChannel channel)
{
    return channel == ContactChannel::Letter ? !c.addressLines.isEmpty() : !c.phone.isEmpty();
}

} // namespace

ContactLookup::ContactLookup(Clinic& clinic)
    : m_clinic(clinic)
{
}

Result<QHash<QString, PatientContact>> ContactLookup::load(const QStringList& patientIdsIn, ContactChannel channel)
{
    QStringList ids = patientIdsIn;
    ids.removeDuplicates();
    ids.removeAll(QString());
    QHash<QString, PatientContact> out;
    if (ids.isEmpty())
        return out;
    Database& db = m_clinic.database();
    const QDate today = SettingsService(m_clinic).today();
    const QString region = SettingsService(m_clinic).region();
    const int adultAge = PatientService(m_clinic).adultAge();
    QStringList minorsWithout;

    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        const QStringList chunk = ids.mid(first, kChunk);
        QStringList names;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            names << QStringLiteral(":p%1").arg(i);
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT id, status, language, date_of_birth, ")
                                                    + QLatin1String(kPersonColumns)
                                                    + QStringLiteral(" FROM patients WHERE id IN (")
                                                    + names.join(QStringLiteral(", ")) + QLatin1Char(')')));
        for (qsizetype i = 0; i < chunk.size(); ++i)
            st.bind(names.at(i).toLatin1().constData(), chunk.at(i));
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            Patient p = readPerson(st, 4);
            p.id = st.text(0);
            p.dateOfBirth = QDate::fromString(st.text(3), Qt::ISODate);
            PatientContact c;
            c.patientId = p.id;
            c.sortName = p.sortName();
            c.displayName = p.displayName();
            c.status = PatientVocabulary::statusFromKey(st.text(1)).value_or(PatientStatus::Active);
            c.language = st.text(2);
            c.phone = p.firstPhone();
            c.recipientName = c.displayName;
            c.addressLines = p.address.lines(region);
            const int age = p.ageOn(today);
            if (!reachable(c, channel) && age >= 0 && age < adultAge)
                minorsWithout << p.id;
            out.insert(p.id, c);
        }));
    }
    if (minorsWithout.isEmpty())
        return out;

    // A minor without their own number or address is reached through their first
    // guardian who has one: a guardian who is a patient, or a contact's phone number.
    RAPPORT_TRY_ASSIGN(Statement links, db.prepare(QStringLiteral("SELECT l.related_patient_id, l.contact_name,"
                                                                  " l.contact_phone, ")
                                                   + QString::fromLatin1(kPersonColumns)
                                                         .replace(QStringLiteral(", "), QStringLiteral(", g."))
                                                         .prepend(QStringLiteral("g."))
                                                   + QStringLiteral(" FROM patient_links l"
                                                                    " LEFT JOIN patients g ON g.id = l.related_patient_id"
                                                                    " WHERE l.patient_id = :p AND l.kind = 'guardian'"
                                                                    " AND l.ended_at IS NULL ORDER BY l.created_at")));
    for (const QString& id : std::as_const(minorsWithout)) {
        PatientContact& c = out[id];
        links.reset();
        links.bind(":p", id);
        bool found = false;
        RAPPORT_TRY(links.forEach([&](const Statement&) {
            if (found)
                return;
            const QString guardianId = links.text(0);
            if (!guardianId.isEmpty()) {
                Patient g = readPerson(links, 3);
                if (channel == ContactChannel::Letter)
                    c.addressLines = g.address.lines(region);
                else
                    c.phone = g.firstPhone();
                if (!reachable(c, channel))
                    return;
                c.viaPatientId = guardianId;
                c.viaName = g.displayName();
                c.recipientName = c.viaName;
                found = true;
            } else if (channel == ContactChannel::Phone && !links.text(2).isEmpty()) {
                c.phone = links.text(2);
                c.viaName = links.text(1);
                found = true;
            }
        }));
    }
    return out;
}

} // namespace rapport
