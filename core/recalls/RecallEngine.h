#pragma once

#include "common/Error.h"
#include "recalls/Recalls.h"

#include <QHash>
#include <QList>

namespace rapport {

class Clinic;
class Database;
struct Appointment;

// The rules that move patients' recalls, shared by the appointment book's hook, the
// rebuild from history and RecallService's own writes. No permission checks here: the
// callers check theirs.
class RecallEngine
{
public:
    using TypeMap = QHash<QString, RecallType>;

    // One patient's recalls while they are being worked on, with what changed.
    struct Slot
    {
        PatientRecall recall;
        bool stored = false;  // a row exists already
        bool dirty = false;   // must be written
        QStringList actions;  // audit actions to record for it
    };
    struct PatientRecalls
    {
        QString patientId;
        QDate dateOfBirth;
        QList<Slot> slots;
        [[nodiscard]] int find(const QString& recallTypeId) const;
    };

    // Where a cycle that started on a date ends up: the type after age switching and its
    // due date.
    struct Placement
    {
        QString typeId;
        QDate due;
    };

    explicit RecallEngine(Clinic& clinic);

    [[nodiscard]] static QDate dueFrom(QDate lastCompleted, const RecallType& type, int overrideMonths,
                                       int overrideDays);
    [[nodiscard]] static int ageOn(QDate dateOfBirth, QDate day);
    [[nodiscard]] static Placement place(QDate lastCompleted, const QString& typeId, int overrideMonths,
                                         int overrideDays, QDate dateOfBirth, const TypeMap& types);

    [[nodiscard]] Result<TypeMap> loadTypes();

    // A completed visit of an appointment type that resets recallTypeId, on a local date.
    void complete(PatientRecalls& patient, const QString& recallTypeId, QDate date, const QString& providerId,
                  const TypeMap& types, qint64 nowMs) const;
    // Applies age switching to a slot whose cycle is known; returns the slot that holds
    // the cycle afterwards (another one when the patient had the next type already).
    int settle(PatientRecalls& patient, int index, const TypeMap& types) const;

    [[nodiscard]] Result<PatientRecalls> loadPatient(const QString& patientId);
    // Writes dirty slots and audits their actions (detail: the reason, ids only).
    [[nodiscard]] Status write(PatientRecalls& patient, const QString& detail, bool audit);

    // The earliest coming appointment (booked or confirmed, from now on) of the patient
    // that satisfies the recall type; empty when none.
    [[nodiscard]] Result<std::pair<QString, QDateTime>> comingAppointment(const QString& patientId,
                                                                          const QString& recallTypeId);
    [[nodiscard]] Status refreshScheduled(PatientRecalls& patient, int index);

    [[nodiscard]] Status appointmentChanged(const Appointment& appointment);
    [[nodiscard]] Result<int> rebuildAll();
    [[nodiscard]] Result<int> planContacts();

private:
    [[nodiscard]] QString replacedReason(const RecallType& by) const;

    Clinic& m_clinic;
};

} // namespace rapport
