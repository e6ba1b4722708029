#include "demo/DemoBookings.h"

#include "scheduling/Scheduling.h"

#include <algorithm>
#include <bit>
#include <climits>
#include <cmath>
#include <queue>
#include <random>

namespace rapport::demo {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kMorningEndCell = 13 * 12;  // appointments starting before 13:00 are "morning"
constexpr int kSchoolOutCell = 15 * 12;   // children prefer from 15:00

enum class Chain : quint8 { None, Hygiene, CheckUp, Child };
enum class Pattern : quint8 { HygieneRegular, CheckUpRegular, Irregular, Lapsed };

struct Event
{
    qint64 at = 0;
    quint32 seq = 0;
    qint32 patient = 0;
    qint32 day = 0;       // the wanted day (booking) or the day (release)
    quint16 startCell = 0; // release
    quint8 release = 0;
    quint8 type = 0;
    Chain chain = Chain::None;
    quint8 tries = 0;
    quint8 provider = 0;  // release
    quint8 cells = 0;     // release
};

struct Later
{
    bool operator()(const Event& a, const Event& b) const { return a.at != b.at ? a.at > b.at : a.seq > b.seq; }
};

struct PatientState
{
    float propensity = 0.05f; // chance of a no-show or late cancellation before circumstances
    qint32 firstDay = 0;
    qint32 leftDay = INT_MAX;
    qint32 adultDay = INT_MIN; // from this day on, 16 or older
    quint8 dentist = 0;
    quint8 hygienist = 0;
    quint8 timePreference = 0; // 0 any, 1 morning, 2 afternoon, 3 after school
    Pattern pattern = Pattern::CheckUpRegular;
    std::vector<qint32> days; // days with an appointment: one a day at most
};

class Simulation
{
public:
    explicit Simulation(const BookingWorld& world)
        : m_w(world)
        , m_rng(world.seed ^ 0x5ced01e5a11ULL)
        , m_occupied(std::size_t(world.providers) * std::size_t(world.days))
        , m_longestFree(m_occupied.size())
    {
        for (std::size_t i = 0; i < m_longestFree.size(); ++i)
            m_longestFree[i] = quint16(world.available[i].longestRun());
        for (int p = 0; p < world.providers; ++p)
            (world.hygienist[std::size_t(p)] ? m_hygienists : m_dentists).push_back(quint8(p));
    }

    std::vector<BookedVisit> run(const std::function<bool(int)>& progress)
    {
        seedPatients();
        const std::size_t initial = m_queue.size();
        std::size_t processed = 0;
        int reported = -1;
        while (!m_queue.empty()) {
            const Event e = m_queue.top();
            m_queue.pop();
            if (e.at > m_w.nowMs)
                break; // not booked yet: the future holds only what was booked by now
            if (e.release) {
                m_occupied[index(e.provider, e.day)].clear(e.startCell, e.startCell + e.cells);
                updateLongestFree(index(e.provider, e.day));
            }
            else
                book(e);
            if (progress && (++processed & 0x3FFF) == 0) {
                // The queue grows as visits lead to the next ones; about three events per start.
                const int share = int(qMin<qint64>(99, qint64(processed) * 100 / qint64(initial * 3 + 1)));
                if (share != reported) {
                    reported = share;
                    if (!progress(share))
                        return {};
                }
            }
        }
        return std::move(m_visits);
    }

private:
    int below(int n) { return n <= 1 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    bool chance(double p) { return uniform() < p; }
    std::size_t index(int provider, int day) const { return std::size_t(provider) * std::size_t(m_w.days) + std::size_t(day); }

    // Noon of a day, also before and after the window (for booking moments).
    qint64 noon(qint64 day) const
    {
        if (day >= 0 && day < m_w.days)
            return m_w.noonUtcMs[std::size_t(day)];
        return m_w.noonUtcMs.front() + day * kDayMs;
    }
    int dayOf(qint64 ms) const
    {
        return int(std::floor(double(ms - (m_w.noonUtcMs.front() - 12 * kHourMs)) / double(kDayMs)));
    }

    void push(Event e)
    {
        e.seq = m_seq++;
        m_queue.push(e);
    }

    void pushBooking(qint64 at, int patient, int day, quint8 type, Chain chain, quint8 tries)
    {
        Event e;
        e.at = at;
        e.patient = patient;
        e.day = day;
        e.type = type;
        e.chain = chain;
        e.tries = tries;
        push(e);
    }

    void seedPatients()
    {
        const int count = int(m_w.patients.size());
        m_patients.resize(std::size_t(count));
        const int today = dayOf(m_w.nowMs);
        for (int i = 0; i < count; ++i) {
            const BookingWorld::Patient& in = m_w.patients[std::size_t(i)];
            PatientState& p = m_patients[std::size_t(i)];
            // Most patients keep their appointments; a minority often do not.
            const int reliability = below(100);
            p.propensity = reliability < 62 ? 0.03f : reliability < 88 ? 0.11f : 0.36f;
            p.dentist = m_dentists.empty() ? 0 : m_dentists[std::size_t(below(int(m_dentists.size())))];
            p.hygienist = m_hygienists.empty() ? p.dentist : m_hygienists[std::size_t(below(int(m_hygienists.size())))];
            const int pattern = below(100);
            p.pattern = pattern < 30 ? Pattern::HygieneRegular : pattern < 62 ? Pattern::CheckUpRegular
                : pattern < 88 ? Pattern::Irregular : Pattern::Lapsed;
            p.timePreference = quint8(below(3));
            if (in.dateOfBirth.isValid()) {
                // First seen at three; from sixteen an adult check-up.
                p.firstDay = qMax(0, int(m_w.firstDate.daysTo(in.dateOfBirth.addYears(3))));
                p.adultDay = int(m_w.firstDate.daysTo(in.dateOfBirth.addYears(16)));
                if (p.adultDay > 0)
                    p.timePreference = chance(0.7) ? 3 : 0;
            }
            if (!in.active)
                p.leftDay = today - between(60, 1800);
            if (p.firstDay > p.leftDay || p.firstDay >= m_w.days)
                continue;
            p.days.reserve(16);

            if (p.pattern == Pattern::HygieneRegular || (p.pattern == Pattern::CheckUpRegular && chance(0.35)))
                startChain(i, Chain::Hygiene);
            startChain(i, p.adultDay > p.firstDay ? Chain::Child : Chain::CheckUp);
            // Emergencies come without warning: booked the same morning.
            const double perYear = p.pattern == Pattern::Irregular || p.pattern == Pattern::Lapsed ? 0.10 : 0.05;
            double day = p.firstDay;
            while (true) {
                day += -std::log(1.0 - uniform()) * 365.0 / perYear;
                if (day >= qMin<double>(m_w.days, double(p.leftDay)))
                    break;
                const int d = int(day);
                pushBooking(noon(d) - 4 * kHourMs - between(0, 60) * kMinuteMs, i, d, Emergency, Chain::None, 0);
            }
        }
    }

    int interval(const PatientState& p, Chain chain, int day)
    {
        switch (chain) {
        case Chain::Hygiene:
            return p.pattern == Pattern::HygieneRegular ? between(168, 196) : between(330, 400);
        case Chain::Child:
            if (day < p.adultDay)
                return between(168, 196);
            [[fallthrough]];
        case Chain::CheckUp:
            switch (p.pattern) {
            case Pattern::HygieneRegular:
            case Pattern::CheckUpRegular: return between(340, 400);
            case Pattern::Irregular: return between(540, 1100);
            case Pattern::Lapsed: return between(1100, 2200);
            }
            break;
        case Chain::None:
            break;
        }
        return 365;
    }

    quint8 chainType(const PatientState& p, Chain chain, int day) const
    {
        if (chain == Chain::Hygiene)
            return Hygiene;
        if (chain == Chain::Child && day < p.adultDay)
            return ChildCheckUp;
        return CheckUp;
    }

    void startChain(int patient, Chain chain)
    {
        PatientState& p = m_patients[std::size_t(patient)];
        const int day = p.firstDay + below(interval(p, chain, p.firstDay));
        // Steady state at the start of the window: some were booked at the last visit.
        const qint64 lead = chance(0.5) ? qint64(interval(p, chain, day)) * kDayMs : between(3, 40) * kDayMs;
        pushBooking(noon(day) - lead - between(0, 8 * 60) * kMinuteMs, patient, day, chainType(p, chain, day), chain, 0);
    }

    // The next visit of a chain: booked at the desk on the way out, or by phone nearer the time.
    void continueChain(int patient, Chain chain, int fromDay, qint64 visitEndMs)
    {
        if (chain == Chain::None)
            return;
        PatientState& p = m_patients[std::size_t(patient)];
        const int day = fromDay + interval(p, chain, fromDay);
        if (day > p.leftDay || day >= m_w.days)
            return;
        const qint64 at = chance(0.55) ? visitEndMs + between(1, 10) * kMinuteMs
                                       : noon(day) - between(3, 40) * kDayMs - between(0, 8 * 60) * kMinuteMs;
        pushBooking(qMax(at, visitEndMs), patient, day, chainType(p, chain, day), chain, 0);
    }

    void updateLongestFree(std::size_t at)
    {
        DayMask free = m_w.available[at];
        free &= ~m_occupied[at];
        m_longestFree[at] = quint16(free.longestRun());
    }

    bool dayTaken(const PatientState& p, int day) const
    {
        return std::find(p.days.cbegin(), p.days.cend(), day) != p.days.cend();
    }

    // A free start on that day for `cells` cells, by the patient's preference; -1 when full.
    int findStart(int provider, int day, int cells, int preference, int notBeforeCell)
    {
        const std::size_t at = index(provider, day);
        DayMask free = m_w.available[at];
        if (!free.any())
            return -1;
        if (m_longestFree[at] < cells)
            return -1;
        free &= ~m_occupied[at];
        // Bit i of run: cells i .. i + len - 1 are free; doubled, then stretched to `cells`.
        DayMask run = free;
        int len = 1;
        while (len * 2 <= cells) {
            run &= run.shiftedDown(len);
            len *= 2;
        }
        if (len < cells)
            run &= run.shiftedDown(cells - len);
        int candidates[4];
        int found = 0;
        auto collect = [&](int from, int to) {
            for (int c = run.next(from); c >= 0 && c < to && found < 4; c = run.next(c + 1))
                candidates[found++] = c;
        };
        const int from = qMax(0, notBeforeCell);
        if (preference == 1)
            collect(from, kMorningEndCell);
        else if (preference == 2)
            collect(qMax(from, kMorningEndCell), DayMask::Cells);
        else if (preference == 3)
            collect(qMax(from, kSchoolOutCell), DayMask::Cells);
        if (found == 0)
            collect(from, DayMask::Cells);
        if (found == 0)
            return -1;
        // Mostly straight after the previous appointment, sometimes a little later.
        return candidates[chance(0.6) ? 0 : below(found)];
    }

    bool offers(int provider, quint8 type) const
    {
        return type == Hygiene || !m_w.hygienist[std::size_t(provider)];
    }

    void book(const Event& e)
    {
        PatientState& p = m_patients[std::size_t(e.patient)];
        if (e.day > p.leftDay || e.day >= m_w.days)
            return;
        const quint8 type = e.type;
        const int cells = kDemoTypeMinutes[type] / 5;
        const bool emergency = type == Emergency;
        const int bookedDay = dayOf(e.at);
        const int first = std::max({int(e.day), bookedDay + (emergency ? 0 : 1), 0});
        const int last = qMin(m_w.days - 1, first + (emergency ? 1 : e.tries > 0 ? 14 : 21));
        // Same-day emergencies go after the moment of the call.
        const int notBefore = [&](int day) {
            if (day != bookedDay)
                return 0;
            return int((e.at - (noon(day) - 12 * kHourMs)) / (5 * kMinuteMs)) + 6;
        }(first);
        const int usual = type == Hygiene ? p.hygienist : p.dentist;
        int provider = -1, day = -1, start = -1;
        for (int d = first; d <= last && start < 0; ++d) {
            if (dayTaken(p, d))
                continue;
            start = findStart(usual, d, cells, emergency ? 0 : p.timePreference, d == first ? notBefore : 0);
            if (start >= 0) {
                provider = usual;
                day = d;
            }
        }
        for (int d = first; d <= last && start < 0; ++d) {
            if (dayTaken(p, d))
                continue;
            const int rotate = below(m_w.providers);
            for (int k = 0; k < m_w.providers && start < 0; ++k) {
                const int q = (rotate + k) % m_w.providers;
                if (q == usual || !offers(q, type))
                    continue;
                start = findStart(q, d, cells, emergency ? 0 : p.timePreference, d == first ? notBefore : 0);
                if (start >= 0) {
                    provider = q;
                    day = d;
                }
            }
        }
        if (start < 0) {
            // Fully booked: ring back in a few days for a later date, twice, then give up
            // until the next recall.
            if (e.chain != Chain::None && e.tries < 2)
                pushBooking(e.at + between(3, 10) * kDayMs, e.patient, e.day + 21, type, e.chain, quint8(e.tries + 1));
            else
                continueChain(e.patient, e.chain, e.day, e.at);
            return;
        }
        m_occupied[index(provider, day)].set(start, start + cells);
        updateLongestFree(index(provider, day));
        p.days.push_back(day);

        BookedVisit v;
        v.patient = e.patient;
        v.provider = quint8(provider);
        v.type = type;
        v.minutes = quint16(kDemoTypeMinutes[type]);
        v.startMs = noon(day) + qint64(start * 5 - 12 * 60) * kMinuteMs;
        v.bookedAtMs = qMin(e.at, v.startMs - 5 * kMinuteMs);
        v.statusAtMs = v.bookedAtMs;
        const qint64 endMs = v.startMs + v.minutes * kMinuteMs;
        if (v.startMs >= m_w.nowMs) {
            v.status = quint8(AppointmentStatus::Booked);
            const qint64 confirmAt = qMin(v.startMs - 2 * kDayMs, m_w.nowMs - between(1, 8) * kHourMs);
            if (v.startMs - m_w.nowMs < 7 * kDayMs && confirmAt > v.bookedAtMs && chance(0.65)) {
                v.status = quint8(AppointmentStatus::Confirmed);
                v.confirmedAtMs = v.statusAtMs = confirmAt;
            }
            m_visits.push_back(v);
            return;
        }
        outcome(e, v, day, start);
        m_visits.push_back(v);
        const auto status = AppointmentStatus(v.status);
        if (!holdsTime(status)) {
            Event release;
            release.release = 1;
            release.at = v.statusAtMs;
            release.provider = quint8(provider);
            release.day = day;
            release.startCell = quint16(start);
            release.cells = quint8(cells);
            push(release);
            const double rebook = status == AppointmentStatus::NoShow ? 0.5
                : status == AppointmentStatus::CancelledByClinic      ? 0.9
                                                                      : 0.72;
            if (e.tries < 3 && chance(rebook)) {
                const qint64 at = status == AppointmentStatus::NoShow ? v.startMs + between(2 * 60, 3 * 24 * 60) * kMinuteMs
                                                                      : v.statusAtMs + between(0, 120) * kMinuteMs;
                pushBooking(at, e.patient, qMax(day + 1, dayOf(at) + between(3, 21)), type, e.chain, quint8(e.tries + 1));
                return;
            }
        }
        continueChain(e.patient, e.chain, day, endMs);
        if (status == AppointmentStatus::Completed && (type == CheckUp || type == ChildCheckUp)) {
            const double filling = type == CheckUp ? 0.2 : 0.08;
            const double roll = uniform();
            if (roll < filling || (type == CheckUp && roll < filling + 0.03))
                pushBooking(endMs + between(1, 10) * kMinuteMs, e.patient, day + between(7, 35),
                            roll < filling ? Filling : Crown, Chain::None, 0);
        }
    }

    // What became of an appointment in the past.
    void outcome(const Event& e, BookedVisit& v, int day, int startCell)
    {
        const PatientState& p = m_patients[std::size_t(e.patient)];
        const qint64 lateWindow = qint64(m_w.lateCancelHours) * kHourMs;
        const int leadDays = int((v.startMs - v.bookedAtMs) / kDayMs);
        if (chance(0.01) && v.startMs - kDayMs > v.bookedAtMs) {
            v.status = quint8(AppointmentStatus::CancelledByClinic);
            v.statusAtMs = qMax(v.bookedAtMs + kHourMs, v.startMs - between(1, 3) * kDayMs);
            v.reason = chance(0.7) ? ProviderUnwell : Equipment;
            return;
        }
        const double goodTime = leadDays > 60 ? 0.09 : leadDays > 14 ? 0.06 : 0.03;
        const qint64 lastGoodMs = v.startMs - lateWindow - kHourMs;
        if (lastGoodMs > v.bookedAtMs + kHourMs && chance(goodTime)) {
            v.status = quint8(AppointmentStatus::CancelledByPatient);
            v.statusAtMs = v.bookedAtMs + kHourMs + qint64(uniform() * double(lastGoodMs - v.bookedAtMs - kHourMs));
            v.reason = quint8(between(Unwell, Rearranged));
            return;
        }
        const int weekday = m_w.firstDate.addDays(day).dayOfWeek();
        const int hour = startCell / 12;
        double miss = p.propensity;
        miss *= leadDays > 60 ? 1.5 : leadDays > 30 ? 1.25 : leadDays >= 7 ? 1.0 : leadDays >= 2 ? 0.8 : 0.55;
        miss *= weekday == Qt::Monday || weekday == Qt::Friday ? 1.2 : weekday == Qt::Saturday ? 1.1 : 1.0;
        miss *= hour < 9 || hour >= 16 ? 1.2 : 1.0;
        if (e.type == Emergency)
            miss *= 0.5;
        if (chance(miss)) {
            const qint64 lateFrom = qMax(v.bookedAtMs + kMinuteMs, v.startMs - lateWindow + kHourMs);
            if (chance(0.55) || lateFrom >= v.startMs - kHourMs) {
                v.status = quint8(AppointmentStatus::NoShow);
                v.statusAtMs = v.startMs + between(15, 40) * kMinuteMs;
            } else {
                v.status = quint8(AppointmentStatus::LateCancellation);
                v.statusAtMs = lateFrom + qint64(uniform() * double(v.startMs - kHourMs - lateFrom));
                v.reason = quint8(between(Unwell, Forgot));
            }
            if (leadDays >= 3 && chance(0.3))
                v.confirmedAtMs = v.startMs - between(1, 2) * kDayMs;
            return;
        }
        v.status = quint8(AppointmentStatus::Completed);
        v.statusAtMs = v.startMs + v.minutes * kMinuteMs;
        if (leadDays >= 3 && chance(0.6))
            v.confirmedAtMs = v.startMs - between(1, 2) * kDayMs - between(0, 6 * 60) * kMinuteMs;
    }

    const BookingWorld& m_w;
    std::mt19937_64 m_rng;
    std::vector<DayMask> m_occupied;
    std::vector<quint16> m_longestFree; // the longest free run of cells, to skip full days quickly
    std::vector<quint8> m_dentists;
    std::vector<quint8> m_hygienists;
    std::vector<PatientState> m_patients;
    std::priority_queue<Event, std::vector<Event>, Later> m_queue;
    quint32 m_seq = 0;
    std::vector<BookedVisit> m_visits;
};

} // namespace

std::vector<BookedVisit> simulateBookings(const BookingWorld& world, const std::function<bool(int)>& progress)
{
    if (world.days <= 0 || world.providers <= 0 || world.patients.empty())
        return {};
    return Simulation(world).run(progress);
}

} // namespace rapport::demo
