#include "MessagingFixtures.h"

#include "messaging/ReminderPlanner.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {
constexpr int kWeek = 7 * 24 * 60;
constexpr int kTwoDays = 48 * 60;

QString keyOf(const QString& appointmentId, const QString& ruleId, const QDateTime& planned)
{
    return QStringLiteral("reminder:%1:%2:%3").arg(appointmentId, ruleId).arg(planned.toMSecsSinceEpoch());
}

const OutboxMessage* forRule(const QList<OutboxMessage>& rows, const QString& ruleId)
{
    for (const OutboxMessage& m : rows)
        if (m.ruleId == ruleId)
            return &m;
    return nullptr;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enqueueTwiceKeepsOneRow()
    {
        MessagingClinic c;
        OutboxDraft d;
        d.idempotencyKey = QStringLiteral("reminder:x:y:1");
        d.patientId = c.anna;
        d.plannedAt = c.t.clock.now().addDays(1);
        Outbox outbox(c.clinic());
        QCOMPARE(outbox.enqueue(d).value_or(false), true);
        d.plannedAt = d.plannedAt.addDays(1); // same key, other time: still the same message
        QCOMPARE(outbox.enqueue(d).value_or(true), false);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM outbox")), qint64(1));
        QCOMPARE(c.rowsWhere(QStringLiteral("1")).first().plannedAt, c.t.clock.now().addDays(1));
    }

    void enqueueRollsBackWithItsReason()
    {
        MessagingClinic c;
        {
            auto tx = c.clinic().database().begin();
            QVERIFY(tx.has_value());
            OutboxDraft d;
            d.idempotencyKey = QStringLiteral("k");
            d.patientId = c.anna;
            d.plannedAt = c.t.clock.now();
            QVERIFY(Outbox(c.clinic()).enqueue(d).has_value());
            // tx goes out of scope uncommitted: the reason was not written, nor is the message
        }
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM outbox")), qint64(0));
    }

    void bookingPlansOneReminderPerRule()
    {
        MessagingClinic c;
        const ReminderRule week = c.rule(QStringLiteral("Week"), kWeek, {ContactChannel::Email});
        const ReminderRule twoDays = c.rule(QStringLiteral("Two days"), kTwoDays, {ContactChannel::Sms, ContactChannel::Email});
        c.rule(QStringLiteral("Hygiene only"), 24 * 60, {ContactChannel::Sms}, {c.hygiene.id});
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 16), QTime(10, 0));
        const QList<OutboxMessage> rows = c.rowsFor(a.id);
        QCOMPARE(rows.size(), 2);
        const OutboxMessage* w = forRule(rows, week.id);
        const OutboxMessage* d = forRule(rows, twoDays.id);
        QVERIFY(w && d);
        QCOMPARE(w->plannedAt, a.start.addDays(-7));
        QCOMPARE(d->plannedAt, a.start.addSecs(-48 * 3600));
        QCOMPARE(w->idempotencyKey, keyOf(a.id, week.id, w->plannedAt));
        QCOMPARE(w->channel, ContactChannel::Email);
        QCOMPARE(d->channel, ContactChannel::Sms);
        QCOMPARE(w->status, OutboxStatus::Pending);
        QCOMPARE(w->patientId, c.anna);
        QCOMPARE(w->kind, MessageKind::Reminder);

        // Planning again (every dispatch run does) adds nothing.
        QCOMPARE(ReminderPlanner(c.clinic()).planRange(c.t.clock.now(), c.t.clock.now().addDays(30)).value_or(-1), 0);
        QCOMPARE(c.rowsFor(a.id).size(), 2);
    }

    void remindersAlreadyDueAtBookingAreNotPlanned()
    {
        MessagingClinic c;
        c.rule(QStringLiteral("Week"), kWeek, {ContactChannel::Email});
        const ReminderRule twoDays = c.rule(QStringLiteral("Two days"), kTwoDays, {ContactChannel::Sms});
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 5), QTime(10, 0)); // three days ahead
        const QList<OutboxMessage> rows = c.rowsFor(a.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().ruleId, twoDays.id);
    }

    void movedAppointmentTakesPendingRemindersAlong()
    {
        MessagingClinic c;
        const ReminderRule week = c.rule(QStringLiteral("Week"), kWeek, {ContactChannel::Email});
        const ReminderRule twoDays = c.rule(QStringLiteral("Two days"), kTwoDays, {ContactChannel::Sms});
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 16), QTime(10, 0));
        const QList<OutboxMessage> before = c.rowsFor(a.id);
        QCOMPARE(before.size(), 2);
        const QDateTime newStart = ScheduleClinic::local(QDate(2026, 11, 18), QTime(14, 0));
        QVERIFY(AppointmentBook(c.clinic()).move(a.id, newStart, c.smith.id, {}).has_value());
        const QList<OutboxMessage> after = c.rowsFor(a.id);
        QCOMPARE(after.size(), 2);
        for (const OutboxMessage& m : after) {
            const OutboxMessage* old = forRule(before, m.ruleId);
            QVERIFY(old);
            QCOMPARE(m.id, old->id); // the same row, moved
            QCOMPARE(m.status, OutboxStatus::Pending);
            const int minutes = m.ruleId == week.id ? kWeek : kTwoDays;
            QCOMPARE(m.plannedAt, newStart.addSecs(-qint64(minutes) * 60));
            QCOMPARE(m.idempotencyKey, keyOf(a.id, m.ruleId, m.plannedAt));
        }
        Q_UNUSED(twoDays);
    }

    void sentReminderStaysWhenTheAppointmentMoves()
    {
        MessagingClinic c;
        const ReminderRule week = c.rule(QStringLiteral("Week"), kWeek, {ContactChannel::Email});
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 16), QTime(10, 0));
        const OutboxMessage sent = c.rowsFor(a.id).first();
        c.t.clock.set(sent.plannedAt.addSecs(60));
        c.exec(QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = %1 WHERE id = '%2'")
                   .arg(c.t.clock.nowMs())
                   .arg(sent.id));
        // Moved an hour earlier: the 7-day reminder for the new time is due already, and the
        // appointment is days away, so one goes out now for the new time.
        const QDateTime newStart = ScheduleClinic::local(QDate(2026, 11, 16), QTime(9, 0));
        QVERIFY(AppointmentBook(c.clinic()).move(a.id, newStart, c.smith.id, {}).has_value());
        const QList<OutboxMessage> rows = c.rowsFor(a.id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, sent.id);
        QCOMPARE(rows.at(0).status, OutboxStatus::Sent);
        QCOMPARE(rows.at(0).idempotencyKey, sent.idempotencyKey);
        QCOMPARE(rows.at(0).plannedAt, sent.plannedAt);
        QCOMPARE(rows.at(1).status, OutboxStatus::Pending);
        QCOMPARE(rows.at(1).plannedAt, c.t.clock.now());
        QCOMPARE(rows.at(1).idempotencyKey, keyOf(a.id, week.id, newStart.addDays(-7)));
    }

    void movedTooCloseToTheStartSkipsTheReminder()
    {
        MessagingClinic c;
        c.t.clock.set(ScheduleClinic::local(QDate(2026, 11, 2), QTime(8, 0)));
        c.rule(QStringLiteral("Two days"), kTwoDays, {ContactChannel::Sms});
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 9), QTime(10, 0));
        const OutboxMessage pending = c.rowsFor(a.id).first();
        // Tomorrow: the reminder's time has passed but the visit is a day away, so it goes now.
        QVERIFY(AppointmentBook(c.clinic()).move(a.id, ScheduleClinic::local(QDate(2026, 11, 3), QTime(9, 0)), c.smith.id, {})
                    .has_value());
        OutboxMessage m = c.row(pending.id);
        QCOMPARE(m.status, OutboxStatus::Pending);
        QCOMPARE(m.plannedAt, c.t.clock.now());
        // Later today, 90 minutes from now: too late to be of use.
        QVERIFY(AppointmentBook(c.clinic()).move(a.id, ScheduleClinic::local(QDate(2026, 11, 2), QTime(9, 30)), c.smith.id, {})
                    .has_value());
        m = c.row(pending.id);
        QCOMPARE(m.status, OutboxStatus::Skipped);
        QCOMPARE(m.skipReason, SkipReason::TooLate);
    }

    void cancelledAppointmentWithdrawsItsReminders()
    {
        MessagingClinic c;
        c.rule(QStringLiteral("Week"), kWeek, {ContactChannel::Email});
        c.rule(QStringLiteral("Two days"), kTwoDays, {ContactChannel::Sms});
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 16), QTime(10, 0));
        const QList<OutboxMessage> rows = c.rowsFor(a.id);
        c.exec(QStringLiteral("UPDATE outbox SET status = 'sent' WHERE id = '%1'").arg(rows.at(0).id));
        QVERIFY(AppointmentBook(c.clinic()).cancel(a.id, true, QStringLiteral("moving away")).has_value());
        const QList<OutboxMessage> after = c.rowsFor(a.id);
        QCOMPARE(after.at(0).status, OutboxStatus::Sent); // what went out stays on record
        QCOMPARE(after.at(1).status, OutboxStatus::Skipped);
        QCOMPARE(after.at(1).skipReason, SkipReason::AppointmentCancelled);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'message.skip' AND entity_id = '%1'")
                             .arg(after.at(1).id)),
                 qint64(1));
    }

    void arrivedPatientNeedsNoMoreReminders()
    {
        MessagingClinic c;
        c.t.clock.set(ScheduleClinic::local(QDate(2026, 11, 2), QTime(8, 0)));
        c.rule(QStringLiteral("Half an hour"), 30, {ContactChannel::Sms});
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 2), QTime(11, 0));
        QCOMPARE(c.rowsFor(a.id).first().status, OutboxStatus::Pending);
        c.t.clock.set(ScheduleClinic::local(QDate(2026, 11, 2), QTime(10, 15)));
        QVERIFY(AppointmentBook(c.clinic()).setStatus(a.id, AppointmentStatus::Arrived).has_value());
        QCOMPARE(c.rowsFor(a.id).first().status, OutboxStatus::Skipped);
        QCOMPARE(c.rowsFor(a.id).first().skipReason, SkipReason::AppointmentPassed);
        // Marked arrived by mistake: back to confirmed, the reminder comes back.
        QVERIFY(AppointmentBook(c.clinic()).setStatus(a.id, AppointmentStatus::Confirmed).has_value());
        QCOMPARE(c.rowsFor(a.id).first().status, OutboxStatus::Pending);
    }

    void planRangeCoversAppointmentsBookedBeforeTheRule()
    {
        MessagingClinic c;
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 16), QTime(10, 0));
        QCOMPARE(c.rowsFor(a.id).size(), 0);
        c.rule(QStringLiteral("Two days"), kTwoDays, {ContactChannel::Sms});
        ReminderPlanner planner(c.clinic());
        QCOMPARE(planner.planRange(c.t.clock.now(), c.t.clock.now().addDays(30)).value_or(-1), 1);
        QCOMPARE(planner.planRange(c.t.clock.now(), c.t.clock.now().addDays(30)).value_or(-1), 0);
        QCOMPARE(c.rowsFor(a.id).first().plannedAt, a.start.addSecs(-48 * 3600));
    }

    // Reminders are planned in real hours: across a daylight-saving change, "48 hours
    // before" is 48 elapsed hours, so its local clock time differs from the appointment's.
    void planningAcrossDaylightSavingChanges()
    {
        MessagingClinic c;
        c.t.clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        const ReminderRule week = c.rule(QStringLiteral("Week"), kWeek, {ContactChannel::Email});
        const ReminderRule twoDays = c.rule(QStringLiteral("Two days"), kTwoDays, {ContactChannel::Sms});
        const QTimeZone london("Europe/London");

        // Clocks go forward on Sunday 29 March 2026: Monday 09:00 BST is 08:00 UTC.
        const Appointment spring = c.bookAt(c.anna, QDate(2026, 3, 30), QTime(9, 0));
        QCOMPARE(spring.start, QDateTime(QDate(2026, 3, 30), QTime(8, 0), Qt::UTC));
        QList<OutboxMessage> rows = c.rowsFor(spring.id);
        QCOMPARE(forRule(rows, twoDays.id)->plannedAt, QDateTime(QDate(2026, 3, 28), QTime(8, 0), Qt::UTC));
        QCOMPARE(forRule(rows, twoDays.id)->plannedAt.secsTo(spring.start), qint64(48 * 3600));
        QCOMPARE(forRule(rows, twoDays.id)->plannedAt.toTimeZone(london).time(), QTime(8, 0)); // GMT on Saturday
        QCOMPARE(forRule(rows, week.id)->plannedAt.secsTo(spring.start), qint64(7 * 24 * 3600));
        QCOMPARE(forRule(rows, week.id)->plannedAt, QDateTime(QDate(2026, 3, 23), QTime(8, 0), Qt::UTC));

        // Clocks go back on Sunday 25 October 2026: Monday 09:00 GMT is 09:00 UTC.
        const Appointment autumn = c.bookAt(c.ben, QDate(2026, 10, 26), QTime(9, 0));
        rows = c.rowsFor(autumn.id);
        QCOMPARE(forRule(rows, twoDays.id)->plannedAt, QDateTime(QDate(2026, 10, 24), QTime(9, 0), Qt::UTC));
        QCOMPARE(forRule(rows, twoDays.id)->plannedAt.toTimeZone(london).time(), QTime(10, 0)); // BST on Saturday
        QCOMPARE(forRule(rows, week.id)->plannedAt.secsTo(autumn.start), qint64(7 * 24 * 3600));
    }

    void listCountsRetryAndCancel()
    {
        MessagingClinic c;
        const ReminderRule twoDays = c.rule(QStringLiteral("Two days"), kTwoDays, {ContactChannel::Sms});
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 16), QTime(10, 0));
        c.bookAt(c.ben, QDate(2026, 11, 17), QTime(10, 0));
        Outbox outbox(c.clinic());
        auto all = outbox.list({});
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 2);
        OutboxQuery mine;
        mine.patientId = c.anna;
        auto annas = outbox.list(mine);
        QCOMPARE(annas->size(), 1);
        const OutboxRow r = annas->first();
        QCOMPARE(r.patientName, QStringLiteral("Anna Berg"));
        QCOMPARE(r.appointmentStart, a.start);
        QCOMPARE(r.ruleName, twoDays.name);
        QCOMPARE(outbox.get(r.message.id)->message.idempotencyKey, r.message.idempotencyKey);

        // Retry is for messages that ended; cancel for those still waiting.
        QVERIFY(!outbox.retry(r.message.id).has_value());
        QVERIFY(outbox.cancel(r.message.id, QStringLiteral("patient asked")).has_value());
        QCOMPARE(c.row(r.message.id).status, OutboxStatus::Cancelled);
        QVERIFY(!outbox.cancel(r.message.id).has_value());
        auto counts = outbox.counts({}, {});
        QCOMPARE(counts->value(OutboxStatus::Cancelled), 1);
        QCOMPARE(counts->value(OutboxStatus::Pending), 1);
        QVERIFY(outbox.retry(r.message.id).has_value());
        const OutboxMessage back = c.row(r.message.id);
        QCOMPARE(back.status, OutboxStatus::Pending);
        QCOMPARE(back.attempts, 0);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('message.retry', 'message.cancel')"
                                        " AND entity_id = '%1'")
                             .arg(r.message.id)),
                 qint64(2));

        OutboxQuery filtered;
        filtered.statuses = {OutboxStatus::Sent};
        QCOMPARE(outbox.list(filtered)->size(), 0);
        filtered.statuses = {OutboxStatus::Pending};
        filtered.channels = {ContactChannel::Sms};
        filtered.kinds = {MessageKind::Reminder};
        filtered.from = c.t.clock.now();
        filtered.to = c.t.clock.now().addDays(30);
        QCOMPARE(outbox.list(filtered)->size(), 2);
    }

    void keysRoundTrip()
    {
        for (OutboxStatus s : {OutboxStatus::Pending, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed,
                               OutboxStatus::Skipped, OutboxStatus::Cancelled, OutboxStatus::Interrupted}) {
            QCOMPARE(OutboxRows::statusFromKey(Outbox::statusKey(s)), std::optional<OutboxStatus>(s));
            QVERIFY(!Outbox::statusName(s).isEmpty());
        }
        for (int i = 1; i <= static_cast<int>(SkipReason::RecallClosed); ++i) {
            const auto r = static_cast<SkipReason>(i);
            QCOMPARE(OutboxRows::skipReasonFromKey(Outbox::skipReasonKey(r)), std::optional<SkipReason>(r));
            QVERIFY(!Outbox::skipReasonName(r).isEmpty());
        }
        QCOMPARE(Outbox::channelKey(ContactChannel::Letter), QStringLiteral("letter"));
        QCOMPARE(Outbox::kindKey(MessageKind::Recall), QStringLiteral("recall"));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
