#pragma once

#include "common/Error.h"
#include "scheduling/Scheduling.h"

#include <memory>
#include <span>

namespace rapport {

class Clinic;
class Transaction;

// Writes a whole schedule in one transaction, for demo data and for imports from another
// system: providers, chairs, types, hours, exceptions, and appointments with their status
// history. Records are checked for shape (times, durations, names) but not for conflicts:
// the source is trusted to be a book that happened. The batch is one audit row
// ("appointment.import" with the counts), none per row. Nothing is written unless finish()
// succeeds. Needs ManageScheduleSetup and BookAppointments.
class ScheduleImport
{
public:
    struct StatusStep
    {
        AppointmentStatus status = AppointmentStatus::Booked;
        QString reason;
        qint64 atMs = 0;
        QString actorId; // staff id; the signed-in member of staff when empty
        QString id;      // created when empty
    };

    explicit ScheduleImport(Clinic& clinic, QString source);
    ~ScheduleImport();

    [[nodiscard]] Status begin();

    // Each returns the stored id (kept when preset, for stable demo data).
    [[nodiscard]] Result<QString> addProvider(Provider provider);
    [[nodiscard]] Result<QString> addChair(Chair chair);
    [[nodiscard]] Result<QString> addType(AppointmentType type);
    [[nodiscard]] Status addWorkingHours(const QString& providerId, const QList<WorkingInterval>& hours);
    [[nodiscard]] Result<QString> addException(ScheduleException exception);
    // The appointment as it stands now (its status and times) and how it got there, oldest
    // first. bookedAt and updatedAt default to the first and last step.
    [[nodiscard]] Result<QString> addAppointment(const Appointment& appointment, std::span<const StatusStep> history);

    [[nodiscard]] Status finish();
    [[nodiscard]] int appointmentCount() const { return m_appointments; }

private:
    struct Statements;
    [[nodiscard]] Status requireStarted() const;

    Clinic& m_clinic;
    QString m_source;
    QString m_actor;
    qint64 m_nowMs = 0;
    std::unique_ptr<Transaction> m_tx;
    std::unique_ptr<Statements> m_st;
    int m_providers = 0;
    int m_chairs = 0;
    int m_types = 0;
    int m_exceptions = 0;
    int m_appointments = 0;
    qint64 m_cacheSize = 0; // restored when the import ends
    QString m_statusKeys[9];
};

} // namespace rapport
