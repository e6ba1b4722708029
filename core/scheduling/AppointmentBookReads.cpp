// The reading half of AppointmentBook: the book's rows, a patient's appointments, month
// counts and status history.
#include "scheduling/AppointmentBook.h"

#include "patients/Patient.h"
#include "scheduling/SchedulingVocabulary.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport {

namespace {
constexpr const char* kColumns =
    "a.id, a.patient_id, a.provider_id, a.chair_id, a.type_id, a.start_at, a.end_at, a.status, a.status_reason,"
    " a.notes, a.series_id, a.series_index, a.booked_at, a.booked_by, a.override_reason, a.updated_at";
constexpr int kColumnCount = 16;

Appointment readAppointment(const Statement& st)
{
    Appointment a;
    a.id = st.text(0);
    a.patientId = st.text(1);
    a.providerId = st.text(2);
    a.chairId = st.text(3);
    a.typeId = st.text(4);
    a.start = st.dateTime(5);
    a.end = st.dateTime(6);
    a.status = SchedulingVocabulary::statusFromKey(st.text(7)).value_or(AppointmentStatus::Booked);
    a.statusReason = st.text(8);
    a.notes = st.text(9);
    a.seriesId = st.text(10);
    a.seriesIndex = st.isNull(11) ? -1 : st.integer(11);
    a.bookedAt = st.dateTime(12);
    a.bookedBy = st.text(13);
    a.overrideReason = st.text(14);
    a.updatedAt = st.dateTime(15);
    return a;
}

QString notFoundText()
{
    return QCoreApplication::translate("rapport::AppointmentBook", "This appointment does not exist.");
}
} // namespace

Result<Appointment> AppointmentBook::load(const QString& id)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns)
                                                                 + QStringLiteral(" FROM appointments a WHERE a.id = :id")));
    st.bind(":id", id);
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found)
        return fail(ErrorCode::NotFound, notFoundText(), id);
    return readAppointment(st);
}

Result<Appointment> AppointmentBook::get(const QString& id)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    return load(id);
}

Result<QList<AppointmentRow>> AppointmentBook::rows(const QString& where, const QStringList& providerIds,
                                                    const std::function<void(Statement&)>& bind)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kColumns)
        + QStringLiteral(", p.given_name, p.family_name, p.preferred_name, p.mobile_phone, p.home_phone, p.work_phone,"
                         " p.date_of_birth, t.name, t.colour, pr.name, pr.colour, c.name"
                         " FROM appointments a JOIN patients p ON p.id = a.patient_id"
                         " JOIN appointment_types t ON t.id = a.type_id JOIN providers pr ON pr.id = a.provider_id"
                         " LEFT JOIN chairs c ON c.id = a.chair_id WHERE ")
        + where;
    if (!providerIds.isEmpty()) {
        QStringList names;
        for (int i = 0; i < providerIds.size(); ++i)
            names << QStringLiteral(":pr%1").arg(i);
        sql += QStringLiteral(" AND a.provider_id IN (") + names.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY a.start_at, pr.sort_order, pr.name");
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(sql));
    bind(st);
    for (int i = 0; i < providerIds.size(); ++i)
        st.bind(QStringLiteral(":pr%1").arg(i).toLatin1().constData(), providerIds.at(i));
    QList<AppointmentRow> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        AppointmentRow r;
        r.appointment = readAppointment(st);
        int c = kColumnCount;
        Patient p;
        p.givenName = st.text(c++);
        p.familyName = st.text(c++);
        p.preferredName = st.text(c++);
        p.mobilePhone = st.text(c++);
        p.homePhone = st.text(c++);
        p.workPhone = st.text(c++);
        r.patientName = p.displayName();
        r.patientPhone = p.firstPhone();
        r.patientDateOfBirth = st.isNull(c) ? QDate() : QDate::fromString(st.text(c), Qt::ISODate);
        ++c;
        r.typeName = st.text(c++);
        r.typeColour = st.text(c++);
        r.providerName = st.text(c++);
        r.providerColour = st.text(c++);
        r.chairName = st.text(c++);
        out << r;
    }));
    return out;
}

Result<AppointmentRow> AppointmentBook::row(const QString& id)
{
    RAPPORT_TRY_ASSIGN(const QList<AppointmentRow> found, rows(QStringLiteral("a.id = :id"), {}, [&](Statement& st) {
                           st.bind(":id", id);
                       }));
    if (found.isEmpty())
        return fail(ErrorCode::NotFound, notFoundText(), id);
    return found.first();
}

Result<QList<AppointmentRow>> AppointmentBook::range(const TimeRange& range, const QStringList& providerIds,
                                                     bool includeCancelled)
{
    QString where = QStringLiteral("a.start_at >= :from AND a.start_at < :to");
    if (!includeCancelled)
        where += QStringLiteral(" AND a.holds_time = 1");
    return rows(where, providerIds, [&](Statement& st) {
        st.bind(":from", range.startMs);
        st.bind(":to", range.endMs);
    });
}

Result<QList<AppointmentRow>> AppointmentBook::day(QDate date, const QStringList& providerIds, bool includeCancelled)
{
    const WorkingCalendar cal(SettingsService(m_clinic).timeZone(), {}, {});
    return range(cal.localDay(date), providerIds, includeCancelled);
}

Result<QHash<QDate, int>> AppointmentBook::monthCounts(int year, int month, const QStringList& providerIds)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    const WorkingCalendar cal(SettingsService(m_clinic).timeZone(), {}, {});
    const QDate first(year, month, 1);
    if (!first.isValid())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::AppointmentBook", "Choose a month."));
    const int days = first.daysInMonth();
    QList<qint64> bounds; // bounds[i] = start of day i; bounds[days] = end of the month
    for (int i = 0; i <= days; ++i)
        bounds << cal.localDay(first.addDays(i)).startMs;
    QString sql = QStringLiteral("SELECT start_at FROM appointments WHERE start_at >= :from AND start_at < :to"
                                 " AND holds_time = 1");
    if (!providerIds.isEmpty()) {
        QStringList names;
        for (int i = 0; i < providerIds.size(); ++i)
            names << QStringLiteral(":pr%1").arg(i);
        sql += QStringLiteral(" AND provider_id IN (") + names.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(sql));
    st.bind(":from", bounds.first());
    st.bind(":to", bounds.last());
    for (int i = 0; i < providerIds.size(); ++i)
        st.bind(QStringLiteral(":pr%1").arg(i).toLatin1().constData(), providerIds.at(i));
    QList<int> counts(days, 0);
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        const qint64 at = st.int64(0);
        const auto it = std::upper_bound(bounds.cbegin(), bounds.cend(), at);
        const auto index = std::distance(bounds.cbegin(), it) - 1;
        if (index >= 0 && index < days)
            ++counts[index];
    }));
    QHash<QDate, int> out;
    for (int i = 0; i < days; ++i)
        if (counts.at(i) > 0)
            out.insert(first.addDays(i), counts.at(i));
    return out;
}

Result<QList<AppointmentRow>> AppointmentBook::forPatient(const QString& patientId)
{
    RAPPORT_TRY_ASSIGN(QList<AppointmentRow> out, rows(QStringLiteral("a.patient_id = :patient"), {}, [&](Statement& st) {
                           st.bind(":patient", patientId);
                       }));
    std::reverse(out.begin(), out.end());
    return out;
}

Result<QList<AppointmentStatusChange>> AppointmentBook::history(const QString& id)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT h.status, h.reason, h.at, s.display_name FROM appointment_status_history h"
                                         " LEFT JOIN staff s ON s.id = h.actor_id WHERE h.appointment_id = :id"
                                         " ORDER BY h.at, h.rowid"));
    st.bind(":id", id);
    QList<AppointmentStatusChange> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        AppointmentStatusChange c;
        c.status = SchedulingVocabulary::statusFromKey(st.text(0)).value_or(AppointmentStatus::Booked);
        c.reason = st.text(1);
        c.at = st.dateTime(2);
        c.actorName = st.text(3);
        out << c;
    }));
    return out;
}

} // namespace rapport
