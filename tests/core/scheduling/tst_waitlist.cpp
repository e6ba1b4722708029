#include "ScheduleFixtures.h"

#include "scheduling/Waitlist.h"

#include <QTest>

#include <optional>

using namespace rapport;
using namespace rapport::test;

namespace {
const QDate kTuesday(2026, 11, 3);

qint64 auditCount(Clinic& c, const QString& action, const QString& entity)
{
    auto st = c.database().prepare("SELECT count(*) FROM audit_log WHERE action = :a AND entity_id = :e");
    st->bind(":a", action).bind(":e", entity);
    return *st->next() ? st->int64(0) : -1;
}

QString newPatient(ScheduleClinic& s, const QString& given)
{
    PatientService patients(s.clinic());
    return ScheduleClinic::must(
               patients.create(makePatient(given, QStringLiteral("Waiting")), {}, PatientCreateOptions{true}))
        .id;
}

WaitlistEntry entryFor(const QString& patientId, const AppointmentType& type)
{
    WaitlistEntry e;
    e.patientId = patientId;
    e.typeId = type.id;
    return e;
}

// Dr Smith's half hour on Tuesday at 10:00 in chair 1, freed by a cancellation.
FreedTime smithsTuesday(const ScheduleClinic& s, QTime from = QTime(10, 0), QTime to = QTime(10, 30))
{
    return FreedTime{s.smith.id, s.chair1.id, ScheduleClinic::local(kTuesday, from),
                     ScheduleClinic::local(kTuesday, to)};
}
} // namespace

class TestWaitlist : public QObject
{
    Q_OBJECT

    // One clinic for the whole program; each test runs inside a transaction that is
    // rolled back afterwards, so every test starts from the same book.
    std::unique_ptr<ScheduleClinic> m_world;
    std::optional<Transaction> m_undo;

private Q_SLOTS:
    void initTestCase() { m_world = std::make_unique<ScheduleClinic>(); }

    void init()
    {
        m_world->t.clock.set(QDateTime(QDate(2026, 11, 2), QTime(7, 0), Qt::UTC));
        auto tx = m_world->clinic().database().begin();
        QVERIFY(tx.has_value());
        m_undo.emplace(std::move(*tx));
    }

    void cleanup() { m_undo.reset(); }

    void offersComeBestFirstAndOnlyWhenTheyFit()
    {
        ScheduleClinic& s = *m_world;
        Clinic& c = s.clinic();
        Waitlist waitlist(c);
        AppointmentBook book(c);
        s.t.clock.set(QDateTime(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC));
        QHash<QString, QString> ids; // label -> entry id
        auto add = [&](const QString& label, WaitlistEntry e) {
            auto added = waitlist.add(e);
            QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().text()));
            ids.insert(label, added->id);
        };
        auto nextDay = [&] { s.t.clock.advanceSecs(24 * 3600); };
        auto bookFor = [&](const QString& patientId, const Provider& p, QDate d, QTime t, const QString& chair) {
            return ScheduleClinic::must(book.book(s.draft(patientId, p, s.checkUp, ScheduleClinic::local(d, t), chair)));
        };

        add(QStringLiteral("A oldest"), entryFor(newPatient(s, QStringLiteral("A")), s.checkUp));
        nextDay();
        WaitlistEntry b = entryFor(newPatient(s, QStringLiteral("B")), s.checkUp);
        b.providerId = s.smith.id;
        add(QStringLiteral("B asked for Smith"), b);
        nextDay();
        WaitlistEntry urgent = entryFor(newPatient(s, QStringLiteral("C")), s.checkUp);
        urgent.priority = 5;
        add(QStringLiteral("C priority"), urgent);
        nextDay();
        WaitlistEntry d = entryFor(newPatient(s, QStringLiteral("D")), s.checkUp);
        d.latestDate = QDate(2026, 11, 30);
        add(QStringLiteral("D later deadline"), d);
        WaitlistEntry e = entryFor(newPatient(s, QStringLiteral("E")), s.checkUp);
        e.latestDate = QDate(2026, 11, 10);
        add(QStringLiteral("E nearer deadline"), e);
        nextDay();
        const QString nPatient = newPatient(s, QStringLiteral("N"));
        WaitlistEntry n = entryFor(nPatient, s.checkUp);
        n.currentAppointmentId = bookFor(nPatient, s.jones, QDate(2026, 11, 10), QTime(9, 0), s.chair2.id).id;
        add(QStringLiteral("N holds a later appointment"), n);

        // None of these fit Dr Smith's Tuesday at 10:00.
        WaitlistEntry f = entryFor(newPatient(s, QStringLiteral("F")), s.checkUp);
        f.providerId = s.jones.id;
        add(QStringLiteral("F wants Jones"), f);
        WaitlistEntry g = entryFor(newPatient(s, QStringLiteral("G")), s.checkUp);
        g.weekdays = (1 << 0) | (1 << 2); // Monday and Wednesday
        add(QStringLiteral("G not Tuesdays"), g);
        WaitlistEntry h = entryFor(newPatient(s, QStringLiteral("H")), s.checkUp);
        h.earliestMinute = 14 * 60;
        h.latestMinute = 17 * 60;
        add(QStringLiteral("H afternoons"), h);
        WaitlistEntry i = entryFor(newPatient(s, QStringLiteral("I")), s.checkUp);
        i.latestDate = QDate(2026, 11, 2);
        add(QStringLiteral("I only until Monday"), i);
        const QString jPatient = newPatient(s, QStringLiteral("J"));
        bookFor(jPatient, s.jones, kTuesday, QTime(10, 0), s.chair2.id);
        add(QStringLiteral("J busy then"), entryFor(jPatient, s.checkUp));
        add(QStringLiteral("K hygiene is the hygienist's"), entryFor(newPatient(s, QStringLiteral("K")), s.hygiene));
        WaitlistEntry l = entryFor(newPatient(s, QStringLiteral("L")), s.checkUp);
        l.durationMinutes = 45;
        add(QStringLiteral("L too long"), l);
        const QString mPatient = newPatient(s, QStringLiteral("M"));
        WaitlistEntry m = entryFor(mPatient, s.checkUp);
        m.currentAppointmentId = bookFor(mPatient, s.jones, kTuesday, QTime(8, 0), s.chair2.id).id;
        add(QStringLiteral("M already earlier"), m);
        WaitlistEntry o = entryFor(newPatient(s, QStringLiteral("O")), s.checkUp);
        o.earliestDate = QDate(2026, 11, 4);
        add(QStringLiteral("O from Wednesday"), o);
        add(QStringLiteral("P removed"), entryFor(newPatient(s, QStringLiteral("P")), s.checkUp));
        QVERIFY(waitlist.remove(ids.value(QStringLiteral("P removed"))).has_value());

        s.t.clock.set(QDateTime(QDate(2026, 11, 2), QTime(7, 0), Qt::UTC));
        auto offers = waitlist.offersFor(smithsTuesday(s));
        QVERIFY2(offers.has_value(), offers ? "" : qPrintable(offers.error().text()));
        QStringList order;
        for (const WaitlistOffer& offer : *offers)
            order << ids.key(offer.entry.id);
        QCOMPARE(order, (QStringList{QStringLiteral("B asked for Smith"), QStringLiteral("C priority"),
                                     QStringLiteral("A oldest"), QStringLiteral("E nearer deadline"),
                                     QStringLiteral("D later deadline"), QStringLiteral("N holds a later appointment")}));
        for (int k = 1; k < offers->size(); ++k)
            QVERIFY(offers->at(k - 1).score >= offers->at(k).score);
        for (const WaitlistOffer& offer : *offers) {
            QCOMPARE(offer.slot.start, ScheduleClinic::local(kTuesday, QTime(10, 0)));
            QCOMPARE(offer.slot.end, ScheduleClinic::local(kTuesday, QTime(10, 30)));
            QCOMPARE(offer.slot.providerId, s.smith.id);
            QCOMPARE(offer.slot.chairId, s.chair1.id);
            QVERIFY(offer.patientName.endsWith(QStringLiteral(" Waiting")));
        }
        const QString reasons = offers->first().reasons.join(QStringLiteral(" | "));
        QVERIFY2(reasons.contains(QStringLiteral("asked for this provider")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("waiting 12 day")), qPrintable(reasons));
        QVERIFY(offers->at(1).reasons.contains(QStringLiteral("priority 5")));
        QVERIFY(offers->last().reasons.join(QLatin1Char(' ')).contains(QStringLiteral("brings forward")));
    }

    void offerStartsAtTheEarliestTimeThatFits()
    {
        ScheduleClinic& s = *m_world;
        Waitlist waitlist(s.clinic());
        WaitlistEntry late = entryFor(s.anna, s.checkUp);
        late.earliestMinute = 9 * 60 + 30;
        QVERIFY(waitlist.add(late).has_value());
        QVERIFY(waitlist.add(entryFor(s.ben, s.checkUp)).has_value());
        auto offers = waitlist.offersFor(smithsTuesday(s, QTime(9, 5), QTime(10, 0)));
        QVERIFY(offers.has_value());
        QCOMPARE(offers->size(), 2);
        QHash<QString, QDateTime> startOf;
        for (const WaitlistOffer& o : *offers)
            startOf.insert(o.entry.patientId, o.slot.start);
        QCOMPARE(startOf.value(s.ben), ScheduleClinic::local(kTuesday, QTime(9, 5)));   // the freed start itself
        QCOMPARE(startOf.value(s.anna), ScheduleClinic::local(kTuesday, QTime(9, 30))); // next grid time in her window

        // Booked again in the meantime: nothing to offer.
        AppointmentBook book(s.clinic());
        QVERIFY(book.book(s.draft(s.anna, s.smith, s.checkUp, ScheduleClinic::local(kTuesday, QTime(9, 0)),
                                  s.chair1.id), BookingOptions{}).has_value());
        auto none = waitlist.offersFor(smithsTuesday(s, QTime(9, 0), QTime(9, 30)));
        QVERIFY(none.has_value());
        QVERIFY(none->isEmpty());
    }

    void bookingAnOfferBooksAndMarksTheEntry()
    {
        ScheduleClinic& s = *m_world;
        Clinic& c = s.clinic();
        Waitlist waitlist(c);
        auto entry = waitlist.add(entryFor(s.anna, s.checkUp));
        QVERIFY(entry.has_value());
        auto offers = waitlist.offersFor(smithsTuesday(s));
        QVERIFY(offers.has_value() && offers->size() == 1);
        auto booked = waitlist.bookOffer(offers->first());
        QVERIFY2(booked.has_value(), booked ? "" : qPrintable(booked.error().text()));
        QCOMPARE(booked->patientId, s.anna);
        QCOMPARE(booked->providerId, s.smith.id);
        QCOMPARE(booked->chairId, s.chair1.id);
        QCOMPARE(booked->typeId, s.checkUp.id);
        QCOMPARE(booked->start, ScheduleClinic::local(kTuesday, QTime(10, 0)));
        QCOMPARE(booked->status, AppointmentStatus::Booked);

        auto waiting = waitlist.list();
        QVERIFY(waiting.has_value() && waiting->isEmpty());
        auto all = waitlist.list(true);
        QVERIFY(all.has_value() && all->size() == 1);
        QCOMPARE(all->first().status, WaitlistStatus::Booked);
        QCOMPARE(all->first().bookedAppointmentId, booked->id);
        QCOMPARE(auditCount(c, QStringLiteral("waitlist.book"), entry->id), qint64(1));

        auto again = waitlist.bookOffer(offers->first());
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(*c.database().scalar(QStringLiteral("SELECT count(*) FROM appointments")), qint64(1));
    }

    void bookingFromTheListMarksTheEntry()
    {
        ScheduleClinic& s = *m_world;
        Clinic& c = s.clinic();
        Waitlist waitlist(c);
        auto entry = waitlist.add(entryFor(s.anna, s.checkUp));
        QVERIFY(entry.has_value());
        AppointmentBook book(c);
        auto bens = book.book(s.draft(s.ben, s.smith, s.checkUp, ScheduleClinic::local(kTuesday, QTime(11, 0))));
        auto annas = book.book(s.draft(s.anna, s.smith, s.checkUp, ScheduleClinic::local(kTuesday, QTime(9, 0))));
        QVERIFY(bens.has_value() && annas.has_value());
        // Someone else's appointment does not take Anna off the list.
        auto wrong = waitlist.markBooked(entry->id, bens->id);
        QVERIFY(!wrong);
        QCOMPARE(waitlist.list()->size(), 1);
        QVERIFY(waitlist.markBooked(entry->id, annas->id).has_value());
        QVERIFY(waitlist.list()->isEmpty());
        QCOMPARE(waitlist.list(true)->first().bookedAppointmentId, annas->id);
        QCOMPARE(auditCount(c, QStringLiteral("waitlist.book"), entry->id), qint64(1));
        QCOMPARE(waitlist.markBooked(entry->id, annas->id).error().code, ErrorCode::Conflict);
    }

    void bookingAnOfferMovesTheCurrentAppointment()
    {
        ScheduleClinic& s = *m_world;
        Clinic& c = s.clinic();
        AppointmentBook book(c);
        auto current = book.book(s.draft(s.anna, s.jones, s.checkUp, ScheduleClinic::local(QDate(2026, 11, 20),
                                                                                           QTime(11, 0)), s.chair2.id));
        QVERIFY(current.has_value());
        Waitlist waitlist(c);
        WaitlistEntry e = entryFor(s.anna, s.checkUp);
        e.currentAppointmentId = current->id;
        auto entry = waitlist.add(e);
        QVERIFY(entry.has_value());
        auto offers = waitlist.offersFor(smithsTuesday(s));
        QVERIFY(offers.has_value() && offers->size() == 1);
        auto moved = waitlist.bookOffer(offers->first());
        QVERIFY2(moved.has_value(), moved ? "" : qPrintable(moved.error().text()));
        QCOMPARE(moved->id, current->id);
        auto reread = book.get(current->id);
        QVERIFY(reread.has_value());
        QCOMPARE(reread->start, ScheduleClinic::local(kTuesday, QTime(10, 0)));
        QCOMPARE(reread->providerId, s.smith.id);
        QCOMPARE(reread->chairId, s.chair1.id);
        QCOMPARE(*c.database().scalar(QStringLiteral("SELECT count(*) FROM appointments")), qint64(1));
        auto all = waitlist.list(true);
        QCOMPARE(all->first().bookedAppointmentId, current->id);
    }

    void anEntryByDurationIsBookedAsTheChosenType()
    {
        ScheduleClinic& s = *m_world;
        Waitlist waitlist(s.clinic());
        WaitlistEntry e;
        e.patientId = s.ben;
        e.durationMinutes = 20;
        QVERIFY(waitlist.add(e).has_value());
        auto offers = waitlist.offersFor(smithsTuesday(s));
        QVERIFY(offers.has_value() && offers->size() == 1);
        QCOMPARE(offers->first().slot.end, ScheduleClinic::local(kTuesday, QTime(10, 20)));
        auto refused = waitlist.bookOffer(offers->first());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QStringLiteral("Choose the type to book")));
        WaitlistOffer chosen = offers->first();
        chosen.entry.typeId = s.checkUp.id;
        auto booked = waitlist.bookOffer(chosen);
        QVERIFY2(booked.has_value(), booked ? "" : qPrintable(booked.error().text()));
        QCOMPARE(booked->typeId, s.checkUp.id);
        QCOMPARE(booked->end, ScheduleClinic::local(kTuesday, QTime(10, 20))); // the time the patient needs
    }

    void changesAreCheckedAndAudited()
    {
        ScheduleClinic& s = *m_world;
        Clinic& c = s.clinic();
        Waitlist waitlist(c);
        auto first = waitlist.add(entryFor(s.anna, s.checkUp));
        QVERIFY(first.has_value());
        QCOMPARE(first->durationMinutes, 30); // the type's
        QCOMPARE(first->status, WaitlistStatus::Waiting);
        s.t.clock.advanceSecs(60);
        auto second = waitlist.add(entryFor(s.ben, s.checkUp));
        QVERIFY(second.has_value());
        QCOMPARE(auditCount(c, QStringLiteral("waitlist.add"), first->id), qint64(1));

        WaitlistEntry changed = *first;
        changed.priority = 3;
        changed.note = QStringLiteral("  can come at short notice ");
        auto updated = waitlist.update(changed);
        QVERIFY(updated.has_value());
        QCOMPARE(updated->note, QStringLiteral("can come at short notice"));
        QCOMPARE(auditCount(c, QStringLiteral("waitlist.update"), first->id), qint64(1));

        auto listed = waitlist.list();
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().id, first->id); // oldest first
        QCOMPARE(listed->first().priority, 3);

        QVERIFY(waitlist.remove(first->id).has_value());
        QCOMPARE(auditCount(c, QStringLiteral("waitlist.remove"), first->id), qint64(1));
        QCOMPARE(waitlist.list()->size(), 1);
        QCOMPARE(waitlist.list(true)->size(), 2); // kept, marked removed
        auto late = waitlist.update(changed);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::Conflict);
    }

    void badEntriesAreExplained_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no type") << QStringLiteral("noType") << QStringLiteral("type of appointment");
        QTest::newRow("no weekday") << QStringLiteral("weekdays") << QStringLiteral("day of the week");
        QTest::newRow("times inverted") << QStringLiteral("times") << QStringLiteral("earliest start time");
        QTest::newRow("dates inverted") << QStringLiteral("dates") << QStringLiteral("before the earliest date");
        QTest::newRow("deadline passed") << QStringLiteral("passed") << QStringLiteral("already passed");
        QTest::newRow("provider does not do it") << QStringLiteral("provider") << QStringLiteral("does not do");
        QTest::newRow("priority out of range") << QStringLiteral("priority") << QStringLiteral("priority from 0");
        QTest::newRow("someone else's appointment") << QStringLiteral("current") << QStringLiteral("not one of this patient's");
        QTest::newRow("no patient") << QStringLiteral("patient") << QStringLiteral("Choose the patient");
    }

    void badEntriesAreExplained()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, fragment);
        ScheduleClinic& s = *m_world;
        WaitlistEntry e = entryFor(s.anna, s.checkUp);
        if (scenario == QLatin1String("noType")) {
            e.typeId.clear();
        } else if (scenario == QLatin1String("weekdays")) {
            e.weekdays = 0;
        } else if (scenario == QLatin1String("times")) {
            e.earliestMinute = 16 * 60;
            e.latestMinute = 9 * 60;
        } else if (scenario == QLatin1String("dates")) {
            e.earliestDate = QDate(2026, 12, 1);
            e.latestDate = QDate(2026, 11, 20);
        } else if (scenario == QLatin1String("passed")) {
            e.latestDate = QDate(2026, 11, 1);
        } else if (scenario == QLatin1String("provider")) {
            e.typeId = s.hygiene.id;
            e.providerId = s.smith.id;
        } else if (scenario == QLatin1String("priority")) {
            e.priority = 100;
        } else if (scenario == QLatin1String("current")) {
            auto bens = AppointmentBook(s.clinic()).book(
                s.draft(s.ben, s.smith, s.checkUp, ScheduleClinic::local(QDate(2026, 11, 20), QTime(9, 0))));
            QVERIFY(bens.has_value());
            e.currentAppointmentId = bens->id;
        } else if (scenario == QLatin1String("patient")) {
            e.patientId.clear();
        }
        auto added = Waitlist(s.clinic()).add(e);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::InvalidInput);
        QVERIFY2(added.error().message.contains(fragment), qPrintable(added.error().message));
        QCOMPARE(*s.clinic().database().scalar(QStringLiteral("SELECT count(*) FROM waitlist")), qint64(0));
    }

    // Every role may book today (see core/security/Permission.cpp), so the front desk's
    // own account is checked here: a receptionist works the list; the change is theirs.
    void receptionistWorksTheList()
    {
        m_undo.reset();
        ScheduleClinic s; // its own clinic: signing in again needs the first one locked
        QVERIFY(StaffService(s.clinic())
                    .add(QStringLiteral("desk"), QStringLiteral("Desk"), Role::Receptionist,
                         QStringLiteral("reception pw 11"))
                    .has_value());
        s.t.clinic->lock();
        auto desk = s.t.signIn(QStringLiteral("desk"), QStringLiteral("reception pw 11"));
        QVERIFY(desk.has_value());
        Waitlist waitlist(**desk);
        auto added = waitlist.add(entryFor(s.anna, s.checkUp));
        QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().text()));
        auto st = (*desk)->database().prepare("SELECT created_by FROM waitlist WHERE id = :id");
        st->bind(":id", added->id);
        QVERIFY(*st->next());
        QCOMPARE(st->text(0), (*desk)->session().userId);
        QVERIFY(waitlist.offersFor(smithsTuesday(s)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestWaitlist)
#include "tst_waitlist.moc"
