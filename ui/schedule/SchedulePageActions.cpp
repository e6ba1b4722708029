// What the book asks the page to do: book, move, resize, change a status, cancel, and
// offer freed time to the waitlist. The layout and loading are in SchedulePage.cpp.
#include "schedule/SchedulePage.h"

#include "common/Clock.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "schedule/AppointmentGrid.h"
#include "schedule/CancelDialog.h"
#include "schedule/ConflictDialog.h"
#include "schedule/ScheduleText.h"
#include "schedule/SlotFinderDialog.h"
#include "schedule/WaitlistOffersDialog.h"
#include "schedule/WaitlistPanel.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/SchedulingVocabulary.h"
#include "scheduling/Waitlist.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QMenu>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

namespace rapport {

namespace {
QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

void SchedulePage::bookAt(int column, int minute)
{
    if (!m_clinic || !editable() || column < 0 || column >= m_data.columns.size())
        return;
    const BookColumn& col = m_data.columns[column];
    BookingDraft draft;
    draft.date = col.date;
    draft.minute = minute;
    draft.providerId = col.providerId;
    draft.chairId = col.chairId;
    const qint64 at = m_data.calendar.toUtcMs(col.date, minute);
    if (draft.providerId.isEmpty() && !draft.chairId.isEmpty()) {
        // By chair: whoever usually works in this chair then.
        if (auto providers = ScheduleSetup(*m_clinic).providers())
            for (const Provider& p : *providers)
                for (const auto& [range, chair] : m_data.calendar.regularHours(p.id, col.date))
                    if (chair == draft.chairId && range.startMs <= at && at < range.endMs && draft.providerId.isEmpty())
                        draft.providerId = p.id;
    } else if (draft.chairId.isEmpty() && !draft.providerId.isEmpty()) {
        // By provider: their usual chair for those hours.
        for (const auto& [range, chair] : m_data.calendar.regularHours(draft.providerId, col.date))
            if (range.startMs <= at && at < range.endMs)
                draft.chairId = chair;
    }
    openBooking(draft);
}

void SchedulePage::openBooking(const BookingDraft& draft)
{
    if (!m_clinic || !m_clinic->isOpen() || !editable())
        return;
    auto* dialog = new BookAppointmentDialog(*m_clinic, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, draft] {
        const QList<Appointment> booked = dialog->booked();
        if (booked.isEmpty())
            return;
        const Appointment& first = booked.first();
        if (!draft.waitlistEntryId.isEmpty()) {
            // Booked from the waitlist: the entry is done.
            if (Status marked = Waitlist(*m_clinic).markBooked(draft.waitlistEntryId, first.id); !marked)
                m_message->showError(marked.error());
            else if (!draft.waitlistCurrentAppointmentId.isEmpty())
                m_message->showMessage(InlineMessage::Kind::Info,
                                       tr("The patient still holds their later appointment. Cancel it if it is no "
                                          "longer needed."));
            m_waitlist->reload();
        }
        m_date = m_data.calendar.timeZone().isValid() ? m_data.calendar.localDate(first.start.toMSecsSinceEpoch())
                                                      : m_date;
        if (m_view == View::Month)
            m_view = View::Day;
        reload();
        m_grid->select(first.id);
        m_grid->setFocus();
        Q_EMIT statusMessage(booked.size() == 1 ? tr("Appointment booked")
                                                : tr("%n appointments booked", nullptr, int(booked.size())));
    });
    dialog->open();
}

void SchedulePage::resolveConflicts(const QString& what, const Appointment& draft, const QString& ignoreId,
                                    const std::function<void(const QString&)>& go)
{
    auto conflicts = AppointmentBook(*m_clinic).conflicts(draft, ignoreId);
    if (!conflicts) {
        m_message->showError(conflicts.error());
        return;
    }
    if (conflicts->isEmpty()) {
        go(QString());
        return;
    }
    const QString why = ConflictDialog::describe(*conflicts);
    if (!m_clinic->session().can(Permission::OverrideScheduleConflicts)) {
        m_message->showMessage(InlineMessage::Kind::Warning, tr("%1 was not changed:\n%2").arg(what, why));
        MessageBox::warning(this, tr("Conflict in the book"), tr("%1 cannot go there.").arg(what),
                            why + QLatin1Char('\n') + tr("Choose another time, provider or chair, or ask a manager."));
        return;
    }
    auto* dialog = new ConflictDialog(what, *conflicts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [go, dialog] { go(dialog->reason()); });
    dialog->open();
}

void SchedulePage::moveTo(const QString& id, int column, int startMinute)
{
    const BookItem* item = m_data.item(id);
    if (!m_clinic || !item || column < 0 || column >= m_data.columns.size())
        return;
    m_message->clear();
    const BookColumn& col = m_data.columns[column];
    const Appointment before = item->row.appointment;
    Appointment draft = before;
    draft.start = utc(m_data.calendar.toUtcMs(col.date, startMinute));
    draft.end = draft.start.addSecs(before.start.secsTo(before.end));
    if (m_data.mode == BookMode::DayByProvider)
        draft.providerId = col.providerId;
    else if (m_data.mode == BookMode::DayByChair)
        draft.chairId = col.chairId;
    const QString what = tr("The appointment of %1").arg(item->row.patientName);
    resolveConflicts(what, draft, id, [this, id, before, draft](const QString& reason) {
        BookingOptions options;
        options.overrideReason = reason;
        auto moved = AppointmentBook(*m_clinic).move(id, draft.start, draft.providerId, draft.chairId, options);
        if (!moved) {
            m_message->showError(moved.error());
            reload();
            return;
        }
        const Placement from{before.start, before.end, before.providerId, before.chairId};
        const Placement to{moved->start, moved->end, moved->providerId, moved->chairId};
        m_undo->push(new MoveCommand(m_clinic, id, from, to, false, tr("Move"),
                                     [this](const QString& movedId, const Error* error) {
                                         undoFinished(movedId, error);
                                     }));
        reload();
        m_grid->select(id);
        Q_EMIT statusMessage(tr("Appointment moved to %1").arg(ScheduleText::dateTime(moved->start, m_data.calendar)));
        offerFreedTime(FreedTime{before.providerId, before.chairId, before.start, before.end});
    });
    // Until the move is made the book shows the appointment where it was.
    m_grid->viewport()->update();
}

void SchedulePage::resizeTo(const QString& id, int endMinute)
{
    const BookItem* item = m_data.item(id);
    if (!m_clinic || !item)
        return;
    m_message->clear();
    const Appointment before = item->row.appointment;
    Appointment draft = before;
    draft.end = utc(m_data.calendar.toUtcMs(m_data.columns[item->column].date, endMinute));
    if (draft.end <= draft.start)
        return;
    const QString what = tr("The appointment of %1").arg(item->row.patientName);
    resolveConflicts(what, draft, id, [this, id, before, draft](const QString& reason) {
        BookingOptions options;
        options.overrideReason = reason;
        auto resized = AppointmentBook(*m_clinic).resize(id, draft.end, options);
        if (!resized) {
            m_message->showError(resized.error());
            reload();
            return;
        }
        const Placement from{before.start, before.end, before.providerId, before.chairId};
        const Placement to{resized->start, resized->end, resized->providerId, resized->chairId};
        m_undo->push(new MoveCommand(m_clinic, id, from, to, true, tr("Change of length"),
                                     [this](const QString& movedId, const Error* error) {
                                         undoFinished(movedId, error);
                                     }));
        reload();
        m_grid->select(id);
        Q_EMIT statusMessage(tr("Appointment now %1").arg(ScheduleText::duration(resized->durationMinutes())));
        if (resized->end < before.end)
            offerFreedTime(FreedTime{before.providerId, before.chairId, resized->end, before.end});
    });
}

void SchedulePage::undoFinished(const QString& id, const Error* error)
{
    // Called from inside the undo stack: show the outcome once it has settled.
    const QString message = error ? tr("This cannot be undone any more: %1").arg(error->message) : QString();
    QTimer::singleShot(0, this, [this, id, message] {
        reload();
        m_grid->select(id);
        if (!message.isEmpty())
            m_message->showMessage(InlineMessage::Kind::Warning, message);
    });
}

void SchedulePage::changeStatus(const QString& id, AppointmentStatus status)
{
    const BookItem* item = m_data.item(id);
    if (!m_clinic || !item || !editable())
        return;
    const AppointmentStatus from = item->row.appointment.status;
    if (SchedulingVocabulary::isCancellation(status)) {
        cancelAppointment(id);
        return;
    }
    if (!SchedulingVocabulary::allowedNext(from).contains(status)) {
        m_message->showMessage(InlineMessage::Kind::Info,
                               tr("An appointment that is “%1” cannot become “%2”.")
                                   .arg(SchedulingVocabulary::statusName(from), SchedulingVocabulary::statusName(status)));
        return;
    }
    auto changed = AppointmentBook(*m_clinic).setStatus(id, status);
    if (!changed) {
        m_message->showError(changed.error());
        return;
    }
    const QString name = item->row.patientName;
    m_message->clear();
    reload();
    m_grid->select(id);
    Q_EMIT statusMessage(tr("%1: %2").arg(name, SchedulingVocabulary::statusName(status)));
}

void SchedulePage::cancelAppointment(const QString& id)
{
    const BookItem* item = m_data.item(id);
    if (!m_clinic || !item || !editable())
        return;
    const Appointment a = item->row.appointment;
    const QList<AppointmentStatus> next = SchedulingVocabulary::allowedNext(a.status);
    if (std::none_of(next.cbegin(), next.cend(), &SchedulingVocabulary::isCancellation)) {
        m_message->showMessage(InlineMessage::Kind::Info,
                               tr("An appointment that is “%1” cannot be cancelled.")
                                   .arg(SchedulingVocabulary::statusName(a.status)));
        return;
    }
    AppointmentBook book(*m_clinic);
    const int hours = book.lateCancelHours();
    const bool late = m_clinic->clock().now().secsTo(a.start) < qint64(hours) * 3600;
    const QString what = tr("%1 · %2 · %3")
                             .arg(item->row.patientName, ScheduleText::dateTime(a.start, m_data.calendar),
                                  item->row.typeName);
    auto* dialog = new CancelDialog(what, hours, late, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, a] {
        if (!m_clinic || !m_clinic->isOpen())
            return;
        auto cancelled = AppointmentBook(*m_clinic).cancel(a.id, dialog->byPatient(), dialog->reason());
        if (!cancelled) {
            m_message->showError(cancelled.error());
            return;
        }
        reload();
        Q_EMIT statusMessage(SchedulingVocabulary::statusName(cancelled->status));
        offerFreedTime(FreedTime{a.providerId, a.chairId, a.start, a.end});
        m_grid->setFocus();
    });
    dialog->open();
}

void SchedulePage::offerFreedTime(const FreedTime& freed)
{
    if (!m_clinic || !m_clinic->isOpen() || freed.end <= m_clinic->clock().now())
        return;
    auto offers = Waitlist(*m_clinic).offersFor(freed);
    if (!offers || offers->isEmpty())
        return;
    if (!m_offers) {
        m_offers = new WaitlistOffersDialog(this);
        connect(m_offers, &WaitlistOffersDialog::bookRequested, this, [this](const WaitlistOffer& offer) {
            if (!m_clinic || !m_clinic->isOpen())
                return;
            auto booked = Waitlist(*m_clinic).bookOffer(offer);
            if (!booked) {
                m_offers->showError(booked.error());
                return;
            }
            m_offers->close();
            m_waitlist->reload();
            reload();
            m_grid->select(booked->id);
            Q_EMIT statusMessage(tr("Booked from the waitlist: %1").arg(offer.patientName));
        });
    }
    m_offers->setOffers(*offers, m_data.calendar);
    m_offers->show();
    m_offers->raise();
}

void SchedulePage::showItemMenu(const QString& id, const QPoint& globalPos)
{
    const BookItem* item = m_data.item(id);
    if (!m_clinic || !item)
        return;
    const Appointment a = item->row.appointment;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("appointmentMenu"));
    QAction* open = menu.addAction(Icons::icon(QStringLiteral("user")), tr("Open the patient's page"));
    open->setShortcut(QKeySequence(Qt::Key_Return));
    connect(open, &QAction::triggered, this, [this, a] { Q_EMIT openPatientRequested(a.patientId); });
    if (editable()) {
        menu.addSeparator();
        bool cancellable = false;
        for (AppointmentStatus next : offeredNext(a)) {
            if (SchedulingVocabulary::isCancellation(next)) {
                cancellable = true;
                continue;
            }
            QAction* action = menu.addAction(Icons::icon(ScheduleText::statusIcon(next), ScheduleText::statusColour(next)),
                                             ScheduleText::statusAction(next));
            action->setShortcut(ScheduleText::statusKey(next));
            connect(action, &QAction::triggered, this, [this, id, next] { changeStatus(id, next); });
        }
        if (cancellable) {
            menu.addSeparator();
            QAction* cancel = menu.addAction(Icons::icon(QStringLiteral("close")), tr("Cancel the appointment…"));
            cancel->setShortcut(QKeySequence(QKeySequence::Delete));
            connect(cancel, &QAction::triggered, this, [this, id] { cancelAppointment(id); });
        }
        if (!holdsTime(a.status)) {
            menu.addSeparator();
            QAction* again = menu.addAction(Icons::icon(QStringLiteral("plus")), tr("Book this patient again…"));
            BookingDraft draft;
            PatientSearchHit hit;
            hit.patientId = a.patientId;
            hit.displayName = item->row.patientName;
            hit.dateOfBirth = item->row.patientDateOfBirth;
            hit.phone = item->row.patientPhone;
            draft.patient = hit;
            draft.typeId = a.typeId;
            draft.providerId = a.providerId;
            draft.chairId = a.chairId;
            draft.date = m_data.columns[item->column].date;
            draft.minute = item->startMinute;
            connect(again, &QAction::triggered, this, [this, draft] { openBooking(draft); });
        }
    }
    menu.exec(globalPos);
}

QList<AppointmentStatus> SchedulePage::offeredNext(const Appointment& a) const
{
    QList<AppointmentStatus> out;
    if (!m_clinic || !m_clinic->isOpen())
        return out;
    const QDateTime now = m_clinic->clock().now();
    const bool laterDay = m_data.calendar.localDate(a.start.toMSecsSinceEpoch())
                          > m_data.calendar.localDate(now.toMSecsSinceEpoch());
    for (AppointmentStatus next : SchedulingVocabulary::allowedNext(a.status)) {
        if (next == AppointmentStatus::NoShow && now < a.start)
            continue;
        if (laterDay && (next == AppointmentStatus::Arrived || next == AppointmentStatus::InChair
                         || next == AppointmentStatus::Completed))
            continue;
        out << next;
    }
    return out;
}

void SchedulePage::showSlotMenu(int column, int minute, const QPoint& globalPos)
{
    if (!m_clinic || !editable() || column < 0 || column >= m_data.columns.size())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("slotMenu"));
    QAction* book = menu.addAction(Icons::icon(QStringLiteral("plus")),
                                   tr("Book at %1…").arg(ScheduleText::minute(minute)));
    book->setShortcut(QKeySequence(Qt::Key_Return));
    connect(book, &QAction::triggered, this, [this, column, minute] { bookAt(column, minute); });
    QAction* find = menu.addAction(Icons::icon(QStringLiteral("search")), tr("Find a free slot…"));
    find->setShortcut(m_findSlotAction->shortcut());
    connect(find, &QAction::triggered, this, &SchedulePage::findFreeSlot);
    menu.exec(globalPos);
}

void SchedulePage::findFreeSlot()
{
    if (!m_clinic || !m_clinic->isOpen())
        return;
    auto* dialog = new SlotFinderDialog(*m_clinic, m_data.calendar, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_view == View::Week && !m_weekProvider.isEmpty())
        dialog->setProvider(m_weekProvider);
    dialog->setFrom(qMax(m_date, SettingsService(*m_clinic).today()));
    connect(dialog, &SlotFinderDialog::slotChosen, this, &SchedulePage::openBooking);
    dialog->open();
}

} // namespace rapport
