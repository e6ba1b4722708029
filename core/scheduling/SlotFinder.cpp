#include "scheduling/SlotFinder.h"

#include "common/Clock.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace rapport {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kMaxSearchDays = 366;
constexpr int kMaxLimit = 500;

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::SlotFinder", text);
}

constexpr qint64 kMaxAppointmentMs = kMaxAppointmentMinutes * kMinuteMs;
constexpr int kMaxChunkDays = 32;

bool overlapsAny(const QList<TimeRange>& busy, const TimeRange& r)
{
    return std::any_of(busy.cbegin(), busy.cend(), [&](const TimeRange& b) { return b.overlaps(r); });
}

// Appointments holding time that overlap [from, to), read through an index whose leading
// column is bound to :id and whose second is start_at. The lower bound :lo on start_at
// keeps the scan short, since no appointment is longer than kMaxAppointmentMinutes.
Status readBusy(Statement& st, const QString& id, qint64 lo, qint64 from, qint64 to, QList<TimeRange>& out)
{
    st.reset();
    st.bind(":id", id).bind(":lo", lo).bind(":from", from).bind(":to", to);
    return st.forEach([&](const Statement& row) { out << TimeRange{row.int64(0), row.int64(1)}; });
}

// One provider's or chair's appointments, read ahead in growing runs of days (1, 2, 4 …
// up to 32) as the walk needs them: the next free slot is usually found in the first
// days, and a fully booked quarter then costs a handful of queries instead of one a day.
struct BusyCursor
{
    qint64 loadedUntil = std::numeric_limits<qint64>::min();
    int chunkDays = 1;
    QList<TimeRange> ranges; // by start
    qsizetype first = 0;     // ranges before this one ended before the current day

    Result<QList<TimeRange>> on(Statement& st, const QString& id, const WorkingCalendar& calendar, QDate date,
                                QDate lastDate)
    {
        const TimeRange day = calendar.localDay(date);
        if (day.endMs > loadedUntil) {
            const QDate chunkLast = std::min(date.addDays(chunkDays - 1), lastDate);
            const qint64 to = std::max(calendar.localDay(chunkLast).endMs, day.endMs);
            const qint64 lo = std::max(loadedUntil, day.startMs - kMaxAppointmentMs);
            RAPPORT_TRY(readBusy(st, id, lo, std::max(loadedUntil, day.startMs), to, ranges));
            loadedUntil = to;
            chunkDays = std::min(chunkDays * 2, kMaxChunkDays);
        }
        while (first < ranges.size() && ranges.at(first).startMs < day.startMs - kMaxAppointmentMs)
            ++first;
        QList<TimeRange> out;
        for (qsizetype i = first; i < ranges.size() && ranges.at(i).startMs < day.endMs; ++i)
            if (ranges.at(i).endMs > day.startMs)
                out << ranges.at(i);
        return out;
    }
};

const char* const kProviderBusySql =
    "SELECT start_at, end_at FROM appointments"
    " WHERE provider_id = :id AND start_at >= :lo AND start_at < :to AND end_at > :from AND holds_time = 1"
    " ORDER BY start_at";
const char* const kChairBusySql =
    "SELECT start_at, end_at FROM appointments"
    " WHERE chair_id = :id AND chair_id IS NOT NULL AND start_at >= :lo AND start_at < :to AND end_at > :from"
    " AND holds_time = 1 ORDER BY start_at";
const char* const kPatientBusySql =
    "SELECT start_at, end_at FROM appointments"
    " WHERE patient_id = :id AND start_at >= :lo AND start_at < :to AND end_at > :from AND holds_time = 1";
} // namespace

SlotFinder::SlotFinder(Clinic& clinic)
    : m_clinic(clinic)
{
}

Result<QList<Slot>> SlotFinder::find(const SlotQuery& query)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    ScheduleSetup setup(m_clinic);

    std::optional<AppointmentType> type;
    if (!query.typeId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(type, setup.type(query.typeId));
        if (!type->active)
            return fail(ErrorCode::InvalidInput,
                        tr("The appointment type \"%1\" is no longer offered. Choose another type.").arg(type->name));
    }
    const int duration = query.durationMinutes > 0 ? query.durationMinutes : (type ? type->durationMinutes : 0);
    if (duration <= 0)
        return fail(ErrorCode::InvalidInput, tr("Choose an appointment type or enter a duration in minutes."));
    if (duration < 5 || duration > kMaxAppointmentMinutes)
        return fail(ErrorCode::InvalidInput,
                    tr("Enter a duration from 5 minutes to %1 hours.").arg(kMaxAppointmentMinutes / 60));
    if ((query.weekdays & 0x7F) == 0)
        return fail(ErrorCode::InvalidInput, tr("Choose at least one day of the week."));
    if (query.earliestMinute < 0 || query.latestMinute > 24 * 60 || query.earliestMinute >= query.latestMinute)
        return fail(ErrorCode::InvalidInput,
                    tr("The earliest start time must be before the latest start time."));
    if (query.limit < 1 || query.limit > kMaxLimit)
        return fail(ErrorCode::InvalidInput, tr("Ask for 1 to %1 slots.").arg(kMaxLimit));

    const QTimeZone zone = SettingsService(m_clinic).timeZone();
    const QDateTime now = m_clinic.clock().now();
    const qint64 notBeforeMs = (query.notBefore.isValid() ? query.notBefore : now).toMSecsSinceEpoch();
    const QDate today = now.toTimeZone(zone).date();
    QDate from = query.from.isValid() ? query.from : today;
    const QDate to = query.to.isValid() ? query.to : from.addMonths(3);
    if (to < from)
        return fail(ErrorCode::InvalidInput, tr("The end date is before the start date. Choose a later end date."));
    if (from.daysTo(to) >= kMaxSearchDays)
        return fail(ErrorCode::InvalidInput, tr("Search at most one year at a time: choose a closer end date."));
    from = std::max(from, QDateTime::fromMSecsSinceEpoch(notBeforeMs, zone).date());
    QList<Slot> found;
    if (from > to)
        return found;

    // Providers in the book's order; ties between equal start times go to the earlier one.
    RAPPORT_TRY_ASSIGN(QList<Provider> providers, setup.providers());
    std::stable_sort(providers.begin(), providers.end(), [](const Provider& a, const Provider& b) {
        return std::pair(a.sortOrder, a.name.toLower()) < std::pair(b.sortOrder, b.name.toLower());
    });
    if (!query.providerIds.isEmpty()) {
        for (const QString& id : query.providerIds)
            if (std::none_of(providers.cbegin(), providers.cend(), [&](const Provider& p) { return p.id == id; }))
                return fail(ErrorCode::InvalidInput,
                            tr("One of the chosen providers does not exist or no longer works here. Choose "
                               "another provider."),
                            id);
        providers.removeIf([&](const Provider& p) { return !query.providerIds.contains(p.id); });
    }
    if (type) {
        providers.removeIf([&](const Provider& p) { return !type->offeredBy(p.id); });
        if (providers.isEmpty() && !query.providerIds.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("None of the chosen providers does \"%1\" appointments. Choose another provider or type.")
                            .arg(type->name));
    }
    if (providers.isEmpty())
        return found;

    RAPPORT_TRY_ASSIGN(const WorkingCalendar calendar, WorkingCalendar::load(m_clinic, from, to));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Statement providerBusy, db.prepare(kProviderBusySql));
    RAPPORT_TRY_ASSIGN(Statement chairBusy, db.prepare(kChairBusySql));
    QList<TimeRange> patientBusy;
    if (!query.patientId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(kPatientBusySql));
        const TimeRange whole{calendar.localDay(from).startMs, calendar.localDay(to).endMs};
        RAPPORT_TRY(readBusy(st, query.patientId, whole.startMs - kMaxAppointmentMs, whole.startMs, whole.endMs,
                             patientBusy));
    }

    const int step = std::max(1, SettingsService(m_clinic).slotMinutes());
    const qint64 durationMs = duration * kMinuteMs;
    QList<BusyCursor> providerCursors(providers.size());
    QHash<QString, BusyCursor> chairCursors;

    struct Found
    {
        Slot slot;
        int providerIndex = 0;
    };
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        if (!(query.weekdays & (1 << (date.dayOfWeek() - 1))))
            continue;
        // Candidate starts are on the local grid. On most days local minutes are plain
        // arithmetic; on a daylight-saving change day each goes through the time zone, and
        // a local time the change skips maps onto the next instant, kept once.
        const TimeRange day = calendar.localDay(date);
        const bool plainDay = day.endMs - day.startMs == 24 * 60 * kMinuteMs;
        auto utcOf = [&](int minute) {
            return plainDay ? day.startMs + minute * kMinuteMs : calendar.toUtcMs(date, minute);
        };
        auto minuteOf = [&](qint64 ms) {
            return plainDay ? static_cast<int>((ms - day.startMs + kMinuteMs - 1) / kMinuteMs)
                            : calendar.localMinute(ms);
        };
        auto chairFree = [&](const QString& chairId, const TimeRange& r) -> Result<bool> {
            RAPPORT_TRY_ASSIGN(const QList<TimeRange> busy, chairCursors[chairId].on(chairBusy, chairId, calendar,
                                                                                    date, to));
            return !overlapsAny(busy, r);
        };

        QList<Found> dayFound;
        for (int pi = 0; pi < providers.size(); ++pi) {
            const QString& providerId = providers.at(pi).id;
            QList<TimeRange> fitting;
            for (const TimeRange& free : calendar.available(providerId, date)) {
                int m = std::max(minuteOf(free.startMs), query.earliestMinute);
                m = (m + step - 1) / step * step;
                qint64 last = std::numeric_limits<qint64>::min();
                for (; m < query.latestMinute; m += step) {
                    const qint64 s = utcOf(m);
                    if (s + durationMs > free.endMs)
                        break;
                    if (s < free.startMs || s < notBeforeMs || s <= last)
                        continue;
                    last = s;
                    const TimeRange r{s, s + durationMs};
                    if (!overlapsAny(patientBusy, r))
                        fitting << r;
                }
            }
            if (fitting.isEmpty())
                continue;
            RAPPORT_TRY_ASSIGN(const QList<TimeRange> busy,
                               providerCursors[pi].on(providerBusy, providerId, calendar, date, to));
            const auto regular = calendar.regularHours(providerId, date);
            for (const TimeRange& r : fitting) {
                if (overlapsAny(busy, r))
                    continue;
                QString chairId;
                if (!query.chairIds.isEmpty()) {
                    for (const QString& c : query.chairIds) {
                        RAPPORT_TRY_ASSIGN(const bool ok, chairFree(c, r));
                        if (ok) {
                            chairId = c;
                            break;
                        }
                    }
                    if (chairId.isEmpty())
                        continue;
                } else {
                    for (const auto& [hours, usual] : regular)
                        if (hours.contains(r))
                            chairId = usual;
                    if (!chairId.isEmpty()) {
                        RAPPORT_TRY_ASSIGN(const bool ok, chairFree(chairId, r));
                        if (!ok)
                            continue;
                    }
                }
                dayFound << Found{Slot{QDateTime::fromMSecsSinceEpoch(r.startMs, Qt::UTC),
                                       QDateTime::fromMSecsSinceEpoch(r.endMs, Qt::UTC), providerId, chairId},
                                  pi};
            }
        }
        std::stable_sort(dayFound.begin(), dayFound.end(), [](const Found& a, const Found& b) {
            return std::pair(a.slot.start, a.providerIndex) < std::pair(b.slot.start, b.providerIndex);
        });
        for (const Found& f : dayFound) {
            found << f.slot;
            if (found.size() >= query.limit)
                return found;
        }
    }
    return found;
}

} // namespace rapport
