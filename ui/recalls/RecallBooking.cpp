#include "recalls/RecallBooking.h"

#include "schedule/BookAppointmentDialog.h"
#include "schedule/SlotFinderDialog.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QPointer>

namespace rapport {

SlotFinderDialog* RecallBooking::start(QWidget* parent, Clinic& clinic, const RecallBookingRequest& request,
                                       const std::function<void(const Appointment&)>& booked)
{
    const SettingsService settings(clinic);
    auto* finder = new SlotFinderDialog(clinic, WorkingCalendar(settings.timeZone(), {}, {}), parent);
    finder->setAttribute(Qt::WA_DeleteOnClose);
    PatientSearchHit hit;
    hit.patientId = request.patientId;
    hit.displayName = request.patientName;
    hit.phone = request.phone;
    hit.dateOfBirth = request.dateOfBirth;
    finder->setPatient(hit);
    if (!request.bookingTypeId.isEmpty())
        finder->setType(request.bookingTypeId);
    const QDate today = settings.today();
    finder->setFrom(request.from.isValid() ? qMax(today, request.from) : today);
    Clinic* clinicPointer = &clinic;
    QObject::connect(finder, &SlotFinderDialog::slotChosen, parent,
                     [parent, clinicPointer, booked](const BookingDraft& draft) {
                         auto* dialog = new BookAppointmentDialog(*clinicPointer, draft, parent);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         QObject::connect(dialog, &QDialog::accepted, parent, [dialog, booked] {
                             const QList<Appointment> made = dialog->booked();
                             if (!made.isEmpty() && booked)
                                 booked(made.first());
                         });
                         dialog->open();
                     });
    finder->open();
    finder->search();
    return finder;
}

} // namespace rapport
