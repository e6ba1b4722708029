// RecallService: the recall types (reading, saving, making them from the appointment
// types' "recall type" texts).
#include "recalls/RecallService.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "recalls/RecallEngine.h"
#include "recalls/RecallRows.h"
#include "security/Clinic.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace rapport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::RecallService", text);
}

Result<bool> exists(Database& db, const char* sql, const QString& id)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(sql));
    st.bind(":id", id);
    return st.next();
}

// "Hygiene, 6 months", "Kontrolle, 12 Monate", "Fluoride, 3 weeks": the interval in a
// recall type's name; 6 months when there is none.
std::pair<int, int> intervalIn(const QString& text)
{
    static const QRegularExpression number(
        QStringLiteral("(\\d+)\\s*(months?|monat(?:e|en)?|weeks?|wochen?|days?|tag(?:e|en)?|years?|jahr(?:e|en)?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return {6, 0};
    const int n = qBound(1, m.captured(1).toInt(), 1000);
    const QString unit = m.captured(2).toLower();
    if (unit.startsWith(QLatin1String("mon")))
        return {qMin(n, 120), 0};
    if (unit.startsWith(QLatin1String("year")) || unit.startsWith(QLatin1String("jahr")))
        return {qMin(n * 12, 120), 0};
    if (unit.startsWith(QLatin1String("week")) || unit.startsWith(QLatin1String("woche")))
        return {0, qMin(n * 7, 3660)};
    return {0, qMin(n, 3660)};
}

} // namespace

Result<QList<RecallType>> RecallService::types(bool includeInactive)
{
    const Session& session = m_clinic.session();
    if (!session.can(Permission::WorkRecalls) && !session.can(Permission::ConfigureMessaging))
        RAPPORT_TRY(session.require(Permission::WorkRecalls));
    return recallrows::loadTypes(m_clinic.database(), includeInactive);
}

Result<RecallType> RecallService::type(const QString& id)
{
    RAPPORT_TRY_ASSIGN(const QList<RecallType> all, types(true));
    for (const RecallType& t : all)
        if (t.id == id)
            return t;
    return fail(ErrorCode::NotFound, tr("There is no such recall type."), id);
}

Result<RecallType> RecallService::saveType(RecallType t)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ConfigureMessaging));
    Database& db = m_clinic.database();
    t.name = t.name.simplified();
    if (t.name.isEmpty() || t.name.size() > 100)
        return fail(ErrorCode::InvalidInput,
                    tr("Enter a name for the recall type (up to 100 characters), such as “Hygiene, 6 months”."));
    if (t.intervalMonths < 0 || t.intervalMonths > 120 || t.intervalDays < 0 || t.intervalDays > 3660
        || t.intervalMonths + t.intervalDays == 0)
        return fail(ErrorCode::InvalidInput,
                    tr("Enter the interval after a visit in months (0 to 120) and days (0 to 3660), at least one day "
                       "in all."));
    if (t.maxAttempts < 1 || t.maxAttempts > 20)
        return fail(ErrorCode::InvalidInput, tr("Enter how many contacts to try per cycle, from 1 to 20."));
    if (t.untilAge < 0) {
        t.untilAge = -1;
        if (!t.thenTypeId.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("Enter the age at which patients move on to the next recall type."));
    } else {
        if (t.untilAge < 1 || t.untilAge > 120)
            return fail(ErrorCode::InvalidInput, tr("Enter the age at which patients move on, from 1 to 120."));
        if (t.thenTypeId.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("Choose the recall type that patients move on to at that age."));
    }
    if (!t.thenTypeId.isEmpty()) {
        if (t.thenTypeId == t.id)
            return fail(ErrorCode::InvalidInput, tr("A recall type cannot hand patients on to itself."));
        RAPPORT_TRY_ASSIGN(const QList<RecallType> all, recallrows::loadTypes(db, true));
        QHash<QString, QString> next;
        for (const RecallType& other : all)
            next.insert(other.id, other.thenTypeId);
        if (!next.contains(t.thenTypeId))
            return fail(ErrorCode::InvalidInput, tr("The recall type that patients move on to does not exist."),
                        t.thenTypeId);
        // Following the hand-overs from the next type must not come back to this one.
        QString at = t.thenTypeId;
        for (int hops = 0; !at.isEmpty() && hops <= all.size(); ++hops) {
            if (!t.id.isEmpty() && at == t.id)
                return fail(ErrorCode::InvalidInput,
                            tr("These recall types would hand patients on to each other in a circle. Choose another "
                               "type to move on to."));
            at = next.value(at);
        }
    }
    t.resetTypeIds.removeAll(QString());
    t.resetTypeIds.removeDuplicates();
    for (const QString& id : std::as_const(t.resetTypeIds)) {
        RAPPORT_TRY_ASSIGN(const bool found, exists(db, "SELECT 1 FROM appointment_types WHERE id = :id", id));
        if (!found)
            return fail(ErrorCode::InvalidInput, tr("One of the appointment types chosen to reset the recall does not "
                                                    "exist."),
                        id);
    }
    if (t.bookingTypeId.isEmpty() && !t.resetTypeIds.isEmpty())
        t.bookingTypeId = t.resetTypeIds.first();
    if (!t.bookingTypeId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(const bool found, exists(db, "SELECT 1 FROM appointment_types WHERE id = :id", t.bookingTypeId));
        if (!found)
            return fail(ErrorCode::InvalidInput, tr("The appointment type to book for this recall does not exist."),
                        t.bookingTypeId);
    }
    if (t.chain.size() > 10)
        return fail(ErrorCode::InvalidInput, tr("A contact chain has at most 10 steps."));
    for (const RecallChainStep& s : std::as_const(t.chain))
        if (s.offsetDays < -365 || s.offsetDays > 365)
            return fail(ErrorCode::InvalidInput,
                        tr("Each contact step is at most 365 days before or after the due date."));
    std::stable_sort(t.chain.begin(), t.chain.end(),
                     [](const RecallChainStep& a, const RecallChainStep& b) { return a.offsetDays < b.offsetDays; });
    {
        RAPPORT_TRY_ASSIGN(Statement dup, db.prepare("SELECT 1 FROM recall_types WHERE name = :n COLLATE NOCASE"
                                                     " AND active = 1 AND id <> :id"));
        dup.bind(":n", t.name).bind(":id", t.id);
        RAPPORT_TRY_ASSIGN(const bool taken, dup.next());
        if (taken && t.active)
            return fail(ErrorCode::AlreadyExists, tr("Another recall type is already called “%1”.").arg(t.name));
    }

    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    const qint64 nowMs = m_clinic.clock().nowMs();
    const bool insert = t.id.isEmpty();
    bool intervalChanged = false;
    if (insert) {
        t.id = Uuid::create(nowMs);
    } else {
        RAPPORT_TRY_ASSIGN(Statement old, db.prepare("SELECT interval_months, interval_days FROM recall_types"
                                                     " WHERE id = :id"));
        old.bind(":id", t.id);
        RAPPORT_TRY_ASSIGN(const bool found, old.next());
        if (!found)
            return fail(ErrorCode::NotFound, tr("There is no such recall type."), t.id);
        intervalChanged = old.integer(0) != t.intervalMonths || old.integer(1) != t.intervalDays;
    }
    RAPPORT_TRY(recallrows::writeType(db, t, insert, nowMs));
    if (intervalChanged) {
        // Due dates that follow the type's interval move with it; patients' own
        // intervals stay.
        QList<std::pair<QString, QDate>> moved;
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, last_completed, due_date FROM patient_recalls"
                                                    " WHERE recall_type_id = :id AND last_completed IS NOT NULL"
                                                    " AND override_months IS NULL AND override_days IS NULL"));
        st.bind(":id", t.id);
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            const QDate due = RecallEngine::dueFrom(QDate::fromString(st.text(1), Qt::ISODate), t, -1, -1);
            if (due.isValid() && due.toString(Qt::ISODate) != st.text(2))
                moved << std::pair(st.text(0), due);
        }));
        RAPPORT_TRY_ASSIGN(Statement upd, db.prepare("UPDATE patient_recalls SET due_date = :due, updated_at = :now"
                                                     " WHERE id = :id"));
        for (const auto& [id, due] : std::as_const(moved)) {
            upd.bind(":id", id).bind(":due", due.toString(Qt::ISODate)).bind(":now", nowMs);
            RAPPORT_TRY(upd.exec());
        }
    }
    RAPPORT_TRY(m_clinic.record(QStringLiteral("recall.type.save"), QStringLiteral("recall-type"), t.id,
                                insert ? QStringLiteral("added") : QStringLiteral("changed")));
    RAPPORT_TRY(tx.commit());
    return t;
}

Result<int> RecallService::createTypesFromAppointmentTypes()
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ConfigureMessaging));
    Database& db = m_clinic.database();
    // The appointment types by their recall text, in the order they were set up.
    QStringList names;
    QHash<QString, QStringList> typeIds;
    QHash<QString, QString> bookingType;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, recall_type, active FROM appointment_types"
                                                    " WHERE recall_type <> '' ORDER BY created_at, name, id"));
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            const QString name = st.text(1).simplified();
            const QString key = name.toCaseFolded();
            if (name.isEmpty())
                return;
            if (!typeIds.contains(key))
                names << name;
            typeIds[key] << st.text(0);
            if (st.boolean(2) && !bookingType.contains(key))
                bookingType.insert(key, st.text(0));
        }));
    }
    RAPPORT_TRY_ASSIGN(const QList<RecallType> existing, recallrows::loadTypes(db, true));
    QStringList taken;
    for (const RecallType& t : existing)
        taken << t.name.toCaseFolded();

    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    int made = 0;
    for (const QString& name : std::as_const(names)) {
        const QString key = name.toCaseFolded();
        if (taken.contains(key))
            continue;
        RecallType t;
        t.name = name;
        std::tie(t.intervalMonths, t.intervalDays) = intervalIn(name);
        t.resetTypeIds = typeIds.value(key);
        t.bookingTypeId = bookingType.value(key, t.resetTypeIds.value(0));
        t.maxAttempts = 3;
        t.chain = recallrows::defaultChain();
        RAPPORT_TRY(saveType(t));
        ++made;
    }
    RAPPORT_TRY(tx.commit());
    return made;
}

} // namespace rapport
