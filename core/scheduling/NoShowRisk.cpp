#include "scheduling/NoShowRisk.h"

#include "common/Clock.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace rapport {

namespace {
// The clinic's prior: about one appointment in eight is missed or cancelled late, and a
// patient's own record counts as much as that prior once they have had four appointments.
constexpr double kPriorRate = 0.12;
constexpr double kPriorWeight = 4.0;
constexpr double kMediumFrom = 0.15;
constexpr double kHighFrom = 0.30;
constexpr double kLongLeadFactor = 1.3;   // booked more than 30 days ahead
constexpr double kShortLeadFactor = 0.7;  // booked for the same or the next day
constexpr double kWeekdayFactor = 1.1;    // Monday or Friday
constexpr double kHourFactor = 1.1;       // before 09:00 or from 16:00
constexpr int kLongLeadDays = 30;
constexpr int kEarlyHour = 9;
constexpr int kLateHour = 16;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("rapport::NoShowRiskModel", text, nullptr, n);
}

QString historyReason(const AttendanceHistory& h)
{
    const int n = h.attended + h.noShows + h.lateCancellations;
    if (n == 0)
        return QCoreApplication::translate("rapport::NoShowRiskModel", "new patient: clinic average");
    if (h.noShows == 0 && h.lateCancellations == 0)
        return QCoreApplication::translate("rapport::NoShowRiskModel", "no no-shows or late cancellations in %n appointment(s)", nullptr, n);
    const QString noShows = QCoreApplication::translate("rapport::NoShowRiskModel", "%n no-show(s)", nullptr, h.noShows);
    const QString late = QCoreApplication::translate("rapport::NoShowRiskModel", "%n late cancellation(s)", nullptr, h.lateCancellations);
    if (h.noShows > 0 && h.lateCancellations > 0)
        return QCoreApplication::translate("rapport::NoShowRiskModel", "%1 and %2 in %n appointment(s)", nullptr, n).arg(noShows, late);
    return QCoreApplication::translate("rapport::NoShowRiskModel", "%1 in %n appointment(s)", nullptr, n).arg(h.noShows > 0 ? noShows : late);
}

QString hourText(int hour)
{
    return QLocale().toString(QTime(hour, 0), QLocale::ShortFormat);
}

// The history before a moment, from the covering index appointments_patient_time.
Result<AttendanceHistory> readHistory(Statement& st, const QString& patientId, qint64 beforeMs)
{
    st.reset();
    st.bind(":p", patientId).bind(":before", beforeMs);
    AttendanceHistory h;
    RAPPORT_TRY(st.forEach([&](const Statement& row) {
        const auto status = SchedulingVocabulary::statusFromKey(row.text(0));
        const int count = row.integer(1);
        if (!status)
            return;
        switch (*status) {
        case AppointmentStatus::Arrived:
        case AppointmentStatus::InChair:
        case AppointmentStatus::Completed:
            h.attended += count;
            break;
        case AppointmentStatus::NoShow:
            h.noShows += count;
            break;
        case AppointmentStatus::LateCancellation:
            h.lateCancellations += count;
            break;
        case AppointmentStatus::CancelledByPatient:
            h.cancellations += count;
            break;
        case AppointmentStatus::Booked:
        case AppointmentStatus::Confirmed:
        case AppointmentStatus::CancelledByClinic:
            break;
        }
    }));
    return h;
}

const char* const kHistorySql = "SELECT status, count(*) FROM appointments"
                                " WHERE patient_id = :p AND start_at < :before GROUP BY status";
} // namespace

NoShowRiskModel::NoShowRiskModel(Clinic& clinic)
    : m_clinic(clinic)
{
}

NoShowRisk NoShowRiskModel::score(const AttendanceHistory& history, int leadDays, int weekday, int localHour)
{
    NoShowRisk risk;
    const int n = history.attended + history.noShows + history.lateCancellations;
    double p = (history.noShows + history.lateCancellations + kPriorWeight * kPriorRate) / (n + kPriorWeight);
    risk.reasons << historyReason(history);

    if (leadDays > kLongLeadDays) {
        p *= kLongLeadFactor;
        risk.reasons << QCoreApplication::translate("rapport::NoShowRiskModel", "booked %n day(s) ahead (raises the risk)", nullptr, leadDays);
    } else if (leadDays >= 0 && leadDays <= 1) {
        p *= kShortLeadFactor;
        risk.reasons << (leadDays == 0 ? tr("booked for the same day (lowers the risk)")
                                       : tr("booked the day before (lowers the risk)"));
    }
    if (weekday == Qt::Monday || weekday == Qt::Friday) {
        p *= kWeekdayFactor;
        risk.reasons << (weekday == Qt::Monday ? tr("on a Monday (raises the risk a little)")
                                               : tr("on a Friday (raises the risk a little)"));
    }
    if (localHour >= 0 && localHour < kEarlyHour) {
        p *= kHourFactor;
        risk.reasons << tr("early in the morning, before %1 (raises the risk a little)").arg(hourText(kEarlyHour));
    } else if (localHour >= kLateHour) {
        p *= kHourFactor;
        risk.reasons << tr("late in the afternoon, from %1 (raises the risk a little)").arg(hourText(kLateHour));
    }

    risk.probability = std::clamp(p, 0.01, 0.95);
    risk.level = risk.probability >= kHighFrom ? RiskLevel::High
        : risk.probability >= kMediumFrom      ? RiskLevel::Medium
                                               : RiskLevel::Low;
    return risk;
}

QString NoShowRiskModel::levelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return tr("Low");
    case RiskLevel::Medium:
        return tr("Medium");
    case RiskLevel::High:
        return tr("High");
    }
    return {};
}

QString NoShowRiskModel::levelKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Medium:
        return QStringLiteral("medium");
    case RiskLevel::High:
        return QStringLiteral("high");
    }
    return {};
}

Result<AttendanceHistory> NoShowRiskModel::history(const QString& patientId, const QDateTime& before)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(kHistorySql));
    const QDateTime until = before.isValid() ? before : m_clinic.clock().now();
    return readHistory(st, patientId, until.toMSecsSinceEpoch());
}

Result<NoShowRisk> NoShowRiskModel::forAppointment(const Appointment& appointment)
{
    RAPPORT_TRY_ASSIGN(auto risks, forAppointments({appointment}));
    const auto it = risks.constFind(appointment.id);
    if (it != risks.cend())
        return *it;
    // Not still to come: score it as it stood when it started.
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(kHistorySql));
    RAPPORT_TRY_ASSIGN(const AttendanceHistory h,
                       readHistory(st, appointment.patientId, appointment.start.toMSecsSinceEpoch()));
    const QTimeZone zone = SettingsService(m_clinic).timeZone();
    const QDateTime local = appointment.start.toTimeZone(zone);
    const QDateTime booked = appointment.bookedAt.isValid() ? appointment.bookedAt : appointment.start;
    return score(h, static_cast<int>(booked.toTimeZone(zone).date().daysTo(local.date())), local.date().dayOfWeek(),
                 local.time().hour());
}

Result<QHash<QString, NoShowRisk>> NoShowRiskModel::forAppointments(const QList<Appointment>& appointments)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    QHash<QString, NoShowRisk> out;
    const QDateTime now = m_clinic.clock().now();
    const QTimeZone zone = SettingsService(m_clinic).timeZone();
    Statement st;
    QHash<QString, AttendanceHistory> histories; // by patient: every outcome known up to now
    for (const Appointment& a : appointments) {
        const bool toCome = (a.status == AppointmentStatus::Booked || a.status == AppointmentStatus::Confirmed)
            && a.end > now;
        if (!toCome)
            continue;
        auto it = histories.constFind(a.patientId);
        if (it == histories.cend()) {
            if (!st.isValid()) {
                RAPPORT_TRY_ASSIGN(st, m_clinic.database().prepare(kHistorySql));
            }
            RAPPORT_TRY_ASSIGN(AttendanceHistory h, readHistory(st, a.patientId, std::min(now, a.start).toMSecsSinceEpoch()));
            it = histories.insert(a.patientId, h);
        }
        const QDateTime local = a.start.toTimeZone(zone);
        const QDateTime booked = a.bookedAt.isValid() ? a.bookedAt : now;
        const int leadDays = static_cast<int>(booked.toTimeZone(zone).date().daysTo(local.date()));
        out.insert(a.id, score(*it, leadDays, local.date().dayOfWeek(), local.time().hour()));
    }
    return out;
}

} // namespace rapport
