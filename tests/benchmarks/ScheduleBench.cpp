#include "ScheduleBench.h"

#include "common/Clock.h"
#include "scheduling/NoShowRisk.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/SchedulingVocabulary.h"
#include "scheduling/SlotFinder.h"
#include "scheduling/Waitlist.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QTimeZone>

#include <algorithm>
#include <random>

namespace rapport::bench {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

Result<ScheduleSamples> sampleSchedule(Clinic& clinic)
{
    ScheduleSamples s;
    const SettingsService settings(clinic);
    const QTimeZone zone = settings.timeZone();
    s.today = settings.today();
    RAPPORT_TRY_ASSIGN(const QList<Provider> providers, ScheduleSetup(clinic).providers());
    for (const Provider& p : providers) {
        s.providerIds << p.id;
        if (s.dayProviders.size() < 20)
            s.dayProviders << p.id;
    }
    RAPPORT_TRY_ASSIGN(const QList<AppointmentType> types, ScheduleSetup(clinic).types());
    for (const AppointmentType& t : types)
        if (t.durationMinutes == 30 && s.thirtyMinuteTypeId.isEmpty())
            s.thirtyMinuteTypeId = t.id;

    Database& db = clinic.database();
    const qint64 nowMs = clinic.clock().nowMs();
    {
        // UTC days are close enough to pick the busy ones.
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT start_at / 86400000 AS d, count(*) AS n FROM appointments"
                                                    " WHERE start_at >= :from AND start_at < :to GROUP BY d"
                                                    " ORDER BY n DESC, d LIMIT 10"));
        st.bind(":from", nowMs - 60 * kDayMs).bind(":to", nowMs);
        RAPPORT_TRY(st.forEach([&](const Statement& row) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(row.int64(0) * kDayMs, Qt::UTC).date();
            s.busyDays << day;
            const QDate monday = day.addDays(1 - day.dayOfWeek());
            s.busyWeeks << TimeRange{QDateTime(monday, QTime(0, 0), zone).toMSecsSinceEpoch(),
                                     QDateTime(monday.addDays(7), QTime(0, 0), zone).toMSecsSinceEpoch()};
        }));
    }
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT provider_id, chair_id, start_at, end_at FROM appointments"
                                                    " WHERE start_at >= :from AND start_at < :to AND holds_time = 1"
                                                    " AND end_at - start_at = 2700000 ORDER BY start_at LIMIT 200"));
        st.bind(":from", nowMs + kDayMs).bind(":to", nowMs + 30 * kDayMs);
        RAPPORT_TRY(st.forEach([&](const Statement& row) {
            s.freed << FreedTime{row.text(0), row.text(1), row.dateTime(2), row.dateTime(3)};
        }));
    }
    if (s.busyDays.isEmpty() || s.freed.isEmpty() || s.thirtyMinuteTypeId.isEmpty())
        return fail(ErrorCode::NotFound, QStringLiteral("The clinic has no appointment book to measure (--years 0?)."));
    return s;
}

Status fillWaitlist(Clinic& clinic, int count, quint64 seed)
{
    Waitlist waitlist(clinic);
    RAPPORT_TRY_ASSIGN(const QList<WaitlistEntry> waiting, waitlist.list());
    if (waiting.size() >= count)
        return {};
    RAPPORT_TRY_ASSIGN(const QList<Provider> providers, ScheduleSetup(clinic).providers());
    RAPPORT_TRY_ASSIGN(const QList<AppointmentType> types, ScheduleSetup(clinic).types());
    QStringList patients;
    {
        RAPPORT_TRY_ASSIGN(Statement st, clinic.database().prepare("SELECT id FROM patients WHERE status = 'active'"
                                                                   " ORDER BY substr(id, 20) LIMIT :n"));
        st.bind(":n", count);
        RAPPORT_TRY(st.forEach([&](const Statement& row) { patients << row.text(0); }));
    }
    std::mt19937_64 rng(seed);
    auto below = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const QDate today = SettingsService(clinic).today();
    for (qsizetype i = waiting.size(); i < count && i < patients.size(); ++i) {
        WaitlistEntry e;
        e.patientId = patients.at(i);
        // Mostly the types a freed 45-minute slot can take, some longer ones that it cannot.
        const AppointmentType& type = types.at(below(int(types.size())));
        e.typeId = type.id;
        if (below(3) == 0) {
            const Provider& p = providers.at(below(int(providers.size())));
            bool offered = true;
            for (const AppointmentType& t : types)
                if (t.id == e.typeId)
                    offered = t.offeredBy(p.id);
            if (offered)
                e.providerId = p.id;
        }
        if (below(2) == 0)
            e.weekdays = (1 << below(5)) | (1 << below(5)) | (1 << below(5));
        switch (below(3)) {
        case 0: e.earliestMinute = 8 * 60; e.latestMinute = 12 * 60; break;
        case 1: e.earliestMinute = 13 * 60; e.latestMinute = 17 * 60; break;
        default: break;
        }
        if (below(2) == 0)
            e.latestDate = today.addDays(30 + below(90));
        e.priority = below(4) == 0 ? 1 : 0;
        RAPPORT_TRY(waitlist.add(e));
    }
    return {};
}

QList<ScheduleOp> scheduleOperations()
{
    return {
        ScheduleOp{QStringLiteral("day.20providers"),
                   [](Clinic& c, const ScheduleSamples& s, int i) -> Status {
                       RAPPORT_TRY(AppointmentBook(c).day(s.busyDays.at(i % s.busyDays.size()), s.dayProviders));
                       return {};
                   }},
        ScheduleOp{QStringLiteral("slots.next10"),
                   [](Clinic& c, const ScheduleSamples& s, int i) -> Status {
                       SlotQuery q;
                       q.typeId = s.thirtyMinuteTypeId;
                       q.from = s.today.addDays(i % 7);
                       q.to = q.from.addMonths(3);
                       q.limit = 10;
                       RAPPORT_TRY_ASSIGN(const QList<Slot> slots, SlotFinder(c).find(q));
                       if (slots.size() < 10)
                           return fail(ErrorCode::NotFound, QStringLiteral("fewer than 10 free slots in 3 months"));
                       return {};
                   }},
        ScheduleOp{QStringLiteral("week.provider"),
                   [](Clinic& c, const ScheduleSamples& s, int i) -> Status {
                       RAPPORT_TRY(AppointmentBook(c).range(s.busyWeeks.at(i % s.busyWeeks.size()),
                                                            {s.providerIds.at(i % s.providerIds.size())}));
                       return {};
                   }},
        ScheduleOp{QStringLiteral("waitlist.match"),
                   [](Clinic& c, const ScheduleSamples& s, int i) -> Status {
                       RAPPORT_TRY(Waitlist(c).offersFor(s.freed.at(i % s.freed.size())));
                       return {};
                   }},
    };
}

Result<QJsonObject> noShowSeparation(Clinic& clinic)
{
    const QTimeZone zone = SettingsService(clinic).timeZone();
    const qint64 nowMs = clinic.clock().nowMs();
    const qint64 fromMs = nowMs - 365 * kDayMs;
    struct Scored
    {
        double p;
        bool missed;
        RiskLevel level;
    };
    QList<Scored> scored;
    RAPPORT_TRY_ASSIGN(Statement st, clinic.database().prepare("SELECT patient_id, start_at, status, booked_at"
                                                               " FROM appointments WHERE start_at < :now"
                                                               " ORDER BY patient_id, start_at"));
    st.bind(":now", nowMs);
    QString patient;
    AttendanceHistory h;
    // Appointments that started at the same instant do not count for each other.
    AttendanceHistory pending;
    qint64 pendingStart = -1;
    auto settle = [&] {
        h.attended += pending.attended;
        h.noShows += pending.noShows;
        h.lateCancellations += pending.lateCancellations;
        h.cancellations += pending.cancellations;
        pending = {};
    };
    RAPPORT_TRY(st.forEach([&](const Statement& row) {
        if (row.text(0) != patient) {
            patient = row.text(0);
            h = pending = {};
            pendingStart = -1;
        }
        const qint64 start = row.int64(1);
        if (start != pendingStart) {
            settle();
            pendingStart = start;
        }
        const auto status = SchedulingVocabulary::statusFromKey(row.text(2));
        if (!status)
            return;
        const bool missed = *status == AppointmentStatus::NoShow || *status == AppointmentStatus::LateCancellation;
        const bool attended = *status == AppointmentStatus::Completed || *status == AppointmentStatus::Arrived
            || *status == AppointmentStatus::InChair;
        if (start >= fromMs && (missed || attended)) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toTimeZone(zone);
            const QDate booked = QDateTime::fromMSecsSinceEpoch(row.int64(3), Qt::UTC).toTimeZone(zone).date();
            const NoShowRisk risk = NoShowRiskModel::score(h, int(booked.daysTo(local.date())), local.date().dayOfWeek(),
                                                           local.time().hour());
            scored << Scored{risk.probability, missed, risk.level};
        }
        if (attended)
            ++pending.attended;
        else if (*status == AppointmentStatus::NoShow)
            ++pending.noShows;
        else if (*status == AppointmentStatus::LateCancellation)
            ++pending.lateCancellations;
        else if (*status == AppointmentStatus::CancelledByPatient)
            ++pending.cancellations;
    }));

    // AUC as the Mann-Whitney statistic, ties counted half.
    std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.p < b.p; });
    double rankSumPositive = 0;
    qint64 positives = 0;
    for (qsizetype i = 0; i < scored.size();) {
        qsizetype j = i;
        while (j < scored.size() && scored.at(j).p == scored.at(i).p)
            ++j;
        const double rank = (double(i + 1) + double(j)) / 2.0;
        for (qsizetype k = i; k < j; ++k)
            if (scored.at(k).missed) {
                rankSumPositive += rank;
                ++positives;
            }
        i = j;
    }
    const qint64 negatives = scored.size() - positives;
    const double auc = positives && negatives
        ? (rankSumPositive - double(positives) * double(positives + 1) / 2.0) / (double(positives) * double(negatives))
        : 0.0;
    qint64 counts[3] = {}, missedCounts[3] = {};
    for (const Scored& x : std::as_const(scored)) {
        ++counts[int(x.level)];
        missedCounts[int(x.level)] += x.missed ? 1 : 0;
    }
    auto rate = [&](RiskLevel l) { return counts[int(l)] ? double(missedCounts[int(l)]) / double(counts[int(l)]) : 0.0; };
    return QJsonObject{{QStringLiteral("op"), QStringLiteral("noshow.auc")},
                       {QStringLiteral("appointments"), double(scored.size())},
                       {QStringLiteral("missed_rate"), scored.isEmpty() ? 0.0 : double(positives) / double(scored.size())},
                       {QStringLiteral("auc"), auc},
                       {QStringLiteral("high_share"), scored.isEmpty() ? 0.0 : double(counts[int(RiskLevel::High)]) / double(scored.size())},
                       {QStringLiteral("missed_rate_high"), rate(RiskLevel::High)},
                       {QStringLiteral("missed_rate_medium"), rate(RiskLevel::Medium)},
                       {QStringLiteral("missed_rate_low"), rate(RiskLevel::Low)}};
}

} // namespace rapport::bench
