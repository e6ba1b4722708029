#include "schedule/MoveCommand.h"

#include "scheduling/AppointmentBook.h"
#include "security/Clinic.h"

#include <QCoreApplication>

namespace rapport {

MoveCommand::MoveCommand(Clinic* clinic, const QString& appointmentId, const Placement& before,
                         const Placement& after, bool resize, const QString& text, Done done)
    : QUndoCommand(text)
    , m_clinic(clinic)
    , m_id(appointmentId)
    , m_before(before)
    , m_after(after)
    , m_resize(resize)
    , m_doneCallback(std::move(done))
{
}

void MoveCommand::undo()
{
    apply(m_before);
    m_done = false;
}

void MoveCommand::redo()
{
    // Pushed after the change was made: the first redo has nothing to do.
    if (m_done)
        return;
    apply(m_after);
    m_done = true;
}

void MoveCommand::apply(const Placement& to)
{
    if (!m_clinic || !m_clinic->isOpen()) {
        setObsolete(true);
        return;
    }
    AppointmentBook book(*m_clinic);
    const Result<Appointment> result = m_resize ? book.resize(m_id, to.end)
                                                : book.move(m_id, to.start, to.providerId, to.chairId);
    if (!result) {
        // The book has changed since: this step can no longer be taken back.
        setObsolete(true);
        if (m_doneCallback)
            m_doneCallback(m_id, &result.error());
        return;
    }
    if (m_doneCallback)
        m_doneCallback(m_id, nullptr);
}

} // namespace rapport
