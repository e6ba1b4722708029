#pragma once

#include "demo/DayMask.h"

#include <QDate>
#include <QtGlobal>

#include <functional>
#include <vector>

namespace rapport::demo {

// The demo's appointment types, in the order DemoSchedule creates them.
enum DemoType : quint8 { CheckUp, Hygiene, Filling, Crown, Emergency, ChildCheckUp, DemoTypeCount };
inline constexpr int kDemoTypeMinutes[DemoTypeCount] = {30, 45, 45, 90, 20, 20};

// Why a demo appointment was cancelled (index into DemoSchedule's reasons).
enum DemoReason : quint8 { NoReason, Unwell, Work, Childcare, Transport, Forgot, Rearranged, ProviderUnwell, Equipment };

// What the simulation books over: local days [0, days) from firstDate.
struct BookingWorld
{
    QDate firstDate;
    int days = 0;
    std::vector<qint64> noonUtcMs; // per day: the UTC instant of local 12:00
    int providers = 0;
    std::vector<bool> hygienist;   // per provider: Hygiene only
    std::vector<DayMask> available; // [provider * days + day]: working hours minus absences
    struct Patient
    {
        QDate dateOfBirth; // may be invalid
        bool active = true;
    };
    std::vector<Patient> patients;
    qint64 nowMs = 0;     // the moment that divides past from future
    int lateCancelHours = 24;
    quint64 seed = 1;
};

// One appointment as the simulation left it; its status is a SchedulingVocabulary status.
struct BookedVisit
{
    qint64 startMs = 0;
    qint64 bookedAtMs = 0;
    qint64 confirmedAtMs = 0; // 0: never confirmed
    qint64 statusAtMs = 0;    // when the final status was set (= bookedAtMs for Booked)
    qint32 patient = 0;
    quint16 minutes = 0;
    quint8 provider = 0;
    quint8 type = 0;
    quint8 status = 0;        // AppointmentStatus
    quint8 reason = NoReason;
};

// Simulates the clinic's bookings in the order they were made: recalls booked at the desk
// or by phone, cancellations freeing time that later bookings take, rebookings after a
// miss. progress(0..100) may return false to stop (an empty result).
[[nodiscard]] std::vector<BookedVisit> simulateBookings(const BookingWorld& world,
                                                        const std::function<bool(int)>& progress);

} // namespace rapport::demo
