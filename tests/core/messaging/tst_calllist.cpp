// The call list: who is on it today and why, what each outcome does to the appointment,
// the recall and the outbox row, letters waiting to be printed with their addresses, and
// the confirmation rate.

#include "../scheduling/ScheduleFixtures.h"

#include "messaging/CallList.h"
#include "messaging/Outbox.h"
#include "patients/PatientService.h"
#include "recalls/RecallService.h"
#include "scheduling/NoShowRisk.h"
#include "security/SettingsService.h"
#include "storage/Database.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

const QTimeZone London("Europe/London");

QDateTime local(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), London).toUTC();
}

// Monday 2 November 2026 is the fixture's today; Tuesday and Wednesday follow.
const QDate Monday(2026, 11, 2);
const QDate Tuesday(2026, 11, 3);
const QDate Wednesday(2026, 11, 4);

qint64 count(Clinic& clinic, const QString& sql)
{
    return clinic.database().scalar(sql).value_or(-1);
}

} // namespace

class TestCallList : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScheduleClinic> s;

    Clinic& clinic() { return s->clinic(); }

    Appointment book(const QString& patientId, const QDateTime& start, const Provider* provider = nullptr)
    {
        return ScheduleClinic::must(
            AppointmentBook(clinic()).book(s->draft(patientId, provider ? *provider : s->smith, s->checkUp, start)));
    }

    // A phone row as the reminder planner or the recall chain leaves it.
    QString enqueue(MessageKind kind, const QString& patientId, const QString& appointmentId, const QString& recallId,
                    const QDateTime& plannedAt, ContactChannel channel = ContactChannel::Phone)
    {
        static int n = 0;
        OutboxDraft d;
        d.idempotencyKey = QStringLiteral("test:%1").arg(++n);
        d.kind = kind;
        d.patientId = patientId;
        d.appointmentId = appointmentId;
        d.recallId = recallId;
        d.ruleId = kind == MessageKind::Recall ? QStringLiteral("step-2") : QStringLiteral("rule");
        d.channel = channel;
        d.plannedAt = plannedAt;
        if (!ScheduleClinic::must(Outbox(clinic()).enqueue(d)))
            qFatal("not enqueued");
        auto st = clinic().database().prepare("SELECT id FROM outbox WHERE idempotency_key = :k");
        st->bind(":k", d.idempotencyKey);
        (void)st->next();
        return st->text(0);
    }

    OutboxMessage row(const QString& id) { return ScheduleClinic::must(Outbox(clinic()).get(id)).message; }

    PatientRecall recall(const QString& patientId, QDate due, int maxAttempts)
    {
        RecallService recalls(clinic());
        RecallType t;
        t.name = QStringLiteral("Hygiene, 6 months");
        t.intervalMonths = 6;
        t.maxAttempts = maxAttempts;
        t.chain = {RecallChainStep{-21, RecallChainStep::Preferred}, RecallChainStep{14, RecallChainStep::Call}};
        const RecallType saved = ScheduleClinic::must(recalls.saveType(t));
        return ScheduleClinic::must(recalls.start(patientId, saved.id, due));
    }

    CallListEntry entryFor(const QString& outboxId)
    {
        const QList<CallListEntry> list = ScheduleClinic::must(CallList(clinic()).today());
        for (const CallListEntry& e : list)
            if (e.outboxId == outboxId)
                return e;
        return {};
    }

    // Three missed appointments in October: the next one is high risk.
    void makeUnreliable(const QString& patientId)
    {
        const QDateTime now = clinic().clock().now();
        for (int week = 0; week < 3; ++week) {
            const QDate day = QDate(2026, 10, 5).addDays(7 * week);
            s->t.clock.set(local(day, 7));
            const Appointment a = book(patientId, local(day, 10));
            s->t.clock.set(local(day, 12));
            ScheduleClinic::must(AppointmentBook(clinic()).setStatus(a.id, AppointmentStatus::NoShow));
        }
        s->t.clock.set(now);
    }

private Q_SLOTS:
    void init()
    {
        s = std::make_unique<ScheduleClinic>();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void cleanup() { s.reset(); }

    void listsPhoneRowsDueToday()
    {
        const Appointment a = book(s->anna, local(Tuesday, 10));
        const QString due = enqueue(MessageKind::Reminder, s->anna, a.id, {}, local(Monday, 9));
        const QString tomorrow = enqueue(MessageKind::Reminder, s->anna, a.id, {}, local(Tuesday, 8));
        const QString email = enqueue(MessageKind::Reminder, s->anna, a.id, {}, local(Monday, 9), ContactChannel::Email);
        const QList<CallListEntry> list = ScheduleClinic::must(CallList(clinic()).today());
        QCOMPARE(list.size(), 1);
        const CallListEntry& e = list.first();
        QCOMPARE(e.outboxId, due);
        QCOMPARE(e.patientId, s->anna);
        QCOMPARE(e.patientName, QStringLiteral("Berg, Anna"));
        QCOMPARE(e.phone, QStringLiteral("+447400900001"));
        QCOMPARE(e.appointmentId, a.id);
        QCOMPARE(e.appointmentStart, a.start);
        QCOMPARE(e.reason, QStringLiteral("Confirm Tue 03/11/2026 10:00 with Dr Smith"));
        QCOMPARE(e.previousCalls, 0);
        QVERIFY(!e.lastCallAt.isValid());
        Q_UNUSED(tomorrow);
        Q_UNUSED(email);
    }

    void reachedConfirmsTheAppointment()
    {
        const Appointment a = book(s->anna, local(Tuesday, 10));
        const QString id = enqueue(MessageKind::Reminder, s->anna, a.id, {}, local(Monday, 6));
        const qint64 eventsBefore = count(clinic(), QStringLiteral("SELECT count(*) FROM patient_events"));
        s->t.clock.set(local(Monday, 9, 15));
        const CallListEntry e = entryFor(id);
        QVERIFY(!e.outboxId.isEmpty());
        const CallRecord call = ScheduleClinic::must(CallList(clinic()).record(e, CallOutcome::Reached,
                                                                              QStringLiteral("Will come")));
        QCOMPARE(ScheduleClinic::must(AppointmentBook(clinic()).get(a.id)).status, AppointmentStatus::Confirmed);
        const OutboxMessage m = row(id);
        QCOMPARE(m.status, OutboxStatus::Sent);
        QCOMPARE(m.sentAt, local(Monday, 9, 15));
        QCOMPARE(m.statusDetail, QStringLiteral("reached"));
        QCOMPARE(m.recipient, QStringLiteral("+447400900001"));

        const QList<CallRecord> calls = ScheduleClinic::must(CallList(clinic()).calls(s->anna));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().id, call.id);
        QCOMPARE(calls.first().outboxId, id);
        QCOMPARE(calls.first().appointmentId, a.id);
        QCOMPARE(calls.first().outcome, CallOutcome::Reached);
        QCOMPARE(calls.first().note, QStringLiteral("Will come"));
        QCOMPARE(calls.first().byName, QStringLiteral("Ada Admin"));
        // Audited with ids only; the timeline reads calls itself, so no patient event.
        QCOMPARE(count(clinic(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'call.record'")), 1);
        QCOMPARE(count(clinic(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'call.record'"
                                                " AND detail LIKE '%Will come%'")),
                 0);
        QCOMPARE(count(clinic(), QStringLiteral("SELECT count(*) FROM patient_events")), eventsBefore);
        // Off the list, and a second recording of the same entry is refused.
        QVERIFY(entryFor(id).outboxId.isEmpty());
        const auto again = CallList(clinic()).record(e, CallOutcome::Reached);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(ScheduleClinic::must(CallList(clinic()).calls(s->anna)).size(), 1);
    }

    void wrongNumberFailsTheRow()
    {
        const Appointment a = book(s->anna, local(Tuesday, 10));
        const QString id = enqueue(MessageKind::Reminder, s->anna, a.id, {}, local(Monday, 6));
        const CallListEntry e = entryFor(id);
        ScheduleClinic::must(CallList(clinic()).record(e, CallOutcome::WrongNumber));
        const OutboxMessage m = row(id);
        QCOMPARE(m.status, OutboxStatus::Failed);
        QCOMPARE(m.statusDetail, QStringLiteral("wrong number"));
        QCOMPARE(ScheduleClinic::must(AppointmentBook(clinic()).get(a.id)).status, AppointmentStatus::Booked);
    }

    void declinedDeclinesTheRecall()
    {
        const PatientRecall r = recall(s->ben, Monday.addDays(-14), 3);
        const QString id = enqueue(MessageKind::Recall, s->ben, {}, r.id, local(Monday, 6));
        const CallListEntry e = entryFor(id);
        QCOMPARE(e.recallId, r.id);
        QCOMPARE(e.recallTypeName, QStringLiteral("Hygiene, 6 months"));
        QCOMPARE(e.recallDue, Monday.addDays(-14));
        QCOMPARE(e.reason, QStringLiteral("Recall overdue since 19/10/2026 (Hygiene, 6 months), attempt 1 of 3"));
        ScheduleClinic::must(CallList(clinic()).record(e, CallOutcome::Declined, QStringLiteral("Moving away")));
        const PatientRecall after = ScheduleClinic::must(RecallService(clinic()).get(r.id));
        QCOMPARE(after.state(), RecallState::Declined);
        QCOMPARE(after.stateReason, QStringLiteral("Moving away"));
        QCOMPARE(after.attempts, 1);
        QCOMPARE(after.lastContactChannel, ContactChannel::Phone);
        QCOMPARE(row(id).status, OutboxStatus::Sent);
        QCOMPARE(row(id).statusDetail, QStringLiteral("declined"));
    }

    void noAnswerTriesTomorrowUntilTheAttemptsAreUsed()
    {
        const PatientRecall r = recall(s->ben, Monday.addDays(-14), 2);
        const QString id = enqueue(MessageKind::Recall, s->ben, {}, r.id, local(Monday, 6));
        ScheduleClinic::must(CallList(clinic()).record(entryFor(id), CallOutcome::NoAnswer));
        OutboxMessage m = row(id);
        QCOMPARE(m.status, OutboxStatus::Pending);
        QCOMPARE(m.plannedAt, local(Tuesday, 9));
        QCOMPARE(ScheduleClinic::must(RecallService(clinic()).get(r.id)).attempts, 1);
        QVERIFY(entryFor(id).outboxId.isEmpty()); // tomorrow's, not today's

        s->t.clock.set(local(Tuesday, 9, 30));
        const CallListEntry e = entryFor(id);
        QCOMPARE(e.outboxId, id);
        QVERIFY(e.reason.endsWith(QStringLiteral("attempt 2 of 2")));
        QCOMPARE(e.previousCalls, 1);
        QCOMPARE(e.lastOutcome, CallOutcome::NoAnswer);
        QCOMPARE(e.lastCallAt, local(Monday, 7));
        ScheduleClinic::must(CallList(clinic()).record(e, CallOutcome::NoAnswer));
        m = row(id);
        QCOMPARE(m.status, OutboxStatus::Failed);
        QCOMPARE(m.statusDetail, QStringLiteral("no answer"));
        QCOMPARE(ScheduleClinic::must(RecallService(clinic()).get(r.id)).attempts, 2);
        QCOMPARE(ScheduleClinic::must(CallList(clinic()).calls(s->ben)).size(), 2);
    }

    void noAnswerOnAReminderStopsBeforeTheAppointment()
    {
        // Tomorrow 09:00 is after this appointment: no second try.
        const Appointment a = book(s->anna, local(Tuesday, 8, 30));
        const QString id = enqueue(MessageKind::Reminder, s->anna, a.id, {}, local(Monday, 6));
        ScheduleClinic::must(CallList(clinic()).record(entryFor(id), CallOutcome::NoAnswer));
        QCOMPARE(row(id).status, OutboxStatus::Failed);
        QCOMPARE(ScheduleClinic::must(AppointmentBook(clinic()).get(a.id)).status, AppointmentStatus::Booked);
    }

    void highRiskAppointmentsAreListedWithoutAnOutboxRow()
    {
        makeUnreliable(s->ben);
        const Appointment risky = book(s->ben, local(Tuesday, 11));
        const Appointment reliable = book(s->anna, local(Tuesday, 11, 30));
        const Appointment confirmed = book(s->ben, local(Wednesday, 11));
        ScheduleClinic::must(AppointmentBook(clinic()).setStatus(confirmed.id, AppointmentStatus::Confirmed));
        const Appointment later = book(s->ben, local(QDate(2026, 11, 10), 11)); // past two working days
        const QList<CallListEntry> list = ScheduleClinic::must(CallList(clinic()).today());
        QCOMPARE(list.size(), 1);
        const CallListEntry& e = list.first();
        QVERIFY(e.outboxId.isEmpty());
        QCOMPARE(e.appointmentId, risky.id);
        QVERIFY2(e.reason.startsWith(QStringLiteral("Confirm Tue 03/11/2026 11:00 with Dr Smith: high no-show risk (")),
                 qPrintable(e.reason));
        QCOMPARE(e.previousCalls, 0);
        Q_UNUSED(reliable);
        Q_UNUSED(later);

        // Called today: off the list until tomorrow, and nothing to move in the outbox.
        ScheduleClinic::must(CallList(clinic()).record(e, CallOutcome::NoAnswer));
        QVERIFY(ScheduleClinic::must(CallList(clinic()).today()).isEmpty());
        QCOMPARE(ScheduleClinic::must(AppointmentBook(clinic()).get(risky.id)).status, AppointmentStatus::Booked);
        // Booked on the second call: confirmed.
        ScheduleClinic::must(CallList(clinic()).recordForPatient(s->ben, CallOutcome::Booked, risky.id));
        QCOMPARE(ScheduleClinic::must(AppointmentBook(clinic()).get(risky.id)).status, AppointmentStatus::Confirmed);
    }

    void aMinorIsCalledOnTheGuardiansNumber()
    {
        PatientService patients(clinic());
        const Patient parent = createOrDie(patients, makePatient(QStringLiteral("Paula"), QStringLiteral("Lind"),
                                                                 QDate(1984, 2, 2), QStringLiteral("07400 900077")));
        PatientLink guardian;
        guardian.kind = LinkKind::Guardian;
        guardian.relatedPatientId = parent.id;
        const Patient child = createOrDie(patients, makePatient(QStringLiteral("Mia"), QStringLiteral("Lind"),
                                                                QDate(2018, 6, 1)),
                                          {guardian});
        const Appointment a = book(child.id, local(Tuesday, 10));
        const QString id = enqueue(MessageKind::Reminder, child.id, a.id, {}, local(Monday, 6));
        const CallListEntry e = entryFor(id);
        QCOMPARE(e.patientName, QStringLiteral("Lind, Mia"));
        QCOMPARE(e.phone, QStringLiteral("+447400900077"));
        QCOMPARE(e.phone, ScheduleClinic::must(patients.contactFor(child.id, ContactChannel::Phone)).address);
    }

    void rowsNoLongerNeededLeaveTheList()
    {
        const Appointment a = book(s->anna, local(Tuesday, 10));
        const QString reminder = enqueue(MessageKind::Reminder, s->anna, a.id, {}, local(Monday, 6));
        ScheduleClinic::must(AppointmentBook(clinic()).setStatus(a.id, AppointmentStatus::Confirmed));
        const PatientRecall r = recall(s->ben, Monday.addDays(-14), 3);
        const QString recallRow = enqueue(MessageKind::Recall, s->ben, {}, r.id, local(Monday, 6));
        ScheduleClinic::must(RecallService(clinic()).decline(r.id, QStringLiteral("elsewhere")));
        QVERIFY(ScheduleClinic::must(CallList(clinic()).today()).isEmpty());
        QCOMPARE(row(reminder).status, OutboxStatus::Skipped);
        QCOMPARE(row(reminder).skipReason, SkipReason::AppointmentConfirmed);
        QCOMPARE(row(recallRow).status, OutboxStatus::Skipped);
        QCOMPARE(row(recallRow).skipReason, SkipReason::RecallClosed);
    }

    void badInputIsRefused()
    {
        const Appointment a = book(s->anna, local(Tuesday, 10));
        const QString email = enqueue(MessageKind::Reminder, s->anna, a.id, {}, local(Monday, 6), ContactChannel::Email);
        CallListEntry notACall;
        notACall.outboxId = email;
        auto r = CallList(clinic()).record(notACall, CallOutcome::Reached);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(row(email).status, OutboxStatus::Pending);
        // Someone else's appointment.
        r = CallList(clinic()).recordForPatient(s->ben, CallOutcome::Reached, a.id);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        r = CallList(clinic()).recordForPatient(s->anna, CallOutcome::Reached, {}, QString(2001, QLatin1Char('x')));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        r = CallList(clinic()).recordForPatient(QStringLiteral("no-such-patient"), CallOutcome::Reached);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QCOMPARE(count(clinic(), QStringLiteral("SELECT count(*) FROM calls")), 0);
        QCOMPARE(ScheduleClinic::must(AppointmentBook(clinic()).get(a.id)).status, AppointmentStatus::Booked);
    }

    void lettersArePendingRenderedAndAddressed()
    {
        PatientService patients(clinic());
        auto withAddress = [](Patient p, const char* street) {
            p.address.line1 = QString::fromUtf8(street);
            p.address.postcode = QStringLiteral("AB1 2CD");
            p.address.city = QStringLiteral("Leeds");
            return p;
        };
        const Patient carla = createOrDie(patients, withAddress(makePatient(QStringLiteral("Carla"), QStringLiteral("Diaz")),
                                                                "1 High Street"));
        const Patient parent = createOrDie(patients, withAddress(makePatient(QStringLiteral("Paula"), QStringLiteral("Lind"),
                                                                             QDate(1984, 2, 2)),
                                                                 "7 Mill Lane"));
        PatientLink guardian;
        guardian.kind = LinkKind::Guardian;
        guardian.relatedPatientId = parent.id;
        const Patient child = createOrDie(patients, makePatient(QStringLiteral("Mia"), QStringLiteral("Lind"),
                                                                QDate(2018, 6, 1)),
                                          {guardian});
        const Patient noConsent = createOrDie(patients, withAddress(makePatient(QStringLiteral("Dan"), QStringLiteral("Eze")),
                                                                    "9 Station Road"));
        for (const QString& id : {carla.id, child.id, s->ben})
            ScheduleClinic::must(patients.recordConsent(id, ContactChannel::Letter, ConsentPurpose::AppointmentReminders,
                                                        true, ConsentMethod::Form));
        const QString carlaLetter = enqueue(MessageKind::Reminder, carla.id, book(carla.id, local(Tuesday, 9)).id, {},
                                            local(Monday, 6), ContactChannel::Letter);
        const QString childLetter = enqueue(MessageKind::Reminder, child.id, book(child.id, local(Tuesday, 10)).id, {},
                                            local(Monday, 6), ContactChannel::Letter);
        const QString benLetter = enqueue(MessageKind::Reminder, s->ben, book(s->ben, local(Tuesday, 11)).id, {},
                                          local(Monday, 6), ContactChannel::Letter);
        const QString danLetter = enqueue(MessageKind::Reminder, noConsent.id, book(noConsent.id, local(Tuesday, 14)).id,
                                          {}, local(Monday, 6), ContactChannel::Letter);
        const QString later = enqueue(MessageKind::Reminder, carla.id, book(carla.id, local(Wednesday, 9)).id, {},
                                      local(Monday, 12), ContactChannel::Letter);

        const QList<LetterEntry> letters = ScheduleClinic::must(CallList(clinic()).pendingLetters());
        QCOMPARE(letters.size(), 2);
        QCOMPARE(letters.at(0).outboxId, carlaLetter);
        QCOMPARE(letters.at(0).recipientName, QStringLiteral("Carla Diaz"));
        QCOMPARE(letters.at(0).addressLines, (QStringList{QStringLiteral("1 High Street"), QStringLiteral("Leeds"), QStringLiteral("AB1 2CD")}));
        QVERIFY(!letters.at(0).subject.isEmpty());
        QVERIFY2(letters.at(0).text.contains(QStringLiteral("Carla")), qPrintable(letters.at(0).text));
        QVERIFY2(letters.at(0).text.contains(QStringLiteral("Dr Smith")), qPrintable(letters.at(0).text));
        QVERIFY(!letters.at(0).text.contains(QLatin1Char('{')));
        // A child without an address of their own: the guardian's, addressed to the guardian.
        QCOMPARE(letters.at(1).outboxId, childLetter);
        QCOMPARE(letters.at(1).recipientName, QStringLiteral("Paula Lind"));
        QCOMPARE(letters.at(1).addressLines, (QStringList{QStringLiteral("7 Mill Lane"), QStringLiteral("Leeds"), QStringLiteral("AB1 2CD")}));
        QVERIFY(letters.at(1).text.contains(QStringLiteral("Mia")));
        QCOMPARE(row(benLetter).status, OutboxStatus::Skipped);
        QCOMPARE(row(benLetter).skipReason, SkipReason::NoAddress);
        QCOMPARE(row(danLetter).status, OutboxStatus::Skipped);
        QCOMPARE(row(danLetter).skipReason, SkipReason::NoConsent);
        QCOMPARE(row(later).status, OutboxStatus::Pending);

        ScheduleClinic::check(CallList(clinic()).markLettersPrinted({carlaLetter, childLetter}));
        QCOMPARE(row(carlaLetter).status, OutboxStatus::Sent);
        QCOMPARE(row(carlaLetter).sentAt, clinic().clock().now());
        QCOMPARE(row(childLetter).status, OutboxStatus::Sent);
        QCOMPARE(count(clinic(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'letter.print'")), 2);
        QVERIFY(ScheduleClinic::must(CallList(clinic()).pendingLetters()).isEmpty());
        // Printed once: a second batch with the same letter is refused and changes nothing.
        const auto again = CallList(clinic()).markLettersPrinted({later, carlaLetter});
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(row(later).status, OutboxStatus::Pending);
        QVERIFY(!CallList(clinic()).markLettersPrinted({s->ben}));
    }

    void aPrintedRecallLetterIsAContact()
    {
        PatientService patients(clinic());
        Patient p = makePatient(QStringLiteral("Carla"), QStringLiteral("Diaz"));
        p.address.line1 = QStringLiteral("1 High Street");
        const Patient carla = createOrDie(patients, p);
        ScheduleClinic::must(patients.recordConsent(carla.id, ContactChannel::Letter, ConsentPurpose::Recalls, true,
                                                    ConsentMethod::Form));
        const PatientRecall r = recall(carla.id, Monday.addDays(10), 3);
        const QString id = enqueue(MessageKind::Recall, carla.id, {}, r.id, local(Monday, 6), ContactChannel::Letter);
        const QList<LetterEntry> letters = ScheduleClinic::must(CallList(clinic()).pendingLetters());
        QCOMPARE(letters.size(), 1);
        QVERIFY2(letters.first().text.contains(QStringLiteral("Hygiene")), qPrintable(letters.first().text));
        ScheduleClinic::check(CallList(clinic()).markLettersPrinted({id}));
        const PatientRecall after = ScheduleClinic::must(RecallService(clinic()).get(r.id));
        QCOMPARE(after.attempts, 1);
        QCOMPARE(after.lastContactChannel, ContactChannel::Letter);
    }

    void confirmationRateCountsConfirmationsBeforeTheStart()
    {
        AppointmentBook book(clinic());
        const QDate day(2026, 10, 12); // a Monday, three weeks before "now"
        s->t.clock.set(local(day.addDays(-3), 9));
        const Appointment confirmedCame = this->book(s->anna, local(day, 9));
        const Appointment cameUnconfirmed = this->book(s->anna, local(day, 10));
        const Appointment confirmedMissed = this->book(s->ben, local(day, 9), &s->jones);
        const Appointment cancelledEarly = this->book(s->ben, local(day, 11), &s->jones);
        const Appointment lateCancelled = this->book(s->ben, local(day, 12), &s->jones);
        const Appointment confirmedLate = this->book(s->anna, local(day, 14));
        const Appointment otherWeek = this->book(s->anna, local(day.addDays(7), 9));
        ScheduleClinic::must(book.setStatus(confirmedCame.id, AppointmentStatus::Confirmed));
        ScheduleClinic::must(book.setStatus(confirmedMissed.id, AppointmentStatus::Confirmed));
        ScheduleClinic::must(book.setStatus(otherWeek.id, AppointmentStatus::Confirmed));
        ScheduleClinic::must(book.cancel(cancelledEarly.id, true, QStringLiteral("away")));
        s->t.clock.set(local(day, 8));
        QCOMPARE(ScheduleClinic::must(book.cancel(lateCancelled.id, true, QStringLiteral("ill"))).status,
                 AppointmentStatus::LateCancellation);
        s->t.clock.set(local(day, 14, 10)); // after its start
        ScheduleClinic::must(book.setStatus(confirmedLate.id, AppointmentStatus::Confirmed));
        ScheduleClinic::must(book.setStatus(confirmedCame.id, AppointmentStatus::Arrived));
        ScheduleClinic::must(book.setStatus(cameUnconfirmed.id, AppointmentStatus::Arrived));
        ScheduleClinic::must(book.setStatus(confirmedMissed.id, AppointmentStatus::NoShow));
        s->t.clock.set(local(Monday, 7));

        const auto rate = ScheduleClinic::must(CallList(clinic()).confirmationRate(local(day, 0), local(day.addDays(1), 0)));
        // Held time or missed: confirmedCame, cameUnconfirmed, confirmedMissed, lateCancelled,
        // confirmedLate; confirmed before the start: confirmedCame and confirmedMissed.
        QCOMPARE(rate.appointments, 5);
        QCOMPARE(rate.confirmed, 2);
        QCOMPARE(rate.rate(), 0.4);
        const auto empty = ScheduleClinic::must(CallList(clinic()).confirmationRate(local(day.addDays(1), 0),
                                                                                    local(day.addDays(2), 0)));
        QCOMPARE(empty.appointments, 0);
        QCOMPARE(empty.rate(), 0.0);
        QVERIFY(!CallList(clinic()).confirmationRate(local(day, 0), local(day, 0)));
    }

    void outcomesHaveStableKeys()
    {
        for (CallOutcome o : {CallOutcome::Reached, CallOutcome::LeftMessage, CallOutcome::NoAnswer,
                              CallOutcome::WrongNumber, CallOutcome::Declined, CallOutcome::Booked}) {
            QCOMPARE(CallList::outcomeFromKey(CallList::outcomeKey(o)), std::optional(o));
            QVERIFY(!CallList::outcomeName(o).isEmpty());
        }
        QCOMPARE(CallList::outcomeKey(CallOutcome::LeftMessage), QStringLiteral("left-message"));
        QVERIFY(!CallList::outcomeFromKey(QStringLiteral("maybe")));
    }
};

QTEST_GUILESS_MAIN(TestCallList)
#include "tst_calllist.moc"
