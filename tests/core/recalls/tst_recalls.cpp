// The recall engine on constructed histories: completion resets, the patient's own interval,
// the scheduled mark, age switching, declining and deactivating, making recall types from
// the appointment types, and the rebuild from history agreeing with the book's updates.
#include "RecallFixtures.h"

#include "demo/DemoClinic.h"
#include "demo/DemoPopulation.h"
#include "demo/DemoSchedule.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestRecalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completingHygieneMovesTheDueDate()
    {
        RecallClinic s;
        QVERIFY(s.recallsOf(s.anna).isEmpty());
        const Appointment first = s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 3, 3));
        PatientRecall r = s.recallsOf(s.anna).value(s.hygieneRecall.id);
        QCOMPARE(r.lastCompleted, QDate(2026, 3, 3));
        QCOMPARE(r.dueDate, QDate(2026, 9, 3));
        QCOMPARE(r.providerId, s.hygienist.id);
        QCOMPARE(r.state(), RecallState::NotContacted);
        QCOMPARE(s.audits("recall.reset"), 1);
        const QString id = r.id;

        // Contacted during the cycle; the next visit starts a new cycle on the same row.
        QVERIFY(RecallService(s.clinic()).recordContact(id, ContactChannel::Email, {}).has_value());
        QVERIFY(RecallService(s.clinic()).decline(id, QStringLiteral("wants to think")).has_value());
        s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 8, 31));
        r = s.recallsOf(s.anna).value(s.hygieneRecall.id);
        QCOMPARE(r.id, id);
        QCOMPARE(r.lastCompleted, QDate(2026, 8, 31));
        QCOMPARE(r.dueDate, QDate(2027, 2, 28)); // six months on, the end of a shorter month
        QCOMPARE(r.attempts, 0);
        QVERIFY(!r.lastContactAt.isValid());
        QVERIFY(!r.declined);
        QCOMPARE(r.state(), RecallState::NotContacted);
        QCOMPARE(s.audits("recall.reset"), 2);

        // The first visit seen again (a status change on an old appointment) moves nothing back.
        QVERIFY(RecallService(s.clinic()).appointmentChanged(first).has_value());
        QCOMPARE(s.recallsOf(s.anna).value(s.hygieneRecall.id).dueDate, QDate(2027, 2, 28));
        // A check-up resets only the check-up recall.
        s.visit(s.anna, s.smith, s.checkUp, QDate(2026, 9, 7));
        QCOMPARE(s.recallsOf(s.anna).value(s.checkUpRecall.id).dueDate, QDate(2027, 9, 7));
        QCOMPARE(s.recallsOf(s.anna).value(s.hygieneRecall.id).dueDate, QDate(2027, 2, 28));
        QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM patient_recalls")), 2);
    }

    void patientsOwnInterval()
    {
        RecallClinic s;
        s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 3, 3));
        RecallService service(s.clinic());
        const QString id = s.recallsOf(s.anna).value(s.hygieneRecall.id).id;
        auto changed = service.setOverride(id, 3, 0);
        QVERIFY2(changed.has_value(), changed ? "" : qPrintable(changed.error().text()));
        QCOMPARE(changed->dueDate, QDate(2026, 6, 3));
        QCOMPARE(changed->overrideMonths, 3);
        QCOMPARE(s.audits("recall.override"), 1);
        s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 6, 4));
        QCOMPARE(s.recallsOf(s.anna).value(s.hygieneRecall.id).dueDate, QDate(2026, 9, 4));
        changed = service.setOverride(id, 0, 45);
        QCOMPARE(changed->dueDate, QDate(2026, 7, 19));
        changed = service.setOverride(id, -1, -1); // back to the type's six months
        QCOMPARE(changed->dueDate, QDate(2026, 12, 4));
        QCOMPARE(changed->overrideMonths, -1);
        QCOMPARE(service.setOverride(id, 0, 0).error().code, ErrorCode::InvalidInput);
        QCOMPARE(service.setOverride(id, 121, 0).error().code, ErrorCode::InvalidInput);
        // A due date set by hand stays until the next visit.
        changed = service.setDueDate(id, QDate(2027, 1, 15));
        QCOMPARE(changed->dueDate, QDate(2027, 1, 15));
        QCOMPARE(s.audits("recall.due"), 1);
    }

    void bookedVisitMarksScheduledAndCancellingClearsIt()
    {
        RecallClinic s;
        s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 5, 5));
        const qint64 auditsBefore = s.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'recall.%'"));
        s.t.clock.set(ScheduleClinic::local(QDate(2026, 10, 20), QTime(9, 0)));
        const Appointment later = s.book(s.anna, s.hygienist, s.hygiene, QDate(2026, 11, 26));
        PatientRecall r = s.recallsOf(s.anna).value(s.hygieneRecall.id);
        QCOMPARE(r.scheduledAppointmentId, later.id);
        QCOMPARE(r.scheduledStart, later.start);
        QCOMPARE(r.state(), RecallState::Scheduled);
        // Moved, the recall shows the new time.
        const QDateTime moved = ScheduleClinic::local(QDate(2026, 11, 26), QTime(13, 0));
        QVERIFY(AppointmentBook(s.clinic()).move(later.id, moved, s.hygienist.id, {}, BookingOptions{QStringLiteral("test")}).has_value());
        QCOMPARE(s.recallsOf(s.anna).value(s.hygieneRecall.id).scheduledStart, moved);
        // An earlier booking becomes the one that counts; a check-up does not count for hygiene.
        const Appointment sooner = s.book(s.anna, s.hygienist, s.hygiene, QDate(2026, 11, 5));
        s.book(s.anna, s.smith, s.checkUp, QDate(2026, 11, 3));
        QCOMPARE(s.recallsOf(s.anna).value(s.hygieneRecall.id).scheduledAppointmentId, sooner.id);
        AppointmentBook book(s.clinic());
        QVERIFY(book.cancel(sooner.id, true, QStringLiteral("away")).has_value());
        QCOMPARE(s.recallsOf(s.anna).value(s.hygieneRecall.id).scheduledAppointmentId, later.id);
        QVERIFY(book.cancel(later.id, false, QStringLiteral("hygienist ill")).has_value());
        r = s.recallsOf(s.anna).value(s.hygieneRecall.id);
        QVERIFY(r.scheduledAppointmentId.isEmpty());
        QCOMPARE(r.state(), RecallState::NotContacted);
        // Marking is no audit row of its own (the book audits its write).
        QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'recall.%'")), auditsBefore);

        // Completing a visit while another is booked keeps that one as scheduled.
        const Appointment next = s.book(s.anna, s.hygienist, s.hygiene, QDate(2027, 5, 4));
        s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 11, 12));
        r = s.recallsOf(s.anna).value(s.hygieneRecall.id);
        QCOMPARE(r.lastCompleted, QDate(2026, 11, 12));
        QCOMPARE(r.scheduledAppointmentId, next.id);
        // A no-show frees the mark once it has passed.
        s.t.clock.set(next.end.addSecs(60));
        QVERIFY(book.setStatus(next.id, AppointmentStatus::NoShow).has_value());
        QVERIFY(s.recallsOf(s.anna).value(s.hygieneRecall.id).scheduledAppointmentId.isEmpty());
    }

    void childMovesToAdultAtEighteenOnTheDueDate_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("adult");
        // Seen on 20 May 2026: the child recall would be due on 20 Nov 2026.
        QTest::newRow("18 on the due date") << QDate(2008, 11, 20) << true;
        QTest::newRow("18 the day after") << QDate(2008, 11, 21) << false;
        QTest::newRow("older") << QDate(2008, 6, 1) << true;
    }

    void childMovesToAdultAtEighteenOnTheDueDate()
    {
        QFETCH(QDate, birth);
        QFETCH(bool, adult);
        RecallClinic s;
        const QString cleo = s.patient(QStringLiteral("Cleo"), QStringLiteral("Dunn"), birth);
        s.visit(cleo, s.smith, s.childCheckUp, QDate(2025, 11, 10)); // due 10 May 2026: a child then
        QVERIFY(s.recallsOf(cleo).contains(s.childRecall.id));
        s.visit(cleo, s.smith, s.childCheckUp, QDate(2026, 5, 20));
        const auto recalls = s.recallsOf(cleo);
        QCOMPARE(recalls.size(), 1);
        if (adult) {
            QVERIFY(recalls.contains(s.checkUpRecall.id));
            QCOMPARE(recalls.value(s.checkUpRecall.id).dueDate, QDate(2027, 5, 20)); // the adult 12 months
            QCOMPARE(s.audits("recall.switch"), 1);
        } else {
            QVERIFY(recalls.contains(s.childRecall.id));
            QCOMPARE(recalls.value(s.childRecall.id).dueDate, QDate(2026, 11, 20));
            QCOMPARE(s.audits("recall.switch"), 0);
        }
    }

    void childRecallJoinsAnAdultRecallThePatientHasAlready()
    {
        RecallClinic s;
        const QString dan = s.patient(QStringLiteral("Dan"), QStringLiteral("Eze"), QDate(2009, 1, 10));
        s.visit(dan, s.smith, s.childCheckUp, QDate(2026, 1, 6));  // due 6 Jul 2026, 17: child
        s.visit(dan, s.smith, s.checkUp, QDate(2026, 3, 2));       // an adult check-up too
        QCOMPARE(s.recallsOf(dan).size(), 2);
        const QString childRow = s.recallsOf(dan).value(s.childRecall.id).id;
        s.visit(dan, s.jones, s.childCheckUp, QDate(2026, 7, 14)); // due 14 Jan 2027: 18 by then
        const auto recalls = s.recallsOf(dan);
        QCOMPARE(recalls.size(), 1);
        const PatientRecall adult = recalls.value(s.checkUpRecall.id);
        QCOMPARE(adult.lastCompleted, QDate(2026, 7, 14));
        QCOMPARE(adult.dueDate, QDate(2027, 7, 14));
        QCOMPARE(adult.providerId, s.jones.id);
        // The child row is retired, not deleted: one row per type, never two.
        const PatientRecall retired = *RecallService(s.clinic()).get(childRow);
        QVERIFY(retired.inactive);
        QVERIFY(retired.stateReason.contains(s.checkUpRecall.name));
        QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM patient_recalls WHERE patient_id = '%1'").arg(dan)), 2);
    }

    void declineDeactivateReactivate()
    {
        RecallClinic s;
        s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 3, 3));
        RecallService service(s.clinic());
        const QString id = s.recallsOf(s.anna).value(s.hygieneRecall.id).id;
        auto r = service.decline(id, QStringLiteral("  goes to another practice "));
        QCOMPARE(r->state(), RecallState::Declined);
        QCOMPARE(r->stateReason, QStringLiteral("goes to another practice"));
        r = service.deactivate(id, QStringLiteral("moved away"));
        QCOMPARE(r->state(), RecallState::Inactive);
        // Inactive recalls are not marked scheduled by a booking.
        s.t.clock.set(ScheduleClinic::local(QDate(2026, 10, 20), QTime(9, 0)));
        const Appointment coming = s.book(s.anna, s.hygienist, s.hygiene, QDate(2026, 11, 26));
        QVERIFY(service.get(id)->scheduledAppointmentId.isEmpty());
        r = service.reactivate(id);
        QCOMPARE(r->state(), RecallState::Scheduled);
        QCOMPARE(r->scheduledAppointmentId, coming.id);
        QVERIFY(r->stateReason.isEmpty());
        for (const char* action : {"recall.decline", "recall.deactivate", "recall.reactivate"})
            QCOMPARE(s.audits(action), 1);
        QCOMPARE(service.get(QStringLiteral("no-such-recall")).error().code, ErrorCode::NotFound);
    }

    void startByHand()
    {
        RecallClinic s;
        RecallService service(s.clinic());
        auto started = service.start(s.ben, s.hygieneRecall.id, QDate(2026, 12, 1));
        QVERIFY2(started.has_value(), started ? "" : qPrintable(started.error().text()));
        QCOMPARE(started->dueDate, QDate(2026, 12, 1));
        QVERIFY(!started->lastCompleted.isValid());
        QCOMPARE(s.audits("recall.start"), 1);
        QCOMPARE(service.start(s.ben, s.hygieneRecall.id, QDate(2027, 1, 1)).error().code, ErrorCode::AlreadyExists);
        QCOMPARE(service.start(s.ben, s.hygieneRecall.id, QDate()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(service.start(QStringLiteral("nobody"), s.checkUpRecall.id, QDate(2027, 1, 1)).error().code,
                 ErrorCode::NotFound);
    }

    void typesFromAppointmentTypes()
    {
        ScheduleClinic s; // Check-up carries "Check-up, 12 months"; Hygiene carries none
        ScheduleSetup setup(s.clinic());
        const auto add = [&](const char* name, const char* recall) {
            AppointmentType t;
            t.name = QString::fromUtf8(name);
            t.recallType = QString::fromUtf8(recall);
            return ScheduleClinic::must(setup.saveType(t));
        };
        const AppointmentType kontrolle = add("Kontrolle", "Kontrolle, 12 Monate");
        const AppointmentType scale = add("Scale and polish", "Check-up, 12 months");
        add("Fluorid", "Fluorid, 3 Wochen");
        add("Perio", "Perio maintenance, 90 days");
        add("Ortho review", "Ortho review");
        RecallService service(s.clinic());
        auto made = service.createTypesFromAppointmentTypes();
        QVERIFY2(made.has_value(), made ? "" : qPrintable(made.error().text()));
        QCOMPARE(*made, 5);
        QHash<QString, RecallType> byName;
        const QList<RecallType> all = *service.types();
        for (const RecallType& t : all)
            byName.insert(t.name, t);
        const RecallType checkUp = byName.value(QStringLiteral("Check-up, 12 months"));
        QCOMPARE(checkUp.intervalMonths, 12);
        QCOMPARE(checkUp.resetTypeIds.size(), 2);
        QVERIFY(checkUp.resetTypeIds.contains(scale.id));
        QCOMPARE(checkUp.bookingTypeId, s.checkUp.id); // the first one set up
        QCOMPARE(checkUp.maxAttempts, 3);
        QCOMPARE(checkUp.chain.size(), 3);
        QCOMPARE(checkUp.chain.at(0), (RecallChainStep{-21, RecallChainStep::Preferred}));
        QCOMPARE(checkUp.chain.at(2), (RecallChainStep{14, RecallChainStep::Call}));
        QCOMPARE(byName.value(QStringLiteral("Kontrolle, 12 Monate")).intervalMonths, 12);
        QCOMPARE(byName.value(QStringLiteral("Kontrolle, 12 Monate")).resetTypeIds, QStringList{kontrolle.id});
        QCOMPARE(byName.value(QStringLiteral("Fluorid, 3 Wochen")).intervalDays, 21);
        QCOMPARE(byName.value(QStringLiteral("Fluorid, 3 Wochen")).intervalMonths, 0);
        QCOMPARE(byName.value(QStringLiteral("Perio maintenance, 90 days")).intervalDays, 90);
        QCOMPARE(byName.value(QStringLiteral("Ortho review")).intervalMonths, 6); // no interval given
        QCOMPARE(*service.createTypesFromAppointmentTypes(), 0); // made once
        QCOMPARE(*s.clinic().database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recall.type.save'")), 5);
    }

    void typeValidation()
    {
        RecallClinic s;
        RecallService service(s.clinic());
        RecallType t = RecallClinic::recallType(QStringLiteral("Hygiene, 6 months"), 6, {});
        QCOMPARE(service.saveType(t).error().code, ErrorCode::AlreadyExists);
        t.name = QStringLiteral("Nothing");
        t.intervalMonths = 0;
        QCOMPARE(service.saveType(t).error().code, ErrorCode::InvalidInput);
        t.intervalMonths = 6;
        t.untilAge = 18; // without a type to move on to
        QCOMPARE(service.saveType(t).error().code, ErrorCode::InvalidInput);
        // Adult hands on to child, which hands on to adult: a circle.
        RecallType adult = s.checkUpRecall;
        adult.untilAge = 90;
        adult.thenTypeId = s.childRecall.id;
        auto circle = service.saveType(adult);
        QVERIFY(!circle);
        QVERIFY(circle.error().message.contains(QStringLiteral("circle")));
        // Chain steps are kept in order of their day.
        RecallType h = s.hygieneRecall;
        h.chain = {RecallChainStep{7, RecallChainStep::Letter}, RecallChainStep{-14, RecallChainStep::Sms}};
        QCOMPARE(service.saveType(h)->chain.first().offsetDays, -14);
        QCOMPARE(service.type(h.id)->chain, (QList<RecallChainStep>{{-14, RecallChainStep::Sms}, {7, RecallChainStep::Letter}}));
    }

    void changingTheIntervalMovesDueDates()
    {
        RecallClinic s;
        s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 3, 3));
        s.visit(s.ben, s.hygienist, s.hygiene, QDate(2026, 3, 5));
        RecallService service(s.clinic());
        QVERIFY(service.setOverride(s.recallsOf(s.ben).value(s.hygieneRecall.id).id, 9, 0).has_value());
        RecallType h = s.hygieneRecall;
        h.intervalMonths = 4;
        QVERIFY(service.saveType(h).has_value());
        QCOMPARE(s.recallsOf(s.anna).value(s.hygieneRecall.id).dueDate, QDate(2026, 7, 3));
        QCOMPARE(s.recallsOf(s.ben).value(s.hygieneRecall.id).dueDate, QDate(2026, 12, 5)); // his own 9 months
    }

    void rebuildAgreesWithTheBook()
    {
        // Two and a half years of visits for a dozen patients, children among them, some
        // missed or cancelled, some still to come; the book updates recalls as it goes.
        RecallClinic s;
        QRandomGenerator random(7);
        QStringList patients{s.anna, s.ben};
        for (int i = 0; i < 10; ++i)
            patients << s.patient(QStringLiteral("Kid%1").arg(i), QStringLiteral("Family%1").arg(i),
                                  QDate(2008, 1 + i, 3 + 2 * i));
        struct Planned
        {
            QString patient;
            int type; // 0 hygiene, 1 check-up, 2 child check-up
            QDate date;
            int outcome; // 0 completed, 1 no-show, 2 cancelled
        };
        QList<Planned> plan;
        const QDate first(2024, 6, 3);
        for (const QString& p : std::as_const(patients))
            for (QDate d = first.addDays(random.bounded(60)); d < QDate(2027, 1, 31); d = d.addDays(80 + random.bounded(140)))
                plan << Planned{p, int(random.bounded(3)), d, random.bounded(10) < 7 ? 0 : int(1 + random.bounded(2))};
        std::sort(plan.begin(), plan.end(), [](const Planned& a, const Planned& b) { return a.date < b.date; });
        const QDate today(2026, 11, 2);
        const AppointmentType* types[] = {&s.hygiene, &s.checkUp, &s.childCheckUp};
        const Provider* providers[] = {&s.hygienist, &s.smith, &s.jones};
        AppointmentBook book(s.clinic());
        for (const Planned& v : std::as_const(plan)) {
            const Provider& provider = *providers[v.type == 0 ? 0 : 1 + (v.date.day() % 2)];
            if (v.date >= today) {
                s.t.clock.set(ScheduleClinic::local(today, QTime(8, 0)));
                s.book(v.patient, provider, *types[v.type], v.date);
                continue;
            }
            if (v.outcome == 0) {
                s.visit(v.patient, provider, *types[v.type], v.date);
            } else {
                const Appointment a = s.book(v.patient, provider, *types[v.type], v.date);
                s.t.clock.set(a.end.addSecs(60));
                QVERIFY(v.outcome == 1 ? book.setStatus(a.id, AppointmentStatus::NoShow).has_value()
                                       : book.cancel(a.id, true, QStringLiteral("ill")).has_value());
            }
        }
        s.t.clock.set(ScheduleClinic::local(today, QTime(8, 0)));
        const auto snapshot = [&] {
            QStringList rows;
            auto st = s.clinic().database().prepare(
                "SELECT patient_id, recall_type_id, last_completed, due_date, ifnull(scheduled_appointment_id, ''),"
                " ifnull(scheduled_start, ''), provider_id, state FROM patient_recalls WHERE state <> 'inactive'"
                " ORDER BY patient_id, recall_type_id");
            (void)st->forEach([&](const Statement& row) {
                QStringList cells;
                for (int c = 0; c < 8; ++c)
                    cells << row.text(c);
                rows << cells.join(QLatin1Char('|'));
            });
            return rows;
        };
        const QStringList incremental = snapshot();
        QVERIFY(incremental.size() >= 12);
        // The history has what the rules are about: children moved on, visits to come.
        QVERIFY(s.audits("recall.switch") > 0);
        QVERIFY(s.count(QStringLiteral("SELECT count(*) FROM patient_recalls WHERE scheduled_appointment_id IS NOT NULL")) > 0);
        QVERIFY(s.count(QStringLiteral("SELECT count(*) FROM patient_recalls WHERE recall_type_id = '%1'")
                            .arg(s.checkUpRecall.id))
                > 0);
        RecallService service(s.clinic());
        // Over the book's own result the rebuild finds nothing to change...
        QCOMPARE(*service.rebuildAll(), 0);
        QCOMPARE(snapshot(), incremental);
        // ...and from nothing it arrives at the same recalls.
        QVERIFY(s.clinic().database().exec("DELETE FROM patient_recalls").has_value());
        auto rebuilt = service.rebuildAll();
        QVERIFY2(rebuilt.has_value(), rebuilt ? "" : qPrintable(rebuilt.error().text()));
        QCOMPARE(*rebuilt, int(incremental.size()));
        QCOMPARE(snapshot(), incremental);
        QCOMPARE(s.audits("recall.rebuild"), 2);
    }

    void demoClinicHasItsRecalls()
    {
        TestClinic t;
        t.clock.set(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
        DemoPopulation::Options people;
        people.patients = 400;
        QVERIFY(DemoPopulation::generate(*t.clinic, people).has_value());
        DemoSchedule::Options book;
        book.years = 2;
        QVERIFY(DemoSchedule::generate(*t.clinic, book).has_value());
        auto made = DemoClinic::setUpRecalls(*t.clinic);
        QVERIFY2(made.has_value(), made ? "" : qPrintable(made.error().text()));
        RecallService service(*t.clinic);
        QHash<QString, RecallType> byName;
        const QList<RecallType> types = *service.types();
        for (const RecallType& type : types)
            byName.insert(type.name, type);
        QCOMPARE(byName.size(), 3);
        QCOMPARE(byName.value(QStringLiteral("Hygiene, 6 months")).intervalMonths, 6);
        const RecallType child = byName.value(QStringLiteral("Child check-up, 6 months"));
        QCOMPARE(child.untilAge, 18);
        QCOMPARE(child.thenTypeId, byName.value(QStringLiteral("Check-up, 12 months")).id);
        const qint64 recalls = *t.clinic->database().scalar(QStringLiteral("SELECT count(*) FROM patient_recalls"));
        QVERIFY2(recalls > 300, qPrintable(QString::number(recalls)));
        // Nobody of age keeps a child recall: every open one is due before the 18th birthday.
        auto st = t.clinic->database().prepare(
            "SELECT count(*) FROM patient_recalls r JOIN patients p ON p.id = r.patient_id"
            " WHERE r.recall_type_id = :child AND r.state = 'open' AND date(p.date_of_birth, '+18 years') <= r.due_date");
        st->bind(":child", child.id);
        QVERIFY(*st->next());
        QCOMPARE(st->int64(0), 0);
        RecallQuery q;
        q.from = QDate(2026, 11, 2);
        q.to = QDate(2026, 12, 2);
        QVERIFY(!service.list(q)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecalls)
#include "tst_recalls.moc"
