#include "scheduling/WaitlistRows.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rapport::WaitlistRows {

namespace {
QString dateKey(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

QString columns()
{
    return QStringLiteral("w.id, w.patient_id, w.type_id, w.provider_id, w.duration_minutes, w.weekdays,"
                          " w.earliest_minute, w.latest_minute, w.earliest_date, w.latest_date, w.priority, w.note,"
                          " w.current_appointment_id, w.status, w.booked_appointment_id, w.created_at");
}

WaitlistEntry read(const Statement& row, int first)
{
    const int c = first;
    WaitlistEntry e;
    e.id = row.text(c);
    e.patientId = row.text(c + 1);
    e.typeId = row.text(c + 2);
    e.providerId = row.text(c + 3);
    e.durationMinutes = row.integer(c + 4);
    e.weekdays = row.integer(c + 5);
    e.earliestMinute = row.integer(c + 6);
    e.latestMinute = row.integer(c + 7);
    e.earliestDate = QDate::fromString(row.text(c + 8), Qt::ISODate);
    e.latestDate = QDate::fromString(row.text(c + 9), Qt::ISODate);
    e.priority = row.integer(c + 10);
    e.note = row.text(c + 11);
    e.currentAppointmentId = row.text(c + 12);
    e.status = statusFromKey(row.text(c + 13));
    e.bookedAppointmentId = row.text(c + 14);
    e.createdAt = row.dateTime(c + 15);
    return e;
}

Result<WaitlistEntry> load(Database& db, const QString& id)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + columns()
                                                + QStringLiteral(" FROM waitlist w WHERE w.id = :id")));
    st.bind(":id", id);
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("rapport::Waitlist", "This waitlist entry does not exist."));
    return read(st);
}

void bindConstraints(Statement& st, const WaitlistEntry& e)
{
    st.bindOrNull(":type", e.typeId)
        .bindOrNull(":provider", e.providerId)
        .bind(":duration", e.durationMinutes)
        .bind(":weekdays", e.weekdays)
        .bind(":earliest", e.earliestMinute)
        .bind(":latest", e.latestMinute)
        .bindOrNull(":fromDate", dateKey(e.earliestDate))
        .bindOrNull(":toDate", dateKey(e.latestDate))
        .bind(":priority", e.priority)
        .bind(":note", e.note)
        .bindOrNull(":current", e.currentAppointmentId);
}

QString statusKey(WaitlistStatus s)
{
    switch (s) {
    case WaitlistStatus::Waiting:
        return QStringLiteral("waiting");
    case WaitlistStatus::Booked:
        return QStringLiteral("booked");
    case WaitlistStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

WaitlistStatus statusFromKey(const QString& key)
{
    if (key == QLatin1String("booked"))
        return WaitlistStatus::Booked;
    if (key == QLatin1String("removed"))
        return WaitlistStatus::Removed;
    return WaitlistStatus::Waiting;
}

} // namespace rapport::WaitlistRows
