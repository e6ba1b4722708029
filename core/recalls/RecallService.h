#pragma once

#include "common/Error.h"
#include "recalls/Recalls.h"

namespace rapport {

class Clinic;
struct Appointment;

// Recall types and patients' recalls. Reading and working the list needs WorkRecalls;
// editing recall types needs ConfigureMessaging. Every write is audited (ids only).
class RecallService
{
public:
    explicit RecallService(Clinic& clinic);

    [[nodiscard]] Result<QList<RecallType>> types(bool includeInactive = false);
    [[nodiscard]] Result<RecallType> type(const QString& id);
    // Creates (empty id) or updates a type; validates intervals, ages and the chain.
    [[nodiscard]] Result<RecallType> saveType(RecallType type);
    // Makes a recall type for every distinct appointment_types.recall_type text that has
    // none yet ("Hygiene, 6 months" gives 6 months), with the default chain (preferred
    // channel 21 days before, another channel on the due date, a call 14 days after).
    // Returns how many it made.
    [[nodiscard]] Result<int> createTypesFromAppointmentTypes();

    [[nodiscard]] Result<QList<RecallRow>> list(const RecallQuery& query);
    [[nodiscard]] Result<QList<RecallRow>> forPatient(const QString& patientId);
    [[nodiscard]] Result<PatientRecall> get(const QString& recallId);

    // Starts a recall by hand (a new patient, or a type the history does not give).
    [[nodiscard]] Result<PatientRecall> start(const QString& patientId, const QString& recallTypeId, QDate dueDate);
    // The patient's own interval; -1 and -1 go back to the type's.
    [[nodiscard]] Result<PatientRecall> setOverride(const QString& recallId, int months, int days);
    [[nodiscard]] Result<PatientRecall> setDueDate(const QString& recallId, QDate dueDate);
    [[nodiscard]] Result<PatientRecall> decline(const QString& recallId, const QString& reason);
    [[nodiscard]] Result<PatientRecall> deactivate(const QString& recallId, const QString& reason);
    [[nodiscard]] Result<PatientRecall> reactivate(const QString& recallId);
    // A contact made (a message sent, a call recorded): counts an attempt of the cycle.
    [[nodiscard]] Status recordContact(const QString& recallId, ContactChannel channel, const QDateTime& at);

    // Called by the appointment book inside its transaction after every write: a completed
    // appointment of a reset type moves the due date and starts a new cycle (creating the
    // recall when the patient had none); a coming appointment that holds time marks it
    // scheduled; a cancelled or moved-away one clears that again.
    [[nodiscard]] Status appointmentChanged(const Appointment& appointment);

    // Rebuilds every recall from the appointment history (after an import or the demo):
    // keeps overrides, declines and contact counts of recalls whose cycle did not change.
    [[nodiscard]] Result<int> rebuildAll();

    // Puts the contact chain's steps that have come due by today into the outbox (recall
    // messages, letters) and onto the call list, each once (idempotency key: recall, due
    // date, step). Called by every dispatch run. Returns how many it queued.
    [[nodiscard]] Result<int> planContacts();

    [[nodiscard]] static QString stateName(RecallState state); // translated
    [[nodiscard]] static QString stateKey(RecallState state);  // "not-contacted", ...

private:
    Clinic& m_clinic;
};

} // namespace rapport
