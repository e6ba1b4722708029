#include "scheduling/Waitlist.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "patients/Patient.h"
#include "scheduling/ScheduleSetup.h"
#include "scheduling/WaitlistRows.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::Waitlist", text);
}

constexpr int kMaxPriority = 99;
constexpr int kMaxNoteLength = 1000;

QStringList changedFields(const WaitlistEntry& a, const WaitlistEntry& b)
{
    QStringList out;
    auto check = [&](bool differs, const char* key) {
        if (differs)
            out << QString::fromLatin1(key);
    };
    check(a.typeId != b.typeId, "typeId");
    check(a.providerId != b.providerId, "providerId");
    check(a.durationMinutes != b.durationMinutes, "durationMinutes");
    check(a.weekdays != b.weekdays, "weekdays");
    check(a.earliestMinute != b.earliestMinute || a.latestMinute != b.latestMinute, "times");
    check(a.earliestDate != b.earliestDate || a.latestDate != b.latestDate, "dates");
    check(a.priority != b.priority, "priority");
    check(a.note != b.note, "note");
    check(a.currentAppointmentId != b.currentAppointmentId, "currentAppointmentId");
    return out;
}
} // namespace

Waitlist::Waitlist(Clinic& clinic)
    : m_clinic(clinic)
{
}

// Checks an entry and fills in what may be left out (the duration). The patient must be
// a current record, the type and provider active and compatible, and the appointment the
// patient holds now must be theirs and still to come.
static Result<WaitlistEntry> checked(Clinic& clinic, WaitlistEntry e)
{
    Database& db = clinic.database();
    ScheduleSetup setup(clinic);
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT merged_into FROM patients WHERE id = :id"));
        st.bind(":id", e.patientId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (e.patientId.isEmpty() || !found)
            return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::Waitlist", "Choose the patient who is waiting."));
        if (!st.isNull(0))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("rapport::Waitlist", "This patient's record was merged into another one. Add the other record instead."));
    }
    std::optional<AppointmentType> type;
    if (!e.typeId.isEmpty()) {
        auto t = setup.type(e.typeId);
        if (!t || !t->active)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("rapport::Waitlist", "The appointment type is not offered any more. Choose another type."));
        type = *t;
    }
    if (!e.providerId.isEmpty()) {
        auto p = setup.provider(e.providerId);
        if (!p || !p->active)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("rapport::Waitlist", "The provider does not work here any more. Choose another provider or any provider."));
        if (type && !type->offeredBy(e.providerId))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("rapport::Waitlist", "%1 does not do \"%2\" appointments. Choose another provider or any provider.")
                            .arg(p->name, type->name));
    }
    int currentMinutes = 0;
    if (!e.currentAppointmentId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT patient_id, start_at, end_at, holds_time, type_id"
                                                    " FROM appointments WHERE id = :id"));
        st.bind(":id", e.currentAppointmentId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found || st.text(0) != e.patientId)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("rapport::Waitlist", "The current appointment is not one of this patient's. Choose one of theirs, or none."));
        if (!st.boolean(3) || st.int64(1) <= clinic.clock().nowMs())
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("rapport::Waitlist", "The current appointment is cancelled or already past. Choose an appointment still to "
                           "come, or none."));
        currentMinutes = static_cast<int>((st.int64(2) - st.int64(1)) / 60000);
    }
    if (e.durationMinutes <= 0)
        e.durationMinutes = currentMinutes > 0 ? currentMinutes : type ? type->durationMinutes : 0;
    if (e.durationMinutes <= 0)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::Waitlist", "Choose the type of appointment the patient is waiting for, or enter how long it takes."));
    if (e.durationMinutes < 5 || e.durationMinutes > kMaxAppointmentMinutes)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::Waitlist", "Enter a duration from 5 minutes to %1 hours.").arg(kMaxAppointmentMinutes / 60));
    e.weekdays &= 0x7F;
    if (e.weekdays == 0)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::Waitlist", "Choose at least one day of the week the patient can come."));
    if (e.earliestMinute < 0 || e.latestMinute > 24 * 60 || e.earliestMinute >= e.latestMinute)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::Waitlist", "The earliest start time must be before the latest start time."));
    if (e.earliestDate.isValid() && e.latestDate.isValid() && e.latestDate < e.earliestDate)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::Waitlist", "The latest date is before the earliest date. Choose a later one."));
    if (e.latestDate.isValid() && e.latestDate < SettingsService(clinic).today())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::Waitlist", "The latest date has already passed. Choose a later one or none."));
    if (e.priority < 0 || e.priority > kMaxPriority)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::Waitlist", "Enter a priority from 0 (normal) to %1 (most urgent).").arg(kMaxPriority));
    e.note = e.note.trimmed();
    if (e.note.size() > kMaxNoteLength)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::Waitlist", "Shorten the note to %1 characters.").arg(kMaxNoteLength));
    return e;
}

Result<WaitlistEntry> Waitlist::add(const WaitlistEntry& entry)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    WaitlistEntry draft = entry;
    draft.status = WaitlistStatus::Waiting;
    draft.bookedAppointmentId.clear();
    RAPPORT_TRY_ASSIGN(WaitlistEntry e, checked(m_clinic, draft));
    Database& db = m_clinic.database();
    const QDateTime now = m_clinic.clock().now();
    e.id = Uuid::create(now.toMSecsSinceEpoch());
    e.createdAt = now;
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st,
                       db.prepare("INSERT INTO waitlist (id, patient_id, type_id, provider_id, duration_minutes,"
                                  " weekdays, earliest_minute, latest_minute, earliest_date, latest_date, priority,"
                                  " note, current_appointment_id, status, created_at, created_by, updated_at)"
                                  " VALUES (:id, :patient, :type, :provider, :duration, :weekdays, :earliest,"
                                  " :latest, :fromDate, :toDate, :priority, :note, :current, 'waiting', :now,"
                                  " :by, :now)"));
    st.bind(":id", e.id).bind(":patient", e.patientId).bind(":now", now).bindOrNull(":by", m_clinic.session().userId);
    WaitlistRows::bindConstraints(st, e);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("waitlist.add"), QStringLiteral("waitlist"), e.id, e.patientId));
    RAPPORT_TRY(tx.commit());
    return e;
}

Result<WaitlistEntry> Waitlist::update(const WaitlistEntry& entry)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(const WaitlistEntry before, WaitlistRows::load(db, entry.id));
    if (before.status != WaitlistStatus::Waiting)
        return fail(ErrorCode::Conflict, tr("This waitlist entry was already booked or removed; it cannot be changed."));
    WaitlistEntry draft = entry;
    draft.patientId = before.patientId; // an entry belongs to one patient for good
    draft.status = before.status;
    draft.createdAt = before.createdAt;
    draft.bookedAppointmentId.clear();
    RAPPORT_TRY_ASSIGN(WaitlistEntry e, checked(m_clinic, draft));
    const QStringList changed = changedFields(before, e);
    if (changed.isEmpty())
        return before;
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st,
                       db.prepare("UPDATE waitlist SET type_id = :type, provider_id = :provider,"
                                  " duration_minutes = :duration, weekdays = :weekdays, earliest_minute = :earliest,"
                                  " latest_minute = :latest, earliest_date = :fromDate, latest_date = :toDate,"
                                  " priority = :priority, note = :note, current_appointment_id = :current,"
                                  " updated_at = :now WHERE id = :id AND status = 'waiting'"));
    st.bind(":id", e.id).bind(":now", m_clinic.clock().now());
    WaitlistRows::bindConstraints(st, e);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("waitlist.update"), QStringLiteral("waitlist"), e.id,
                                changed.join(QLatin1Char(','))));
    RAPPORT_TRY(tx.commit());
    return e;
}

Status Waitlist::remove(const QString& id)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(const WaitlistEntry e, WaitlistRows::load(db, id));
    if (e.status == WaitlistStatus::Removed)
        return {};
    if (e.status == WaitlistStatus::Booked)
        return fail(ErrorCode::Conflict,
                    tr("This patient was already booked from the waitlist; there is nothing to remove."));
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE waitlist SET status = 'removed', updated_at = :now"
                                                " WHERE id = :id AND status = 'waiting'"));
    st.bind(":id", id).bind(":now", m_clinic.clock().now());
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("waitlist.remove"), QStringLiteral("waitlist"), id));
    return tx.commit();
}

Result<QList<WaitlistEntry>> Waitlist::list(bool includeClosed)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    RAPPORT_TRY_ASSIGN(Statement st,
                       m_clinic.database().prepare(
                           QStringLiteral("SELECT ") + WaitlistRows::columns()
                           + QStringLiteral(", p.given_name, p.family_name, p.preferred_name, p.mobile_phone,"
                                            " p.home_phone, p.work_phone"
                                            " FROM waitlist w JOIN patients p ON p.id = w.patient_id")
                           + (includeClosed ? QString() : QStringLiteral(" WHERE w.status = 'waiting'"))
                           + QStringLiteral(" ORDER BY w.created_at, w.id")));
    QList<WaitlistEntry> out;
    RAPPORT_TRY(st.forEach([&](const Statement& row) {
        WaitlistEntry e = WaitlistRows::read(row);
        // The patient's name and phone, for the list on the book.
        const int c = WaitlistRows::kColumnCount;
        Patient p;
        p.givenName = row.text(c);
        p.familyName = row.text(c + 1);
        p.preferredName = row.text(c + 2);
        p.mobilePhone = row.text(c + 3);
        p.homePhone = row.text(c + 4);
        p.workPhone = row.text(c + 5);
        e.patientName = p.displayName();
        e.patientPhone = p.firstPhone();
        out << e;
    }));
    return out;
}

Result<Appointment> Waitlist::bookOffer(const WaitlistOffer& offer, const BookingOptions& options)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(const WaitlistEntry e, WaitlistRows::load(db, offer.entry.id));
    if (e.status != WaitlistStatus::Waiting)
        return fail(ErrorCode::Conflict,
                    tr("This waitlist entry was booked or removed in the meantime. Look at the offers again."));
    if (!offer.slot.start.isValid() || offer.slot.providerId.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Choose a time and a provider for the offer."));
    if (!e.providerId.isEmpty() && e.providerId != offer.slot.providerId)
        return fail(ErrorCode::InvalidInput, tr("The patient asked for another provider. Choose a matching offer."));

    AppointmentBook book(m_clinic);
    std::optional<Appointment> current;
    if (!e.currentAppointmentId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(const Appointment a, book.get(e.currentAppointmentId));
        if (holdsTime(a.status))
            current = a;
    }
    Appointment booked;
    if (current) {
        RAPPORT_TRY_ASSIGN(booked, book.move(current->id, offer.slot.start, offer.slot.providerId, offer.slot.chairId,
                                             options));
    } else {
        Appointment draft;
        draft.patientId = e.patientId;
        draft.providerId = offer.slot.providerId;
        draft.chairId = offer.slot.chairId;
        // An entry kept by duration alone is booked as the type chosen on the offer.
        draft.typeId = !e.typeId.isEmpty() ? e.typeId : offer.entry.typeId;
        if (draft.typeId.isEmpty() && !e.currentAppointmentId.isEmpty()) {
            RAPPORT_TRY_ASSIGN(const Appointment old, book.get(e.currentAppointmentId));
            draft.typeId = old.typeId;
        }
        if (draft.typeId.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("The patient did not say which type of appointment they are waiting for. Choose the "
                           "type to book."));
        draft.start = offer.slot.start;
        draft.end = offer.slot.start.addSecs(qint64(e.durationMinutes) * 60);
        RAPPORT_TRY_ASSIGN(booked, book.book(draft, options));
    }
    RAPPORT_TRY(writeBooked(e.id, booked.id));
    RAPPORT_TRY(tx.commit());
    return booked;
}

Status Waitlist::writeBooked(const QString& entryId, const QString& appointmentId)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "UPDATE waitlist SET status = 'booked', booked_appointment_id = :a,"
                                         " updated_at = :now WHERE id = :id"));
    st.bind(":id", entryId).bind(":a", appointmentId).bind(":now", m_clinic.clock().now());
    RAPPORT_TRY(st.exec());
    return m_clinic.record(QStringLiteral("waitlist.book"), QStringLiteral("waitlist"), entryId, appointmentId);
}

Status Waitlist::markBooked(const QString& entryId, const QString& appointmentId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(const WaitlistEntry e, WaitlistRows::load(db, entryId));
    if (e.status != WaitlistStatus::Waiting)
        return fail(ErrorCode::Conflict, tr("This waitlist entry was already booked or removed; it cannot be changed."));
    RAPPORT_TRY_ASSIGN(const Appointment a, AppointmentBook(m_clinic).get(appointmentId));
    if (a.patientId != e.patientId)
        return fail(ErrorCode::InvalidInput, tr("This appointment is another patient's. The waitlist entry stays."));
    RAPPORT_TRY(writeBooked(e.id, a.id));
    return tx.commit();
}

} // namespace rapport
