#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QUndoCommand>
#include <functional>

namespace rapport {

class Clinic;

// Where an appointment is in the book.
struct Placement
{
    QDateTime start; // UTC
    QDateTime end;
    QString providerId;
    QString chairId;
};

// A move or resize that has been made in the book, so it can be undone (moved back
// through AppointmentBook::move or resize) and redone. It is pushed after the change was
// made, so its first redo does nothing. If undoing or redoing fails (someone booked the
// time meanwhile), the command is dropped and done() hears why.
class MoveCommand : public QUndoCommand
{
public:
    using Done = std::function<void(const QString& appointmentId, const Error* error)>;

    MoveCommand(Clinic* clinic, const QString& appointmentId, const Placement& before, const Placement& after,
                bool resize, const QString& text, Done done);

    void undo() override;
    void redo() override;

    [[nodiscard]] const QString& appointmentId() const { return m_id; }

private:
    void apply(const Placement& to);

    Clinic* m_clinic;
    QString m_id;
    Placement m_before;
    Placement m_after;
    bool m_resize;
    bool m_done = true;
    Done m_doneCallback;
};

} // namespace rapport
