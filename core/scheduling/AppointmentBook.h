#pragma once

#include "common/Error.h"
#include "scheduling/Scheduling.h"

#include <QHash>

#include <functional>

namespace rapport {

class Clinic;
class Statement;

struct BookingOptions
{
    // Non-empty to book despite conflicts: needs OverrideScheduleConflicts and is audited.
    QString overrideReason;
};

struct SeriesRule
{
    enum Frequency { Weekly, Monthly };
    Frequency frequency = Weekly;
    int interval = 1;  // every N weeks or months
    int count = 2;     // occurrences, the first included (2..104)
    QList<int> skip;   // occurrence indexes (0-based) not to book: the series' exceptions
};

struct SeriesOutcome
{
    QString seriesId;
    QList<Appointment> booked;
    // Occurrences left out: skipped on request, or conflicting (with why) when no
    // override was given.
    QList<std::pair<int, QList<ScheduleConflict>>> leftOut;
};

// Where an appointment was, after it moved or was cancelled: the waitlist is offered this.
struct FreedTime
{
    QString providerId;
    QString chairId;
    QDateTime start;
    QDateTime end;
};

// The appointment book: booking, moving, resizing, status changes and reading the book.
// Reading needs ViewSchedule; writing needs BookAppointments; every write is audited and
// every status change is kept with who and when.
class AppointmentBook
{
public:
    explicit AppointmentBook(Clinic& clinic);

    // Why the draft cannot go ahead as it is (empty when it can). ignoreId leaves an
    // appointment out, for moves.
    [[nodiscard]] Result<QList<ScheduleConflict>> conflicts(const Appointment& draft, const QString& ignoreId = {});

    // end may be left invalid: the type's duration is used.
    [[nodiscard]] Result<Appointment> book(Appointment draft, const BookingOptions& options = {});
    [[nodiscard]] Result<SeriesOutcome> bookSeries(Appointment first, const SeriesRule& rule,
                                                   const BookingOptions& options = {});
    // Keeps the duration; an empty chairId clears the chair.
    [[nodiscard]] Result<Appointment> move(const QString& id, const QDateTime& newStart, const QString& providerId,
                                           const QString& chairId, const BookingOptions& options = {});
    [[nodiscard]] Result<Appointment> resize(const QString& id, const QDateTime& newEnd,
                                             const BookingOptions& options = {});
    [[nodiscard]] Result<Appointment> setStatus(const QString& id, AppointmentStatus status, const QString& reason = {});
    // By the patient inside the late-cancellation window this records LateCancellation.
    [[nodiscard]] Result<Appointment> cancel(const QString& id, bool byPatient, const QString& reason);
    [[nodiscard]] Result<Appointment> setNotes(const QString& id, const QString& notes);

    [[nodiscard]] Result<Appointment> get(const QString& id);
    [[nodiscard]] Result<AppointmentRow> row(const QString& id);
    [[nodiscard]] Result<QList<AppointmentStatusChange>> history(const QString& id);

    // Appointments starting in [range), by start then provider. Empty providerIds: all.
    [[nodiscard]] Result<QList<AppointmentRow>> range(const TimeRange& range, const QStringList& providerIds = {},
                                                      bool includeCancelled = true);
    // One local day of the clinic.
    [[nodiscard]] Result<QList<AppointmentRow>> day(QDate date, const QStringList& providerIds = {},
                                                    bool includeCancelled = true);
    // Appointments that hold time, per local date of the month.
    [[nodiscard]] Result<QHash<QDate, int>> monthCounts(int year, int month, const QStringList& providerIds = {});
    // Newest first.
    [[nodiscard]] Result<QList<AppointmentRow>> forPatient(const QString& patientId);

    // The late-cancellation window (schedule.lateCancelHours).
    [[nodiscard]] int lateCancelHours() const;

private:
    [[nodiscard]] Result<Appointment> load(const QString& id);
    [[nodiscard]] Status checkOrOverride(const Appointment& draft, const QString& ignoreId,
                                         const BookingOptions& options);
    [[nodiscard]] Status validateDraft(Appointment& draft);
    [[nodiscard]] Result<Appointment> bookInTransaction(Appointment draft, const BookingOptions& options);
    [[nodiscard]] Result<QList<AppointmentRow>> rows(const QString& where, const QStringList& providerIds,
                                                     const std::function<void(Statement&)>& bind);
    [[nodiscard]] Status insert(Appointment& a);
    [[nodiscard]] Status writeTimes(const Appointment& a, bool seriesException);
    [[nodiscard]] Status writeStatus(Appointment& a, AppointmentStatus status, const QString& reason);
    [[nodiscard]] Status addHistory(const QString& appointmentId, AppointmentStatus status, const QString& reason);

    Clinic& m_clinic;
};

} // namespace rapport
