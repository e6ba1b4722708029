#pragma once

#include "common/Error.h"

#include <QDateTime>

namespace rapport {

class Clinic;
struct Appointment;

// Turns reminder rules into outbox rows. Idempotency key: appointment, rule and planned
// time, so planning twice adds nothing.
class ReminderPlanner
{
public:
    explicit ReminderPlanner(Clinic& clinic);

    // Inside the appointment book's transaction, after every write: a booked or moved
    // appointment gets its reminders (a moved one takes its pending ones along to the new
    // time); a cancelled one, a no-show or a completed one has its pending ones withdrawn
    // (skipped, "appointment cancelled"). Reminders whose time has already passed when
    // the appointment is booked are not planned.
    [[nodiscard]] Status appointmentChanged(const Appointment& appointment);

    // Plans every appointment that starts in [from, to) and holds time (after an import,
    // a sync or the demo). Returns how many rows it added.
    [[nodiscard]] Result<int> planRange(const QDateTime& from, const QDateTime& to);

private:
    Clinic& m_clinic;
};

// The appointment book calls this inside each write's transaction: reminders and recalls
// follow the appointment.
[[nodiscard]] Status appointmentWritten(Clinic& clinic, const Appointment& appointment);

} // namespace rapport
