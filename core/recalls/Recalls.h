#pragma once

#include "patients/Patient.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

// One step of a recall type's contact chain, counted from the due date: -21 is three
// weeks before it. Preferred is the patient's preferred channel (falling back along the
// channels they consented to), Other is a different consented channel than the step
// before, Call puts the patient on the call list.
struct RecallChainStep
{
    enum Channel { Preferred, Other, Email, Sms, Letter, Call };
    int offsetDays = 0;
    Channel channel = Preferred;

    friend bool operator==(const RecallChainStep&, const RecallChainStep&) = default;
};

// "Hygiene, 6 months": the interval after a completed appointment of one of the reset
// types, and whom to contact how when it comes due. A type with untilAge hands patients
// on to thenTypeId once they reach that age at the due date ("Child check-up, 6 months"
// until 18, then "Check-up, 12 months").
struct RecallType
{
    QString id;
    QString name;
    int intervalMonths = 6;
    int intervalDays = 0;            // added to the months; a type may use days alone
    QStringList resetTypeIds;        // appointment types that, completed, reset it
    QString bookingTypeId;           // the appointment type "Schedule" searches with
    int untilAge = -1;               // -1: no age switch
    QString thenTypeId;              // the type from untilAge on
    int maxAttempts = 3;             // contacts per cycle before the patient is offered for reactivation
    QList<RecallChainStep> chain;    // in order of offsetDays
    bool active = true;
};

enum class RecallState {
    NotContacted,
    Contacted,
    Scheduled,
    Declined,
    Inactive,
};

// One patient's recall of one type.
struct PatientRecall
{
    QString id;
    QString patientId;
    QString recallTypeId;
    int overrideMonths = -1;          // -1: the type's interval
    int overrideDays = -1;
    QDate lastCompleted;              // local date of the last satisfying appointment
    QDate dueDate;
    QString scheduledAppointmentId;   // a coming appointment that satisfies it
    QDateTime scheduledStart;         // UTC
    bool declined = false;
    bool inactive = false;
    QString stateReason;              // why declined or inactive
    int attempts = 0;                 // contacts in this cycle (since the last completion)
    QDateTime lastContactAt;          // UTC
    ContactChannel lastContactChannel = ContactChannel::None;
    QString providerId;               // who saw the patient last for it
    QDateTime updatedAt;

    [[nodiscard]] RecallState state() const
    {
        if (inactive)
            return RecallState::Inactive;
        if (declined)
            return RecallState::Declined;
        if (!scheduledAppointmentId.isEmpty())
            return RecallState::Scheduled;
        return attempts > 0 ? RecallState::Contacted : RecallState::NotContacted;
    }
};

// A recall with what the list shows beside it.
struct RecallRow
{
    PatientRecall recall;
    QString patientName;  // "Family, Given (Preferred)"
    QString patientPhone; // the patient's own first phone, else their guardian's
    bool phoneIsGuardians = false;
    QDate dateOfBirth;
    int age = -1;         // on the due date
    QString recallTypeName;
    QString bookingTypeId;
    QString providerName;
    RecallState state = RecallState::NotContacted;
    bool overdue = false;
    // Every attempt of the cycle used and still not scheduled: offer the patient for
    // reactivation (a call, a letter, or marking them inactive).
    bool needsReactivation = false;
};

struct RecallQuery
{
    QDate from;              // due dates in [from, to]
    QDate to;
    bool includeOverdue = true; // and every earlier due date that is still open
    QStringList providerIds;
    QStringList recallTypeIds;
    int minAge = -1;
    int maxAge = -1;
    QDate notContactedSince;    // last contact before this date, or never
    int minAttempts = -1;
    int maxAttempts = -1;
    QList<RecallState> states;  // empty: not contacted, contacted and scheduled
    bool reactivationOnly = false;
    // At most this many (every recall of the last due date kept). When more match, the
    // ones due in [from, to] come first, then the most recently overdue.
    int limit = 5000;
};

} // namespace rapport
