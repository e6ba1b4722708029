#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport {

// The people who see patients: dentists, hygienists, doctors. A provider may be linked to a
// staff account (so a clinician's own day can be found) but need not be.
struct Provider
{
    QString id;
    QString name;
    QString kind = QStringLiteral("dentist"); // dentist, hygienist, doctor, therapist, other
    QString colour;                           // "#rrggbb"
    QString staffId;                          // empty when not linked
    bool active = true;
    int sortOrder = 0;
};

// A room or a dental chair.
struct Chair
{
    QString id;
    QString name;
    bool active = true;
    int sortOrder = 0;
};

struct AppointmentType
{
    QString id;
    QString name;
    int durationMinutes = 30;
    QString colour;       // "#rrggbb"
    QString recallType;   // the recall type a completed appointment satisfies; empty for none
    QStringList providerIds; // who may do it; empty = every provider
    bool active = true;

    [[nodiscard]] bool offeredBy(const QString& providerId) const
    {
        return providerIds.isEmpty() || providerIds.contains(providerId);
    }
};

// A provider's regular hours on one weekday, in the clinic's local time. Several
// intervals on one day leave breaks between them (08:00-12:00 and 13:00-17:00).
struct WorkingInterval
{
    int weekday = 1;      // 1 = Monday ... 7 = Sunday (Qt::DayOfWeek)
    int startMinute = 0;  // minutes after local midnight
    int endMinute = 0;
    QString chairId;      // the provider's usual chair then; may be empty

    friend bool operator==(const WorkingInterval&, const WorkingInterval&) = default;
};

enum class ExceptionKind {
    Leave,
    Training,
    Closure, // the whole clinic (public holiday)
    Other,
};

// Time when a provider (or, for a closure, the whole clinic) is not available, in local
// dates and times. Whole days when startMinute is -1.
struct ScheduleException
{
    QString id;
    QString providerId; // empty for a clinic closure
    ExceptionKind kind = ExceptionKind::Leave;
    QDate firstDate;
    QDate lastDate;
    int startMinute = -1;
    int endMinute = -1;
    QString note;

    [[nodiscard]] bool wholeDay() const { return startMinute < 0; }
    [[nodiscard]] bool isClosure() const { return providerId.isEmpty(); }
};

enum class AppointmentStatus {
    Booked,
    Confirmed,
    Arrived,
    InChair,
    Completed,
    CancelledByPatient,
    CancelledByClinic,
    LateCancellation,
    NoShow,
};

// Whether an appointment in this status holds its time: cancelled ones and no-shows free it.
[[nodiscard]] constexpr bool holdsTime(AppointmentStatus s)
{
    return s == AppointmentStatus::Booked || s == AppointmentStatus::Confirmed || s == AppointmentStatus::Arrived
        || s == AppointmentStatus::InChair || s == AppointmentStatus::Completed;
}

struct Appointment
{
    QString id;
    QString patientId;
    QString providerId;
    QString chairId; // may be empty
    QString typeId;
    QDateTime start; // UTC
    QDateTime end;   // UTC
    AppointmentStatus status = AppointmentStatus::Booked;
    QString statusReason;
    QString notes;
    QString seriesId;
    int seriesIndex = -1;
    QDateTime bookedAt;
    QString bookedBy;
    QString overrideReason; // why a conflict was accepted; empty when there was none
    QDateTime updatedAt;

    [[nodiscard]] int durationMinutes() const { return static_cast<int>(start.secsTo(end) / 60); }
};

// An appointment with what the book shows beside it.
struct AppointmentRow
{
    Appointment appointment;
    QString patientName;   // "Family, Given" with the preferred name
    QString patientPhone;  // mobile, else home, else work
    QDate patientDateOfBirth;
    QString typeName;
    QString typeColour;
    QString providerName;
    QString providerColour;
    QString chairName;
};

struct AppointmentStatusChange
{
    AppointmentStatus status = AppointmentStatus::Booked;
    QString reason;
    QDateTime at;
    QString actorName;
};

// Why a booking cannot simply go ahead.
struct ScheduleConflict
{
    enum Kind {
        ProviderBusy,
        ChairBusy,
        PatientBusy,
        OutsideWorkingHours,
        ProviderAbsent,
        ClinicClosed,
        TypeNotOffered,
    };
    Kind kind = ProviderBusy;
    QString otherAppointmentId; // for the three "busy" kinds
    QString message;            // translated, says why
};

// A time range in UTC, half-open [start, end).
struct TimeRange
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    [[nodiscard]] bool isEmpty() const { return endMs <= startMs; }
    [[nodiscard]] bool overlaps(const TimeRange& o) const { return startMs < o.endMs && o.startMs < endMs; }
    [[nodiscard]] bool contains(const TimeRange& o) const { return startMs <= o.startMs && o.endMs <= endMs; }
    friend bool operator==(const TimeRange&, const TimeRange&) = default;
};

// The longest appointment the book accepts; overlap queries use it to bound index scans.
inline constexpr int kMaxAppointmentMinutes = 12 * 60;

} // namespace rapport
