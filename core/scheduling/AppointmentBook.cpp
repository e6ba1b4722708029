#include "scheduling/AppointmentBook.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "messaging/ReminderPlanner.h"
#include "scheduling/SchedulingVocabulary.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>
#include <QLocale>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::AppointmentBook", text);
}

constexpr qint64 kMinuteMs = 60 * 1000;

QString localTime(const WorkingCalendar& cal, qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, cal.timeZone()).time(), QLocale::ShortFormat);
}

Result<QString> nameOf(Database& db, const char* sql, const QString& id)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(sql));
    st.bind(":id", id);
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    return found ? st.text(0) : QString();
}
} // namespace

AppointmentBook::AppointmentBook(Clinic& clinic)
    : m_clinic(clinic)
{
}

int AppointmentBook::lateCancelHours() const
{
    return SettingsService(m_clinic).lateCancelHours();
}

Result<QList<ScheduleConflict>> AppointmentBook::conflicts(const Appointment& draft, const QString& ignoreId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    Database& db = m_clinic.database();
    const TimeRange range{draft.start.toMSecsSinceEpoch(), draft.end.toMSecsSinceEpoch()};
    const qint64 lowest = range.startMs - kMaxAppointmentMinutes * kMinuteMs;
    RAPPORT_TRY_ASSIGN(const WorkingCalendar cal,
                       WorkingCalendar::load(m_clinic, draft.start.date().addDays(-1), draft.end.date().addDays(1)));
    RAPPORT_TRY_ASSIGN(const QString providerName,
                       nameOf(db, "SELECT name FROM providers WHERE id = :id", draft.providerId));
    QList<ScheduleConflict> out;

    // Someone already there: the provider, the chair or the patient.
    auto busy = [&](const char* sql, const QString& key, ScheduleConflict::Kind kind) -> Status {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(sql));
        st.bind(":key", key);
        st.bind(":lo", lowest);
        st.bind(":start", range.startMs);
        st.bind(":end", range.endMs);
        st.bind(":ignore", ignoreId);
        return st.forEach([&](const Statement&) {
            ScheduleConflict c;
            c.kind = kind;
            c.otherAppointmentId = st.text(0);
            const QString from = localTime(cal, st.int64(1));
            const QString to = localTime(cal, st.int64(2));
            switch (kind) {
            case ScheduleConflict::ProviderBusy:
                c.message = tr("%1 already has an appointment from %2 to %3.").arg(providerName, from, to);
                break;
            case ScheduleConflict::ChairBusy:
                c.message = tr("%1 is already in use from %2 to %3.").arg(st.text(3), from, to);
                break;
            default:
                c.message = tr("The patient already has an appointment from %1 to %2 with %3.").arg(from, to, st.text(3));
                break;
            }
            out << c;
        });
    };
    RAPPORT_TRY(busy("SELECT a.id, a.start_at, a.end_at FROM appointments a WHERE a.provider_id = :key"
                     " AND a.start_at >= :lo AND a.start_at < :end AND a.end_at > :start AND a.holds_time = 1"
                     " AND a.id <> :ignore ORDER BY a.start_at LIMIT 5",
                     draft.providerId, ScheduleConflict::ProviderBusy));
    if (!draft.chairId.isEmpty())
        RAPPORT_TRY(busy("SELECT a.id, a.start_at, a.end_at, c.name FROM appointments a JOIN chairs c ON c.id = a.chair_id"
                         " WHERE a.chair_id = :key AND a.start_at >= :lo AND a.start_at < :end AND a.end_at > :start"
                         " AND a.holds_time = 1 AND a.id <> :ignore ORDER BY a.start_at LIMIT 5",
                         draft.chairId, ScheduleConflict::ChairBusy));
    RAPPORT_TRY(busy("SELECT a.id, a.start_at, a.end_at, p.name FROM appointments a JOIN providers p ON p.id = a.provider_id"
                     " WHERE a.patient_id = :key AND a.start_at >= :lo AND a.start_at < :end AND a.end_at > :start"
                     " AND a.holds_time = 1 AND a.id <> :ignore ORDER BY a.start_at LIMIT 5",
                     draft.patientId, ScheduleConflict::PatientBusy));

    // Closures, absences and working hours, day by day (an appointment may cross midnight).
    const QDate first = cal.localDate(range.startMs);
    const QDate last = cal.localDate(range.endMs - 1);
    bool closed = false;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (const ScheduleException* closure = cal.closureOn(d)) {
            closed = true;
            const QString date = QLocale().toString(d, QLocale::LongFormat);
            out << ScheduleConflict{ScheduleConflict::ClinicClosed, {},
                                    closure->note.isEmpty() ? tr("The clinic is closed on %1.").arg(date)
                                                            : tr("The clinic is closed on %1 (%2).").arg(date, closure->note)};
        }
    }
    if (const ScheduleException* absence = cal.absenceDuring(draft.providerId, range)) {
        const QString what = SchedulingVocabulary::exceptionName(absence->kind);
        out << ScheduleConflict{ScheduleConflict::ProviderAbsent, {},
                                absence->note.isEmpty() ? tr("%1 is away then: %2.").arg(providerName, what)
                                                        : tr("%1 is away then: %2 (%3).").arg(providerName, what, absence->note)};
    } else if (!closed) {
        bool inside = false;
        for (const auto& [hours, chair] : cal.regularHours(draft.providerId, first))
            inside = inside || hours.contains(range);
        if (!inside)
            out << ScheduleConflict{ScheduleConflict::OutsideWorkingHours, {},
                                    tr("%1 does not work from %2 to %3 on that day.")
                                        .arg(providerName, localTime(cal, range.startMs), localTime(cal, range.endMs))};
    }

    if (!draft.typeId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT count(*), sum(provider_id = :p) FROM appointment_type_providers"
                                                    " WHERE type_id = :t"));
        st.bind(":t", draft.typeId);
        st.bind(":p", draft.providerId);
        RAPPORT_TRY(st.next());
        if (st.int64(0) > 0 && st.int64(1) == 0) {
            RAPPORT_TRY_ASSIGN(const QString typeName,
                               nameOf(db, "SELECT name FROM appointment_types WHERE id = :id", draft.typeId));
            out << ScheduleConflict{ScheduleConflict::TypeNotOffered, {},
                                    tr("%1 does not do %2 appointments.").arg(providerName, typeName)};
        }
    }
    return out;
}

Status AppointmentBook::checkOrOverride(const Appointment& draft, const QString& ignoreId, const BookingOptions& options)
{
    RAPPORT_TRY_ASSIGN(const QList<ScheduleConflict> found, conflicts(draft, ignoreId));
    if (found.isEmpty())
        return {};
    const QString reason = options.overrideReason.simplified();
    if (reason.isEmpty()) {
        QStringList why;
        for (const ScheduleConflict& c : found)
            why << c.message;
        return fail(ErrorCode::Conflict, why.join(QLatin1Char(' ')));
    }
    if (!m_clinic.session().can(Permission::OverrideScheduleConflicts))
        return fail(ErrorCode::PermissionDenied,
                    tr("Booking despite a conflict needs a manager or an administrator. Choose another time."));
    QStringList kinds;
    for (const ScheduleConflict& c : found)
        kinds << QString::number(c.kind);
    kinds.removeDuplicates();
    return m_clinic.record(QStringLiteral("appointment.override"), QStringLiteral("appointment"), draft.id,
                           kinds.join(QLatin1Char(',')));
}

Status AppointmentBook::validateDraft(Appointment& draft)
{
    Database& db = m_clinic.database();
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT status FROM patients WHERE id = :id"));
        st.bind(":id", draft.patientId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found)
            return fail(ErrorCode::NotFound, tr("Choose the patient for this appointment."));
        if (st.text(0) == QStringLiteral("archived") || st.text(0) == QStringLiteral("deceased"))
            return fail(ErrorCode::InvalidInput,
                        tr("This patient's record is archived or marked deceased. Restore it on the patient's page to book."));
    }
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT active FROM providers WHERE id = :id"));
        st.bind(":id", draft.providerId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found || !st.boolean(0))
            return fail(ErrorCode::InvalidInput, tr("Choose a provider who is still working here."));
    }
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT duration_minutes, active FROM appointment_types WHERE id = :id"));
        st.bind(":id", draft.typeId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found || !st.boolean(1))
            return fail(ErrorCode::InvalidInput, tr("Choose the type of appointment."));
        if (!draft.end.isValid() && draft.start.isValid())
            draft.end = draft.start.addSecs(st.integer(0) * 60);
    }
    if (!draft.chairId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT active FROM chairs WHERE id = :id"));
        st.bind(":id", draft.chairId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found || !st.boolean(0))
            return fail(ErrorCode::InvalidInput, tr("Choose a chair or room that is in use, or none."));
    }
    if (!draft.start.isValid() || !draft.end.isValid())
        return fail(ErrorCode::InvalidInput, tr("Enter when the appointment starts."));
    draft.start = draft.start.toUTC();
    draft.end = draft.end.toUTC();
    const qint64 minutes = draft.start.secsTo(draft.end) / 60;
    if (minutes < 5 || minutes > kMaxAppointmentMinutes)
        return fail(ErrorCode::InvalidInput, tr("An appointment lasts from 5 minutes to 12 hours."));
    draft.notes = draft.notes.trimmed();
    if (draft.notes.size() > 2000)
        return fail(ErrorCode::InvalidInput, tr("Notes can be up to 2,000 characters long."));
    return {};
}

Status AppointmentBook::insert(Appointment& a)
{
    Database& db = m_clinic.database();
    const QDateTime now = m_clinic.clock().now();
    a.bookedAt = now;
    a.updatedAt = now;
    a.bookedBy = m_clinic.session().userId;
    a.status = AppointmentStatus::Booked;
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(
                                         "INSERT INTO appointments (id, patient_id, provider_id, chair_id, type_id, start_at,"
                                         " end_at, status, holds_time, notes, series_id, series_index, override_reason,"
                                         " booked_at, booked_by, updated_at, updated_by) VALUES (:id, :patient, :provider,"
                                         " :chair, :type, :start, :end, 'booked', 1, :notes, :series, :index, :override,"
                                         " :now, :by, :now, :by)"));
    st.bind(":id", a.id);
    st.bind(":patient", a.patientId);
    st.bind(":provider", a.providerId);
    st.bindOrNull(":chair", a.chairId);
    st.bind(":type", a.typeId);
    st.bind(":start", a.start);
    st.bind(":end", a.end);
    st.bind(":notes", a.notes);
    st.bindOrNull(":series", a.seriesId);
    if (a.seriesId.isEmpty())
        st.bindNull(":index");
    else
        st.bind(":index", a.seriesIndex);
    st.bind(":override", a.overrideReason);
    st.bind(":now", now);
    st.bind(":by", a.bookedBy);
    RAPPORT_TRY(st.exec());
    return addHistory(a.id, AppointmentStatus::Booked, {});
}

Status AppointmentBook::addHistory(const QString& appointmentId, AppointmentStatus status, const QString& reason)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "INSERT INTO appointment_status_history (id, appointment_id, status, reason, at,"
                                         " actor_id) VALUES (:id, :a, :s, :r, :at, :by)"));
    st.bind(":id", Uuid::create(m_clinic.clock().nowMs()));
    st.bind(":a", appointmentId);
    st.bind(":s", SchedulingVocabulary::statusKey(status));
    st.bind(":r", reason);
    st.bind(":at", m_clinic.clock().now());
    st.bind(":by", m_clinic.session().userId);
    return st.exec();
}

Result<Appointment> AppointmentBook::bookInTransaction(Appointment draft, const BookingOptions& options)
{
    RAPPORT_TRY(validateDraft(draft));
    draft.id = Uuid::create(m_clinic.clock().nowMs());
    draft.overrideReason = options.overrideReason.simplified();
    RAPPORT_TRY(checkOrOverride(draft, {}, options));
    RAPPORT_TRY(insert(draft));
    RAPPORT_TRY(appointmentWritten(m_clinic, draft));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("appointment.book"), QStringLiteral("appointment"), draft.id,
                                draft.patientId));
    return draft;
}

Result<Appointment> AppointmentBook::book(Appointment draft, const BookingOptions& options)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    RAPPORT_TRY_ASSIGN(Transaction tx, m_clinic.database().begin());
    draft.seriesId.clear();
    RAPPORT_TRY_ASSIGN(Appointment booked, bookInTransaction(draft, options));
    RAPPORT_TRY(tx.commit());
    return booked;
}

Result<SeriesOutcome> AppointmentBook::bookSeries(Appointment first, const SeriesRule& rule, const BookingOptions& options)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    if (rule.count < 2 || rule.count > 104)
        return fail(ErrorCode::InvalidInput, tr("A series has from 2 to 104 appointments."));
    if (rule.interval < 1 || rule.interval > 12)
        return fail(ErrorCode::InvalidInput, tr("Repeat every 1 to 12 weeks or months."));
    RAPPORT_TRY(validateDraft(first));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    SeriesOutcome out;
    out.seriesId = Uuid::create(m_clinic.clock().nowMs());
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("INSERT INTO appointment_series (id, frequency, interval_count,"
                                                    " occurrences, created_at, created_by) VALUES (:id, :f, :i, :n, :now, :by)"));
        st.bind(":id", out.seriesId);
        st.bind(":f", rule.frequency == SeriesRule::Weekly ? QStringLiteral("weekly") : QStringLiteral("monthly"));
        st.bind(":i", rule.interval);
        st.bind(":n", rule.count);
        st.bind(":now", m_clinic.clock().nowMs());
        st.bind(":by", m_clinic.session().userId);
        RAPPORT_TRY(st.exec());
    }
    // Every occurrence keeps the first one's local time of day, across daylight-saving changes.
    const WorkingCalendar cal(SettingsService(m_clinic).timeZone(), {}, {});
    const QDate firstDate = cal.localDate(first.start.toMSecsSinceEpoch());
    const int minute = cal.localMinute(first.start.toMSecsSinceEpoch());
    const qint64 durationMs = first.end.toMSecsSinceEpoch() - first.start.toMSecsSinceEpoch();
    for (int i = 0; i < rule.count; ++i) {
        if (rule.skip.contains(i)) {
            out.leftOut.append(std::pair<int, QList<ScheduleConflict>>(i, {}));
            continue;
        }
        const QDate date = rule.frequency == SeriesRule::Weekly ? firstDate.addDays(qint64(7) * rule.interval * i)
                                                                : firstDate.addMonths(rule.interval * i);
        Appointment occurrence = first;
        occurrence.start = QDateTime::fromMSecsSinceEpoch(cal.toUtcMs(date, minute), Qt::UTC);
        occurrence.end = occurrence.start.addMSecs(durationMs);
        occurrence.seriesId = out.seriesId;
        occurrence.seriesIndex = i;
        if (options.overrideReason.simplified().isEmpty()) {
            RAPPORT_TRY_ASSIGN(const QList<ScheduleConflict> found, conflicts(occurrence));
            if (!found.isEmpty()) {
                out.leftOut.append(std::pair<int, QList<ScheduleConflict>>(i, found));
                continue;
            }
        }
        RAPPORT_TRY_ASSIGN(Appointment booked, bookInTransaction(occurrence, options));
        out.booked << booked;
    }
    if (out.booked.isEmpty())
        return fail(ErrorCode::Conflict, tr("None of the appointments in this series could be booked. Choose another time."));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("appointment.series"), QStringLiteral("appointment-series"), out.seriesId,
                                QString::number(out.booked.size())));
    RAPPORT_TRY(tx.commit());
    return out;
}

Status AppointmentBook::writeTimes(const Appointment& a, bool seriesException)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "UPDATE appointments SET start_at = :start, end_at = :end, provider_id = :provider,"
                                         " chair_id = :chair, override_reason = :override, series_exception ="
                                         " max(series_exception, :exception), updated_at = :now, updated_by = :by"
                                         " WHERE id = :id"));
    st.bind(":start", a.start);
    st.bind(":end", a.end);
    st.bind(":provider", a.providerId);
    st.bindOrNull(":chair", a.chairId);
    st.bind(":override", a.overrideReason);
    st.bind(":exception", seriesException ? 1 : 0);
    st.bind(":now", m_clinic.clock().now());
    st.bind(":by", m_clinic.session().userId);
    st.bind(":id", a.id);
    return st.exec();
}

Result<Appointment> AppointmentBook::move(const QString& id, const QDateTime& newStart, const QString& providerId,
                                          const QString& chairId, const BookingOptions& options)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    RAPPORT_TRY_ASSIGN(Transaction tx, m_clinic.database().begin());
    RAPPORT_TRY_ASSIGN(Appointment a, load(id));
    if (!holdsTime(a.status) || a.status == AppointmentStatus::Completed)
        return fail(ErrorCode::InvalidInput,
                    tr("An appointment that is “%1” cannot be moved. Book a new one instead.")
                        .arg(SchedulingVocabulary::statusName(a.status)));
    const qint64 duration = a.start.msecsTo(a.end);
    QStringList changed;
    if (a.start != newStart.toUTC())
        changed << QStringLiteral("start");
    if (a.providerId != providerId)
        changed << QStringLiteral("provider");
    if (a.chairId != chairId)
        changed << QStringLiteral("chair");
    a.start = newStart.toUTC();
    a.end = a.start.addMSecs(duration);
    a.providerId = providerId;
    a.chairId = chairId;
    RAPPORT_TRY(validateDraft(a));
    RAPPORT_TRY(checkOrOverride(a, a.id, options));
    a.overrideReason = options.overrideReason.simplified();
    RAPPORT_TRY(writeTimes(a, !a.seriesId.isEmpty()));
    RAPPORT_TRY(appointmentWritten(m_clinic, a));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("appointment.move"), QStringLiteral("appointment"), a.id,
                                changed.join(QLatin1Char(','))));
    RAPPORT_TRY(tx.commit());
    return load(id);
}

Result<Appointment> AppointmentBook::resize(const QString& id, const QDateTime& newEnd, const BookingOptions& options)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    RAPPORT_TRY_ASSIGN(Transaction tx, m_clinic.database().begin());
    RAPPORT_TRY_ASSIGN(Appointment a, load(id));
    if (!holdsTime(a.status))
        return fail(ErrorCode::InvalidInput, tr("A cancelled appointment or a no-show cannot be changed."));
    a.end = newEnd.toUTC();
    RAPPORT_TRY(validateDraft(a));
    RAPPORT_TRY(checkOrOverride(a, a.id, options));
    a.overrideReason = options.overrideReason.simplified();
    RAPPORT_TRY(writeTimes(a, !a.seriesId.isEmpty()));
    RAPPORT_TRY(appointmentWritten(m_clinic, a));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("appointment.resize"), QStringLiteral("appointment"), a.id,
                                QString::number(a.durationMinutes())));
    RAPPORT_TRY(tx.commit());
    return load(id);
}

Status AppointmentBook::writeStatus(Appointment& a, AppointmentStatus status, const QString& reason)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "UPDATE appointments SET status = :s, holds_time = :holds, status_reason = :r,"
                                         " updated_at = :now, updated_by = :by WHERE id = :id"));
    st.bind(":s", SchedulingVocabulary::statusKey(status));
    st.bind(":holds", holdsTime(status) ? 1 : 0);
    st.bind(":r", reason);
    st.bind(":now", m_clinic.clock().now());
    st.bind(":by", m_clinic.session().userId);
    st.bind(":id", a.id);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(addHistory(a.id, status, reason));
    a.status = status;
    a.statusReason = reason;
    RAPPORT_TRY(appointmentWritten(m_clinic, a));
    return m_clinic.record(QStringLiteral("appointment.status"), QStringLiteral("appointment"), a.id,
                           SchedulingVocabulary::statusKey(status));
}

Result<Appointment> AppointmentBook::setStatus(const QString& id, AppointmentStatus status, const QString& reasonText)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    const QString reason = reasonText.simplified();
    RAPPORT_TRY_ASSIGN(Transaction tx, m_clinic.database().begin());
    RAPPORT_TRY_ASSIGN(Appointment a, load(id));
    if (a.status == status)
        return a;
    if (!SchedulingVocabulary::allowedNext(a.status).contains(status))
        return fail(ErrorCode::InvalidInput, tr("An appointment that is “%1” cannot be marked “%2”.")
                                                 .arg(SchedulingVocabulary::statusName(a.status),
                                                      SchedulingVocabulary::statusName(status)));
    if (SchedulingVocabulary::needsReason(status) && reason.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say why the appointment is cancelled."));
    const QDateTime now = m_clinic.clock().now();
    if (status == AppointmentStatus::NoShow && now < a.start)
        return fail(ErrorCode::InvalidInput, tr("A patient can be marked as not having come only once the appointment has started."));
    if ((status == AppointmentStatus::Arrived || status == AppointmentStatus::InChair
         || status == AppointmentStatus::Completed)) {
        const WorkingCalendar cal(SettingsService(m_clinic).timeZone(), {}, {});
        if (cal.localDate(a.start.toMSecsSinceEpoch()) > cal.localDate(now.toMSecsSinceEpoch()))
            return fail(ErrorCode::InvalidInput, tr("This appointment is on a later day. Move it to today first."));
    }
    RAPPORT_TRY(writeStatus(a, status, reason));
    RAPPORT_TRY(tx.commit());
    return load(id);
}

Result<Appointment> AppointmentBook::cancel(const QString& id, bool byPatient, const QString& reason)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    RAPPORT_TRY_ASSIGN(const Appointment a, load(id));
    AppointmentStatus status = byPatient ? AppointmentStatus::CancelledByPatient : AppointmentStatus::CancelledByClinic;
    if (byPatient && m_clinic.clock().now().secsTo(a.start) < qint64(lateCancelHours()) * 3600)
        status = AppointmentStatus::LateCancellation;
    return setStatus(id, status, reason);
}

Result<Appointment> AppointmentBook::setNotes(const QString& id, const QString& notes)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    if (notes.trimmed().size() > 2000)
        return fail(ErrorCode::InvalidInput, tr("Notes can be up to 2,000 characters long."));
    RAPPORT_TRY_ASSIGN(Transaction tx, m_clinic.database().begin());
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "UPDATE appointments SET notes = :n, updated_at = :now, updated_by = :by WHERE id = :id"));
    st.bind(":n", notes.trimmed());
    st.bind(":now", m_clinic.clock().now());
    st.bind(":by", m_clinic.session().userId);
    st.bind(":id", id);
    RAPPORT_TRY(st.exec());
    if (m_clinic.database().lastChanges() == 0)
        return fail(ErrorCode::NotFound, tr("This appointment does not exist."), id);
    RAPPORT_TRY(m_clinic.record(QStringLiteral("appointment.notes"), QStringLiteral("appointment"), id));
    RAPPORT_TRY(tx.commit());
    return load(id);
}

} // namespace rapport
