// What the Recalls page does to the chosen recall: schedule it, record a call, decline,
// end, reactivate, change its interval or due date. Each goes through RecallService or
// CallList, which check the permission and write the audit trail.
#include "recalls/RecallsPage.h"

#include "common/InlineMessage.h"
#include "messaging/CallList.h"
#include "patients/PatientText.h"
#include "recalls/CallOutcomeDialog.h"
#include "recalls/RecallBooking.h"
#include "recalls/RecallDueDateDialog.h"
#include "recalls/RecallIntervalDialog.h"
#include "recalls/RecallReasonDialog.h"
#include "recalls/RecallService.h"
#include "recalls/RecallTableModel.h"
#include "recalls/RecallText.h"
#include "recalls/RecallTypesDialog.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QTableView>

namespace rapport {

void RecallsPage::finish(const Result<PatientRecall>& result, const QString& recallId, const QString& done)
{
    if (!result) {
        m_message->showError(result.error());
        reload();
        return;
    }
    m_message->clear();
    reload();
    selectRecall(recallId);
    m_table->setFocus();
    Q_EMIT statusMessage(done);
}

void RecallsPage::scheduleSelected()
{
    const RecallRow* selected = selectedRecall();
    if (!m_clinic || !m_clinic->isOpen() || !selected || !m_scheduleAction->isEnabled())
        return;
    const RecallRow row = *selected;
    m_message->clear();
    RecallBookingRequest request;
    request.patientId = row.recall.patientId;
    request.patientName = row.patientName;
    request.phone = row.patientPhone;
    request.dateOfBirth = row.dateOfBirth;
    request.bookingTypeId = row.bookingTypeId;
    request.from = row.recall.dueDate;
    RecallBooking::start(this, *m_clinic, request, [this, row](const Appointment& booked) {
        if (!m_clinic || !m_clinic->isOpen())
            return;
        const SettingsService settings(*m_clinic);
        reload();
        selectRecall(row.recall.id);
        m_table->setFocus();
        Q_EMIT statusMessage(tr("Booked: %1, %2")
                                 .arg(row.patientName,
                                      RecallText::shortDateTime(booked.start, settings.timeZone(), settings.today())));
    });
}

void RecallsPage::openSelectedPatient()
{
    if (const RecallRow* r = selectedRecall())
        Q_EMIT openPatientRequested(r->recall.patientId);
}

void RecallsPage::recordCall()
{
    const RecallRow* selected = selectedRecall();
    if (!m_clinic || !m_clinic->isOpen() || !selected || !m_recordCallAction->isEnabled())
        return;
    const RecallRow row = *selected;
    m_message->clear();
    auto* dialog = new CallOutcomeDialog(describe(row),
                                         PatientText::phone(row.patientPhone, SettingsService(*m_clinic).region()),
                                         this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (!m_clinic || !m_clinic->isOpen())
            return;
        const CallOutcome outcome = dialog->outcome();
        const QString note = dialog->note();
        if (outcome != CallOutcome::Booked) {
            saveCall(row, outcome, note, {});
            return;
        }
        // Booked: the call is recorded once the appointment is.
        RecallBookingRequest request;
        request.patientId = row.recall.patientId;
        request.patientName = row.patientName;
        request.phone = row.patientPhone;
        request.dateOfBirth = row.dateOfBirth;
        request.bookingTypeId = row.bookingTypeId;
        request.from = row.recall.dueDate;
        RecallBooking::start(this, *m_clinic, request, [this, row, note](const Appointment& booked) {
            if (!m_clinic || !m_clinic->isOpen())
                return;
            const SettingsService settings(*m_clinic);
            saveCall(row, CallOutcome::Booked, note,
                     RecallText::shortDateTime(booked.start, settings.timeZone(), settings.today()));
        });
    });
    dialog->open();
}

void RecallsPage::saveCall(const RecallRow& row, CallOutcome outcome, const QString& note, const QString& booked)
{
    CallListEntry entry;
    entry.patientId = row.recall.patientId;
    entry.patientName = row.patientName;
    entry.phone = row.patientPhone;
    entry.recallId = row.recall.id;
    entry.recallTypeName = row.recallTypeName;
    entry.recallDue = row.recall.dueDate;
    auto recorded = CallList(*m_clinic).record(entry, outcome, note);
    if (!recorded) {
        m_message->showError(recorded.error());
        return;
    }
    m_message->clear();
    reload();
    selectRecall(row.recall.id);
    m_table->setFocus();
    Q_EMIT statusMessage(booked.isEmpty()
                             ? tr("Recorded: %1 — %2").arg(RecallText::outcomeWords(outcome), row.patientName)
                             : tr("Recorded: %1 — %2 (%3)")
                                   .arg(RecallText::outcomeWords(outcome), row.patientName, booked));
}

void RecallsPage::declineSelected()
{
    askReasonThen(RecallReasonDialog::Purpose::Decline, m_declineAction, &RecallService::decline,
                  tr("Declined: %1"));
}

void RecallsPage::deactivateSelected()
{
    askReasonThen(RecallReasonDialog::Purpose::Deactivate, m_deactivateAction, &RecallService::deactivate,
                  tr("Marked inactive: %1"));
}

void RecallsPage::askReasonThen(RecallReasonDialog::Purpose purpose, QAction* action,
                                Result<PatientRecall> (RecallService::*change)(const QString&, const QString&),
                                const QString& done)
{
    const RecallRow* selected = selectedRecall();
    if (!m_clinic || !selected || !action->isEnabled())
        return;
    const RecallRow row = *selected;
    m_message->clear();
    auto* dialog = new RecallReasonDialog(purpose, describe(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row, change, done] {
        if (!m_clinic || !m_clinic->isOpen())
            return;
        RecallService recalls(*m_clinic);
        finish((recalls.*change)(row.recall.id, dialog->reason()), row.recall.id, done.arg(describe(row)));
    });
    dialog->open();
}

void RecallsPage::reactivateSelected()
{
    const RecallRow* selected = selectedRecall();
    if (!m_clinic || !selected || !m_reactivateAction->isEnabled())
        return;
    const RecallRow row = *selected;
    finish(RecallService(*m_clinic).reactivate(row.recall.id), row.recall.id,
           tr("Reactivated: %1").arg(describe(row)));
}

void RecallsPage::changeInterval()
{
    const RecallRow* selected = selectedRecall();
    if (!m_clinic || !selected || !m_intervalAction->isEnabled())
        return;
    const RecallRow row = *selected;
    m_message->clear();
    const RecallType type = m_recallTypes.value(row.recall.recallTypeId);
    auto* dialog = new RecallIntervalDialog(describe(row), RecallText::interval(type.intervalMonths, type.intervalDays),
                                            row.recall.overrideMonths, row.recall.overrideDays,
                                            row.recall.lastCompleted.isValid(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (!m_clinic || !m_clinic->isOpen())
            return;
        const QString interval = dialog->typeInterval() ? tr("the recall type's")
                                                        : RecallText::interval(dialog->months(), dialog->days());
        finish(RecallService(*m_clinic).setOverride(row.recall.id, dialog->months(), dialog->days()), row.recall.id,
               tr("Interval for %1: %2").arg(describe(row), interval));
    });
    dialog->open();
}

void RecallsPage::setDueDate()
{
    const RecallRow* selected = selectedRecall();
    if (!m_clinic || !selected || !m_dueAction->isEnabled())
        return;
    const RecallRow row = *selected;
    m_message->clear();
    auto* dialog = new RecallDueDateDialog(describe(row), row.recall.dueDate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (!m_clinic || !m_clinic->isOpen())
            return;
        const QDate date = dialog->date();
        finish(RecallService(*m_clinic).setDueDate(row.recall.id, date), row.recall.id,
               tr("%1 now due %2").arg(describe(row), PatientText::date(date)));
    });
    dialog->open();
}

void RecallsPage::editRecallTypes()
{
    if (!m_clinic || !m_clinic->isOpen() || !m_clinic->session().can(Permission::ConfigureMessaging))
        return;
    auto* dialog = new RecallTypesDialog(*m_clinic, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        if (!m_clinic || !m_clinic->isOpen())
            return;
        loadChoices();
        reload();
    });
    dialog->open();
}

} // namespace rapport
