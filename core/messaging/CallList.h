#pragma once

#include "common/Error.h"
#include "messaging/Messaging.h"

#include <QDate>
#include <QSet>

#include <optional>

namespace rapport {

class Clinic;

// One line of today's call list: whom to call and why.
struct CallListEntry
{
    QString outboxId;        // the phone-channel outbox row (recall chain call steps, phone reminders)
    QString patientId;
    QString patientName;
    QString phone;           // E.164; the guardian's when the patient is a minor with one
    QString appointmentId;   // to confirm, when it is about an appointment
    QDateTime appointmentStart;
    QString recallId;
    QString recallTypeName;
    QDate recallDue;
    QString reason;          // "Confirm Tue 24 Nov 09:30 with Dr Patel", "Recall overdue since 3 Oct, attempt 3 of 3"
    int previousCalls = 0;
    QDateTime lastCallAt;
    CallOutcome lastOutcome = CallOutcome::NoAnswer;
};

struct LetterEntry
{
    QString outboxId;
    QString patientId;
    QString recipientName;
    QStringList addressLines;
    QString subject;
    QString text;
};

// The front desk's telephone work, letters waiting to be printed and confirmations.
// Needs WorkRecalls; every call recorded is audited and shows on the patient's timeline.
class CallList
{
public:
    explicit CallList(Clinic& clinic);

    // Due phone-channel rows up to the end of the day, plus coming appointments from now to
    // the end of the second working day after today that are rated high no-show risk and not
    // confirmed (not those already called about today). Phone rows that no longer need a
    // call (appointment cancelled or confirmed, recall booked or closed) are marked skipped.
    [[nodiscard]] Result<QList<CallListEntry>> today();

    // Records a call. Reached and Booked on an appointment entry confirm the appointment;
    // Declined on a recall declines it. The outbox row: Reached, LeftMessage, Booked and
    // Declined make it sent; WrongNumber fails it; NoAnswer keeps it for tomorrow 09:00
    // until the recall's attempts are used (or the appointment comes first), then fails it.
    // Every outcome on a recall counts as a contact. One transaction.
    [[nodiscard]] Result<CallRecord> record(const CallListEntry& entry, CallOutcome outcome, const QString& note = {});
    // A call that was not on the list (the patient rang, or staff called from the book).
    [[nodiscard]] Result<CallRecord> recordForPatient(const QString& patientId, CallOutcome outcome,
                                                      const QString& appointmentId = {}, const QString& note = {});
    [[nodiscard]] Result<QList<CallRecord>> calls(const QString& patientId);

    // Letters and postcards due now: rendered with the dispatcher's templates and addressed
    // (the guardian's address for a minor without one), for one PDF batch. Rows without
    // consent for letters or without a postal address are marked skipped with the reason.
    [[nodiscard]] Result<QList<LetterEntry>> pendingLetters();
    // After the batch was printed or saved: the rows become sent (a recall's counts as a
    // contact), audited letter.print. All or none: a row no longer pending refuses the batch.
    [[nodiscard]] Status markLettersPrinted(const QStringList& outboxIds);

    // Of the appointments that started in [from, to) and held time or were missed (no-shows,
    // late cancellations), the share confirmed before they started (0..1), and the counts.
    // Needs ViewSchedule.
    struct ConfirmationRate
    {
        int appointments = 0;
        int confirmed = 0;
        [[nodiscard]] double rate() const { return appointments ? double(confirmed) / appointments : 0.0; }
    };
    [[nodiscard]] Result<ConfirmationRate> confirmationRate(const QDateTime& from, const QDateTime& to);

    [[nodiscard]] static QString outcomeKey(CallOutcome outcome);
    [[nodiscard]] static QString outcomeName(CallOutcome outcome); // translated
    [[nodiscard]] static std::optional<CallOutcome> outcomeFromKey(const QString& key);

private:
    [[nodiscard]] Status addRiskyAppointments(QList<CallListEntry>& entries, const QSet<QString>& listed);
    [[nodiscard]] Status settleRow(const CallRecord& call, const QString& phone, int attempts, int maxAttempts);
    [[nodiscard]] Status checkSubject(const CallRecord& call);

    Clinic& m_clinic;
};

} // namespace rapport
