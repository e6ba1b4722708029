#pragma once

#include "ExitCode.h"
#include "common/Error.h"
#include "scheduling/Scheduling.h"
#include "scheduling/SlotFinder.h"
#include "scheduling/Waitlist.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace rapport {
class Clinic;
struct NoShowRisk;
}

namespace rapport::ctl {

class Output;

// How the scheduling commands read and show the book: dates as YYYY-MM-DD, times of day
// as HH:MM and weekdays as mon..sun on the command line; JSON with lowerCamelCase keys,
// vocabulary keys and instants in ISO 8601 with the clinic's UTC offset; tables in the
// locale's formats.
class ScheduleFormat
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    [[nodiscard]] static std::optional<QDate> parseDate(const QString& text);
    // Minutes after midnight; "24:00" is accepted as the end of the day.
    [[nodiscard]] static std::optional<int> parseTime(const QString& text);
    [[nodiscard]] static QString timeText(int minute); // "08:30"
    // "mon,tue" or "mon-fri" as a bit set (bit 0 = Monday).
    [[nodiscard]] static std::optional<int> parseWeekdays(const QString& text);
    [[nodiscard]] static QString weekdayKey(int weekday); // 1 = "mon"
    [[nodiscard]] static QStringList weekdayKeys(int bits);
    // ISO 8601; without an offset, a local time of the clinic.
    [[nodiscard]] static std::optional<QDateTime> parseStart(const QString& text, const QTimeZone& zone);
    // ISO 8601 with the clinic's offset ("2026-11-03T09:30:00Z" in winter in London).
    [[nodiscard]] static QJsonValue instant(const QDateTime& at, const QTimeZone& zone);
    // The locale's short date and time, in the clinic's time zone.
    [[nodiscard]] static QString shownInstant(const QDateTime& at, const QTimeZone& zone);
    [[nodiscard]] static QString shownTime(const QDateTime& at, const QTimeZone& zone);

    [[nodiscard]] static QJsonObject providerJson(const Provider& p);
    [[nodiscard]] static QJsonObject chairJson(const Chair& c);
    [[nodiscard]] static QJsonObject typeJson(const AppointmentType& t);
    [[nodiscard]] static QJsonObject intervalJson(const WorkingInterval& h);
    [[nodiscard]] static QJsonObject exceptionJson(const ScheduleException& e);
    [[nodiscard]] static QJsonObject appointmentJson(const Appointment& a, const QTimeZone& zone);
    [[nodiscard]] static QJsonObject rowJson(const AppointmentRow& row, const QTimeZone& zone);
    [[nodiscard]] static QJsonObject riskJson(const NoShowRisk& risk);
    [[nodiscard]] static QJsonObject slotJson(const Slot& slot, const QString& providerName, const QTimeZone& zone);
    [[nodiscard]] static QJsonObject waitlistJson(const WaitlistEntry& e, const QTimeZone& zone);

    // Core's refusal as a sentence with exit code 5 (or what the error maps to).
    static ExitCode report(Output& out, const Error& error);
};

} // namespace rapport::ctl
