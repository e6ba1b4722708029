#include "MessagingFixtures.h"

#include "PatientTimeline.h"
#include "messaging/CallList.h"
#include "recalls/RecallService.h"

#include <QSet>
#include <QTest>

#include <thread>

using namespace rapport;
using namespace rapport::test;

namespace {
constexpr int kTwoDays = 48 * 60;

// A clinic with e-mail set up, a 48-hour rule by SMS then e-mail, and Anna's check-up on
// Monday 16 November 2026 at 10:00; the clock stands at the reminder's time (Saturday
// 14 November, 10:00), inside the sending window.
struct DispatchClinic : MessagingClinic
{
    ReminderRule rule;
    Appointment visit;

    DispatchClinic()
    {
        setUpEmail();
        rule = MessagingClinic::rule(QStringLiteral("Two days"), kTwoDays, {ContactChannel::Sms, ContactChannel::Email});
        visit = bookAt(anna, QDate(2026, 11, 16), QTime(10, 0));
        t.clock.set(visit.start.addSecs(-48 * 3600));
    }

    OutboxMessage reminder() { return rowsFor(visit.id).first(); }
};

SendResult sent(const QString& gatewayId = QStringLiteral("250 queued as 1234"))
{
    return SendResult{SendResult::Sent, {}, gatewayId};
}
} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void claimsAndRecordsASentEmail()
    {
        DispatchClinic c;
        c.consent(c.anna, ContactChannel::Email);
        Dispatcher d(c.clinic());
        DispatchReport report;
        auto claimed = d.claim(10, &report);
        QVERIFY2(claimed.has_value(), claimed ? "" : qPrintable(claimed.error().text()));
        QCOMPARE(claimed->size(), 1);
        const PreparedMessage& m = claimed->first();
        // No SMS consent: the rule's second channel, e-mail, is used.
        QCOMPARE(m.channel, ContactChannel::Email);
        QVERIFY(m.email.has_value());
        QCOMPARE(m.email->to, QStringLiteral("anna@example.com"));
        QCOMPARE(m.email->fromAddress, QStringLiteral("reception@clinic.example"));
        QVERIFY(m.email->subject.contains(QStringLiteral("Monday 16 November 2026")));
        QVERIFY(m.email->textBody.contains(QStringLiteral("Dr Smith")));
        QVERIFY(m.email->htmlBody.contains(QStringLiteral("Dr Smith")));
        QVERIFY(m.email->messageId.endsWith(QStringLiteral("@rapport.local>")));
        QVERIFY(m.email->calendar.contains("BEGIN:VEVENT"));
        QVERIFY(m.email->calendar.contains(QStringLiteral("UID:%1@rapport").arg(c.visit.id).toUtf8()));
        OutboxMessage row = c.reminder();
        QCOMPARE(row.status, OutboxStatus::Sending);
        QCOMPARE(row.attempts, 1);
        QCOMPARE(row.recipient, QStringLiteral("anna@example.com"));
        QCOMPARE(row.channel, ContactChannel::Email);

        // Nothing more to claim while it is being sent.
        QCOMPARE(d.claim(10)->size(), 0);
        QVERIFY(d.record(m, sent(), &report).has_value());
        row = c.reminder();
        QCOMPARE(row.status, OutboxStatus::Sent);
        QCOMPARE(row.sentAt, c.t.clock.now());
        QCOMPARE(row.gatewayId, QStringLiteral("250 queued as 1234"));
        QCOMPARE(report.sent, 1);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'message.send' AND entity_id = '%1'")
                             .arg(row.id)),
                 qint64(1));
        // A second record of the same claim changes nothing.
        QVERIFY(d.record(m, SendResult{SendResult::Failed, QStringLiteral("late"), {}}).has_value());
        QCOMPARE(c.reminder().status, OutboxStatus::Sent);
    }

    void preferredChannelComesFirst()
    {
        DispatchClinic c;
        c.consent(c.anna, ContactChannel::Email);
        c.consent(c.anna, ContactChannel::Sms);
        c.set("messaging.sms.url", "http://127.0.0.1:9/sms");
        Patient a = *PatientService(c.clinic()).open(c.anna);
        a.preferredChannel = ContactChannel::Email;
        QVERIFY(PatientService(c.clinic()).update(a).has_value());
        auto claimed = Dispatcher(c.clinic()).claim(10);
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(claimed->first().channel, ContactChannel::Email);
    }

    void skipReasons_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("reason");
        QTest::newRow("no consent") << QStringLiteral("none") << int(SkipReason::NoConsent);
        QTest::newRow("consent, no address") << QStringLiteral("no-address") << int(SkipReason::NoAddress);
        QTest::newRow("patient inactive") << QStringLiteral("inactive") << int(SkipReason::PatientInactive);
        QTest::newRow("appointment cancelled") << QStringLiteral("cancelled") << int(SkipReason::AppointmentCancelled);
        QTest::newRow("appointment started") << QStringLiteral("started") << int(SkipReason::AppointmentPassed);
    }

    void skipReasons()
    {
        QFETCH(QString, setup);
        QFETCH(int, reason);
        DispatchClinic c;
        if (setup == QStringLiteral("no-address")) {
            c.consent(c.anna, ContactChannel::Email);
            Patient a = *PatientService(c.clinic()).open(c.anna);
            a.email.clear();
            QVERIFY(PatientService(c.clinic()).update(a).has_value());
        } else if (setup == QStringLiteral("inactive")) {
            c.consent(c.anna, ContactChannel::Email);
            QVERIFY(PatientService(c.clinic()).setStatus(c.anna, PatientStatus::Inactive).has_value());
        } else if (setup == QStringLiteral("cancelled")) {
            // Cancelled behind the book's back (a sync from another PC): the check still holds.
            c.consent(c.anna, ContactChannel::Email);
            c.exec(QStringLiteral("UPDATE appointments SET status = 'cancelled-patient', holds_time = 0 WHERE id = '%1'")
                       .arg(c.visit.id));
        } else if (setup == QStringLiteral("started")) {
            c.consent(c.anna, ContactChannel::Email);
            c.t.clock.set(c.visit.start.addSecs(60));
            c.set("messaging.quietHours", QString());
        }
        DispatchReport report;
        auto claimed = Dispatcher(c.clinic()).claim(10, &report);
        QVERIFY2(claimed.has_value(), claimed ? "" : qPrintable(claimed.error().text()));
        QCOMPARE(claimed->size(), 0);
        const OutboxMessage row = c.reminder();
        QCOMPARE(row.status, OutboxStatus::Skipped);
        QCOMPARE(int(row.skipReason), reason);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'message.skip' AND entity_id = '%1'")
                             .arg(row.id)),
                 qint64(1));
    }

    void quietHoursDeferThenSkip()
    {
        DispatchClinic c;
        c.consent(c.anna, ContactChannel::Email);
        // Saturday 22:00: quiet until 08:30, and Sunday is not a sending day: Monday 08:30 is
        // less than two hours before the visit, no longer worth it.
        c.set("messaging.quietHours", "21:00-08:30");
        c.t.clock.set(ScheduleClinic::local(QDate(2026, 11, 14), QTime(22, 0)));
        DispatchReport report;
        QCOMPARE(Dispatcher(c.clinic()).claim(10, &report)->size(), 0);
        QCOMPARE(c.reminder().status, OutboxStatus::Skipped);
        QCOMPARE(c.reminder().skipReason, SkipReason::QuietHours);

        // With Sundays allowed the same message waits for Sunday morning.
        DispatchClinic d;
        d.consent(d.anna, ContactChannel::Email);
        d.set("messaging.sendingDays", "mon-sun");
        d.t.clock.set(ScheduleClinic::local(QDate(2026, 11, 14), QTime(22, 0)));
        QCOMPARE(Dispatcher(d.clinic()).claim(10)->size(), 0);
        const QDateTime sunday8 = ScheduleClinic::local(QDate(2026, 11, 15), QTime(8, 0));
        QCOMPARE(d.reminder().status, OutboxStatus::Pending);
        QCOMPARE(d.reminder().nextAttemptAt, sunday8);
        d.t.clock.set(sunday8.addSecs(-60));
        QCOMPARE(Dispatcher(d.clinic()).claim(10)->size(), 0);
        d.t.clock.set(sunday8);
        QCOMPARE(Dispatcher(d.clinic()).claim(10)->size(), 1);

        // Outside the sending window (20:30, before quiet hours) it is the window's fault.
        DispatchClinic e;
        e.consent(e.anna, ContactChannel::Email);
        e.set("messaging.quietHours", "21:00-08:30");
        e.t.clock.set(ScheduleClinic::local(QDate(2026, 11, 14), QTime(20, 30)));
        QCOMPARE(Dispatcher(e.clinic()).claim(10)->size(), 0);
        QCOMPARE(e.reminder().skipReason, SkipReason::OutsideSendingWindow);
    }

    void channelNotSetUpWaits()
    {
        DispatchClinic c;
        c.consent(c.anna, ContactChannel::Sms);
        // SMS consent and a mobile number, but no gateway: nothing is lost, it waits.
        DispatchReport report;
        QCOMPARE(Dispatcher(c.clinic()).claim(10, &report)->size(), 0);
        QCOMPARE(c.reminder().status, OutboxStatus::Pending);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().contains(QStringLiteral("SMS")));
        c.set("messaging.sms.url", "http://127.0.0.1:9/sms");
        auto claimed = Dispatcher(c.clinic()).claim(10);
        QCOMPARE(claimed->size(), 1);
        QVERIFY(claimed->first().sms.has_value());
        QCOMPARE(claimed->first().sms->to, QStringLiteral("+447400900001"));
        QCOMPARE(claimed->first().sms->reference, c.reminder().idempotencyKey);
    }

    void letterChannelGoesToTheBatch()
    {
        DispatchClinic c;
        ReminderRule r = c.rule;
        r.channels = {ContactChannel::Letter, ContactChannel::Email};
        QVERIFY(MessagingSetup(c.clinic()).saveRule(r).has_value());
        c.consent(c.anna, ContactChannel::Letter);
        Patient a = *PatientService(c.clinic()).open(c.anna);
        a.address.line1 = QStringLiteral("2 Low Road");
        a.address.city = QStringLiteral("London");
        QVERIFY(PatientService(c.clinic()).update(a).has_value());
        QCOMPARE(Dispatcher(c.clinic()).claim(10)->size(), 0);
        QCOMPARE(c.reminder().status, OutboxStatus::Pending);
        QCOMPARE(c.reminder().channel, ContactChannel::Letter);
    }

    void retriesWithBackoffThenFails()
    {
        DispatchClinic c;
        c.consent(c.anna, ContactChannel::Email);
        Dispatcher d(c.clinic());
        const SendResult down{SendResult::Retry, QStringLiteral("Could not connect to the mail server"), {}};
        const int waits[] = {1, 5, 30, 120};
        for (int attempt = 1; attempt <= 5; ++attempt) {
            auto claimed = d.claim(10);
            QCOMPARE(claimed->size(), 1);
            QCOMPARE(c.reminder().attempts, attempt);
            DispatchReport report;
            QVERIFY(d.record(claimed->first(), down, &report).has_value());
            const OutboxMessage row = c.reminder();
            if (attempt == 5) {
                QCOMPARE(row.status, OutboxStatus::Failed);
                QCOMPARE(row.statusDetail, down.detail);
                QCOMPARE(report.failed, 1);
                break;
            }
            QCOMPARE(report.retrying, 1);
            QCOMPARE(row.status, OutboxStatus::Pending);
            QCOMPARE(row.nextAttemptAt, c.t.clock.now().addSecs(waits[attempt - 1] * 60));
            c.t.clock.advanceSecs(waits[attempt - 1] * 60 - 1);
            QCOMPARE(d.claim(10)->size(), 0); // not before its time
            c.t.clock.advanceSecs(1);
        }
        QCOMPARE(d.claim(10)->size(), 0);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'message.fail'")), qint64(1));
    }

    void refusalFailsAtOnce()
    {
        DispatchClinic c;
        c.consent(c.anna, ContactChannel::Email);
        Dispatcher d(c.clinic());
        auto claimed = d.claim(10);
        DispatchReport report;
        QVERIFY(d.record(claimed->first(), SendResult{SendResult::Failed, QStringLiteral("550 mailbox unavailable"), {}},
                         &report)
                    .has_value());
        QCOMPARE(c.reminder().status, OutboxStatus::Failed);
        QCOMPARE(c.reminder().statusDetail, QStringLiteral("550 mailbox unavailable"));
        QCOMPARE(report.problems.size(), 1);
    }

    // The program stops after sending and before recording: the row stays claimed until
    // its lease runs out, then it is marked Interrupted and never sent again by itself.
    void crashBetweenSendAndRecord()
    {
        DispatchClinic c;
        c.consent(c.anna, ContactChannel::Email);
        c.consent(c.ben, ContactChannel::Email);
        Patient b = *PatientService(c.clinic()).open(c.ben);
        b.email = QStringLiteral("ben@example.com");
        QVERIFY(PatientService(c.clinic()).update(b).has_value());
        const QDateTime now = c.t.clock.now();
        c.t.clock.set(now.addDays(-7)); // booked a week ago
        const Appointment earlier = c.bookAt(c.ben, QDate(2026, 11, 16), QTime(9, 0));
        c.t.clock.set(now);
        const QString bensRow = c.rowsFor(earlier.id).first().id;
        {
            Dispatcher d(c.clinic());
            auto claimed = d.claim(10);
            QCOMPARE(claimed->size(), 2);
            QCOMPARE(claimed->at(0).outboxId, bensRow);
            QVERIFY(d.record(claimed->at(0), sent()).has_value());
            // Anna's is "sent", and then the power goes before the outcome is recorded.
            QCOMPARE(claimed->at(1).outboxId, c.reminder().id);
        }
        c.t.clock.advanceSecs(Dispatcher::leaseSeconds - 1);
        Dispatcher next(c.clinic());
        DispatchReport early;
        QCOMPARE(next.claim(10, &early)->size(), 0); // the lease still holds
        QCOMPARE(early.interrupted, 0);
        QCOMPARE(c.reminder().status, OutboxStatus::Sending);
        c.t.clock.advanceSecs(2);
        DispatchReport report;
        QCOMPARE(next.claim(10, &report)->size(), 0);
        QCOMPARE(report.interrupted, 1);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(c.reminder().status, OutboxStatus::Interrupted);
        QCOMPARE(c.reminder().attempts, 1);
        QCOMPARE(next.claim(10)->size(), 0); // and it stays that way
        QCOMPARE(c.reminder().status, OutboxStatus::Interrupted);
        QCOMPARE(c.row(bensRow).status, OutboxStatus::Sent);
        QCOMPARE(c.row(bensRow).attempts, 1);
        // Staff decide: after checking with the patient it can be sent again by hand.
        QVERIFY(Outbox(c.clinic()).retry(c.reminder().id).has_value());
        QCOMPARE(next.claim(10)->size(), 1);
    }

    // The window and `rapportctl dispatch` at the same time, each with its own connection.
    void twoDispatchersClaimEachRowOnce()
    {
        MessagingClinic c;
        c.setUpEmail();
        c.set("messaging.quietHours", QString());
        c.set("messaging.sendingWindow", QString());
        c.set("messaging.sendingDays", "mon-sun");
        c.rule(QStringLiteral("Two days"), kTwoDays, {ContactChannel::Email});
        c.consent(c.anna, ContactChannel::Email);
        c.consent(c.ben, ContactChannel::Email);
        Patient ben = *PatientService(c.clinic()).open(c.ben);
        ben.email = QStringLiteral("ben@example.com");
        QVERIFY(PatientService(c.clinic()).update(ben).has_value());
        QList<Appointment> visits;
        for (int day = 0; day < 2; ++day) {
            for (int hour = 8; hour < 12; ++hour) {
                visits << c.bookAt(c.anna, QDate(2026, 11, 16).addDays(day), QTime(hour, 0), c.smith);
                visits << c.bookAt(c.ben, QDate(2026, 11, 16).addDays(day), QTime(hour, 0), c.jones);
            }
        }
        // Every reminder is due and no visit has started.
        c.t.clock.set(QDateTime(QDate(2026, 11, 15), QTime(12, 0), Qt::UTC));
        const qint64 due = c.count(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'"));
        QCOMPARE(due, qint64(visits.size()));

        auto first = c.t.signIn(QStringLiteral("admin"), AdminPassword);
        auto second = c.t.signIn(QStringLiteral("admin"), AdminPassword);
        QVERIFY(first.has_value() && second.has_value());
        QStringList a, b;
        QString errorA, errorB;
        auto work = [](Clinic* clinic, QStringList* ids, QString* error) {
            Dispatcher d(*clinic);
            for (;;) {
                auto claimed = d.claim(3);
                if (!claimed) {
                    *error = claimed.error().text();
                    return;
                }
                if (claimed->isEmpty())
                    return;
                for (const PreparedMessage& m : *claimed) {
                    *ids << m.outboxId;
                    if (auto r = d.record(m, sent()); !r) {
                        *error = r.error().text();
                        return;
                    }
                }
            }
        };
        std::thread ta(work, first->get(), &a, &errorA);
        std::thread tb(work, second->get(), &b, &errorB);
        ta.join();
        tb.join();
        QVERIFY2(errorA.isEmpty(), qPrintable(errorA));
        QVERIFY2(errorB.isEmpty(), qPrintable(errorB));
        QSet<QString> all;
        for (const QString& id : a + b)
            all.insert(id);
        QCOMPARE(qint64(a.size() + b.size()), due); // none claimed twice
        QCOMPARE(qint64(all.size()), due);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'sent'")), due);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'message.send'")), due);
        QVERIFY(c.clinic().audit().verify()->intact);
    }

    void timelineShowsMessagesAndCalls()
    {
        DispatchClinic c;
        c.consent(c.anna, ContactChannel::Email);
        Dispatcher d(c.clinic());
        auto claimed = d.claim(10);
        QVERIFY(d.record(claimed->first(), sent()).has_value());
        // Ben's reminder is skipped: he has consented to nothing.
        const QDateTime now = c.t.clock.now();
        c.t.clock.set(now.addDays(-7));
        c.bookAt(c.ben, QDate(2026, 11, 16), QTime(9, 0));
        c.t.clock.set(now);
        QVERIFY(d.claim(10)->isEmpty());
        c.t.clock.advanceSecs(60);
        QVERIFY(CallList(c.clinic()).recordForPatient(c.anna, CallOutcome::Reached, c.visit.id, QStringLiteral("coming")).has_value());

        auto annas = patientTimeline(c.clinic(), c.anna);
        QVERIFY(annas.has_value());
        QStringList kinds;
        for (const TimelineEntry& e : *annas)
            kinds << e.kind;
        QVERIFY2(kinds.contains(QStringLiteral("message.sent")), qPrintable(kinds.join(QLatin1Char(' '))));
        QVERIFY(kinds.contains(QStringLiteral("call.reached")));
        QCOMPARE(kinds.first(), QStringLiteral("appointment.confirmed")); // newest first: the visit itself
        auto bens = patientTimeline(c.clinic(), c.ben);
        bool skipped = false;
        for (const TimelineEntry& e : *bens)
            if (e.kind == QStringLiteral("message.skipped")) {
                skipped = true;
                QVERIFY2(e.summary.contains(Outbox::skipReasonName(SkipReason::NoConsent)), qPrintable(e.summary));
            }
        QVERIFY(skipped);
    }

    void sentRecallCountsAsAContact()
    {
        MessagingClinic c;
        c.setUpEmail();
        c.t.clock.set(ScheduleClinic::local(QDate(2026, 11, 2), QTime(10, 0)));
        c.consent(c.anna, ContactChannel::Email, ConsentPurpose::Recalls);
        RecallService recalls(c.clinic());
        RecallType type;
        type.name = QStringLiteral("Hygiene, 6 months");
        type.intervalMonths = 6;
        type.resetTypeIds = {c.hygiene.id};
        type.chain = {RecallChainStep{-21, RecallChainStep::Email}};
        auto savedType = recalls.saveType(type);
        QVERIFY2(savedType.has_value(), savedType ? "" : qPrintable(savedType.error().text()));
        auto recall = recalls.start(c.anna, savedType->id, QDate(2026, 11, 20));
        QVERIFY2(recall.has_value(), recall ? "" : qPrintable(recall.error().text()));
        {
            auto tx = c.clinic().database().begin();
            OutboxDraft draft;
            draft.idempotencyKey = QStringLiteral("recall:test:1");
            draft.kind = MessageKind::Recall;
            draft.patientId = c.anna;
            draft.recallId = recall->id;
            draft.ruleId = QStringLiteral("step-0");
            draft.channel = ContactChannel::Email;
            draft.plannedAt = c.t.clock.now();
            QVERIFY(Outbox(c.clinic()).enqueue(draft).value_or(false));
            QVERIFY(tx->commit().has_value());
        }
        Dispatcher d(c.clinic());
        auto claimed = d.claim(10);
        QCOMPARE(claimed->size(), 1);
        QVERIFY(claimed->first().email->subject.contains(QStringLiteral("Hygiene, 6 months")));
        QVERIFY(claimed->first().email->textBody.contains(QStringLiteral("20 November 2026")));
        QVERIFY(claimed->first().email->calendar.isEmpty()); // a recall has no appointment yet
        QVERIFY(d.record(claimed->first(), sent()).has_value());
        const PatientRecall after = *recalls.get(recall->id);
        QCOMPARE(after.attempts, 1);
        QCOMPARE(after.lastContactChannel, ContactChannel::Email);
        QCOMPARE(after.lastContactAt, c.t.clock.now());
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
