#pragma once

#include "common/Error.h"
#include "scheduling/AppointmentBook.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace rapport {
class Clinic;
}

namespace rapport::bench {

// Inputs for the appointment book's operations, sampled from the generated book.
struct ScheduleSamples
{
    QDate today;
    QList<QDate> busyDays;      // the busiest weekdays of the last two months
    QStringList dayProviders;   // the first 20 providers, as the budget's "day of 20 providers"
    QStringList providerIds;    // every active provider
    QString thirtyMinuteTypeId;
    QList<TimeRange> busyWeeks; // the weeks of the busy days
    QList<FreedTime> freed;     // 45-minute appointments to come, as if cancelled
};

[[nodiscard]] Result<ScheduleSamples> sampleSchedule(Clinic& clinic);

// Adds waiting entries until `count` are waiting (a reused --db keeps earlier ones).
[[nodiscard]] Status fillWaitlist(Clinic& clinic, int count, quint64 seed);

struct ScheduleOp
{
    QString name;
    std::function<Status(Clinic&, const ScheduleSamples&, int)> run;
};

[[nodiscard]] QList<ScheduleOp> scheduleOperations();

// How well the no-show risk separates: every attended, missed or late-cancelled
// appointment of the last 12 months scored from the patient's history before it.
[[nodiscard]] Result<QJsonObject> noShowSeparation(Clinic& clinic);

} // namespace rapport::bench
