#include "scheduling/Waitlist.h"

#include "common/Clock.h"
#include "patients/Patient.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/WaitlistRows.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace rapport {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("rapport::Waitlist", text, nullptr, n);
}

struct Candidate
{
    qint64 ms = 0;
    QDate date;  // local
    int minute = 0; // local minutes after midnight
};

struct Held
{
    TimeRange range;
    QString appointmentId;
};

bool overlapsAny(const QList<TimeRange>& busy, const TimeRange& r)
{
    return std::any_of(busy.cbegin(), busy.cend(), [&](const TimeRange& b) { return b.overlaps(r); });
}

// The order offers are shown in, best first; the score says the same in one number.
bool betterOffer(const WaitlistOffer& a, const WaitlistOffer& b, const QString& providerId)
{
    const bool askedA = a.entry.providerId == providerId;
    const bool askedB = b.entry.providerId == providerId;
    if (askedA != askedB)
        return askedA;
    if (a.entry.priority != b.entry.priority)
        return a.entry.priority > b.entry.priority;
    if (a.entry.createdAt != b.entry.createdAt)
        return a.entry.createdAt < b.entry.createdAt;
    const QDate lastA = a.entry.latestDate.isValid() ? a.entry.latestDate : QDate(9999, 12, 31);
    const QDate lastB = b.entry.latestDate.isValid() ? b.entry.latestDate : QDate(9999, 12, 31);
    if (lastA != lastB)
        return lastA < lastB;
    return a.entry.id < b.entry.id;
}
} // namespace

Result<QList<WaitlistOffer>> Waitlist::offersFor(const FreedTime& freed)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    if (!freed.start.isValid() || !freed.end.isValid() || freed.end <= freed.start || freed.providerId.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The freed time needs a provider, a start and a later end."));
    QList<WaitlistOffer> offers;
    const TimeRange range{freed.start.toMSecsSinceEpoch(), freed.end.toMSecsSinceEpoch()};
    const qint64 nowMs = m_clinic.clock().nowMs();
    if (range.endMs <= nowMs)
        return offers;

    Database& db = m_clinic.database();
    SettingsService settings(m_clinic);
    const WorkingCalendar calendar(settings.timeZone(), {}, {});
    const int step = std::max(1, settings.slotMinutes());
    const QDate today = settings.today();
    const QLocale locale;

    QHash<QString, AppointmentType> types;
    {
        RAPPORT_TRY_ASSIGN(const QList<AppointmentType> all, ScheduleSetup(m_clinic).types(true));
        for (const AppointmentType& t : all)
            types.insert(t.id, t);
    }

    // Starts on offer: the freed start itself, then the book's local grid.
    QList<Candidate> candidates;
    auto addCandidate = [&](qint64 ms) {
        candidates << Candidate{ms, calendar.localDate(ms), calendar.localMinute(ms)};
    };
    addCandidate(range.startMs);
    const int offset = (step - candidates.first().minute % step) % step;
    qint64 t = range.startMs - range.startMs % kMinuteMs + offset * kMinuteMs;
    if (t <= range.startMs)
        t += step * kMinuteMs;
    for (; t < range.endMs; t += step * kMinuteMs)
        addCandidate(t);

    // What still holds time there: the provider, the chair and every patient, in one read.
    QList<TimeRange> providerBusy;
    QList<TimeRange> chairBusy;
    QHash<QString, QList<Held>> patientBusy;
    {
        RAPPORT_TRY_ASSIGN(Statement st,
                           db.prepare("SELECT id, patient_id, provider_id, chair_id, start_at, end_at FROM appointments"
                                      " WHERE start_at >= :lo AND start_at < :to AND end_at > :from"
                                      " AND holds_time = 1"));
        st.bind(":lo", range.startMs - kMaxAppointmentMinutes * kMinuteMs)
            .bind(":from", range.startMs)
            .bind(":to", range.endMs);
        RAPPORT_TRY(st.forEach([&](const Statement& row) {
            const TimeRange r{row.int64(4), row.int64(5)};
            if (row.text(2) == freed.providerId)
                providerBusy << r;
            if (!freed.chairId.isEmpty() && row.text(3) == freed.chairId)
                chairBusy << r;
            patientBusy[row.text(1)] << Held{r, row.text(0)};
        }));
    }

    RAPPORT_TRY_ASSIGN(Statement st,
                       db.prepare(QStringLiteral("SELECT ") + WaitlistRows::columns()
                                  + QStringLiteral(", p.given_name, p.family_name, p.preferred_name, p.mobile_phone,"
                                                   " p.home_phone, p.work_phone, a.start_at, a.end_at, a.holds_time"
                                                   " FROM waitlist w JOIN patients p ON p.id = w.patient_id"
                                                   " LEFT JOIN appointments a ON a.id = w.current_appointment_id"
                                                   " WHERE w.status = 'waiting'")));
    RAPPORT_TRY(st.forEach([&](const Statement& row) {
        const WaitlistEntry e = WaitlistRows::read(row);
        if (!e.providerId.isEmpty() && e.providerId != freed.providerId)
            return;
        const AppointmentType* type = nullptr;
        if (!e.typeId.isEmpty()) {
            const auto it = types.constFind(e.typeId);
            if (it == types.cend() || !it->active || !it->offeredBy(freed.providerId))
                return;
            type = &*it;
        }
        const int c = WaitlistRows::kColumnCount;
        // An appointment the patient holds moves as it is: its own length, and only forward.
        const bool holding = !row.isNull(c + 6) && row.boolean(c + 8);
        const qint64 currentStart = holding ? row.int64(c + 6) : 0;
        const qint64 durationMs = holding ? row.int64(c + 7) - currentStart : e.durationMinutes * kMinuteMs;
        const QList<Held> held = patientBusy.value(e.patientId);

        const Candidate* fit = nullptr;
        for (const Candidate& cand : candidates) {
            const TimeRange r{cand.ms, cand.ms + durationMs};
            if (r.endMs > range.endMs || (holding && cand.ms >= currentStart))
                break;
            if (cand.ms < nowMs || !(e.weekdays & (1 << (cand.date.dayOfWeek() - 1)))
                || cand.minute < e.earliestMinute || cand.minute >= e.latestMinute
                || (e.earliestDate.isValid() && cand.date < e.earliestDate)
                || (e.latestDate.isValid() && cand.date > e.latestDate))
                continue;
            if (overlapsAny(providerBusy, r) || overlapsAny(chairBusy, r))
                continue;
            const bool patientBusyThen = std::any_of(held.cbegin(), held.cend(), [&](const Held& h) {
                return h.appointmentId != e.currentAppointmentId && h.range.overlaps(r);
            });
            if (patientBusyThen)
                continue;
            fit = &cand;
            break;
        }
        if (!fit)
            return;

        WaitlistOffer offer;
        offer.entry = e;
        Patient p;
        p.givenName = row.text(c);
        p.familyName = row.text(c + 1);
        p.preferredName = row.text(c + 2);
        p.mobilePhone = row.text(c + 3);
        p.homePhone = row.text(c + 4);
        p.workPhone = row.text(c + 5);
        offer.patientName = p.displayName(); // as the book shows it; the phone in E.164, as stored
        offer.patientPhone = p.firstPhone();
        offer.slot = Slot{QDateTime::fromMSecsSinceEpoch(fit->ms, Qt::UTC),
                          QDateTime::fromMSecsSinceEpoch(fit->ms + durationMs, Qt::UTC), freed.providerId,
                          freed.chairId};

        const bool asked = e.providerId == freed.providerId;
        const int daysWaiting = e.createdAt.isValid()
            ? std::max(0, static_cast<int>(e.createdAt.toTimeZone(calendar.timeZone()).date().daysTo(today)))
            : 0;
        offer.score = (asked ? 1'000'000 : 0) + e.priority * 10'000 + std::min(daysWaiting, 9'999);
        offer.reasons << (asked ? tr("asked for this provider") : tr("any provider"));
        if (type)
            offer.reasons << tr("wants \"%1\"").arg(type->name);
        if (e.priority > 0)
            offer.reasons << tr("priority %1").arg(e.priority);
        offer.reasons << QCoreApplication::translate("rapport::Waitlist", "waiting %n day(s)", nullptr, daysWaiting);
        if (e.latestDate.isValid())
            offer.reasons << tr("needs an appointment by %1").arg(locale.toString(e.latestDate, QLocale::ShortFormat));
        if (holding)
            offer.reasons << tr("brings forward their appointment of %1")
                                 .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(currentStart, calendar.timeZone()),
                                                      QLocale::ShortFormat));
        offers << offer;
    }));

    std::sort(offers.begin(), offers.end(),
              [&](const WaitlistOffer& a, const WaitlistOffer& b) { return betterOffer(a, b, freed.providerId); });
    return offers;
}

} // namespace rapport
