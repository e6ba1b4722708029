#pragma once

#include "common/Error.h"
#include "scheduling/Scheduling.h"

#include <QHash>
#include <QTimeZone>

namespace rapport {

class Clinic;

// When providers work, as UTC ranges for local dates: regular hours minus leave,
// training and clinic closures. Loaded once for a range of dates, then pure computation.
// Local times that a daylight-saving change skips move forward; repeated ones take the
// first occurrence.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    WorkingCalendar(QTimeZone zone, QHash<QString, QList<WorkingInterval>> hours, QList<ScheduleException> exceptions);

    // Hours of every active provider, and the exceptions touching [from, to].
    [[nodiscard]] static Result<WorkingCalendar> load(Clinic& clinic, QDate from, QDate to);

    [[nodiscard]] const QTimeZone& timeZone() const { return m_zone; }
    // The UTC instant of a local date and minute after midnight.
    [[nodiscard]] qint64 toUtcMs(QDate date, int minute) const;
    // The UTC range of a whole local day (23 or 25 hours on a change day).
    [[nodiscard]] TimeRange localDay(QDate date) const;
    [[nodiscard]] QDate localDate(qint64 utcMs) const;
    [[nodiscard]] int localMinute(qint64 utcMs) const;

    // Regular hours before exceptions, with each interval's usual chair.
    [[nodiscard]] QList<std::pair<TimeRange, QString>> regularHours(const QString& providerId, QDate date) const;
    // Regular hours minus the provider's exceptions and clinic closures; sorted.
    [[nodiscard]] QList<TimeRange> available(const QString& providerId, QDate date) const;
    // The closure covering a date, if any.
    [[nodiscard]] const ScheduleException* closureOn(QDate date) const;
    // The first exception of the provider (not a closure) that overlaps the range.
    [[nodiscard]] const ScheduleException* absenceDuring(const QString& providerId, const TimeRange& range) const;
    [[nodiscard]] const QList<ScheduleException>& exceptions() const { return m_exceptions; }

private:
    [[nodiscard]] TimeRange exceptionRange(const ScheduleException& e, QDate date) const;
    [[nodiscard]] qint64 midnightMs(QDate date) const;

    QTimeZone m_zone;
    QHash<QString, QList<WorkingInterval>> m_hours;
    QList<ScheduleException> m_exceptions;
    mutable QHash<qint64, qint64> m_midnights; // local midnight in UTC ms, by Julian day
};

} // namespace rapport
