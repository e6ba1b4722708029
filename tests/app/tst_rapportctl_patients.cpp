// rapportctl's patient commands and the demo population, run as the real program: records
// added with options come back verbatim from `patient show --json`, validation errors and
// possible duplicates are refused with core's message, and the demo is reproducible.

#include "RapportctlProcess.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

const QString Receptionist = QStringLiteral("rita");
const QString ReceptionistPassword = QStringLiteral("front desk all day");
const QRegularExpression
    Uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

QStringList patient(const QString& what, const QStringList& arguments)
{
    return QStringList{QStringLiteral("patient"), what} + arguments;
}

QJsonArray hits(const Run& run)
{
    bool ok = false;
    return parseJson(run, &ok).value(QStringLiteral("hits")).toArray();
}

QStringList hitIds(const Run& run)
{
    QStringList ids;
    for (const QJsonValue& hit : hits(run))
        ids << hit.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class TestRapportctlPatients : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clinic;
    QString m_margarethe; // Margarethe Schröder, for the searches

    QStringList as(const QString& user) const { return signInAs(m_clinic, user); }

    // Adds a patient as the administrator; returns the new id, or nothing when refused.
    QString add(const QStringList& options, Run* result = nullptr) const
    {
        const Run run = rapportctl(patient(QStringLiteral("add"), options + as(Admin)), AdminLine);
        if (result)
            *result = run;
        return run.exitCode == Success ? run.out.trimmed() : QString();
    }

    Run search(const QString& text, const QStringList& options = {}) const
    {
        return rapportctl(patient(QStringLiteral("search"),
                                  QStringList{text, QStringLiteral("--json")} + options + as(Admin)),
                          AdminLine);
    }

    QJsonObject show(const QString& id) const
    {
        const Run run =
            rapportctl(patient(QStringLiteral("show"), QStringList{id, QStringLiteral("--json")} + as(Admin)),
                       AdminLine);
        bool ok = false;
        const QJsonObject json = parseJson(run, &ok);
        if (run.exitCode != Success || !ok)
            qWarning("%s", qPrintable(run.describe()));
        return json;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(Tool));
        QVERIFY(m_dir.isValid());
        m_clinic = m_dir.filePath(QStringLiteral("clinic/clinic.rapport"));
        QVERIFY(makeClinic(m_clinic));
        QVERIFY(addMember(m_clinic, Receptionist, QStringLiteral("receptionist"), ReceptionistPassword));
        m_margarethe =
            add({QStringLiteral("--given"), QStringLiteral("Margarethe"), QStringLiteral("--family"),
                 QStringLiteral("Schröder"), QStringLiteral("--dob"), QStringLiteral("1970-05-06"),
                 QStringLiteral("--mobile"), QStringLiteral("07400 111222"), QStringLiteral("--email"),
                 QStringLiteral("m.schroeder@example.org"), QStringLiteral("--external-id"),
                 QStringLiteral("PMS-778899")});
        QVERIFY(Uuid.match(m_margarethe).hasMatch());
    }

    void addWithEveryFieldThenShow()
    {
        const QStringList options{QStringLiteral("--given"),
                                  QStringLiteral("Josephine"),
                                  QStringLiteral("--family"),
                                  QStringLiteral("Abernathy-Lowe"),
                                  QStringLiteral("--preferred"),
                                  QStringLiteral("Jo"),
                                  QStringLiteral("--dob"),
                                  QStringLiteral("1985-03-14"),
                                  QStringLiteral("--sex"),
                                  QStringLiteral("female"),
                                  QStringLiteral("--mobile"),
                                  QStringLiteral("07400 123456"),
                                  QStringLiteral("--home"),
                                  QStringLiteral("0117 234 5678"),
                                  QStringLiteral("--work"),
                                  QStringLiteral("+49 30 901820"),
                                  QStringLiteral("--email"),
                                  QStringLiteral("jo.abernathy@example.com"),
                                  QStringLiteral("--address-line1"),
                                  QStringLiteral("12 Harbour Street"),
                                  QStringLiteral("--address-line2"),
                                  QStringLiteral("Flat 3"),
                                  QStringLiteral("--city"),
                                  QStringLiteral("Bristol"),
                                  QStringLiteral("--address-region"),
                                  QStringLiteral("Avon"),
                                  QStringLiteral("--postcode"),
                                  QStringLiteral("BS1 4RN"),
                                  QStringLiteral("--country"),
                                  QStringLiteral("gb"),
                                  QStringLiteral("--language"),
                                  QStringLiteral("DE"),
                                  QStringLiteral("--channel"),
                                  QStringLiteral("sms"),
                                  QStringLiteral("--contact-times"),
                                  QStringLiteral("weekday mornings"),
                                  QStringLiteral("--tag"),
                                  QStringLiteral("Anxious"),
                                  QStringLiteral("--tag"),
                                  QStringLiteral("wheelchair access"),
                                  QStringLiteral("--notes"),
                                  QStringLiteral("Prefers the first appointment of the day."),
                                  QStringLiteral("--external-id"),
                                  QStringLiteral("PMS-001234"),
                                  QStringLiteral("--json")};
        const Run added = rapportctl(patient(QStringLiteral("add"), options + as(Admin)), AdminLine);
        EXPECT_EXIT(added, Success);
        bool ok = false;
        const QJsonObject created = parseJson(added, &ok);
        QVERIFY2(ok, qPrintable(added.out));
        const QString id = created.value(QStringLiteral("id")).toString();
        QVERIFY2(Uuid.match(id).hasMatch(), qPrintable(id));

        const QJsonObject p = show(id);
        auto text = [&p](const char* key) { return p.value(QString::fromLatin1(key)).toString(); };
        QCOMPARE(text("id"), id);
        QCOMPARE(text("givenName"), QStringLiteral("Josephine"));
        QCOMPARE(text("familyName"), QStringLiteral("Abernathy-Lowe"));
        QCOMPARE(text("preferredName"), QStringLiteral("Jo"));
        QCOMPARE(text("dateOfBirth"), QStringLiteral("1985-03-14"));
        QCOMPARE(text("sex"), QStringLiteral("female"));
        const QJsonObject phones = p.value(QStringLiteral("phones")).toObject();
        QCOMPARE(phones.value(QStringLiteral("mobile")).toObject().value(QStringLiteral("e164")).toString(),
                 QStringLiteral("+447400123456"));
        QCOMPARE(
            phones.value(QStringLiteral("mobile")).toObject().value(QStringLiteral("formatted")).toString(),
            QStringLiteral("07400 123456"));
        QCOMPARE(phones.value(QStringLiteral("home")).toObject().value(QStringLiteral("e164")).toString(),
                 QStringLiteral("+441172345678"));
        QCOMPARE(phones.value(QStringLiteral("work")).toObject().value(QStringLiteral("e164")).toString(),
                 QStringLiteral("+4930901820"));
        // A foreign number is shown in international form.
        QVERIFY(phones.value(QStringLiteral("work"))
                    .toObject()
                    .value(QStringLiteral("formatted"))
                    .toString()
                    .startsWith(QStringLiteral("+49 ")));
        QCOMPARE(text("email"), QStringLiteral("jo.abernathy@example.com"));
        const QJsonObject address = p.value(QStringLiteral("address")).toObject();
        QCOMPARE(address, (QJsonObject{{QStringLiteral("line1"), QStringLiteral("12 Harbour Street")},
                                       {QStringLiteral("line2"), QStringLiteral("Flat 3")},
                                       {QStringLiteral("city"), QStringLiteral("Bristol")},
                                       {QStringLiteral("region"), QStringLiteral("Avon")},
                                       {QStringLiteral("postcode"), QStringLiteral("BS1 4RN")},
                                       {QStringLiteral("country"), QStringLiteral("GB")}}));
        QCOMPARE(text("language"), QStringLiteral("de"));
        QCOMPARE(text("preferredChannel"), QStringLiteral("sms"));
        QCOMPARE(text("contactTimes"), QStringLiteral("weekday mornings"));
        QCOMPARE(p.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray{QStringLiteral("anxious"), QStringLiteral("wheelchair access")}));
        QCOMPARE(text("notes"), QStringLiteral("Prefers the first appointment of the day."));
        QCOMPARE(text("externalId"), QStringLiteral("PMS-001234"));
        QCOMPARE(text("status"), QStringLiteral("active"));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                     .match(text("createdAt"))
                     .hasMatch(),
                 qPrintable(text("createdAt")));
        // add --json printed the same record.
        for (const QString& key : created.keys())
            QCOMPARE(p.value(key), created.value(key));
        QVERIFY(p.value(QStringLiteral("consents")).toArray().isEmpty());
        QVERIFY(p.value(QStringLiteral("links")).toArray().isEmpty());
        const QJsonArray timeline = p.value(QStringLiteral("timeline")).toArray();
        QVERIFY(!timeline.isEmpty());
        QCOMPARE(timeline.last().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("record.created"));

        // For people: the name, the phone as dialled in the clinic's country, the sections.
        const Run shown = rapportctl(patient(QStringLiteral("show"), QStringList{id} + as(Admin)), AdminLine);
        EXPECT_EXIT(shown, Success);
        for (const QString& part :
             {QStringLiteral("Abernathy-Lowe, Josephine (Jo)"), QStringLiteral("07400 123456"),
              QStringLiteral("Timeline:"), QStringLiteral("Record created")})
            QVERIFY2(shown.out.contains(part), qPrintable(shown.out));
    }

    void addPrintsOnlyTheId()
    {
        Run run;
        const QString id = add({QStringLiteral("--family"), QStringLiteral("Only-Family-Name")}, &run);
        QVERIFY2(Uuid.match(id).hasMatch(), qPrintable(run.describe()));
        QCOMPARE(run.out, id + QLatin1Char('\n'));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::newRow("given name prefix") << QStringLiteral("marga") << QString();
        QTest::newRow("both names, any order") << QStringLiteral("schr marg") << QString();
        QTest::newRow("accents ignored") << QStringLiteral("Schroder") << QString();
        QTest::newRow("phone, last digits") << QStringLiteral("1222") << QString();
        QTest::newRow("phone as typed") << QStringLiteral("07400 111222") << QString();
        QTest::newRow("date of birth, ISO") << QStringLiteral("1970-05-06") << QString();
        QTest::newRow("date of birth, en_GB")
            << QStringLiteral("06/05/1970") << QStringLiteral("en_GB.UTF-8");
        QTest::newRow("e-mail") << QStringLiteral("m.schroeder@example.org") << QString();
        QTest::newRow("external id") << QStringLiteral("PMS-778899") << QString();
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        const QList<QPair<QString, QString>> environment{{QStringLiteral("LC_ALL"), locale}};
        const Run run = rapportctl(
            patient(QStringLiteral("search"), QStringList{text, QStringLiteral("--json")} + as(Admin)),
            AdminLine, locale.isEmpty() ? QList<QPair<QString, QString>>() : environment);
        EXPECT_EXIT(run, Success);
        const QJsonArray found = hits(run);
        QCOMPARE(found.size(), 1);
        const QJsonObject hit = found.first().toObject();
        QCOMPARE(hit.value(QStringLiteral("id")).toString(), m_margarethe);
        QCOMPARE(hit.value(QStringLiteral("name")).toString(), QStringLiteral("Margarethe Schröder"));
        QCOMPARE(hit.value(QStringLiteral("dateOfBirth")).toString(), QStringLiteral("1970-05-06"));
        QVERIFY(hit.value(QStringLiteral("age")).toInt() >= 55);
        QCOMPARE(hit.value(QStringLiteral("phone")).toString(), QStringLiteral("+447400111222"));
        QCOMPARE(hit.value(QStringLiteral("email")).toString(), QStringLiteral("m.schroeder@example.org"));
        QCOMPARE(hit.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void searchTableForPeople()
    {
        const Run run = rapportctl(
            patient(QStringLiteral("search"), QStringList{QStringLiteral("marg")} + as(Admin)), AdminLine);
        EXPECT_EXIT(run, Success);
        for (const QString& part : {QStringLiteral("NAME"), QStringLiteral("Schröder, Margarethe"),
                                    QStringLiteral("07400 111222"), QStringLiteral("Active"), m_margarethe})
            QVERIFY2(run.out.contains(part), qPrintable(run.out));

        const Run none = rapportctl(
            patient(QStringLiteral("search"), QStringList{QStringLiteral("zzyzx")} + as(Admin)), AdminLine);
        EXPECT_EXIT(none, Success);
        QVERIFY(none.out.isEmpty());
        QVERIFY(none.err.contains(QStringLiteral("No patient matches")));
    }

    void archiveHidesFromSearch()
    {
        const QString id =
            add({QStringLiteral("--given"), QStringLiteral("Ottilie"), QStringLiteral("--family"),
                 QStringLiteral("Quarrington"), QStringLiteral("--dob"), QStringLiteral("1950-01-02")});
        QVERIFY(!id.isEmpty());
        QCOMPARE(hitIds(search(QStringLiteral("quarr"))), QStringList{id});

        const Run archived =
            rapportctl(patient(QStringLiteral("archive"), QStringList{id} + as(Admin)), AdminLine);
        EXPECT_EXIT(archived, Success);
        QVERIFY(archived.out.contains(id));
        QVERIFY(hitIds(search(QStringLiteral("quarr"))).isEmpty());
        const Run included = search(QStringLiteral("quarr"), {QStringLiteral("--include-archived")});
        QCOMPARE(hitIds(included), QStringList{id});
        QCOMPARE(hits(included).first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("archived"));

        const QJsonObject shown = show(id);
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
        QCOMPARE(shown.value(QStringLiteral("timeline"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind")),
                 QJsonValue(QStringLiteral("status")));
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        const QStringList name{QStringLiteral("--given"), QStringLiteral("Invalid"),
                               QStringLiteral("--family"), QStringLiteral("Isidore")};
        QTest::newRow("phone") << name + QStringList{QStringLiteral("--mobile"), QStringLiteral("12345")}
                               << QStringLiteral("“12345” is not a valid phone number");
        QTest::newRow("phone letters")
            << name + QStringList{QStringLiteral("--home"), QStringLiteral("call me")}
            << QStringLiteral("is not a phone number");
        QTest::newRow("e-mail") << name + QStringList{QStringLiteral("--email"),
                                                      QStringLiteral("isidore.example.com")}
                                << QStringLiteral("“isidore.example.com” is not an e-mail address");
        QTest::newRow("31 February") << name +
                                            QStringList{QStringLiteral("--dob"), QStringLiteral("31/02/2020")}
                                     << QStringLiteral(
                                            "“31/02/2020” is not a date: February 2020 has 29 days");
        QTest::newRow("31 February, ISO")
            << name + QStringList{QStringLiteral("--dob"), QStringLiteral("2021-02-31")}
            << QStringLiteral("February 2021 has 28 days");
        QTest::newRow("born tomorrow")
            << name +
                   QStringList{QStringLiteral("--dob"), QDate::currentDate().addDays(2).toString(Qt::ISODate)}
            << QStringLiteral("is in the future");
        QTest::newRow("no name") << QStringList{QStringLiteral("--email"),
                                                QStringLiteral("nobody@example.com")}
                                 << QStringLiteral("given name or family name");
        QTest::newRow("sms without mobile")
            << name + QStringList{QStringLiteral("--channel"), QStringLiteral("sms")}
            << QStringLiteral("no mobile phone number");
        QTest::newRow("language") << name +
                                         QStringList{QStringLiteral("--language"), QStringLiteral("english")}
                                  << QStringLiteral("not a language code");
        QTest::newRow("unknown guardian")
            << name + QStringList{QStringLiteral("--guardian"),
                                  QStringLiteral("00000000-0000-7000-8000-000000000000")}
            << QStringLiteral("linked patient does not exist");
    }

    void invalidInputIsRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        Run run;
        QVERIFY(add(options, &run).isEmpty());
        EXPECT_EXIT(run, Refused);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // Nothing was saved.
        QVERIFY(hitIds(search(QStringLiteral("isidore"))).isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("sex") << patient(QStringLiteral("add"),
                                        {QStringLiteral("--family"), QStringLiteral("X"),
                                         QStringLiteral("--sex"), QStringLiteral("f")})
                             << QStringLiteral("--sex is female, male, other or unknown");
        QTest::newRow("channel") << patient(QStringLiteral("add"),
                                            {QStringLiteral("--family"), QStringLiteral("X"),
                                             QStringLiteral("--channel"), QStringLiteral("fax")})
                                 << QStringLiteral("--channel is one of sms, email, phone, letter");
        QTest::newRow("limit") << patient(
                                      QStringLiteral("search"),
                                      {QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")})
                               << QStringLiteral("--limit is a whole number");
        QTest::newRow("show without id")
            << patient(QStringLiteral("show"), {}) << QStringLiteral("ID is missing");
        QTest::newRow("demo patients")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.rapport"),
                           QStringLiteral("--patients"), QStringLiteral("many")}
            << QStringLiteral("--patients is a whole number");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const bool signsIn = arguments.first() == QStringLiteral("patient");
        const Run run = rapportctl(arguments + (signsIn ? as(Admin) : QStringList()), AdminLine);
        EXPECT_EXIT(run, Usage);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void unknownIdIsRefused()
    {
        for (const QString& what : {QStringLiteral("show"), QStringLiteral("archive")}) {
            const Run run =
                rapportctl(patient(what, QStringList{QStringLiteral("00000000-0000-7000-8000-000000000000")} +
                                             as(Admin)),
                           AdminLine);
            EXPECT_EXIT(run, Refused);
            QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
        }
    }

    void possibleDuplicate()
    {
        const QStringList person{QStringLiteral("--given"),  QStringLiteral("Bartholomew"),
                                 QStringLiteral("--family"), QStringLiteral("Featherstonehaugh"),
                                 QStringLiteral("--dob"),    QStringLiteral("1962-11-30")};
        const QString first = add(person);
        QVERIFY(!first.isEmpty());
        Run again;
        QVERIFY(add(person, &again).isEmpty());
        EXPECT_EXIT(again, Refused);
        QVERIFY2(again.err.contains(first), qPrintable(again.err));
        QVERIFY(again.err.contains(QStringLiteral("same name and date of birth")));
        QVERIFY(again.err.contains(QStringLiteral("--allow-duplicate")));
        QCOMPARE(hitIds(search(QStringLiteral("featherst"))), QStringList{first});

        // The same phone is evidence too.
        Run samePhone;
        add({QStringLiteral("--family"), QStringLiteral("Other"), QStringLiteral("--mobile"),
             QStringLiteral("+44 7400 111222")},
            &samePhone);
        EXPECT_EXIT(samePhone, Refused);
        QVERIFY2(samePhone.err.contains(m_margarethe), qPrintable(samePhone.err));
        QVERIFY(samePhone.err.contains(QStringLiteral("same phone number")));

        const QString second = add(person + QStringList{QStringLiteral("--allow-duplicate")});
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QCOMPARE(hitIds(search(QStringLiteral("featherst"))).size(), 2);
    }

    void minorNeedsGuardian()
    {
        const QString tenYearsAgo = QDate::currentDate().addYears(-10).toString(Qt::ISODate);
        const QStringList child{QStringLiteral("--given"),  QStringLiteral("Wilhelmina"),
                                QStringLiteral("--family"), QStringLiteral("Pemberton"),
                                QStringLiteral("--dob"),    tenYearsAgo};
        Run refused;
        QVERIFY(add(child, &refused).isEmpty());
        EXPECT_EXIT(refused, Refused);
        QVERIFY2(refused.err.contains(QStringLiteral("is 10 year")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--guardian")));

        const QString parent =
            add({QStringLiteral("--given"), QStringLiteral("Cordelia"), QStringLiteral("--family"),
                 QStringLiteral("Pemberton"), QStringLiteral("--dob"), QStringLiteral("1984-07-01")});
        QVERIFY(!parent.isEmpty());
        const QString id = add(child + QStringList{QStringLiteral("--guardian"), parent});
        QVERIFY(!id.isEmpty());

        const QJsonArray childLinks = show(id).value(QStringLiteral("links")).toArray();
        QCOMPARE(childLinks.size(), 1);
        const QJsonObject link = childLinks.first().toObject();
        QCOMPARE(link.value(QStringLiteral("kind")).toString(), QStringLiteral("guardian"));
        QCOMPARE(link.value(QStringLiteral("direction")).toString(), QStringLiteral("to"));
        QCOMPARE(link.value(QStringLiteral("patientId")).toString(), parent);
        QCOMPARE(link.value(QStringLiteral("name")).toString(), QStringLiteral("Cordelia Pemberton"));
        // The parent's record shows the link from the child's.
        const QJsonArray parentLinks = show(parent).value(QStringLiteral("links")).toArray();
        QCOMPARE(parentLinks.size(), 1);
        QCOMPARE(parentLinks.first().toObject().value(QStringLiteral("direction")).toString(),
                 QStringLiteral("from"));
        QCOMPARE(parentLinks.first().toObject().value(QStringLiteral("patientId")).toString(), id);
    }

    void textRoundTripsVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("SQL injection") << QStringLiteral("Robert'); DROP TABLE patients;--");
        QTest::newRow("quotes and FTS syntax") << QStringLiteral("\"O'Brien\" OR 1=1 -- NEAR/2 *");
        QTest::newRow("accents, CJK, emoji") << QStringLiteral(
            "Zoë Łucja Ñúñez-Øster 山田 太郎 김민준 😀🦷👨‍👩‍👧");
    }

    void textRoundTripsVerbatim()
    {
        QFETCH(QString, text);
        QString notes;
        while (notes.size() < 3500)
            notes += text + QLatin1Char('\n');
        const QString id =
            add({QStringLiteral("--given"), text, QStringLiteral("--family"), text, QStringLiteral("--notes"),
                 notes, QStringLiteral("--contact-times"), text, QStringLiteral("--address-line1"), text,
                 QStringLiteral("--allow-duplicate")});
        QVERIFY(!id.isEmpty());
        const QJsonObject p = show(id);
        QCOMPARE(p.value(QStringLiteral("givenName")).toString(), text);
        QCOMPARE(p.value(QStringLiteral("familyName")).toString(), text);
        QCOMPARE(p.value(QStringLiteral("notes")).toString(), notes);
        QCOMPARE(p.value(QStringLiteral("contactTimes")).toString(), text);
        QCOMPARE(p.value(QStringLiteral("address")).toObject().value(QStringLiteral("line1")).toString(),
                 text);
        // The search box takes the same text without harm, and the clinic is whole.
        EXPECT_EXIT(search(text), Success);
        EXPECT_EXIT(
            rapportctl(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + as(Admin), AdminLine),
            Success);
    }

    void receptionistWorksWithPatients()
    {
        const QByteArray password = ReceptionistPassword.toUtf8() + '\n';
        const Run added = rapportctl(
            patient(QStringLiteral("add"), {QStringLiteral("--given"), QStringLiteral("Rosalind"),
                                            QStringLiteral("--family"), QStringLiteral("Vantongeren")}) +
                as(Receptionist),
            password);
        EXPECT_EXIT(added, Success);
        const QString id = added.out.trimmed();
        const QList<QStringList> commands{
            patient(QStringLiteral("search"), {QStringLiteral("vanton")}),
            patient(QStringLiteral("show"), {id}),
            patient(QStringLiteral("archive"), {id}),
            patient(QStringLiteral("search"),
                    {QStringLiteral("vanton"), QStringLiteral("--include-archived")}),
        };
        for (const QStringList& command : commands)
            EXPECT_EXIT(rapportctl(command + as(Receptionist), password), Success);
    }

    void demoPopulationIsReproducible()
    {
        QTemporaryDir dir;
        auto demo = [&dir](const QString& name, const QString& seed) {
            return rapportctl({QStringLiteral("demo"), QStringLiteral("--db"), dir.filePath(name),
                               QStringLiteral("--patients"), QStringLiteral("300"), QStringLiteral("--seed"),
                               seed, QStringLiteral("--json")});
        };
        const Run a = demo(QStringLiteral("a/demo.rapport"), QStringLiteral("7"));
        EXPECT_EXIT(a, Success);
        bool ok = false;
        const QJsonObject json = parseJson(a, &ok);
        QVERIFY2(ok, qPrintable(a.out));
        QCOMPARE(json.value(QStringLiteral("patientsCreated")).toInt(), 300);
        const QByteArray password = json.value(QStringLiteral("password")).toString().toUtf8() + '\n';
        EXPECT_EXIT(demo(QStringLiteral("b/demo.rapport"), QStringLiteral("7")), Success);
        EXPECT_EXIT(demo(QStringLiteral("c/demo.rapport"), QStringLiteral("8")), Success);

        auto searchIn = [&](const QString& name, const QString& text) {
            return rapportctl(
                patient(QStringLiteral("search"),
                        QStringList{text, QStringLiteral("--json"), QStringLiteral("--include-archived"),
                                    QStringLiteral("--limit"), QStringLiteral("1000")} +
                            signInAs(dir.filePath(name), QStringLiteral("reception"))),
                password);
        };
        for (const QString& text : {QStringLiteral("a"), QStringLiteral("sm"), QStringLiteral("jo")}) {
            const Run first = searchIn(QStringLiteral("a/demo.rapport"), text);
            EXPECT_EXIT(first, Success);
            QVERIFY2(!hits(first).isEmpty(), qPrintable(text));
            const Run second = searchIn(QStringLiteral("b/demo.rapport"), text);
            QCOMPARE(second.out, first.out);
            QVERIFY(searchIn(QStringLiteral("c/demo.rapport"), text).out != first.out);
        }

        // More made-up patients would collide with these: refused, nothing changed.
        const Run again = demo(QStringLiteral("a/demo.rapport"), QStringLiteral("9"));
        EXPECT_EXIT(again, Refused);
        QVERIFY2(again.err.contains(QStringLiteral("already has 300 patients")), qPrintable(again.err));
        QCOMPARE(hits(searchIn(QStringLiteral("a/demo.rapport"), QStringLiteral("a"))).size(),
                 hits(searchIn(QStringLiteral("b/demo.rapport"), QStringLiteral("a"))).size());
    }
};

QTEST_GUILESS_MAIN(TestRapportctlPatients)
#include "tst_rapportctl_patients.moc"
