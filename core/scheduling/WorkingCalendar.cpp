#include "scheduling/WorkingCalendar.h"

#include "scheduling/SchedulingVocabulary.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <algorithm>

namespace rapport {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;

// Subtracts b from every range in a (both sorted, non-overlapping within themselves).
QList<TimeRange> subtract(const QList<TimeRange>& a, const TimeRange& b)
{
    QList<TimeRange> out;
    for (const TimeRange& r : a) {
        if (!r.overlaps(b)) {
            out << r;
            continue;
        }
        if (r.startMs < b.startMs)
            out << TimeRange{r.startMs, b.startMs};
        if (b.endMs < r.endMs)
            out << TimeRange{b.endMs, r.endMs};
    }
    return out;
}
} // namespace

WorkingCalendar::WorkingCalendar(QTimeZone zone, QHash<QString, QList<WorkingInterval>> hours,
                                 QList<ScheduleException> exceptions)
    : m_zone(std::move(zone))
    , m_hours(std::move(hours))
    , m_exceptions(std::move(exceptions))
{
    for (auto it = m_hours.begin(); it != m_hours.end(); ++it)
        std::sort(it->begin(), it->end(), [](const WorkingInterval& x, const WorkingInterval& y) {
            return std::pair(x.weekday, x.startMinute) < std::pair(y.weekday, y.startMinute);
        });
}

Result<WorkingCalendar> WorkingCalendar::load(Clinic& clinic, QDate from, QDate to)
{
    RAPPORT_TRY(clinic.session().require(Permission::ViewSchedule));
    Database& db = clinic.database();
    QHash<QString, QList<WorkingInterval>> hours;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT h.provider_id, h.weekday, h.start_minute, h.end_minute,"
                                                    " h.chair_id FROM working_hours h"
                                                    " JOIN providers p ON p.id = h.provider_id WHERE p.active = 1"));
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            hours[st.text(0)] << WorkingInterval{st.integer(1), st.integer(2), st.integer(3), st.text(4)};
        }));
    }
    QList<ScheduleException> exceptions;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, provider_id, kind, first_date, last_date, start_minute,"
                                                    " end_minute, note FROM schedule_exceptions"
                                                    " WHERE removed = 0 AND last_date >= :from AND first_date <= :to"
                                                    " ORDER BY first_date"));
        st.bind(":from", from.toString(Qt::ISODate));
        st.bind(":to", to.toString(Qt::ISODate));
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            ScheduleException e;
            e.id = st.text(0);
            e.providerId = st.text(1);
            e.kind = SchedulingVocabulary::exceptionFromKey(st.text(2)).value_or(ExceptionKind::Other);
            e.firstDate = QDate::fromString(st.text(3), Qt::ISODate);
            e.lastDate = QDate::fromString(st.text(4), Qt::ISODate);
            e.startMinute = st.isNull(5) ? -1 : st.integer(5);
            e.endMinute = st.isNull(6) ? -1 : st.integer(6);
            e.note = st.text(7);
            exceptions << e;
        }));
    }
    return WorkingCalendar(SettingsService(clinic).timeZone(), std::move(hours), std::move(exceptions));
}

qint64 WorkingCalendar::toUtcMs(QDate date, int minute) const
{
    if (minute >= 24 * 60) {
        date = date.addDays(minute / (24 * 60));
        minute %= 24 * 60;
    }
    const qint64 start = midnightMs(date);
    // No change of offset that day: plain arithmetic (the common case, and much faster).
    if (midnightMs(date.addDays(1)) - start == 24 * 60 * kMinuteMs)
        return start + minute * kMinuteMs;
    return QDateTime(date, QTime(minute / 60, minute % 60), m_zone).toMSecsSinceEpoch();
}

qint64 WorkingCalendar::midnightMs(QDate date) const
{
    const auto it = m_midnights.constFind(date.toJulianDay());
    if (it != m_midnights.cend())
        return *it;
    const qint64 ms = QDateTime(date, QTime(0, 0), m_zone).toMSecsSinceEpoch();
    m_midnights.insert(date.toJulianDay(), ms);
    return ms;
}

TimeRange WorkingCalendar::localDay(QDate date) const
{
    return {midnightMs(date), midnightMs(date.addDays(1))};
}

QDate WorkingCalendar::localDate(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, m_zone).date();
}

int WorkingCalendar::localMinute(qint64 utcMs) const
{
    const QTime t = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone).time();
    return t.hour() * 60 + t.minute();
}

QList<std::pair<TimeRange, QString>> WorkingCalendar::regularHours(const QString& providerId, QDate date) const
{
    QList<std::pair<TimeRange, QString>> out;
    const auto it = m_hours.constFind(providerId);
    if (it == m_hours.cend())
        return out;
    const int weekday = date.dayOfWeek();
    for (const WorkingInterval& w : *it) {
        if (w.weekday != weekday)
            continue;
        const TimeRange r{toUtcMs(date, w.startMinute), toUtcMs(date, w.endMinute)};
        if (!r.isEmpty())
            out.append({r, w.chairId});
    }
    return out;
}

TimeRange WorkingCalendar::exceptionRange(const ScheduleException& e, QDate date) const
{
    if (date < e.firstDate || date > e.lastDate)
        return {};
    if (e.wholeDay())
        return localDay(date);
    return {toUtcMs(date, e.startMinute), toUtcMs(date, e.endMinute)};
}

QList<TimeRange> WorkingCalendar::available(const QString& providerId, QDate date) const
{
    QList<TimeRange> out;
    for (const auto& [range, chair] : regularHours(providerId, date))
        out << range;
    if (out.isEmpty())
        return out;
    for (const ScheduleException& e : m_exceptions) {
        if (!e.providerId.isEmpty() && e.providerId != providerId)
            continue;
        const TimeRange r = exceptionRange(e, date);
        if (!r.isEmpty())
            out = subtract(out, r);
    }
    return out;
}

const ScheduleException* WorkingCalendar::closureOn(QDate date) const
{
    for (const ScheduleException& e : m_exceptions)
        if (e.isClosure() && date >= e.firstDate && date <= e.lastDate)
            return &e;
    return nullptr;
}

const ScheduleException* WorkingCalendar::absenceDuring(const QString& providerId, const TimeRange& range) const
{
    const QDate first = localDate(range.startMs);
    const QDate last = localDate(range.endMs - 1);
    for (const ScheduleException& e : m_exceptions) {
        if (e.providerId != providerId || e.isClosure())
            continue;
        for (QDate d = std::max(first, e.firstDate); d <= std::min(last, e.lastDate); d = d.addDays(1))
            if (exceptionRange(e, d).overlaps(range))
                return &e;
    }
    return nullptr;
}

} // namespace rapport
