// RecallService: the recall list and the work on one patient's recall. Recall types are in
// RecallTypes.cpp; the rules that move recalls are in RecallEngine.
#include "recalls/RecallService.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "patients/PatientVocabulary.h"
#include "recalls/RecallEngine.h"
#include "recalls/RecallRows.h"
#include "scheduling/Scheduling.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>

namespace rapport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::RecallService", text);
}

Error recallNotFound(const QString& id)
{
    return Error{ErrorCode::NotFound, tr("This recall does not exist."), id};
}

QString inList(const char* prefix, const QStringList& values)
{
    QStringList names;
    for (qsizetype i = 0; i < values.size(); ++i)
        names << QStringLiteral(":%1%2").arg(QLatin1String(prefix)).arg(i);
    return QLatin1Char('(') + names.join(QLatin1Char(',')) + QLatin1Char(')');
}

void bindList(Statement& st, const char* prefix, const QStringList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        st.bind(QStringLiteral(":%1%2").arg(QLatin1String(prefix)).arg(i).toLatin1().constData(), values.at(i));
}

// Loads the patient's recalls, lets edit change the one asked for, then writes what changed
// with its audit rows, in one transaction.
using Edit = std::function<Status(RecallEngine&, RecallEngine::PatientRecalls&, int)>;

Result<PatientRecall> changeRecall(Clinic& clinic, const QString& recallId, const Edit& edit)
{
    RAPPORT_TRY(clinic.session().require(Permission::WorkRecalls));
    Database& db = clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(const auto found, recallrows::loadRecall(db, recallId));
    if (!found)
        return std::unexpected(recallNotFound(recallId));
    RecallEngine engine(clinic);
    RAPPORT_TRY_ASSIGN(RecallEngine::PatientRecalls patient, engine.loadPatient(found->patientId));
    int index = -1;
    for (qsizetype i = 0; i < patient.slots.size(); ++i)
        if (patient.slots.at(i).recall.id == recallId)
            index = int(i);
    if (index < 0)
        return std::unexpected(recallNotFound(recallId));
    RAPPORT_TRY(edit(engine, patient, index));
    RAPPORT_TRY(engine.write(patient, QStringLiteral("patient=") + patient.patientId, true));
    RAPPORT_TRY_ASSIGN(const auto after, recallrows::loadRecall(db, recallId));
    RAPPORT_TRY(tx.commit());
    return *after;
}

} // namespace

RecallService::RecallService(Clinic& clinic)
    : m_clinic(clinic)
{
}

Result<QList<RecallRow>> RecallService::list(const RecallQuery& query)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::WorkRecalls));
    if (!query.from.isValid() || !query.to.isValid())
        return fail(ErrorCode::InvalidInput, tr("Choose the first and the last due date of the list."));
    if (query.from > query.to)
        return fail(ErrorCode::InvalidInput, tr("The first due date is after the last one. Swap them."));
    const QList<RecallState> states = query.states.isEmpty()
        ? QList<RecallState>{RecallState::NotContacted, RecallState::Contacted, RecallState::Scheduled}
        : query.states;

    QString where;
    if (!states.contains(RecallState::Inactive))
        where += QStringLiteral(" AND r.state <> 'inactive' AND p.status = 'active'");
    if (!states.contains(RecallState::Declined))
        where += QStringLiteral(" AND r.state <> 'declined'");
    if (!query.providerIds.isEmpty())
        where += QStringLiteral(" AND r.provider_id IN ") + inList("pr", query.providerIds);
    if (!query.recallTypeIds.isEmpty())
        where += QStringLiteral(" AND r.recall_type_id IN ") + inList("rt", query.recallTypeIds);
    if (query.notContactedSince.isValid())
        where += QStringLiteral(" AND (r.last_contact_at IS NULL OR r.last_contact_at < :since)");
    if (query.minAttempts >= 0)
        where += QStringLiteral(" AND r.attempts >= :minAttempts");
    if (query.maxAttempts >= 0)
        where += QStringLiteral(" AND r.attempts <= :maxAttempts");
    if (query.reactivationOnly)
        where += QStringLiteral(" AND r.state = 'open' AND r.scheduled_appointment_id IS NULL AND r.attempts >="
                                " (SELECT t.max_attempts FROM recall_types t WHERE t.id = r.recall_type_id)");
    const qint64 sinceMs = query.notContactedSince.isValid()
        ? WorkingCalendar(SettingsService(m_clinic).timeZone(), {}, {}).localDay(query.notContactedSince).startMs
        : 0;
    const auto bind = [&](Statement& st) {
        st.bind(":from", query.from.toString(Qt::ISODate));
        bindList(st, "pr", query.providerIds);
        bindList(st, "rt", query.recallTypeIds);
        if (query.notContactedSince.isValid())
            st.bind(":since", sinceMs);
        if (query.minAttempts >= 0)
            st.bind(":minAttempts", query.minAttempts);
        if (query.maxAttempts >= 0)
            st.bind(":maxAttempts", query.maxAttempts);
    };
    const auto keep = [&](const RecallRow& row) {
        if (!states.contains(row.state))
            return false;
        if (query.minAge >= 0 && (row.age < 0 || row.age < query.minAge))
            return false;
        if (query.maxAge >= 0 && (row.age < 0 || row.age > query.maxAge))
            return false;
        return !query.reactivationOnly || row.needsReactivation;
    };
    const int limit = query.limit > 0 ? query.limit : 5000;
    recallrows::RowReader reader(m_clinic);
    QList<RecallRow> rows;
    RAPPORT_TRY(reader.read(QStringLiteral("r.due_date BETWEEN :from AND :to") + where,
                            [&](Statement& st) {
                                bind(st);
                                st.bind(":to", query.to.toString(Qt::ISODate));
                            },
                            keep, limit, false, rows));
    // Then the recalls still open from before, the most recently overdue first, so that
    // a limit leaves out the patients who lapsed longest ago rather than the coming ones.
    if (query.includeOverdue && rows.size() < limit)
        RAPPORT_TRY(reader.read(QStringLiteral("r.due_date < :from AND r.state = 'open'") + where, bind, keep,
                                limit - int(rows.size()), true, rows));
    recallrows::sortRows(rows);
    return rows;
}

Result<QList<RecallRow>> RecallService::forPatient(const QString& patientId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::WorkRecalls));
    QList<RecallRow> rows;
    RAPPORT_TRY(recallrows::RowReader(m_clinic).read(
        QStringLiteral("r.patient_id = :p"), [&](Statement& st) { st.bind(":p", patientId); }, {}, 0, false, rows));
    recallrows::sortRows(rows);
    return rows;
}

Result<PatientRecall> RecallService::get(const QString& recallId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::WorkRecalls));
    RAPPORT_TRY_ASSIGN(const auto found, recallrows::loadRecall(m_clinic.database(), recallId));
    if (!found)
        return std::unexpected(recallNotFound(recallId));
    return *found;
}

Result<PatientRecall> RecallService::start(const QString& patientId, const QString& recallTypeId, QDate dueDate)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::WorkRecalls));
    if (!dueDate.isValid())
        return fail(ErrorCode::InvalidInput, tr("Choose the date the recall is due."));
    Database& db = m_clinic.database();
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT merged_into FROM patients WHERE id = :id"));
        st.bind(":id", patientId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found || !st.isNull(0))
            return fail(ErrorCode::NotFound,
                        tr("This patient record does not exist. It may have been merged into another record."),
                        patientId);
    }
    RAPPORT_TRY_ASSIGN(const RecallType type, this->type(recallTypeId));
    if (!type.active)
        return fail(ErrorCode::InvalidInput, tr("The “%1” recall type is no longer in use.").arg(type.name));
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(const auto existing, recallrows::loadRecallOf(db, patientId, recallTypeId));
    if (existing)
        return fail(ErrorCode::AlreadyExists,
                    tr("This patient already has the “%1” recall, due %2. Change its due date instead.")
                        .arg(type.name, QLocale().toString(existing->dueDate, QLocale::ShortFormat)),
                    existing->id);
    RecallEngine engine(m_clinic);
    RecallEngine::PatientRecalls patient;
    patient.patientId = patientId;
    RecallEngine::Slot slot;
    slot.recall.id = Uuid::create(m_clinic.clock().nowMs());
    slot.recall.patientId = patientId;
    slot.recall.recallTypeId = recallTypeId;
    slot.recall.dueDate = dueDate;
    slot.dirty = true;
    patient.slots << slot;
    RAPPORT_TRY(engine.refreshScheduled(patient, 0));
    RAPPORT_TRY(engine.write(patient, {}, false));
    RAPPORT_TRY(m_clinic.record(QStringLiteral("recall.start"), QStringLiteral("recall"), slot.recall.id,
                                QStringLiteral("patient=") + patientId));
    RAPPORT_TRY_ASSIGN(const auto made, recallrows::loadRecall(db, slot.recall.id));
    RAPPORT_TRY(tx.commit());
    return *made;
}

Result<PatientRecall> RecallService::setOverride(const QString& recallId, int months, int days)
{
    const bool typeInterval = months < 0 && days < 0;
    if (!typeInterval) {
        months = qMax(0, months);
        days = qMax(0, days);
        if (months > 120 || days > 3660 || months + days == 0)
            return fail(ErrorCode::InvalidInput,
                        tr("Enter the patient's own interval in months (0 to 120) and days (0 to 3660), at least one "
                           "day in all."));
    }
    return changeRecall(m_clinic, recallId, [&](RecallEngine& engine, RecallEngine::PatientRecalls& patient, int i) -> Status {
        RAPPORT_TRY_ASSIGN(const RecallEngine::TypeMap types, engine.loadTypes());
        RecallEngine::Slot& slot = patient.slots[i];
        slot.recall.overrideMonths = typeInterval ? -1 : months;
        slot.recall.overrideDays = typeInterval ? -1 : days;
        slot.dirty = true;
        slot.actions << QStringLiteral("recall.override");
        if (slot.recall.lastCompleted.isValid()) {
            slot.recall.dueDate = RecallEngine::dueFrom(slot.recall.lastCompleted, types.value(slot.recall.recallTypeId),
                                                        slot.recall.overrideMonths, slot.recall.overrideDays);
            const QString typeBefore = slot.recall.recallTypeId;
            const int holder = engine.settle(patient, i, types);
            if (holder != i || patient.slots.at(holder).recall.recallTypeId != typeBefore)
                RAPPORT_TRY(engine.refreshScheduled(patient, holder));
        }
        return {};
    });
}

Result<PatientRecall> RecallService::setDueDate(const QString& recallId, QDate dueDate)
{
    if (!dueDate.isValid())
        return fail(ErrorCode::InvalidInput, tr("Choose the date the recall is due."));
    return changeRecall(m_clinic, recallId, [&](RecallEngine&, RecallEngine::PatientRecalls& patient, int i) -> Status {
        RecallEngine::Slot& slot = patient.slots[i];
        slot.recall.dueDate = dueDate;
        slot.dirty = true;
        slot.actions << QStringLiteral("recall.due");
        return {};
    });
}

Result<PatientRecall> RecallService::decline(const QString& recallId, const QString& reason)
{
    return changeRecall(m_clinic, recallId, [&](RecallEngine&, RecallEngine::PatientRecalls& patient, int i) -> Status {
        RecallEngine::Slot& slot = patient.slots[i];
        slot.recall.declined = true;
        slot.recall.inactive = false;
        slot.recall.stateReason = reason.simplified();
        slot.dirty = true;
        slot.actions << QStringLiteral("recall.decline");
        return {};
    });
}

Result<PatientRecall> RecallService::deactivate(const QString& recallId, const QString& reason)
{
    return changeRecall(m_clinic, recallId, [&](RecallEngine&, RecallEngine::PatientRecalls& patient, int i) -> Status {
        RecallEngine::Slot& slot = patient.slots[i];
        slot.recall.inactive = true;
        slot.recall.declined = false;
        slot.recall.stateReason = reason.simplified();
        slot.recall.scheduledAppointmentId.clear();
        slot.recall.scheduledStart = QDateTime();
        slot.dirty = true;
        slot.actions << QStringLiteral("recall.deactivate");
        return {};
    });
}

Result<PatientRecall> RecallService::reactivate(const QString& recallId)
{
    return changeRecall(m_clinic, recallId, [&](RecallEngine& engine, RecallEngine::PatientRecalls& patient, int i) -> Status {
        RecallEngine::Slot& slot = patient.slots[i];
        if (!slot.recall.inactive && !slot.recall.declined)
            return {};
        slot.recall.inactive = false;
        slot.recall.declined = false;
        slot.recall.stateReason.clear();
        slot.dirty = true;
        slot.actions << QStringLiteral("recall.reactivate");
        return engine.refreshScheduled(patient, i);
    });
}

Status RecallService::recordContact(const QString& recallId, ContactChannel channel, const QDateTime& at)
{
    if (channel == ContactChannel::None)
        return fail(ErrorCode::InvalidInput, tr("Say how the patient was contacted: e-mail, SMS, letter or phone."));
    const QDateTime when = at.isValid() ? at.toUTC() : m_clinic.clock().now();
    auto changed = changeRecall(m_clinic, recallId, [&](RecallEngine&, RecallEngine::PatientRecalls& patient, int i) -> Status {
        RecallEngine::Slot& slot = patient.slots[i];
        slot.recall.attempts += 1;
        slot.recall.lastContactAt = when;
        slot.recall.lastContactChannel = channel;
        slot.dirty = true;
        slot.actions << QStringLiteral("recall.contact");
        return {};
    });
    if (!changed)
        return std::unexpected(changed.error());
    return {};
}

Status RecallService::appointmentChanged(const Appointment& appointment)
{
    // The appointment book checked its own permission; this follows its write.
    return RecallEngine(m_clinic).appointmentChanged(appointment);
}

Result<int> RecallService::rebuildAll()
{
    RAPPORT_TRY(m_clinic.session().require(Permission::WorkRecalls));
    return RecallEngine(m_clinic).rebuildAll();
}

Result<int> RecallService::planContacts()
{
    const Session& session = m_clinic.session();
    if (!session.can(Permission::SendMessages) && !session.can(Permission::WorkRecalls))
        RAPPORT_TRY(session.require(Permission::SendMessages));
    return RecallEngine(m_clinic).planContacts();
}

QString RecallService::stateName(RecallState state)
{
    switch (state) {
    case RecallState::NotContacted: return tr("Not contacted");
    case RecallState::Contacted: return tr("Contacted");
    case RecallState::Scheduled: return tr("Scheduled");
    case RecallState::Declined: return tr("Declined");
    case RecallState::Inactive: return tr("Inactive");
    }
    return {};
}

QString RecallService::stateKey(RecallState state)
{
    switch (state) {
    case RecallState::NotContacted: return QStringLiteral("not-contacted");
    case RecallState::Contacted: return QStringLiteral("contacted");
    case RecallState::Scheduled: return QStringLiteral("scheduled");
    case RecallState::Declined: return QStringLiteral("declined");
    case RecallState::Inactive: return QStringLiteral("inactive");
    }
    return {};
}

} // namespace rapport
