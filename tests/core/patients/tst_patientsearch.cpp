#include "PatientFixtures.h"
#include "TestSupport.h"

#include "patients/PatientSearch.h"
#include "patients/SearchText.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestPatientSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rapport::test::TestClinic> m_t;
    QHash<QString, QString> m_ids; // label -> id

    QStringList labelsFor(const QList<PatientSearchHit>& hits) const
    {
        QStringList out;
        for (const PatientSearchHit& h : hits)
            out << m_ids.key(h.patientId);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<rapport::test::TestClinic>();
        m_t->clock.set(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
        PatientService s(*m_t->clinic);
        auto add = [&](const QString& label, Patient p) { m_ids[label] = createOrDie(s, p).id; };
        add(QStringLiteral("jose"), makePatient(QStringLiteral("José"), QStringLiteral("Núñez"), QDate(1985, 3, 14),
                                                QStringLiteral("07400 900123"), QStringLiteral("jose.nunez@example.com")));
        add(QStringLiteral("joseph"), makePatient(QStringLiteral("Joseph"), QStringLiteral("Walsh"), QDate(1990, 1, 2),
                                                  QStringLiteral("07400 900456")));
        add(QStringLiteral("josephine"), makePatient(QStringLiteral("Josephine"), QStringLiteral("Walsh"), QDate(1962, 7, 30)));
        add(QStringLiteral("lukasz"), makePatient(QStringLiteral("Łukasz"), QStringLiteral("Wójcik"), QDate(1977, 12, 1),
                                                  QStringLiteral("+48 601 234 567")));
        add(QStringLiteral("strasse"), makePatient(QStringLiteral("Anke"), QStringLiteral("Straßburg"), QDate(1955, 2, 28)));
        Patient mary = makePatient(QStringLiteral("Mary-Kate"), QStringLiteral("O'Brien"), QDate(2001, 9, 11));
        mary.preferredName = QStringLiteral("Katie");
        mary.externalId = QStringLiteral("AB-4471");
        mary.homePhone = QStringLiteral("020 7946 0018");
        add(QStringLiteral("mary"), mary);
        add(QStringLiteral("walshInactive"), makePatient(QStringLiteral("Jo"), QStringLiteral("Walsh"), QDate(1949, 4, 4)));
        add(QStringLiteral("walshArchived"), makePatient(QStringLiteral("Joe"), QStringLiteral("Walshe"), QDate(1950, 4, 4)));
        QVERIFY(s.setStatus(m_ids[QStringLiteral("walshInactive")], PatientStatus::Inactive).has_value());
        QVERIFY(s.archive(m_ids[QStringLiteral("walshArchived")]).has_value());
    }

    void search_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("includeArchived");
        QTest::addColumn<QStringList>("expected"); // in rank order
        auto row = [](const char* name, const char* typed, QStringList expected, bool archived = false) {
            QTest::newRow(name) << QString::fromUtf8(typed) << archived << expected;
        };
        row("family prefix", "wal", {QStringLiteral("joseph"), QStringLiteral("josephine"), QStringLiteral("walshInactive")});
        row("given prefix, case", "JOS", {QStringLiteral("jose"), QStringLiteral("joseph"), QStringLiteral("josephine")});
        row("two names any order", "walsh joseph", {QStringLiteral("joseph"), QStringLiteral("josephine")});
        row("two names other order", "jos wal", {QStringLiteral("joseph"), QStringLiteral("josephine")});
        row("accents ignored", "jose nunez", {QStringLiteral("jose")});
        row("accents typed", "Núñ", {QStringLiteral("jose")});
        row("polish l", "lukasz", {QStringLiteral("lukasz")});
        row("polish typed", "Wójc", {QStringLiteral("lukasz")});
        row("sharp s", "strass", {QStringLiteral("strasse")});
        row("preferred name", "katie", {QStringLiteral("mary")});
        row("hyphenated given", "kate o'brien", {QStringLiteral("mary")});
        row("apostrophe family typed joined", "obrien", {QStringLiteral("mary")});
        row("phone last four", "0123", {QStringLiteral("jose")});
        row("phone last six spaced", "900 456", {QStringLiteral("joseph")});
        row("phone national", "07400 900123", {QStringLiteral("jose")});
        row("phone international", "+44 7400 900123", {QStringLiteral("jose")});
        row("landline", "7946 0018", {QStringLiteral("mary")});
        row("foreign phone", "234567", {QStringLiteral("lukasz")});
        row("three digits are too few", "123", {});
        row("email", "jose.nunez@example.com", {QStringLiteral("jose")});
        row("email prefix", "jose.nu", {QStringLiteral("jose")});
        row("date of birth locale", "14/03/1985", {QStringLiteral("jose")});
        row("date of birth short", "2/1/1990", {QStringLiteral("joseph")});
        row("date of birth iso", "1962-07-30", {QStringLiteral("josephine")});
        row("date and name", "walsh 30/07/1962", {QStringLiteral("josephine")});
        row("external id", "AB-4471", {QStringLiteral("mary")});
        row("external id lower", "ab-44", {QStringLiteral("mary")});
        row("archived excluded", "walshe", {});
        row("archived included", "walshe", {QStringLiteral("walshArchived")}, true);
        row("exact before prefix", "jo walsh", {QStringLiteral("joseph"), QStringLiteral("josephine"), QStringLiteral("walshInactive")});
        row("nothing", "zzzz", {});
        row("injection", "'; DROP TABLE patients; --", {});
        row("fts syntax", "wal* OR NEAR", {});
    }

    void search()
    {
        QFETCH(QString, typed);
        QFETCH(bool, includeArchived);
        QFETCH(QStringList, expected);
        PatientSearch search(*m_t->clinic, QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto hits = search.search(typed, PatientSearchOptions{includeArchived, 50});
        QVERIFY2(hits.has_value(), hits ? "" : qPrintable(hits.error().text()));
        QCOMPARE(labelsFor(*hits), expected);
    }

    void activeBeforeInactiveAndExactFirst()
    {
        PatientSearch search(*m_t->clinic, QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto hits = search.search(QStringLiteral("jo"));
        QVERIFY(hits.has_value());
        const QStringList labels = labelsFor(*hits);
        QVERIFY(labels.indexOf(QStringLiteral("walshInactive")) > labels.indexOf(QStringLiteral("josephine")));
        QCOMPARE(hits->last().status, PatientStatus::Inactive);
        // "Jo" exactly is the inactive patient's name, yet active patients still come first.
        auto exact = search.search(QStringLiteral("joseph"));
        QCOMPARE(labelsFor(*exact), (QStringList{QStringLiteral("joseph"), QStringLiteral("josephine")}));
        QVERIFY(exact->first().exact);
        QVERIFY(!exact->last().exact);
    }

    void germanDatesInGermanLocale()
    {
        PatientSearch search(*m_t->clinic, QLocale(QLocale::German, QLocale::Germany));
        auto hits = search.search(QStringLiteral("14.03.1985"));
        QCOMPARE(labelsFor(*hits), QStringList{QStringLiteral("jose")});
    }

    void updatedRecordIsFoundByNewNameOnly()
    {
        PatientService s(*m_t->clinic);
        auto p = s.open(m_ids[QStringLiteral("strasse")]);
        Patient changed = *p;
        changed.familyName = QStringLiteral("Hoffmann");
        QVERIFY(s.update(changed, PatientCreateOptions{true}).has_value());
        PatientSearch search(*m_t->clinic);
        QCOMPARE(search.search(QStringLiteral("hoffm"))->size(), 1);
        QCOMPARE(search.search(QStringLiteral("strassb"))->size(), 0);
    }

    void foldMatchesTokenizer()
    {
        QCOMPARE(SearchText::fold(QStringLiteral("ÉLODIE Ærø Þór Straße İz")), QStringLiteral("elodie aero thor strasse iz"));
        QCOMPARE(SearchText::words(QStringLiteral("Mary-Kate O'Brien")),
                 (QStringList{QStringLiteral("mary"), QStringLiteral("kate"), QStringLiteral("o"), QStringLiteral("brien")}));
    }
};

QTEST_GUILESS_MAIN(TestPatientSearch)
#include "tst_patientsearch.moc"
