#pragma once

#include "scheduling/Scheduling.h"

#include <QDate>
#include <QString>

#include <functional>

class QWidget;

namespace rapport {

class Clinic;
class SlotFinderDialog;

// Whom to book for a recall, and with which appointment type.
struct RecallBookingRequest
{
    QString patientId;
    QString patientName;
    QString phone;
    QDate dateOfBirth;
    QString bookingTypeId; // the recall type's booking type; may be empty
    QDate from;            // search from this day (today when earlier or invalid)
};

// "Schedule" for a recall, from the Recalls page and the call list: the free-slot search
// for the patient with the recall type's booking type chosen (searching at once), then the
// same booking dialog the schedule uses. Both dialogs are children of parent.
class RecallBooking
{
public:
    // booked gets the first appointment booked; nothing is called when the person gives up.
    static SlotFinderDialog* start(QWidget* parent, Clinic& clinic, const RecallBookingRequest& request,
                                   const std::function<void(const Appointment&)>& booked);
};

} // namespace rapport
