#include "scheduling/ScheduleImport.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/Clinic.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::ScheduleImport", text);
}

bool isColour(const QString& colour)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return colour.isEmpty() || re.match(colour).hasMatch();
}
} // namespace

struct ScheduleImport::Statements
{
    Statement provider;
    Statement chair;
    Statement type;
    Statement typeProvider;
    Statement hours;
    Statement exception;
    Statement appointment;
    Statement history;
};

ScheduleImport::ScheduleImport(Clinic& clinic, QString source)
    : m_clinic(clinic)
    , m_source(std::move(source))
{
}

ScheduleImport::~ScheduleImport()
{
    m_st.reset();
    m_tx.reset(); // rolls back unless finished
    if (m_cacheSize != 0)
        static_cast<void>(m_clinic.database().exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize)));
}

Status ScheduleImport::begin()
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageScheduleSetup));
    RAPPORT_TRY(m_clinic.session().require(Permission::BookAppointments));
    m_actor = m_clinic.session().userId;
    m_nowMs = m_clinic.clock().nowMs();
    Database& db = m_clinic.database();
    // A book's indexes by patient and by id take rows in no useful order: with a large
    // cache they are built in memory and written once at commit.
    RAPPORT_TRY_ASSIGN(m_cacheSize, db.scalar(QStringLiteral("PRAGMA cache_size")));
    RAPPORT_TRY(db.exec("PRAGMA cache_size = -262144"));
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    m_tx = std::make_unique<Transaction>(std::move(tx));
    auto st = std::make_unique<Statements>();
    RAPPORT_TRY_ASSIGN(st->provider, db.prepare("INSERT INTO providers (id, name, kind, colour, staff_id, active,"
                                                " sort_order, created_at, updated_at) VALUES (:id, :name, :kind,"
                                                " :colour, :staff, :active, :sort, :now, :now)"));
    RAPPORT_TRY_ASSIGN(st->chair, db.prepare("INSERT INTO chairs (id, name, active, sort_order, created_at, updated_at)"
                                             " VALUES (:id, :name, :active, :sort, :now, :now)"));
    RAPPORT_TRY_ASSIGN(st->type, db.prepare("INSERT INTO appointment_types (id, name, duration_minutes, colour,"
                                            " recall_type, active, created_at, updated_at) VALUES (:id, :name, :min,"
                                            " :colour, :recall, :active, :now, :now)"));
    RAPPORT_TRY_ASSIGN(st->typeProvider, db.prepare("INSERT INTO appointment_type_providers (type_id, provider_id)"
                                                    " VALUES (:t, :p)"));
    RAPPORT_TRY_ASSIGN(st->hours, db.prepare("INSERT INTO working_hours (provider_id, weekday, start_minute,"
                                             " end_minute, chair_id) VALUES (:p, :day, :s, :e, :chair)"));
    RAPPORT_TRY_ASSIGN(st->exception, db.prepare("INSERT INTO schedule_exceptions (id, provider_id, kind, first_date,"
                                                 " last_date, start_minute, end_minute, note, created_at, created_by)"
                                                 " VALUES (:id, :p, :kind, :first, :last, :s, :e, :note, :now, :by)"));
    RAPPORT_TRY_ASSIGN(st->appointment,
                       db.prepare("INSERT INTO appointments (id, patient_id, provider_id, chair_id, type_id, start_at,"
                                  " end_at, status, holds_time, status_reason, notes, override_reason, booked_at,"
                                  " booked_by, updated_at, updated_by) VALUES (:id, :patient, :provider, :chair,"
                                  " :type, :start, :end, :status, :holds, :reason, :notes, :override, :booked,"
                                  " :bookedBy, :updated, :updatedBy)"));
    RAPPORT_TRY_ASSIGN(st->history, db.prepare("INSERT INTO appointment_status_history (id, appointment_id, status,"
                                               " reason, at, actor_id) VALUES (:id, :a, :status, :reason, :at, :actor)"));
    m_st = std::move(st);
    for (AppointmentStatus status : SchedulingVocabulary::allStatuses())
        m_statusKeys[int(status)] = SchedulingVocabulary::statusKey(status);
    return {};
}

Status ScheduleImport::requireStarted() const
{
    if (!m_st)
        return fail(ErrorCode::Internal, tr("The schedule import has not started."));
    return {};
}

Result<QString> ScheduleImport::addProvider(Provider p)
{
    RAPPORT_TRY(requireStarted());
    p.name = p.name.simplified();
    if (p.name.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A provider needs a name."));
    if (!SchedulingVocabulary::providerKinds().contains(p.kind))
        return fail(ErrorCode::InvalidInput, tr("A provider's kind is dentist, hygienist, doctor, therapist or other."),
                    p.kind);
    if (!isColour(p.colour))
        return fail(ErrorCode::InvalidInput, tr("A colour is written #rrggbb, for example #3a7bd5."), p.colour);
    if (p.id.isEmpty())
        p.id = Uuid::create(m_nowMs);
    m_st->provider.bind(":id", p.id)
        .bind(":name", p.name)
        .bind(":kind", p.kind)
        .bind(":colour", p.colour)
        .bindOrNull(":staff", p.staffId)
        .bind(":active", p.active)
        .bind(":sort", p.sortOrder)
        .bind(":now", m_nowMs);
    RAPPORT_TRY(m_st->provider.exec());
    ++m_providers;
    return p.id;
}

Result<QString> ScheduleImport::addChair(Chair c)
{
    RAPPORT_TRY(requireStarted());
    c.name = c.name.simplified();
    if (c.name.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A chair or room needs a name."));
    if (c.id.isEmpty())
        c.id = Uuid::create(m_nowMs);
    m_st->chair.bind(":id", c.id).bind(":name", c.name).bind(":active", c.active).bind(":sort", c.sortOrder).bind(":now", m_nowMs);
    RAPPORT_TRY(m_st->chair.exec());
    ++m_chairs;
    return c.id;
}

Result<QString> ScheduleImport::addType(AppointmentType t)
{
    RAPPORT_TRY(requireStarted());
    t.name = t.name.simplified();
    if (t.name.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("An appointment type needs a name."));
    if (t.durationMinutes < 5 || t.durationMinutes > kMaxAppointmentMinutes)
        return fail(ErrorCode::InvalidInput, tr("An appointment type lasts from 5 minutes to 12 hours."), t.name);
    if (!isColour(t.colour))
        return fail(ErrorCode::InvalidInput, tr("A colour is written #rrggbb, for example #3a7bd5."), t.colour);
    if (t.id.isEmpty())
        t.id = Uuid::create(m_nowMs);
    m_st->type.bind(":id", t.id)
        .bind(":name", t.name)
        .bind(":min", t.durationMinutes)
        .bind(":colour", t.colour)
        .bind(":recall", t.recallType.simplified())
        .bind(":active", t.active)
        .bind(":now", m_nowMs);
    RAPPORT_TRY(m_st->type.exec());
    for (const QString& providerId : std::as_const(t.providerIds)) {
        m_st->typeProvider.bind(":t", t.id).bind(":p", providerId);
        RAPPORT_TRY(m_st->typeProvider.exec());
    }
    ++m_types;
    return t.id;
}

Status ScheduleImport::addWorkingHours(const QString& providerId, const QList<WorkingInterval>& hours)
{
    RAPPORT_TRY(requireStarted());
    for (const WorkingInterval& h : hours) {
        if (h.weekday < 1 || h.weekday > 7 || h.startMinute < 0 || h.endMinute > 24 * 60 || h.endMinute <= h.startMinute)
            return fail(ErrorCode::InvalidInput, tr("Working hours need a weekday and a start before the end."));
        m_st->hours.bind(":p", providerId)
            .bind(":day", h.weekday)
            .bind(":s", h.startMinute)
            .bind(":e", h.endMinute)
            .bindOrNull(":chair", h.chairId);
        RAPPORT_TRY(m_st->hours.exec());
    }
    return {};
}

Result<QString> ScheduleImport::addException(ScheduleException e)
{
    RAPPORT_TRY(requireStarted());
    if (!e.firstDate.isValid() || !e.lastDate.isValid() || e.lastDate < e.firstDate)
        return fail(ErrorCode::InvalidInput, tr("An absence or closure needs a first and a last date, in that order."));
    if (e.kind == ExceptionKind::Closure)
        e.providerId.clear();
    if (e.id.isEmpty())
        e.id = Uuid::create(m_nowMs);
    Statement& st = m_st->exception;
    st.bind(":id", e.id)
        .bindOrNull(":p", e.providerId)
        .bind(":kind", SchedulingVocabulary::exceptionKey(e.kind))
        .bind(":first", e.firstDate.toString(Qt::ISODate))
        .bind(":last", e.lastDate.toString(Qt::ISODate))
        .bind(":note", e.note)
        .bind(":now", m_nowMs)
        .bind(":by", m_actor);
    if (e.wholeDay())
        st.bindNull(":s").bindNull(":e");
    else
        st.bind(":s", e.startMinute).bind(":e", e.endMinute);
    RAPPORT_TRY(st.exec());
    ++m_exceptions;
    return e.id;
}

Result<QString> ScheduleImport::addAppointment(const Appointment& a, std::span<const StatusStep> history)
{
    RAPPORT_TRY(requireStarted());
    if (a.patientId.isEmpty() || a.providerId.isEmpty() || a.typeId.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("An appointment needs a patient, a provider and a type."), a.id);
    if (!a.start.isValid() || !a.end.isValid() || a.end <= a.start
        || a.start.msecsTo(a.end) > qint64(kMaxAppointmentMinutes) * 60000)
        return fail(ErrorCode::InvalidInput, tr("An appointment needs a start before its end, 12 hours long at most."),
                    a.id);
    const QString id = a.id.isEmpty() ? Uuid::create(m_nowMs) : a.id;
    const qint64 bookedAt = a.bookedAt.isValid() ? a.bookedAt.toMSecsSinceEpoch()
        : history.empty()                          ? m_nowMs
                                                   : history.front().atMs;
    const qint64 updatedAt = a.updatedAt.isValid() ? a.updatedAt.toMSecsSinceEpoch()
        : history.empty()                            ? bookedAt
                                                     : history.back().atMs;
    const QString bookedBy = a.bookedBy.isEmpty() ? m_actor : a.bookedBy;
    const QString updatedBy = history.empty() || history.back().actorId.isEmpty() ? bookedBy : history.back().actorId;
    m_st->appointment.bind(":id", id)
        .bind(":patient", a.patientId)
        .bind(":provider", a.providerId)
        .bindOrNull(":chair", a.chairId)
        .bind(":type", a.typeId)
        .bind(":start", a.start.toMSecsSinceEpoch())
        .bind(":end", a.end.toMSecsSinceEpoch())
        .bind(":status", m_statusKeys[int(a.status)])
        .bind(":holds", holdsTime(a.status))
        .bind(":reason", a.statusReason)
        .bind(":notes", a.notes)
        .bind(":override", a.overrideReason)
        .bind(":booked", bookedAt)
        .bindOrNull(":bookedBy", bookedBy)
        .bind(":updated", updatedAt)
        .bindOrNull(":updatedBy", updatedBy);
    RAPPORT_TRY(m_st->appointment.exec());
    for (const StatusStep& step : history) {
        m_st->history.bind(":id", step.id.isEmpty() ? Uuid::create(step.atMs) : step.id)
            .bind(":a", id)
            .bind(":status", m_statusKeys[int(step.status)])
            .bind(":reason", step.reason)
            .bind(":at", step.atMs)
            .bindOrNull(":actor", step.actorId.isEmpty() ? m_actor : step.actorId);
        RAPPORT_TRY(m_st->history.exec());
    }
    ++m_appointments;
    return id;
}

Status ScheduleImport::finish()
{
    RAPPORT_TRY(requireStarted());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("appointment.import"), QStringLiteral("appointments"), {},
                                QStringLiteral("count=%1 providers=%2 chairs=%3 types=%4 exceptions=%5 source=%6")
                                    .arg(m_appointments)
                                    .arg(m_providers)
                                    .arg(m_chairs)
                                    .arg(m_types)
                                    .arg(m_exceptions)
                                    .arg(m_source)));
    m_st.reset();
    RAPPORT_TRY(m_tx->commit());
    m_tx.reset();
    return {};
}

} // namespace rapport
