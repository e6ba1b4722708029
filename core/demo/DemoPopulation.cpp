#include "demo/DemoPopulation.h"

#include "common/Clock.h"
#include "patients/PatientImport.h"
#include "patients/PhoneNumbers.h"
#include "patients/SearchText.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>

#include <random>

namespace rapport {

namespace {

const char* const FemaleNames[] = {
    "Emma", "Olivia", "Sophie", "Charlotte", "Amelia", "Grace", "Chloé", "Zoë", "Siobhán", "Aoife", "Niamh",
    "Saoirse", "Anna", "Lena", "Katharina", "Sofía", "María", "Lucía", "Inés", "Hélène", "Élodie", "Margaux",
    "Agnieszka", "Małgorzata", "Zofia", "Priya", "Ananya", "Fatima", "Aisha", "Yasmin", "Mei", "Xiu", "Ngozi",
    "Chiamaka", "Amara", "Aylin", "Elif", "Ingrid", "Astrid", "Freya", "Ruth", "Mary", "Susan", "Margaret",
    "Helen", "Jo", "Joanne", "Rebecca", "Hannah", "Isla", "Ava", "Mia", "Ella", "Lily", "Evie", "Ruby",
};
const char* const MaleNames[] = {
    "Oliver", "George", "Harry", "Jack", "Noah", "Thomas", "James", "William", "Liam", "Seán", "Cian", "Oisín",
    "Lukas", "Jürgen", "Matthias", "Jonas", "José", "Mateo", "Álvaro", "Andrés", "François", "Théo", "Benoît",
    "Łukasz", "Piotr", "Mateusz", "Arjun", "Rohan", "Mohammed", "Omar", "Yusuf", "Wei", "Jun", "Chukwuemeka",
    "Obinna", "Kwame", "Emre", "Mehmet", "Søren", "Lars", "Björn", "David", "Michael", "Peter", "John", "Robert",
    "Joseph", "Samuel", "Daniel", "Alfie", "Charlie", "Leo", "Oscar", "Arthur", "Freddie", "Henry",
};
const char* const FamilyNames[] = {
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
    "Walker", "Wright", "Robinson", "Thompson", "Hughes", "Green", "Hall", "Walsh", "Murphy", "O'Brien", "Kelly",
    "McCarthy", "Byrne", "Müller", "Schmidt", "Schröder", "Weiß", "Köhler", "García", "Fernández", "López",
    "Martínez", "Núñez", "Peña", "Dubois", "Lefèvre", "Moreau", "Girard", "Kowalski", "Wójcik", "Nowak",
    "Zieliński", "Patel", "Sharma", "Singh", "Natarajan", "Khan", "Ahmed", "Hussain", "Haddad", "Chen", "Wang",
    "Zhang", "Li", "Nguyễn", "Trần", "Okafor", "Adeyemi", "Mensah", "Yılmaz", "Çelik", "Öztürk", "Jensen",
    "Nielsen", "Andersson", "Johansson", "Rossi", "Bianchi", "Esposito", "Silva", "Santos", "Costa", "Walker-Smith",
    "Clarke", "Lewis", "Harris", "Martin", "Jackson", "Wood", "Turner", "White", "Cooper", "King", "Baker",
};
const char* const Streets[] = {
    "Harbour Street", "Mill Lane", "Station Road", "Church Street", "Victoria Road", "Park Avenue", "Queen Street",
    "High Street", "Orchard Close", "Meadow View", "Kingsway", "Cliftonwood Crescent", "Redland Grove",
    "St Michael's Hill", "Whiteladies Road", "Gloucester Road", "Coronation Road", "North Street", "Elm Tree Walk",
};
const char* const Cities[] = {"Bristol", "Bath", "Keynsham", "Portishead", "Clevedon", "Weston-super-Mare", "Thornbury"};
const char* const Domains[] = {"example.com", "example.org", "example.net", "mail.example.com"};
const char* const Times[] = {"", "", "", "weekday mornings", "after 5 pm", "lunchtime", "not on Mondays"};

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_engine); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine) < p; }
    template<typename T, std::size_t N>
    QString pick(T (&list)[N])
    {
        return QString::fromUtf8(list[below(int(N))]);
    }
    QString digits(int n)
    {
        QString out;
        for (int i = 0; i < n; ++i)
            out += QChar(u'0' + below(10));
        return out;
    }
    // A time-ordered, reproducible UUID (version 7 layout).
    QString uuid(qint64 ms)
    {
        QByteArray b(16, '\0');
        for (int i = 0; i < 6; ++i)
            b[i] = char((ms >> (8 * (5 - i))) & 0xFF);
        for (int i = 6; i < 16; ++i)
            b[i] = char(below(256));
        b[6] = char(0x70 | (b[6] & 0x0F));
        b[8] = char(0x80 | (b[8] & 0x3F));
        const QString hex = QString::fromLatin1(b.toHex());
        return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-')
            + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
    }

private:
    std::mt19937_64 m_engine;
};

QString mobile(Random& r)
{
    // 074[0-4] mobiles: valid for libphonenumber's GB metadata.
    return QStringLiteral("+4474") + QString::number(r.below(5)) + r.digits(7);
}

QString landline(Random& r)
{
    static const char first[] = {'2', '3', '4', '9'}; // allocated Bristol 0117 ranges
    return QStringLiteral("+44117") + QChar::fromLatin1(first[r.below(4)]) + r.digits(6);
}

QString postcode(Random& r)
{
    static const char letters[] = "ABDEFGHJLNPQRSTUWXYZ";
    return QStringLiteral("BS%1 %2%3%4").arg(1 + r.below(40)).arg(r.below(10)).arg(QChar::fromLatin1(letters[r.below(20)]))
        .arg(QChar::fromLatin1(letters[r.below(20)]));
}

QString emailFor(Random& r, const Patient& p)
{
    const QString given = SearchText::words(p.givenName).join(QString());
    const QString family = SearchText::words(p.familyName).join(QString());
    QString local;
    switch (r.below(3)) {
    case 0: local = given + QLatin1Char('.') + family; break;
    case 1: local = given.left(1) + family + QString::number(r.below(100)); break;
    default: local = given + family.left(1) + QString::number(1950 + r.below(60)); break;
    }
    return local + QLatin1Char('@') + r.pick(Domains);
}

ConsentMethod method(Random& r)
{
    static const ConsentMethod all[] = {ConsentMethod::InPerson, ConsentMethod::Form, ConsentMethod::Phone,
                                        ConsentMethod::Online};
    return all[r.below(4)];
}

} // namespace

Result<int> DemoPopulation::generate(Clinic& clinic, const Options& options)
{
    Random r(options.seed);
    const SettingsService settings(clinic);
    const QDate today = settings.today();
    // Counted back from the start of the clinic's day rather than from this instant: the
    // ids hold the creation time, so the same seed gives the same ids all day long.
    const QDateTime now = today.startOfDay(settings.timeZone()).toUTC();
    PatientImport import(clinic, QStringLiteral("demo"));
    RAPPORT_TRY(import.begin());
    int written = 0;
    while (written < options.patients) {
        // One household: shared family name, address and home phone.
        const QString family = r.pick(FamilyNames);
        PostalAddress address{QStringLiteral("%1 %2").arg(1 + r.below(180)).arg(r.pick(Streets)),
                              r.chance(0.1) ? QStringLiteral("Flat %1").arg(1 + r.below(12)) : QString(),
                              r.pick(Cities), QString(), postcode(r), QStringLiteral("GB")};
        const QString homePhone = r.chance(0.35) ? landline(r) : QString();
        const int adults = r.chance(0.55) ? 2 : 1;
        const int children = adults == 2 ? (r.chance(0.45) ? 1 + r.below(3) : 0) : (r.chance(0.15) ? 1 : 0);
        QList<QString> adultIds;
        const int adultAge = 20 + r.below(r.chance(0.3) ? 70 : 45);
        for (int a = 0; a < adults && written < options.patients; ++a) {
            PatientImport::Entry e;
            Patient& p = e.patient;
            const bool female = a == 0 ? r.chance(0.55) : r.chance(0.45);
            p.sex = female ? Sex::Female : Sex::Male;
            p.givenName = female ? r.pick(FemaleNames) : r.pick(MaleNames);
            p.familyName = a == 1 && r.chance(0.25) ? r.pick(FamilyNames) : family;
            if (r.chance(0.08))
                p.preferredName = p.givenName.left(3);
            const int age = qBound(18, adultAge + r.below(9) - 4, 99);
            p.dateOfBirth = today.addYears(-age).addDays(-r.below(365));
            p.mobilePhone = r.chance(0.9) ? mobile(r) : QString();
            p.homePhone = homePhone;
            p.email = r.chance(0.7) ? emailFor(r, p) : QString();
            p.address = address;
            p.language = r.chance(0.06) ? QStringLiteral("de") : QString();
            const int c = r.below(100);
            p.preferredChannel = c < 45 ? ContactChannel::Sms : c < 75 ? ContactChannel::Email
                : c < 90 ? ContactChannel::Phone : c < 95 ? ContactChannel::Letter : ContactChannel::None;
            if (p.preferredChannel == ContactChannel::Sms && p.mobilePhone.isEmpty())
                p.preferredChannel = ContactChannel::Phone;
            if (p.preferredChannel == ContactChannel::Email && p.email.isEmpty())
                p.preferredChannel = ContactChannel::Letter;
            if (p.preferredChannel == ContactChannel::Phone && p.mobilePhone.isEmpty() && p.homePhone.isEmpty())
                p.preferredChannel = ContactChannel::Letter;
            p.preferredContactTimes = r.pick(Times);
            if (r.chance(0.12))
                p.tags << QStringLiteral("chronic");
            if (r.chance(0.05))
                p.tags << QStringLiteral("post-procedure");
            if (r.chance(0.04))
                p.tags << QStringLiteral("anxious");
            if (age > 75 && r.chance(0.2))
                p.tags << QStringLiteral("wheelchair access");
            if (r.chance(0.3))
                p.externalId = QStringLiteral("PMS-") + r.digits(6);
            const int s = r.below(100);
            p.status = s < 92 ? PatientStatus::Active : s < 98 ? PatientStatus::Inactive
                : (s < 99 && age > 60) ? PatientStatus::Deceased : PatientStatus::Archived;
            if (p.status == PatientStatus::Inactive)
                p.tags << QStringLiteral("inactive");
            p.createdAt = now.addDays(-r.below(3650)).addSecs(-r.below(86400));
            p.id = r.uuid(p.createdAt.toMSecsSinceEpoch());
            // Consent as the front desk records it: most say yes to reminders.
            auto consent = [&](ContactChannel ch, ConsentPurpose pu, double yes) {
                ConsentRecord rec;
                rec.channel = ch;
                rec.purpose = pu;
                rec.granted = r.chance(yes);
                rec.method = method(r);
                rec.recordedAt = p.createdAt.addSecs(60);
                rec.id = r.uuid(rec.recordedAt.toMSecsSinceEpoch());
                e.consents << rec;
                if (rec.granted && r.chance(0.05)) { // changed their mind later
                    ConsentRecord later = rec;
                    later.granted = false;
                    later.method = ConsentMethod::Phone;
                    later.recordedAt = rec.recordedAt.addDays(30 + r.below(700));
                    if (later.recordedAt > now)
                        later.recordedAt = now;
                    later.id = r.uuid(later.recordedAt.toMSecsSinceEpoch());
                    e.consents << later;
                }
            };
            if (!p.mobilePhone.isEmpty()) {
                consent(ContactChannel::Sms, ConsentPurpose::AppointmentReminders, 0.85);
                consent(ContactChannel::Sms, ConsentPurpose::Recalls, 0.75);
            }
            if (!p.email.isEmpty()) {
                consent(ContactChannel::Email, ConsentPurpose::AppointmentReminders, 0.8);
                consent(ContactChannel::Email, ConsentPurpose::Surveys, 0.4);
                consent(ContactChannel::Email, ConsentPurpose::Marketing, 0.15);
            }
            consent(ContactChannel::Letter, ConsentPurpose::Recalls, 0.9);
            if (a == 1 && !adultIds.isEmpty())
                e.links << PatientLink{r.uuid(p.createdAt.toMSecsSinceEpoch()), {}, LinkKind::Spouse, adultIds.first(),
                                       {}, {}, {}, {}, p.createdAt, {}};
            else if (r.chance(0.3))
                e.links << PatientLink{r.uuid(p.createdAt.toMSecsSinceEpoch()), {}, LinkKind::EmergencyContact, {},
                                       r.pick(FemaleNames) + QLatin1Char(' ') + r.pick(FamilyNames), mobile(r), {},
                                       {}, p.createdAt, {}};
            RAPPORT_TRY_ASSIGN(const QString id, import.add(std::move(e)));
            adultIds << id;
            ++written;
        }
        for (int c = 0; c < children && written < options.patients && !adultIds.isEmpty(); ++c) {
            PatientImport::Entry e;
            Patient& p = e.patient;
            const bool female = r.chance(0.5);
            p.sex = female ? Sex::Female : Sex::Male;
            p.givenName = female ? r.pick(FemaleNames) : r.pick(MaleNames);
            p.familyName = family;
            p.dateOfBirth = today.addYears(-r.below(18)).addDays(-1 - r.below(364));
            p.homePhone = homePhone;
            p.address = address;
            p.preferredChannel = ContactChannel::None;
            p.createdAt = now.addDays(-r.below(1500)).addSecs(-r.below(86400));
            if (p.dateOfBirth.startOfDay(Qt::UTC) > p.createdAt)
                p.createdAt = p.dateOfBirth.startOfDay(Qt::UTC).addDays(30);
            if (p.createdAt > now)
                p.createdAt = now;
            p.id = r.uuid(p.createdAt.toMSecsSinceEpoch());
            if (r.chance(0.3))
                p.externalId = QStringLiteral("PMS-") + r.digits(6);
            for (const QString& guardian : adultIds)
                e.links << PatientLink{r.uuid(p.createdAt.toMSecsSinceEpoch()), {}, LinkKind::Guardian, guardian,
                                       {}, {}, {}, {}, p.createdAt, {}};
            RAPPORT_TRY(import.add(std::move(e)));
            ++written;
        }
        if (options.progress && written % 500 < adults + children && !options.progress(written))
            return fail(ErrorCode::Conflict,
                        QCoreApplication::translate("rapport::DemoPopulation", "Creating the demo patients was cancelled; nothing was saved."));
    }
    RAPPORT_TRY(import.finish());
    return written;
}

} // namespace rapport
