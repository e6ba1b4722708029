#pragma once

#include "common/Error.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/Scheduling.h"
#include "scheduling/SlotFinder.h"

namespace rapport {

enum class WaitlistStatus { Waiting, Booked, Removed };

// A patient who wants an earlier slot, with what they can take.
struct WaitlistEntry
{
    QString id;
    QString patientId;
    QString typeId;          // may be empty with a duration
    QString providerId;      // empty: any provider
    int durationMinutes = 0; // 0: the type's
    int weekdays = 0x7F;     // bit 0 = Monday
    int earliestMinute = 0;  // local time of day window for the start
    int latestMinute = 24 * 60;
    QDate earliestDate;      // may be invalid
    QDate latestDate;        // may be invalid
    int priority = 0;        // higher first
    QString note;
    QString currentAppointmentId; // the later appointment they hold now, if any
    WaitlistStatus status = WaitlistStatus::Waiting;
    QString bookedAppointmentId;
    QDateTime createdAt;
    // Filled in by list(), for the waitlist on the book; ignored when saving.
    QString patientName;
    QString patientPhone; // E.164
};

// A waitlist entry that fits freed time, with why it fits.
struct WaitlistOffer
{
    WaitlistEntry entry;
    QString patientName;
    QString patientPhone;
    Slot slot;       // the time inside the freed range the patient would get
    int score = 0;   // higher is a better match
    QStringList reasons; // translated: "asked for this provider", "waiting 23 days"
};

// The ASAP list. Reading needs ViewSchedule, changes BookAppointments; audited.
class Waitlist
{
public:
    explicit Waitlist(Clinic& clinic);

    [[nodiscard]] Result<WaitlistEntry> add(const WaitlistEntry& entry);
    [[nodiscard]] Result<WaitlistEntry> update(const WaitlistEntry& entry);
    [[nodiscard]] Status remove(const QString& id);
    // Waiting entries, oldest first; all when includeClosed.
    [[nodiscard]] Result<QList<WaitlistEntry>> list(bool includeClosed = false);
    // Entries that fit the freed time, best match first.
    [[nodiscard]] Result<QList<WaitlistOffer>> offersFor(const FreedTime& freed);
    // Books the offer's slot (moving the patient's current appointment when they hold
    // one) and marks the entry booked, in one transaction. For an entry kept by duration
    // alone, set offer.entry.typeId to the type to book.
    [[nodiscard]] Result<Appointment> bookOffer(const WaitlistOffer& offer, const BookingOptions& options = {});
    // The patient on this entry was booked another way (from the list, with the booking
    // form): the entry is marked booked with that appointment, which must be theirs.
    [[nodiscard]] Status markBooked(const QString& entryId, const QString& appointmentId);

private:
    [[nodiscard]] Status writeBooked(const QString& entryId, const QString& appointmentId);

    Clinic& m_clinic;
};

} // namespace rapport
