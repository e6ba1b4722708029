#include "PatientFixtures.h"
#include "TestSupport.h"

#include "demo/DemoPopulation.h"
#include "patients/PatientDirectory.h"
#include "patients/PatientImport.h"
#include "patients/PatientSearch.h"
#include "patients/PatientValidator.h"
#include "patients/PhoneNumbers.h"
#include "security/SettingsService.h"
#include "security/StaffService.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {
qint64 auditCount(Clinic& c, const QString& action, const QString& entity)
{
    auto st = c.database().prepare("SELECT count(*) FROM audit_log WHERE action = :a AND entity_id = :e");
    st->bind(":a", action).bind(":e", entity);
    return *st->next() ? st->int64(0) : -1;
}
} // namespace

class TestPatientService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rapport::test::TestClinic> fresh()
    {
        auto t = std::make_unique<rapport::test::TestClinic>();
        t->clock.set(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
        return t;
    }

private Q_SLOTS:
    void addressesFollowTheCountrysPost()
    {
        PostalAddress uk{QStringLiteral("8 Church Street"), QString(), QStringLiteral("Keynsham"), QString(),
                         QStringLiteral("BS31 1HT"), QString()};
        // A UK clinic's patient without a country: town, then postcode on its own line.
        QCOMPARE(uk.lines(QStringLiteral("GB")),
                 (QStringList{QStringLiteral("8 Church Street"), QStringLiteral("Keynsham"), QStringLiteral("BS31 1HT")}));
        PostalAddress de{QStringLiteral("Hafenstraße 12"), QStringLiteral("2. OG"), QStringLiteral("Hamburg"), QString(),
                         QStringLiteral("20457"), QString()};
        QCOMPARE(de.lines(QStringLiteral("DE")), (QStringList{QStringLiteral("Hafenstraße 12"), QStringLiteral("2. OG"),
                                                              QStringLiteral("20457 Hamburg")}));
        // Written from a UK clinic to Germany: the German order, and the country last.
        de.country = QStringLiteral("DE");
        QCOMPARE(de.lines(QStringLiteral("GB")).constLast(), QStringLiteral("Germany"));
        QCOMPARE(de.lines(QStringLiteral("GB")).at(2), QStringLiteral("20457 Hamburg"));
        PostalAddress us{QStringLiteral("1 Main St"), QString(), QStringLiteral("Springfield"), QStringLiteral("IL"),
                         QStringLiteral("62701"), QStringLiteral("US")};
        QCOMPARE(us.lines(QStringLiteral("US")),
                 (QStringList{QStringLiteral("1 Main St"), QStringLiteral("Springfield, IL 62701")}));
        // No street, no address.
        QVERIFY(PostalAddress{}.lines(QStringLiteral("GB")).isEmpty());
    }

    void createNormalisesAndAudits()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        Patient draft = makePatient(QStringLiteral("  Jo  "), QStringLiteral("Walsh"), QDate(1980, 5, 17),
                                    QStringLiteral("07400 900123"), QStringLiteral("jo@example.com"));
        draft.tags = {QStringLiteral("Chronic"), QStringLiteral("chronic "), QStringLiteral("post-procedure")};
        auto p = s.create(draft);
        QVERIFY2(p.has_value(), p ? "" : qPrintable(p.error().text()));
        QCOMPARE(p->givenName, QStringLiteral("Jo"));
        QCOMPARE(p->mobilePhone, QStringLiteral("+447400900123"));
        QCOMPARE(p->tags, (QStringList{QStringLiteral("chronic"), QStringLiteral("post-procedure")}));
        QCOMPARE(auditCount(*t->clinic, QStringLiteral("patient.create"), p->id), qint64(1));
        auto opened = s.open(p->id);
        QCOMPARE(opened->tags, p->tags);
        QCOMPARE(opened->mobilePhone, p->mobilePhone);
        QCOMPARE(auditCount(*t->clinic, QStringLiteral("patient.open"), p->id), qint64(1));
        QCOMPARE(PhoneNumbers::format(p->mobilePhone, QStringLiteral("GB")), QStringLiteral("07400 900123"));
        QCOMPARE(PhoneNumbers::format(QStringLiteral("+4930123456"), QStringLiteral("GB")), QStringLiteral("+49 30 123456"));
    }

    void validationMessages_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no name") << QStringLiteral("name") << QString() << QStringLiteral("given name or family name");
        QTest::newRow("future birth") << QStringLiteral("dob") << QStringLiteral("2027-01-01") << QStringLiteral("in the future");
        QTest::newRow("ancient birth") << QStringLiteral("dob") << QStringLiteral("1850-01-01") << QStringLiteral("130 years");
        QTest::newRow("phone letters") << QStringLiteral("mobile") << QStringLiteral("call me") << QStringLiteral("is not a phone number");
        QTest::newRow("phone too short") << QStringLiteral("mobile") << QStringLiteral("0123") << QStringLiteral("Mobile phone");
        QTest::newRow("home phone invalid") << QStringLiteral("home") << QStringLiteral("020 12") << QStringLiteral("Home phone");
        QTest::newRow("email no at") << QStringLiteral("email") << QStringLiteral("jo.example.com") << QStringLiteral("not an e-mail address");
        QTest::newRow("email no domain") << QStringLiteral("email") << QStringLiteral("jo@") << QStringLiteral("not an e-mail address");
        QTest::newRow("email double dot") << QStringLiteral("email") << QStringLiteral("jo@example..com") << QStringLiteral("not an e-mail address");
        QTest::newRow("sms without mobile") << QStringLiteral("smsPreferred") << QString() << QStringLiteral("no mobile phone");
        QTest::newRow("email pref without address") << QStringLiteral("emailPreferred") << QString() << QStringLiteral("no e-mail address");
        QTest::newRow("name too long") << QStringLiteral("longName") << QString(101, QLatin1Char('x')) << QStringLiteral("too long");
    }

    void validationMessages()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, fragment);
        auto t = fresh();
        PatientService s(*t->clinic);
        Patient p = makePatient(QStringLiteral("Jo"), QStringLiteral("Walsh"));
        if (field == QStringLiteral("name")) {
            p.givenName.clear();
            p.familyName = QStringLiteral("   ");
        } else if (field == QStringLiteral("dob")) {
            p.dateOfBirth = QDate::fromString(value, Qt::ISODate);
        } else if (field == QStringLiteral("mobile")) {
            p.mobilePhone = value;
        } else if (field == QStringLiteral("home")) {
            p.homePhone = value;
        } else if (field == QStringLiteral("email")) {
            p.email = value;
        } else if (field == QStringLiteral("smsPreferred")) {
            p.preferredChannel = ContactChannel::Sms;
        } else if (field == QStringLiteral("emailPreferred")) {
            p.preferredChannel = ContactChannel::Email;
        } else if (field == QStringLiteral("longName")) {
            p.familyName = value;
        }
        auto r = s.create(p);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
        QCOMPARE(*t->clinic->database().scalar(QStringLiteral("SELECT count(*) FROM patients")), qint64(0));
    }

    void impossibleDatesAreExplained_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("31 February") << QStringLiteral("31/02/2020") << QStringLiteral("February 2020 has 29 days");
        QTest::newRow("29 February non-leap") << QStringLiteral("29/02/2023") << QStringLiteral("has 28 days");
        QTest::newRow("month 13") << QStringLiteral("12/13/2020") << QStringLiteral("no month 13");
        QTest::newRow("words") << QStringLiteral("yesterday") << QStringLiteral("Type it like 14/03/1985");
    }

    void impossibleDatesAreExplained()
    {
        QFETCH(QString, typed);
        QFETCH(QString, fragment);
        auto d = PatientValidator::parseDate(typed, QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(!d);
        QVERIFY2(d.error().message.contains(fragment), qPrintable(d.error().message));
        QCOMPARE(*PatientValidator::parseDate(QStringLiteral("29/02/2024"), QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QDate(2024, 2, 29));
    }

    void minorNeedsGuardianWhenTheClinicSaysSo()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        Patient child = makePatient(QStringLiteral("Mia"), QStringLiteral("Walsh"), QDate(2016, 6, 1));
        auto refused = s.create(child);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("parent or guardian")), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("10 year")), qPrintable(refused.error().message));

        const Patient mum = createOrDie(s, makePatient(QStringLiteral("Jo"), QStringLiteral("Walsh"), QDate(1984, 1, 1),
                                                       QStringLiteral("07400 900222"), QStringLiteral("jo@example.com")));
        PatientLink guardian;
        guardian.kind = LinkKind::Guardian;
        guardian.relatedPatientId = mum.id;
        auto withGuardian = s.create(child, {guardian});
        QVERIFY2(withGuardian.has_value(), withGuardian ? "" : qPrintable(withGuardian.error().text()));

        // The child has no phone or e-mail of their own: messages go to the guardian.
        auto sms = s.contactFor(withGuardian->id, ContactChannel::Sms);
        QCOMPARE(sms->address, QStringLiteral("+447400900222"));
        QCOMPARE(sms->viaPatientId, mum.id);
        auto email = s.contactFor(withGuardian->id, ContactChannel::Email);
        QCOMPARE(email->address, QStringLiteral("jo@example.com"));
        // The guardian sees the child in their family view.
        auto mumLinks = s.links(mum.id);
        QCOMPARE(mumLinks->size(), 1);
        QCOMPARE(mumLinks->first().relatedDisplayName, QStringLiteral("Mia Walsh"));
        // The last guardian cannot be removed while the rule applies.
        auto end = s.endLink(withGuardian.has_value() ? s.links(withGuardian->id)->first().id : QString());
        QVERIFY(!end);

        // The timeline says who linked them.
        bool linkShown = false;
        const auto mumTimeline = s.timeline(mum.id);
        for (const TimelineEntry& e : *mumTimeline)
            if (e.kind == QStringLiteral("link")) {
                linkShown = true;
                QCOMPARE(e.actorName, QStringLiteral("Ada Admin"));
            }
        QVERIFY(linkShown);
        QVERIFY(SettingsService(*t->clinic).set(QStringLiteral("patients.requireGuardianForMinors"), QStringLiteral("no")).has_value());
        Patient other = makePatient(QStringLiteral("Leo"), QStringLiteral("Brandt"), QDate(2015, 1, 1));
        QVERIFY(s.create(other).has_value());
        // An adult is never refused.
        QVERIFY(SettingsService(*t->clinic).set(QStringLiteral("patients.requireGuardianForMinors"), QStringLiteral("yes")).has_value());
        QVERIFY(s.create(makePatient(QStringLiteral("Ada"), QStringLiteral("Brandt"), QDate(2008, 11, 1))).has_value());
    }

    void duplicatesAreFoundBeforeSaving()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        const Patient jo = createOrDie(s, makePatient(QStringLiteral("Jo"), QStringLiteral("Walsh"), QDate(1980, 5, 17),
                                                      QStringLiteral("07400 900123"), QStringLiteral("Jo.Walsh@example.com")));
        struct Case
        {
            Patient candidate;
            int reasons;
        };
        const QList<Case> cases{
            {makePatient(QStringLiteral("JO"), QStringLiteral("walsh"), QDate(1980, 5, 17)), DuplicateMatch::SameNameAndDateOfBirth},
            {makePatient(QStringLiteral("Joanna"), QStringLiteral("Walsh"), QDate(1981, 1, 1), QStringLiteral("+44 7400 900123")),
             DuplicateMatch::SamePhone},
            {makePatient(QStringLiteral("J"), QStringLiteral("W"), QDate(1970, 1, 1), {}, QStringLiteral("jo.walsh@EXAMPLE.com")),
             DuplicateMatch::SameEmail},
            {makePatient(QStringLiteral("Jo"), QStringLiteral("Walsh"), QDate(1980, 5, 17), QStringLiteral("07400900123")),
             DuplicateMatch::SameNameAndDateOfBirth | DuplicateMatch::SamePhone},
        };
        for (const Case& c : cases) {
            auto dups = s.findDuplicates(c.candidate);
            QCOMPARE(dups->size(), 1);
            QCOMPARE(dups->first().patientId, jo.id);
            QCOMPARE(dups->first().reasons, c.reasons);
            auto refused = s.create(c.candidate);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Conflict);
            QCOMPARE(refused.error().detail, jo.id); // "open the existing record"
        }
        QVERIFY(s.findDuplicates(makePatient(QStringLiteral("Jo"), QStringLiteral("Walsh"), QDate(1980, 5, 18)))->isEmpty());
        // "Create anyway".
        QVERIFY(s.create(cases.first().candidate, {}, PatientCreateOptions{true}).has_value());
        // An edit that makes a record look like another is caught too.
        const Patient other = createOrDie(s, makePatient(QStringLiteral("Sam"), QStringLiteral("Price")));
        Patient edited = other;
        edited.email = QStringLiteral("jo.walsh@example.com");
        auto refusedEdit = s.update(edited);
        QVERIFY(!refusedEdit);
        QCOMPARE(refusedEdit.error().code, ErrorCode::Conflict);
    }

    void mergeKeepsEveryLinkAndAllHistory()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        Patient keepDraft = makePatient(QStringLiteral("Jo"), QStringLiteral("Walsh"), QDate(1980, 5, 17),
                                        QStringLiteral("07400 900123"));
        keepDraft.tags = {QStringLiteral("chronic")};
        const Patient keep = createOrDie(s, keepDraft);
        Patient dupDraft = makePatient(QStringLiteral("Joanne"), QStringLiteral("Walsh"), QDate(1980, 5, 17), {},
                                       QStringLiteral("joanne@example.com"));
        dupDraft.tags = {QStringLiteral("post-procedure")};
        dupDraft.address.line1 = QStringLiteral("1 Harbour Street");
        const Patient dup = createOrDie(s, dupDraft);
        const Patient spouse = createOrDie(s, makePatient(QStringLiteral("Pat"), QStringLiteral("Walsh")));
        const Patient child = createOrDie(s, makePatient(QStringLiteral("Mia"), QStringLiteral("Walsh"), QDate(2016, 6, 1)),
                                          {PatientLink{{}, {}, LinkKind::Guardian, dup.id, {}, {}, {}, {}, {}, {}}});
        QVERIFY(s.addLink(PatientLink{{}, dup.id, LinkKind::Spouse, spouse.id, {}, {}, {}, {}, {}, {}}).has_value());
        QVERIFY(s.addLink(PatientLink{{}, dup.id, LinkKind::EmergencyContact, {}, QStringLiteral("Neighbour Ann"),
                                      QStringLiteral("07400 900999"), {}, {}, {}, {}})
                    .has_value());
        t->clock.advanceSecs(60);
        QVERIFY(s.recordConsent(keep.id, ContactChannel::Sms, ConsentPurpose::AppointmentReminders, true,
                                ConsentMethod::InPerson)
                    .has_value());
        t->clock.advanceSecs(60);
        QVERIFY(s.recordConsent(dup.id, ContactChannel::Sms, ConsentPurpose::AppointmentReminders, false,
                                ConsentMethod::Phone)
                    .has_value());
        QVERIFY(s.recordConsent(dup.id, ContactChannel::Email, ConsentPurpose::Recalls, true, ConsentMethod::Form)
                    .has_value());
        const int keepTimeline = int(s.timeline(keep.id)->size());
        const int dupTimeline = int(s.timeline(dup.id)->size());

        auto merged = s.merge(keep.id, dup.id);
        QVERIFY2(merged.has_value(), merged ? "" : qPrintable(merged.error().text()));
        QCOMPARE(merged->email, QStringLiteral("joanne@example.com"));   // filled from the other record
        QCOMPARE(merged->givenName, QStringLiteral("Jo"));                // the kept record wins
        QCOMPARE(merged->address.line1, QStringLiteral("1 Harbour Street"));
        QCOMPARE(merged->tags, (QStringList{QStringLiteral("chronic"), QStringLiteral("post-procedure")}));

        auto links = s.links(keep.id);
        QCOMPARE(links->size(), 3); // the child's guardian, the spouse, the emergency contact
        auto childLinks = s.links(child.id);
        QCOMPARE(childLinks->first().relatedPatientId, keep.id);
        QCOMPARE(s.consentHistory(keep.id)->size(), 3);
        // The latest decision wins: SMS reminders were withdrawn after they were granted.
        QCOMPARE(*s.hasConsent(keep.id, ContactChannel::Sms, ConsentPurpose::AppointmentReminders), false);
        QCOMPARE(*s.hasConsent(keep.id, ContactChannel::Email, ConsentPurpose::Recalls), true);
        QVERIFY(s.timeline(keep.id)->size() >= keepTimeline + dupTimeline);

        auto old = s.open(dup.id);
        QCOMPARE(old->status, PatientStatus::Archived);
        QCOMPARE(old->mergedInto, keep.id);
        QVERIFY(s.consentHistory(dup.id)->isEmpty());
        PatientSearch search(*t->clinic);
        // Found only through the kept record, which took over the e-mail address.
        auto byOldEmail = search.search(QStringLiteral("joanne"), PatientSearchOptions{true, 50});
        QCOMPARE(byOldEmail->size(), 1);
        QCOMPARE(byOldEmail->first().patientId, keep.id);
        QCOMPARE(search.search(QStringLiteral("jo walsh"))->first().patientId, keep.id);
        QCOMPARE(auditCount(*t->clinic, QStringLiteral("patient.merge"), keep.id), qint64(1));
        QVERIFY(!s.merge(keep.id, dup.id)); // already merged
        const auto verification = t->clinic->audit().verify();
        QVERIFY2(verification->intact, qPrintable(verification->reason + QString::number(verification->brokenSeq)));
    }

    void consentHistoryIsKeptNeverOverwritten()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        const Patient p = createOrDie(s, makePatient(QStringLiteral("Jo"), QStringLiteral("Walsh")));
        QVERIFY(s.recordConsent(p.id, ContactChannel::Email, ConsentPurpose::Marketing, true, ConsentMethod::Online).has_value());
        t->clock.advanceSecs(3600);
        QVERIFY(s.recordConsent(p.id, ContactChannel::Email, ConsentPurpose::Marketing, false, ConsentMethod::Phone,
                                QStringLiteral("asked not to get newsletters"))
                    .has_value());
        auto history = s.consentHistory(p.id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).granted, false);
        QCOMPARE(history->at(0).note, QStringLiteral("asked not to get newsletters"));
        QCOMPARE(history->at(0).recordedByName, QStringLiteral("Ada Admin"));
        QCOMPARE(history->at(1).granted, true);
        QCOMPARE(history->at(1).method, ConsentMethod::Online);
        auto current = s.currentConsents(p.id);
        QCOMPARE(current->size(), 1);
        QVERIFY(!current->first().granted);
        QCOMPARE(*s.hasConsent(p.id, ContactChannel::Sms, ConsentPurpose::Marketing), false); // never asked
        auto timeline = s.timeline(p.id);
        QCOMPARE(timeline->first().kind, QStringLiteral("consent"));
        QVERIFY(timeline->first().summary.contains(QStringLiteral("withdrawn")));
    }

    void archiveHidesFromListsUnlessAsked()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        const Patient a = createOrDie(s, makePatient(QStringLiteral("Ann"), QStringLiteral("Archer")));
        createOrDie(s, makePatient(QStringLiteral("Ben"), QStringLiteral("Baker")));
        QVERIFY(s.archive(a.id).has_value());
        PatientDirectory dir(*t->clinic);
        QCOMPARE(*dir.count({}), qint64(1));
        PatientFilter all;
        all.statuses.insert(PatientStatus::Archived);
        QCOMPARE(*dir.count(all), qint64(2));
        QCOMPARE(auditCount(*t->clinic, QStringLiteral("patient.archive"), a.id), qint64(1));
        QCOMPARE(s.timeline(a.id)->first().kind, QStringLiteral("status"));
        QCOMPARE(*t->clinic->database().scalar(QStringLiteral("SELECT count(*) FROM patients")), qint64(2)); // never deleted
    }

    void directoryFiltersAndPages()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        for (int i = 0; i < 30; ++i) {
            Patient p = makePatient(QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i, 2, 10, QLatin1Char('0')),
                                    QDate(1950 + i * 2, 6, 15));
            if (i % 3 == 0)
                p.tags = {QStringLiteral("chronic")};
            const Patient created = createOrDie(s, p);
            if (i % 5 == 0)
                QVERIFY(s.recordConsent(created.id, ContactChannel::Sms, ConsentPurpose::Recalls, true, ConsentMethod::Form).has_value());
        }
        PatientDirectory dir(*t->clinic);
        QCOMPARE(*dir.count({}), qint64(30));
        auto page = dir.page({}, PatientSort::Name, true, 10, 5);
        QCOMPARE(page->size(), 5);
        QCOMPARE(page->first().sortName, QStringLiteral("Family10, Given10"));
        auto desc = dir.page({}, PatientSort::Name, false, 0, 1);
        QCOMPARE(desc->first().sortName, QStringLiteral("Family29, Given29"));
        PatientFilter chronic;
        chronic.tag = QStringLiteral("Chronic");
        QCOMPARE(*dir.count(chronic), qint64(10));
        PatientFilter ages;
        ages.minAge = 30; // born on or before 2 Nov 1996
        ages.maxAge = 50; // born after 2 Nov 1975
        QCOMPARE(*dir.count(ages), qint64(11)); // 1976 … 1996 in steps of two
        PatientFilter consent;
        consent.consentChannel = ContactChannel::Sms;
        consent.consentPurpose = ConsentPurpose::Recalls;
        QCOMPARE(*dir.count(consent), qint64(6));
        QCOMPARE(*dir.tags(), QStringList{QStringLiteral("chronic")});
        // The whole order as ids, then any slice of rows: the same as paging by offset.
        auto ids = dir.orderedIds({}, PatientSort::Name, true);
        QCOMPARE(ids->size(), 30);
        auto slice = dir.rows(ids->mid(10, 5));
        QCOMPARE(slice->size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(slice->at(i).patientId, page->at(i).patientId);
        auto byBirthDesc = dir.orderedIds({}, PatientSort::DateOfBirth, false);
        QCOMPARE(dir.rows({byBirthDesc->first()})->first().dateOfBirth, QDate(2008, 6, 15));
        QCOMPARE(dir.orderedIds(chronic, PatientSort::Name, true)->size(), 10);
    }

    void timelineEndsWithTheCreationEvenInTheSameInstant()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        const Patient parent = createOrDie(s, makePatient(QStringLiteral("Mary"), QStringLiteral("Walsh")));
        PatientLink guardian;
        guardian.kind = LinkKind::Guardian;
        guardian.relatedPatientId = parent.id;
        // The clock does not move: creation, link and consent share one instant.
        const Patient child = createOrDie(s, makePatient(QStringLiteral("Ella"), QStringLiteral("Walsh"), QDate(2016, 2, 9)),
                                          {guardian});
        QVERIFY(s.recordConsent(child.id, ContactChannel::Sms, ConsentPurpose::Recalls, true, ConsentMethod::Form));
        auto timeline = s.timeline(child.id);
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), 3);
        QCOMPARE(timeline->last().kind, QStringLiteral("record.created"));
        QCOMPARE(timeline->first().kind, QStringLiteral("consent")); // stored order otherwise kept
    }

    void directoryRowsSayWhenTheRecordWasRegistered()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        const Patient first = createOrDie(s, makePatient(QStringLiteral("Ann"), QStringLiteral("Archer")));
        t->clock.advanceSecs(3600);
        const Patient second = createOrDie(s, makePatient(QStringLiteral("Ben"), QStringLiteral("Baker")));
        PatientDirectory dir(*t->clinic);
        auto ids = dir.orderedIds({}, PatientSort::Created, false);
        QVERIFY(ids);
        auto rows = dir.rows(*ids);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).patientId, second.id); // newest first
        QCOMPARE(rows->at(0).createdAt, second.createdAt);
        QCOMPARE(rows->at(1).createdAt, first.createdAt);
        QCOMPARE(rows->at(1).createdAt.secsTo(rows->at(0).createdAt), qint64(3600));
    }

    void verbatimTextInEveryField()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        const QString injection = QStringLiteral("Robert'); DROP TABLE patients;--");
        // 5 × 18 UTF-16 units: combining marks, astral letters, CJK, Arabic, emoji.
        const QString unicode = QStringLiteral("Ŝœ́ℌ𝔘 漢字 عربى 😀 ").repeated(5);
        Patient p;
        p.givenName = injection;
        p.familyName = unicode;
        p.preferredName = injection;
        p.email = QStringLiteral("o'brien+test@example.com");
        p.address = PostalAddress{injection, unicode, injection, unicode, QStringLiteral("AB1 2CD"), QStringLiteral("GB")};
        p.preferredContactTimes = unicode;
        p.relationshipNotes = injection + QLatin1Char('\n') + unicode.repeated(10);
        p.externalId = QStringLiteral("X'; --");
        p.tags = {injection.toLower()};
        auto created = s.create(p);
        QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().text()));
        auto back = s.open(created->id);
        QCOMPARE(back->givenName, injection);
        QCOMPARE(back->familyName, unicode.simplified());
        QCOMPARE(back->preferredName, injection);
        QCOMPARE(back->email, p.email);
        QCOMPARE(back->address, p.address);
        QCOMPARE(back->preferredContactTimes, unicode);
        QCOMPARE(back->address.line2, unicode);
        QCOMPARE(back->relationshipNotes, p.relationshipNotes);
        QCOMPARE(back->externalId, p.externalId);
        QCOMPARE(back->tags, QStringList{injection.toLower()});
        QCOMPARE(*t->clinic->database().scalar(QStringLiteral("SELECT count(*) FROM patients")), qint64(1));
        PatientSearch search(*t->clinic);
        QCOMPARE(search.search(QStringLiteral("robert"))->first().displayName, back->displayName());
    }

    void permissionsAreCheckedInCore()
    {
        auto t = fresh();
        const Patient p = createOrDie(*std::make_unique<PatientService>(*t->clinic).get(),
                                      makePatient(QStringLiteral("Jo"), QStringLiteral("Walsh")));
        const Patient q = createOrDie(*std::make_unique<PatientService>(*t->clinic).get(),
                                      makePatient(QStringLiteral("Joe"), QStringLiteral("Walsh")));
        QVERIFY(StaffService(*t->clinic).add(QStringLiteral("desk"), QStringLiteral("Desk"), Role::Receptionist,
                                             QStringLiteral("reception pw 11")).has_value());
        t->clinic->lock();
        auto desk = t->signIn(QStringLiteral("desk"), QStringLiteral("reception pw 11"));
        PatientService s(**desk);
        QVERIFY(s.open(p.id).has_value());
        QVERIFY(s.update(*s.open(p.id)).has_value());
        auto merge = s.merge(p.id, q.id); // receptionists may not merge
        QVERIFY(!merge);
        QCOMPARE(merge.error().code, ErrorCode::PermissionDenied);
    }

    void importedPatientsAreSearchableWithTheirHistory()
    {
        auto t = fresh();
        const Patient existing = createOrDie(*std::make_unique<PatientService>(*t->clinic).get(),
                                             makePatient(QStringLiteral("Existing"), QStringLiteral("Person")));
        PatientImport import(*t->clinic, QStringLiteral("test"));
        QVERIFY(import.begin().has_value());
        PatientImport::Entry mum;
        mum.patient = makePatient(QStringLiteral("Ingrid"), QStringLiteral("Bäcklund"), QDate(1979, 4, 2),
                                  QStringLiteral("07400 111222"));
        ConsentRecord yes{{}, {}, ContactChannel::Sms, ConsentPurpose::Recalls, true, ConsentMethod::Form,
                          t->clock.now().addDays(-10), {}, {}, {}};
        ConsentRecord no = yes;
        no.granted = false;
        no.recordedAt = t->clock.now().addDays(-1);
        mum.consents = {no, yes}; // out of order: the latest decision must win
        auto mumId = import.add(mum);
        QVERIFY2(mumId.has_value(), mumId ? "" : qPrintable(mumId.error().text()));
        PatientImport::Entry child;
        child.patient = makePatient(QStringLiteral("Sigrid"), QStringLiteral("Bäcklund"), QDate(2019, 9, 9));
        child.links = {PatientLink{{}, {}, LinkKind::Guardian, *mumId, {}, {}, {}, {}, {}, {}}};
        QVERIFY(import.add(child).has_value());
        QVERIFY(import.finish().has_value());

        PatientSearch search(*t->clinic);
        QCOMPARE(search.search(QStringLiteral("backlund"))->size(), 2);
        QCOMPARE(search.search(QStringLiteral("111222"))->first().patientId, *mumId);
        QCOMPARE(search.search(QStringLiteral("existing"))->size(), 1);
        PatientService s(*t->clinic);
        QCOMPARE(*s.hasConsent(*mumId, ContactChannel::Sms, ConsentPurpose::Recalls), false);
        QCOMPARE(s.consentHistory(*mumId)->size(), 2);
        QCOMPARE(s.links(*mumId)->size(), 1);
        QCOMPARE(*t->clinic->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.import'")),
                 qint64(1));
        // A demo population on top: every patient is found by name.
        DemoPopulation::Options o;
        o.patients = 60;
        o.seed = 5;
        QCOMPARE(*DemoPopulation::generate(*t->clinic, o), 60);
        QCOMPARE(*t->clinic->database().scalar(QStringLiteral("SELECT count(*) FROM patients WHERE search_docid IS NULL")),
                 qint64(0));
        QCOMPARE(*t->clinic->database().scalar(QStringLiteral("SELECT count(*) FROM patient_search")), qint64(63));
    }

    void noPatientNamesInClearOnDisk()
    {
        auto t = fresh();
        PatientService s(*t->clinic);
        createOrDie(s, makePatient(QStringLiteral("Xanthippe"), QStringLiteral("Quarrington-Zeal"), QDate(1971, 2, 3),
                                   QStringLiteral("07400 900777"), QStringLiteral("xanthippe@example.org")));
        for (const QString& file : {t->path, t->path + QStringLiteral("-wal"), t->path + QStringLiteral(".keys")}) {
            const QByteArray bytes = readAll(file);
            QVERIFY(!bytes.contains("Xanthippe"));
            QVERIFY(!bytes.contains("xanthippe"));
            QVERIFY(!bytes.contains("Quarrington"));
            QVERIFY(!bytes.contains("7400900777"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPatientService)
#include "tst_patientservice.moc"
