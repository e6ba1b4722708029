#include "scheduling/ScheduleSetup.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "scheduling/SchedulingVocabulary.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::ScheduleSetup", text);
}

// Colours given to providers and types saved without one, in turn.
const QStringList& palette()
{
    static const QStringList colours{
        QStringLiteral("#3b82c4"), QStringLiteral("#2f9e77"), QStringLiteral("#c2761b"), QStringLiteral("#8e5cc2"),
        QStringLiteral("#c2455a"), QStringLiteral("#1f9bb0"), QStringLiteral("#7a8b2e"), QStringLiteral("#b5548f"),
    };
    return colours;
}

Status checkColour(const QString& colour)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colour.isEmpty() && !hex.match(colour).hasMatch())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::ScheduleSetup", "Enter the colour as #rrggbb, for example #3b82c4."));
    return {};
}

Status checkName(const QString& name, const QString& what)
{
    if (name.trimmed().isEmpty() || name.trimmed().size() > 100)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::ScheduleSetup", "Enter a name for the %1 (up to 100 characters).").arg(what));
    return {};
}

Result<bool> exists(Database& db, const char* sql, const QString& id)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(sql));
    st.bind(":id", id);
    return st.next();
}

Result<QString> nextColour(Database& db, const char* table)
{
    RAPPORT_TRY_ASSIGN(const qint64 n, db.scalar(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)));
    return palette().at(static_cast<int>(n % palette().size()));
}
} // namespace

ScheduleSetup::ScheduleSetup(Clinic& clinic)
    : m_clinic(clinic)
{
}

Result<QList<Provider>> ScheduleSetup::providers(bool includeInactive)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT id, name, kind, colour, staff_id, active, sort_order FROM providers"
                                         " WHERE active = 1 OR :all ORDER BY sort_order, name COLLATE NOCASE"));
    st.bind(":all", includeInactive ? 1 : 0);
    QList<Provider> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        out << Provider{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.boolean(5), st.integer(6)};
    }));
    return out;
}

Result<Provider> ScheduleSetup::provider(const QString& id)
{
    RAPPORT_TRY_ASSIGN(const QList<Provider> all, providers(true));
    for (const Provider& p : all)
        if (p.id == id)
            return p;
    return fail(ErrorCode::NotFound, tr("There is no such provider."), id);
}

Result<Provider> ScheduleSetup::saveProvider(const Provider& input)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageScheduleSetup));
    Provider p = input;
    p.name = p.name.simplified();
    RAPPORT_TRY(checkName(p.name, tr("provider")));
    RAPPORT_TRY(checkColour(p.colour));
    if (!SchedulingVocabulary::providerKinds().contains(p.kind))
        return fail(ErrorCode::InvalidInput, tr("Choose what kind of provider this is: dentist, hygienist, doctor, therapist or other."));
    Database& db = m_clinic.database();
    if (!p.staffId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(const bool found, exists(db, "SELECT 1 FROM staff WHERE id = :id", p.staffId));
        if (!found)
            return fail(ErrorCode::InvalidInput, tr("The linked staff account does not exist."));
    }
    {
        RAPPORT_TRY_ASSIGN(Statement dup, db.prepare("SELECT 1 FROM providers WHERE name = :n COLLATE NOCASE"
                                                     " AND active = 1 AND id <> :id"));
        dup.bind(":n", p.name);
        dup.bind(":id", p.id);
        RAPPORT_TRY_ASSIGN(const bool taken, dup.next());
        if (taken && p.active)
            return fail(ErrorCode::AlreadyExists, tr("Another provider is already called “%1”.").arg(p.name));
    }
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    const qint64 now = m_clinic.clock().nowMs();
    const bool insert = p.id.isEmpty();
    if (insert) {
        p.id = Uuid::create(m_clinic.clock().nowMs());
        if (p.colour.isEmpty()) {
            RAPPORT_TRY_ASSIGN(p.colour, nextColour(db, "providers"));
        }
    }
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(insert ? "INSERT INTO providers (id, name, kind, colour, staff_id, active,"
                                                         " sort_order, created_at, updated_at) VALUES (:id, :name,"
                                                         " :kind, :colour, :staff, :active, :sort, :now, :now)"
                                                       : "UPDATE providers SET name = :name, kind = :kind, colour = :colour,"
                                                         " staff_id = :staff, active = :active, sort_order = :sort,"
                                                         " updated_at = :now WHERE id = :id"));
    st.bind(":id", p.id);
    st.bind(":name", p.name);
    st.bind(":kind", p.kind);
    st.bind(":colour", p.colour);
    st.bindOrNull(":staff", p.staffId);
    st.bind(":active", p.active ? 1 : 0);
    st.bind(":sort", p.sortOrder);
    st.bind(":now", now);
    RAPPORT_TRY(st.exec());
    if (!insert && db.lastChanges() == 0)
        return fail(ErrorCode::NotFound, tr("There is no such provider."), p.id);
    RAPPORT_TRY(m_clinic.record(QStringLiteral("schedule.provider.save"), QStringLiteral("provider"), p.id,
                                insert ? QStringLiteral("added") : QStringLiteral("changed")));
    RAPPORT_TRY(tx.commit());
    return p;
}

Result<QList<Chair>> ScheduleSetup::chairs(bool includeInactive)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT id, name, active, sort_order FROM chairs WHERE active = 1 OR :all"
                                         " ORDER BY sort_order, name COLLATE NOCASE"));
    st.bind(":all", includeInactive ? 1 : 0);
    QList<Chair> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        out << Chair{st.text(0), st.text(1), st.boolean(2), st.integer(3)};
    }));
    return out;
}

Result<Chair> ScheduleSetup::saveChair(const Chair& input)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageScheduleSetup));
    Chair c = input;
    c.name = c.name.simplified();
    RAPPORT_TRY(checkName(c.name, tr("chair or room")));
    Database& db = m_clinic.database();
    {
        RAPPORT_TRY_ASSIGN(Statement dup, db.prepare("SELECT 1 FROM chairs WHERE name = :n COLLATE NOCASE"
                                                     " AND active = 1 AND id <> :id"));
        dup.bind(":n", c.name);
        dup.bind(":id", c.id);
        RAPPORT_TRY_ASSIGN(const bool taken, dup.next());
        if (taken && c.active)
            return fail(ErrorCode::AlreadyExists, tr("Another chair or room is already called “%1”.").arg(c.name));
    }
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    const bool insert = c.id.isEmpty();
    if (insert)
        c.id = Uuid::create(m_clinic.clock().nowMs());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(insert ? "INSERT INTO chairs (id, name, active, sort_order, created_at,"
                                                         " updated_at) VALUES (:id, :name, :active, :sort, :now, :now)"
                                                       : "UPDATE chairs SET name = :name, active = :active,"
                                                         " sort_order = :sort, updated_at = :now WHERE id = :id"));
    st.bind(":id", c.id);
    st.bind(":name", c.name);
    st.bind(":active", c.active ? 1 : 0);
    st.bind(":sort", c.sortOrder);
    st.bind(":now", m_clinic.clock().nowMs());
    RAPPORT_TRY(st.exec());
    if (!insert && db.lastChanges() == 0)
        return fail(ErrorCode::NotFound, tr("There is no such chair or room."), c.id);
    RAPPORT_TRY(m_clinic.record(QStringLiteral("schedule.chair.save"), QStringLiteral("chair"), c.id,
                                insert ? QStringLiteral("added") : QStringLiteral("changed")));
    RAPPORT_TRY(tx.commit());
    return c;
}

Result<QList<AppointmentType>> ScheduleSetup::types(bool includeInactive)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, name, duration_minutes, colour, recall_type, active"
                                                " FROM appointment_types WHERE active = 1 OR :all"
                                                " ORDER BY name COLLATE NOCASE"));
    st.bind(":all", includeInactive ? 1 : 0);
    QList<AppointmentType> out;
    QHash<QString, int> index;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        AppointmentType t;
        t.id = st.text(0);
        t.name = st.text(1);
        t.durationMinutes = st.integer(2);
        t.colour = st.text(3);
        t.recallType = st.text(4);
        t.active = st.boolean(5);
        index.insert(t.id, static_cast<int>(out.size()));
        out << t;
    }));
    RAPPORT_TRY_ASSIGN(Statement who, db.prepare("SELECT tp.type_id, tp.provider_id FROM appointment_type_providers tp"
                                                 " JOIN providers p ON p.id = tp.provider_id ORDER BY p.sort_order, p.name"));
    RAPPORT_TRY(who.forEach([&](const Statement&) {
        const auto it = index.constFind(who.text(0));
        if (it != index.cend())
            out[*it].providerIds << who.text(1);
    }));
    return out;
}

Result<AppointmentType> ScheduleSetup::type(const QString& id)
{
    RAPPORT_TRY_ASSIGN(const QList<AppointmentType> all, types(true));
    for (const AppointmentType& t : all)
        if (t.id == id)
            return t;
    return fail(ErrorCode::NotFound, tr("There is no such appointment type."), id);
}

Result<AppointmentType> ScheduleSetup::typeByName(const QString& name)
{
    RAPPORT_TRY_ASSIGN(const QList<AppointmentType> all, types(false));
    for (const AppointmentType& t : all)
        if (t.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return t;
    return fail(ErrorCode::NotFound, tr("There is no appointment type called “%1”.").arg(name.simplified()));
}

Result<AppointmentType> ScheduleSetup::saveType(const AppointmentType& input)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageScheduleSetup));
    AppointmentType t = input;
    t.name = t.name.simplified();
    t.recallType = t.recallType.simplified();
    RAPPORT_TRY(checkName(t.name, tr("appointment type")));
    RAPPORT_TRY(checkColour(t.colour));
    if (t.durationMinutes < 5 || t.durationMinutes > kMaxAppointmentMinutes || t.durationMinutes % 5 != 0)
        return fail(ErrorCode::InvalidInput, tr("Enter a duration in steps of 5 minutes, from 5 minutes to 12 hours."));
    Database& db = m_clinic.database();
    t.providerIds.removeDuplicates();
    for (const QString& pid : std::as_const(t.providerIds)) {
        RAPPORT_TRY_ASSIGN(const bool found, exists(db, "SELECT 1 FROM providers WHERE id = :id", pid));
        if (!found)
            return fail(ErrorCode::InvalidInput, tr("One of the chosen providers does not exist."), pid);
    }
    {
        RAPPORT_TRY_ASSIGN(Statement dup, db.prepare("SELECT 1 FROM appointment_types WHERE name = :n COLLATE NOCASE"
                                                     " AND active = 1 AND id <> :id"));
        dup.bind(":n", t.name);
        dup.bind(":id", t.id);
        RAPPORT_TRY_ASSIGN(const bool taken, dup.next());
        if (taken && t.active)
            return fail(ErrorCode::AlreadyExists, tr("Another appointment type is already called “%1”.").arg(t.name));
    }
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    const bool insert = t.id.isEmpty();
    if (insert) {
        t.id = Uuid::create(m_clinic.clock().nowMs());
        if (t.colour.isEmpty()) {
            RAPPORT_TRY_ASSIGN(t.colour, nextColour(db, "appointment_types"));
        }
    }
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(insert ? "INSERT INTO appointment_types (id, name, duration_minutes, colour,"
                                                         " recall_type, active, created_at, updated_at) VALUES (:id,"
                                                         " :name, :minutes, :colour, :recall, :active, :now, :now)"
                                                       : "UPDATE appointment_types SET name = :name, duration_minutes ="
                                                         " :minutes, colour = :colour, recall_type = :recall, active ="
                                                         " :active, updated_at = :now WHERE id = :id"));
    st.bind(":id", t.id);
    st.bind(":name", t.name);
    st.bind(":minutes", t.durationMinutes);
    st.bind(":colour", t.colour);
    st.bind(":recall", t.recallType);
    st.bind(":active", t.active ? 1 : 0);
    st.bind(":now", m_clinic.clock().nowMs());
    RAPPORT_TRY(st.exec());
    if (!insert && db.lastChanges() == 0)
        return fail(ErrorCode::NotFound, tr("There is no such appointment type."), t.id);
    {
        RAPPORT_TRY_ASSIGN(Statement del, db.prepare("DELETE FROM appointment_type_providers WHERE type_id = :id"));
        del.bind(":id", t.id);
        RAPPORT_TRY(del.exec());
        RAPPORT_TRY_ASSIGN(Statement add, db.prepare("INSERT INTO appointment_type_providers (type_id, provider_id)"
                                                     " VALUES (:t, :p)"));
        for (const QString& pid : std::as_const(t.providerIds)) {
            add.reset();
            add.bind(":t", t.id);
            add.bind(":p", pid);
            RAPPORT_TRY(add.exec());
        }
    }
    RAPPORT_TRY(m_clinic.record(QStringLiteral("schedule.type.save"), QStringLiteral("appointment-type"), t.id,
                                insert ? QStringLiteral("added") : QStringLiteral("changed")));
    RAPPORT_TRY(tx.commit());
    return t;
}

Result<QList<WorkingInterval>> ScheduleSetup::workingHours(const QString& providerId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT weekday, start_minute, end_minute, chair_id FROM working_hours"
                                         " WHERE provider_id = :p ORDER BY weekday, start_minute"));
    st.bind(":p", providerId);
    QList<WorkingInterval> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        out << WorkingInterval{st.integer(0), st.integer(1), st.integer(2), st.text(3)};
    }));
    return out;
}

Status ScheduleSetup::setWorkingHours(const QString& providerId, const QList<WorkingInterval>& input)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageScheduleSetup));
    Database& db = m_clinic.database();
    {
        RAPPORT_TRY_ASSIGN(const bool found, exists(db, "SELECT 1 FROM providers WHERE id = :id", providerId));
        if (!found)
            return fail(ErrorCode::NotFound, tr("There is no such provider."), providerId);
    }
    QList<WorkingInterval> hours = input;
    std::sort(hours.begin(), hours.end(), [](const WorkingInterval& a, const WorkingInterval& b) {
        return std::pair(a.weekday, a.startMinute) < std::pair(b.weekday, b.startMinute);
    });
    for (qsizetype i = 0; i < hours.size(); ++i) {
        const WorkingInterval& w = hours[i];
        if (w.weekday < 1 || w.weekday > 7 || w.startMinute < 0 || w.endMinute > 24 * 60
            || w.endMinute <= w.startMinute)
            return fail(ErrorCode::InvalidInput, tr("Each period of working hours needs a start before its end, within one day."));
        if (i > 0 && hours[i - 1].weekday == w.weekday && hours[i - 1].endMinute > w.startMinute)
            return fail(ErrorCode::InvalidInput,
                        tr("Two periods of working hours on %1 overlap. Leave a gap for a break instead.")
                            .arg(QLocale().dayName(w.weekday)));
        if (!w.chairId.isEmpty()) {
            RAPPORT_TRY_ASSIGN(const bool found, exists(db, "SELECT 1 FROM chairs WHERE id = :id", w.chairId));
            if (!found)
                return fail(ErrorCode::InvalidInput, tr("The chosen chair or room does not exist."), w.chairId);
        }
    }
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement del, db.prepare("DELETE FROM working_hours WHERE provider_id = :p"));
    del.bind(":p", providerId);
    RAPPORT_TRY(del.exec());
    RAPPORT_TRY_ASSIGN(Statement add, db.prepare("INSERT INTO working_hours (provider_id, weekday, start_minute,"
                                                 " end_minute, chair_id) VALUES (:p, :d, :s, :e, :c)"));
    for (const WorkingInterval& w : hours) {
        add.reset();
        add.bind(":p", providerId);
        add.bind(":d", w.weekday);
        add.bind(":s", w.startMinute);
        add.bind(":e", w.endMinute);
        add.bindOrNull(":c", w.chairId);
        RAPPORT_TRY(add.exec());
    }
    RAPPORT_TRY(m_clinic.record(QStringLiteral("schedule.hours.set"), QStringLiteral("provider"), providerId));
    return tx.commit();
}

Result<QList<ScheduleException>> ScheduleSetup::exceptions(QDate from, QDate to, const QString& providerId)
{
    RAPPORT_TRY_ASSIGN(const WorkingCalendar cal, WorkingCalendar::load(m_clinic, from, to));
    QList<ScheduleException> out;
    for (const ScheduleException& e : cal.exceptions())
        if (providerId.isEmpty() || e.providerId == providerId || e.isClosure())
            out << e;
    return out;
}

Result<ScheduleException> ScheduleSetup::addException(const ScheduleException& input)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageScheduleSetup));
    ScheduleException e = input;
    e.note = e.note.simplified();
    if (e.providerId.isEmpty())
        e.kind = ExceptionKind::Closure;
    else if (e.kind == ExceptionKind::Closure)
        return fail(ErrorCode::InvalidInput, tr("A closure is for the whole clinic: leave the provider empty."));
    if (!e.lastDate.isValid())
        e.lastDate = e.firstDate;
    if (!e.firstDate.isValid() || e.lastDate < e.firstDate)
        return fail(ErrorCode::InvalidInput, tr("Enter a first date, and a last date on or after it."));
    if (e.firstDate.daysTo(e.lastDate) > 366)
        return fail(ErrorCode::InvalidInput, tr("An exception can last a year at most. Add another for longer."));
    if ((e.startMinute < 0) != (e.endMinute < 0)
        || (e.startMinute >= 0 && (e.endMinute <= e.startMinute || e.endMinute > 24 * 60)))
        return fail(ErrorCode::InvalidInput, tr("Enter both a start and an end time, the start before the end, or neither for whole days."));
    Database& db = m_clinic.database();
    if (!e.providerId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(const bool found, exists(db, "SELECT 1 FROM providers WHERE id = :id", e.providerId));
        if (!found)
            return fail(ErrorCode::NotFound, tr("There is no such provider."), e.providerId);
    }
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    e.id = Uuid::create(m_clinic.clock().nowMs());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("INSERT INTO schedule_exceptions (id, provider_id, kind, first_date,"
                                                " last_date, start_minute, end_minute, note, created_at, created_by)"
                                                " VALUES (:id, :p, :kind, :first, :last, :s, :e, :note, :now, :by)"));
    st.bind(":id", e.id);
    st.bindOrNull(":p", e.providerId);
    st.bind(":kind", SchedulingVocabulary::exceptionKey(e.kind));
    st.bind(":first", e.firstDate.toString(Qt::ISODate));
    st.bind(":last", e.lastDate.toString(Qt::ISODate));
    if (e.startMinute < 0) {
        st.bindNull(":s");
        st.bindNull(":e");
    } else {
        st.bind(":s", e.startMinute);
        st.bind(":e", e.endMinute);
    }
    st.bind(":note", e.note);
    st.bind(":now", m_clinic.clock().nowMs());
    st.bind(":by", m_clinic.session().userId);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("schedule.exception.add"), QStringLiteral("schedule-exception"), e.id,
                                SchedulingVocabulary::exceptionKey(e.kind)));
    RAPPORT_TRY(tx.commit());
    return e;
}

Status ScheduleSetup::removeException(const QString& id)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ManageScheduleSetup));
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("UPDATE schedule_exceptions SET removed = 1 WHERE id = :id AND removed = 0"));
    st.bind(":id", id);
    RAPPORT_TRY(st.exec());
    if (db.lastChanges() == 0)
        return fail(ErrorCode::NotFound, tr("This exception no longer exists."), id);
    RAPPORT_TRY(m_clinic.record(QStringLiteral("schedule.exception.remove"), QStringLiteral("schedule-exception"), id));
    return tx.commit();
}

} // namespace rapport
