// The recall list (due and overdue, each filter, states, order) and the contact chain that
// queues messages and calls for open recalls, and who may do what.
#include "RecallFixtures.h"

#include "security/StaffService.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

QStringList names(const QList<RecallRow>& rows)
{
    QStringList out;
    for (const RecallRow& r : rows)
        out << r.patientName;
    return out;
}

QList<QStringList> outboxRows(Clinic& clinic, const QString& recallId)
{
    QList<QStringList> out;
    auto st = clinic.database().prepare("SELECT idempotency_key, rule_id, channel, kind FROM outbox"
                                        " WHERE recall_id = :r ORDER BY local_id");
    st->bind(":r", recallId);
    (void)st->forEach([&](const Statement& row) {
        out << QStringList{row.text(0), row.text(1), row.text(2), row.text(3)};
    });
    return out;
}

} // namespace

class TestRecallList : public QObject
{
    Q_OBJECT

    // Nine patients with recalls due around the clinic's today, Monday 2 November 2026.
    struct ListClinic : RecallClinic
    {
        QString cleo, dan, eve, finn, gina, hal, ivy;
        QString danRecall;
        Appointment ivysVisit;

        ListClinic()
        {
            cleo = patient(QStringLiteral("Cleo"), QStringLiteral("Dunn"), QDate(2015, 6, 1));
            dan = patient(QStringLiteral("Dan"), QStringLiteral("Eze"), QDate(1990, 2, 2));
            eve = patient(QStringLiteral("Eve"), QStringLiteral("Ford"), QDate(1970, 3, 3));
            finn = patient(QStringLiteral("Finn"), QStringLiteral("Adams"), QDate(2000, 4, 4));
            gina = patient(QStringLiteral("Gina"), QStringLiteral("Hart"), QDate(1995, 5, 5));
            hal = patient(QStringLiteral("Hal"), QStringLiteral("Ives"), QDate(1960, 6, 6));
            ivy = patient(QStringLiteral("Ivy"), QStringLiteral("Jay"), QDate(1988, 7, 7));
            visit(ben, smith, checkUp, QDate(2025, 11, 20));
            visit(eve, smith, checkUp, QDate(2025, 12, 20));
            visit(dan, hygienist, hygiene, QDate(2026, 4, 1));
            visit(anna, hygienist, hygiene, QDate(2026, 5, 10));
            visit(finn, hygienist, hygiene, QDate(2026, 5, 10), QTime(11, 0));
            visit(gina, hygienist, hygiene, QDate(2026, 5, 12));
            visit(hal, hygienist, hygiene, QDate(2026, 5, 14));
            visit(cleo, jones, childCheckUp, QDate(2026, 5, 15));
            visit(ivy, hygienist, hygiene, QDate(2026, 5, 18));
            RecallService recalls(clinic());
            danRecall = recallsOf(dan).value(hygieneRecall.id).id;
            check(recalls.recordContact(danRecall, ContactChannel::Sms, local(QDate(2026, 10, 5), QTime(10, 0))));
            check(recalls.recordContact(danRecall, ContactChannel::Phone, local(QDate(2026, 10, 12), QTime(10, 0))));
            must(recalls.decline(recallsOf(gina).value(hygieneRecall.id).id, QStringLiteral("no")));
            check(PatientService(clinic()).setStatus(hal, PatientStatus::Inactive));
            t.clock.set(QDateTime(QDate(2026, 11, 2), QTime(7, 0), Qt::UTC));
            ivysVisit = book(ivy, hygienist, hygiene, QDate(2026, 11, 25));
            t.clock.set(QDateTime(QDate(2026, 11, 2), QTime(7, 0), Qt::UTC));
        }

        QList<RecallRow> list(const std::function<void(RecallQuery&)>& adjust = {})
        {
            RecallQuery q;
            q.from = QDate(2026, 11, 2);
            q.to = QDate(2026, 12, 1);
            if (adjust)
                adjust(q);
            return must(RecallService(clinic()).list(q));
        }
    };

private Q_SLOTS:
    void dueAndOverdueInOrder()
    {
        ListClinic s;
        const qint64 auditRows = s.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        const QList<RecallRow> rows = s.list();
        QCOMPARE(names(rows), (QStringList{QStringLiteral("Eze, Dan"), QStringLiteral("Adams, Finn"),
                                           QStringLiteral("Berg, Anna"), QStringLiteral("Dunn, Cleo"),
                                           QStringLiteral("Jay, Ivy"), QStringLiteral("Carter, Ben")}));
        QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM audit_log")), auditRows); // a worklist, not an opening
        const RecallRow& dan = rows.at(0);
        QVERIFY(dan.overdue);
        QCOMPARE(dan.state, RecallState::Contacted);
        QCOMPARE(dan.recall.attempts, 2);
        QCOMPARE(dan.recall.lastContactChannel, ContactChannel::Phone);
        QCOMPARE(dan.age, 36);
        QVERIFY(!dan.needsReactivation);
        const RecallRow& anna = rows.at(2);
        QVERIFY(!anna.overdue);
        QCOMPARE(anna.recall.dueDate, QDate(2026, 11, 10));
        QCOMPARE(anna.recallTypeName, QStringLiteral("Hygiene, 6 months"));
        QCOMPARE(anna.providerName, QStringLiteral("Hana Hygienist"));
        QCOMPARE(anna.bookingTypeId, s.hygiene.id);
        QCOMPARE(anna.patientPhone, QStringLiteral("+447400900001"));
        QCOMPARE(anna.dateOfBirth, QDate(1985, 3, 1));
        QCOMPARE(anna.age, 41);
        QCOMPARE(anna.state, RecallState::NotContacted);
        QCOMPARE(rows.at(3).age, 11);
        QCOMPARE(rows.at(3).recallTypeName, QStringLiteral("Child check-up, 6 months"));
        const RecallRow& ivy = rows.at(4);
        QCOMPARE(ivy.state, RecallState::Scheduled);
        QCOMPARE(ivy.recall.scheduledAppointmentId, s.ivysVisit.id);
        QCOMPARE(ivy.recall.scheduledStart, s.ivysVisit.start);

        QCOMPARE(names(s.list([](RecallQuery& q) { q.includeOverdue = false; })).size(), 5);
        // The limit keeps every recall of the last due date, so the order by name holds;
        // the coming recalls come before the overdue ones.
        QCOMPARE(names(s.list([](RecallQuery& q) { q.limit = 1; })),
                 (QStringList{QStringLiteral("Adams, Finn"), QStringLiteral("Berg, Anna")}));
        QCOMPARE(s.list([](RecallQuery& q) { q.limit = 5; }).size(), 5);
        QCOMPARE(names(s.list([](RecallQuery& q) { q.limit = 6; })).first(), QStringLiteral("Eze, Dan"));

        // Cleo (11) has no number of her own: the list shows her guardian's, marked as such.
        QVERIFY(rows.at(3).patientPhone.isEmpty());
        PatientLink guardian;
        guardian.patientId = s.cleo;
        guardian.kind = LinkKind::Guardian;
        guardian.relatedPatientId = s.anna;
        ListClinic::must(PatientService(s.clinic()).addLink(guardian));
        const QList<RecallRow> again = s.list();
        QCOMPARE(again.at(3).patientName, QStringLiteral("Dunn, Cleo"));
        QCOMPARE(again.at(3).patientPhone, QStringLiteral("+447400900001"));
        QVERIFY(again.at(3).phoneIsGuardians);
        QVERIFY(!again.at(2).phoneIsGuardians);
    }

    void filters()
    {
        ListClinic s;
        QCOMPARE(names(s.list([&](RecallQuery& q) { q.providerIds = {s.smith.id}; })), QStringList{QStringLiteral("Carter, Ben")});
        QCOMPARE(names(s.list([&](RecallQuery& q) { q.providerIds = {s.smith.id, s.jones.id}; })),
                 (QStringList{QStringLiteral("Dunn, Cleo"), QStringLiteral("Carter, Ben")}));
        QCOMPARE(s.list([&](RecallQuery& q) { q.recallTypeIds = {s.hygieneRecall.id}; }).size(), 4);
        QCOMPARE(names(s.list([](RecallQuery& q) { q.maxAge = 17; })), QStringList{QStringLiteral("Dunn, Cleo")});
        QCOMPARE(names(s.list([](RecallQuery& q) { q.minAge = 40; })),
                 (QStringList{QStringLiteral("Berg, Anna"), QStringLiteral("Carter, Ben")}));
        QCOMPARE(names(s.list([](RecallQuery& q) { q.minAge = 30; q.maxAge = 40; })),
                 (QStringList{QStringLiteral("Eze, Dan"), QStringLiteral("Jay, Ivy")}));
        // Last contact before a date (or never): Dan was called on 12 October.
        QCOMPARE(s.list([](RecallQuery& q) { q.notContactedSince = QDate(2026, 10, 13); }).size(), 6);
        QCOMPARE(s.list([](RecallQuery& q) { q.notContactedSince = QDate(2026, 10, 12); }).size(), 5);
        QCOMPARE(names(s.list([](RecallQuery& q) { q.minAttempts = 1; })), QStringList{QStringLiteral("Eze, Dan")});
        QCOMPARE(s.list([](RecallQuery& q) { q.maxAttempts = 0; }).size(), 5);
        QCOMPARE(names(s.list([](RecallQuery& q) { q.states = {RecallState::Contacted}; })), QStringList{QStringLiteral("Eze, Dan")});
        QCOMPARE(names(s.list([](RecallQuery& q) { q.states = {RecallState::Scheduled}; })), QStringList{QStringLiteral("Jay, Ivy")});
        QCOMPARE(names(s.list([](RecallQuery& q) { q.states = {RecallState::Declined}; })), QStringList{QStringLiteral("Hart, Gina")});
        // A patient who is no longer active shows as inactive, whatever the recall says.
        QCOMPARE(names(s.list([](RecallQuery& q) { q.states = {RecallState::Inactive}; })), QStringList{QStringLiteral("Ives, Hal")});
        QCOMPARE(s.list([](RecallQuery& q) { q.states = {RecallState::NotContacted}; }).size(), 4);
        QCOMPARE(names(s.list([](RecallQuery& q) { q.to = QDate(2026, 12, 31); q.includeOverdue = false; q.from = QDate(2026, 12, 1); })),
                 QStringList{QStringLiteral("Ford, Eve")});
        QVERIFY(s.list([](RecallQuery& q) { q.reactivationOnly = true; }).isEmpty());

        RecallService service(s.clinic());
        RecallQuery bad;
        QCOMPARE(service.list(bad).error().code, ErrorCode::InvalidInput);
        bad.from = QDate(2026, 12, 1);
        bad.to = QDate(2026, 11, 1);
        QCOMPARE(service.list(bad).error().code, ErrorCode::InvalidInput);

        // A patient's own recalls, whatever their state.
        QCOMPARE(service.forPatient(s.hal)->size(), 1);
        QCOMPARE(service.forPatient(s.hal)->first().state, RecallState::Inactive);
    }

    void theContactChain()
    {
        RecallClinic s;
        Patient benSms = makePatient(QStringLiteral("Bea"), QStringLiteral("Sms"), QDate(1980, 1, 1),
                                     QStringLiteral("07400 900003"));
        benSms.preferredChannel = ContactChannel::Sms;
        PatientService patients(s.clinic());
        const QString bea = createOrDie(patients, benSms).id;
        const QString cleo = s.patient(QStringLiteral("Cleo"), QStringLiteral("Dunn"), QDate(1975, 1, 1));
        const QString dan = s.patient(QStringLiteral("Dan"), QStringLiteral("Eze"), QDate(1975, 1, 1));
        s.visit(cleo, s.hygienist, s.hygiene, QDate(2025, 8, 26)); // due 26 Feb 2026: long overdue
        s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 3, 3)); // due 3 Sep 2026
        s.visit(bea, s.hygienist, s.hygiene, QDate(2026, 3, 3), QTime(11, 0));
        s.visit(dan, s.hygienist, s.hygiene, QDate(2026, 3, 3), QTime(12, 0));
        s.t.clock.set(ScheduleClinic::local(QDate(2026, 8, 1), QTime(9, 0)));
        s.book(dan, s.hygienist, s.hygiene, QDate(2026, 9, 10)); // booked: nobody contacts him
        const QString anna = s.recallsOf(s.anna).value(s.hygieneRecall.id).id;
        const QString beaRecall = s.recallsOf(bea).value(s.hygieneRecall.id).id;
        const QString cleoRecall = s.recallsOf(cleo).value(s.hygieneRecall.id).id;
        RecallService service(s.clinic());
        const auto plan = [&](QDate day) {
            s.t.clock.set(ScheduleClinic::local(day, QTime(6, 0)));
            auto added = service.planContacts();
            if (!added)
                qWarning("%s", qPrintable(added.error().text()));
            return added.value_or(-1);
        };

        // 22 days before: only Cleo, who is long overdue, and only the latest step (the call).
        QCOMPARE(plan(QDate(2026, 8, 12)), 1);
        QCOMPARE(outboxRows(s.clinic(), cleoRecall),
                 (QList<QStringList>{{QStringLiteral("recall:%1:2026-02-26:2").arg(cleoRecall), QStringLiteral("step-2"),
                                      QStringLiteral("phone"), QStringLiteral("recall")}}));
        // 21 days before: the preferred channel (e-mail when none is set).
        QCOMPARE(plan(QDate(2026, 8, 13)), 2);
        QCOMPARE(plan(QDate(2026, 8, 13)), 0); // never twice
        QCOMPARE(outboxRows(s.clinic(), anna).value(0).value(2), QStringLiteral("email"));
        QCOMPARE(outboxRows(s.clinic(), beaRecall).value(0).value(2), QStringLiteral("sms"));
        QCOMPARE(plan(QDate(2026, 8, 20)), 0);
        // Bea answers three times without booking: her attempts are used up.
        for (int i = 0; i < 3; ++i)
            QVERIFY(service.recordContact(beaRecall, ContactChannel::Sms, {}).has_value());
        QCOMPARE(s.audits("recall.contact"), 3);
        // On the due date: another channel than before; Bea gets nothing more.
        QCOMPARE(plan(QDate(2026, 9, 3)), 1);
        QCOMPARE(outboxRows(s.clinic(), anna).value(1).mid(1, 2), (QStringList{QStringLiteral("step-1"), QStringLiteral("sms")}));
        // Two weeks after: the call list.
        QCOMPARE(plan(QDate(2026, 9, 16)), 0);
        QCOMPARE(plan(QDate(2026, 9, 17)), 1);
        QCOMPARE(outboxRows(s.clinic(), anna).value(2).mid(1, 2), (QStringList{QStringLiteral("step-2"), QStringLiteral("phone")}));
        QCOMPARE(plan(QDate(2026, 10, 30)), 0);
        QCOMPARE(outboxRows(s.clinic(), anna).size(), 3);
        QCOMPARE(outboxRows(s.clinic(), beaRecall).size(), 1);
        QCOMPARE(outboxRows(s.clinic(), cleoRecall).size(), 1);
        QCOMPARE(s.count(QStringLiteral("SELECT count(*) FROM outbox WHERE patient_id = '%1'").arg(dan)), 0);

        // Bea is offered for reactivation; Anna, contacted twice, is not yet.
        RecallQuery q;
        q.from = QDate(2026, 9, 1);
        q.to = QDate(2026, 9, 30);
        q.reactivationOnly = true;
        const QList<RecallRow> reactivate = *service.list(q);
        QCOMPARE(reactivate.size(), 1);
        QCOMPARE(reactivate.first().recall.patientId, bea);
        QVERIFY(reactivate.first().needsReactivation);

        // A visit starts a new cycle with its own steps.
        s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 10, 1)); // due 1 Apr 2027
        QCOMPARE(plan(QDate(2027, 3, 10)), 0);
        QCOMPARE(plan(QDate(2027, 3, 11)), 1);
        QCOMPARE(outboxRows(s.clinic(), anna).last().first(), QStringLiteral("recall:%1:2027-04-01:0").arg(anna));
    }

    void permissions()
    {
        RecallClinic s;
        s.visit(s.anna, s.hygienist, s.hygiene, QDate(2026, 5, 5));
        QVERIFY(StaffService(s.clinic())
                    .add(QStringLiteral("desk"), QStringLiteral("Desk"), Role::Receptionist, QStringLiteral("reception pw 11"))
                    .has_value());
        s.clinic().lock();
        auto desk = s.t.signIn(QStringLiteral("desk"), QStringLiteral("reception pw 11"));
        QVERIFY(desk.has_value());
        RecallService service(**desk);
        // The front desk works the list and reads the types...
        RecallQuery q;
        q.from = QDate(2026, 11, 1);
        q.to = QDate(2026, 11, 30);
        QCOMPARE(service.list(q)->size(), 1);
        QCOMPARE(service.types()->size(), 3);
        QVERIFY(service.recordContact(service.list(q)->first().recall.id, ContactChannel::Phone, {}).has_value());
        // ...but does not change how recalls are set up.
        RecallType t = s.hygieneRecall;
        t.intervalMonths = 4;
        auto saved = service.saveType(t);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(service.createTypesFromAppointmentTypes().error().code, ErrorCode::PermissionDenied);
        QVERIFY(Permissions::allows(Role::Receptionist, Permission::WorkRecalls));
        QVERIFY(!Permissions::allows(Role::Clinician, Permission::ConfigureMessaging));
    }

    void stateKeysAndNames()
    {
        const QList<RecallState> all{RecallState::NotContacted, RecallState::Contacted, RecallState::Scheduled,
                                     RecallState::Declined, RecallState::Inactive};
        QStringList keys;
        for (RecallState state : all) {
            keys << RecallService::stateKey(state);
            QVERIFY(!RecallService::stateName(state).isEmpty());
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("not-contacted"), QStringLiteral("contacted"), QStringLiteral("scheduled"),
                                    QStringLiteral("declined"), QStringLiteral("inactive")}));
    }
};

QTEST_GUILESS_MAIN(TestRecallList)
#include "tst_recalllist.moc"
