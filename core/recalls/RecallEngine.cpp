// The rules that move patients' recalls: due dates, age switching, completion resets and
// the scheduled mark. The rebuild from history is in RecallRebuild.cpp, the contact chain
// in RecallContacts.cpp.
#include "recalls/RecallEngine.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "recalls/RecallRows.h"
#include "scheduling/Scheduling.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rapport {

int RecallEngine::PatientRecalls::find(const QString& recallTypeId) const
{
    for (qsizetype i = 0; i < slots.size(); ++i)
        if (slots.at(i).recall.recallTypeId == recallTypeId)
            return int(i);
    return -1;
}

RecallEngine::RecallEngine(Clinic& clinic)
    : m_clinic(clinic)
{
}

QDate RecallEngine::dueFrom(QDate lastCompleted, const RecallType& type, int overrideMonths, int overrideDays)
{
    const bool own = overrideMonths >= 0 || overrideDays >= 0;
    const int months = own ? qMax(0, overrideMonths) : type.intervalMonths;
    const int days = own ? qMax(0, overrideDays) : type.intervalDays;
    return lastCompleted.addMonths(months).addDays(days);
}

int RecallEngine::ageOn(QDate dateOfBirth, QDate day)
{
    if (!dateOfBirth.isValid() || !day.isValid() || day < dateOfBirth)
        return -1;
    int age = day.year() - dateOfBirth.year();
    if (day.month() < dateOfBirth.month() || (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
        --age;
    return age;
}

RecallEngine::Placement RecallEngine::place(QDate lastCompleted, const QString& typeId, int overrideMonths,
                                            int overrideDays, QDate dateOfBirth, const TypeMap& types)
{
    Placement p{typeId, {}};
    QStringList seen;
    while (true) {
        const auto it = types.constFind(p.typeId);
        if (it == types.cend())
            return p;
        p.due = dueFrom(lastCompleted, *it, overrideMonths, overrideDays);
        if (it->untilAge < 0 || it->thenTypeId.isEmpty() || !types.contains(it->thenTypeId))
            return p;
        const int age = ageOn(dateOfBirth, p.due);
        if (age < it->untilAge)
            return p;
        seen << p.typeId;
        if (seen.contains(it->thenTypeId)) // a loop in the set-up: stop where we are
            return p;
        p.typeId = it->thenTypeId;
    }
}

Result<RecallEngine::TypeMap> RecallEngine::loadTypes()
{
    RAPPORT_TRY_ASSIGN(const QList<RecallType> all, recallrows::loadTypes(m_clinic.database(), true));
    TypeMap out;
    for (const RecallType& t : all)
        out.insert(t.id, t);
    return out;
}

QString RecallEngine::replacedReason(const RecallType& by) const
{
    return QCoreApplication::translate("rapport::RecallService", "Replaced by the “%1” recall.").arg(by.name);
}

int RecallEngine::settle(PatientRecalls& patient, int index, const TypeMap& types) const
{
    Slot& slot = patient.slots[index];
    PatientRecall& r = slot.recall;
    if (!r.lastCompleted.isValid())
        return index;
    const Placement p = place(r.lastCompleted, r.recallTypeId, r.overrideMonths, r.overrideDays, patient.dateOfBirth,
                              types);
    if (p.typeId == r.recallTypeId) {
        if (p.due.isValid() && p.due != r.dueDate) {
            r.dueDate = p.due;
            slot.dirty = true;
        }
        return index;
    }
    const int other = patient.find(p.typeId);
    if (other < 0) {
        r.recallTypeId = p.typeId;
        r.dueDate = p.due;
        r.scheduledAppointmentId.clear();
        r.scheduledStart = QDateTime();
        slot.dirty = true;
        slot.actions << QStringLiteral("recall.switch");
        return index;
    }
    // The patient has the next type's recall already: it takes this cycle when it is the
    // later one, and this row is retired (rows are never deleted).
    Slot& into = patient.slots[other];
    const RecallType& next = types.value(p.typeId);
    if (!into.recall.lastCompleted.isValid() || into.recall.lastCompleted < r.lastCompleted) {
        into.recall.lastCompleted = r.lastCompleted;
        into.recall.providerId = r.providerId;
        into.recall.attempts = r.attempts;
        into.recall.lastContactAt = r.lastContactAt;
        into.recall.lastContactChannel = r.lastContactChannel;
        if (into.recall.declined && !r.declined) {
            into.recall.declined = false;
            into.recall.stateReason.clear();
        }
        into.recall.dueDate = dueFrom(into.recall.lastCompleted, next, into.recall.overrideMonths,
                                      into.recall.overrideDays);
        into.dirty = true;
    }
    if (!r.inactive) {
        r.inactive = true;
        r.stateReason = replacedReason(next);
        r.scheduledAppointmentId.clear();
        r.scheduledStart = QDateTime();
        slot.dirty = true;
        slot.actions << QStringLiteral("recall.switch");
    }
    return other;
}

void RecallEngine::complete(PatientRecalls& patient, const QString& recallTypeId, QDate date,
                            const QString& providerId, const TypeMap& types, qint64 nowMs) const
{
    if (!types.contains(recallTypeId) || !date.isValid())
        return;
    int index = patient.find(recallTypeId);
    if (index < 0) {
        // The patient may have moved on to the next type already (child to adult).
        const Placement p = place(date, recallTypeId, -1, -1, patient.dateOfBirth, types);
        index = patient.find(p.typeId);
        if (index < 0) {
            Slot slot;
            slot.recall.id = Uuid::create(nowMs);
            slot.recall.patientId = patient.patientId;
            slot.recall.recallTypeId = p.typeId;
            patient.slots << slot;
            index = int(patient.slots.size() - 1);
        }
    }
    Slot& slot = patient.slots[index];
    PatientRecall& r = slot.recall;
    if (r.lastCompleted.isValid() && r.lastCompleted >= date)
        return; // an older visit, or this one again: the cycle stands
    r.lastCompleted = date;
    r.providerId = providerId;
    r.attempts = 0;
    r.lastContactAt = QDateTime();
    r.lastContactChannel = ContactChannel::None;
    if (r.declined) {
        r.declined = false;
        r.stateReason.clear();
    }
    r.dueDate = dueFrom(date, types.value(r.recallTypeId), r.overrideMonths, r.overrideDays);
    slot.dirty = true;
    slot.actions << QStringLiteral("recall.reset");
    settle(patient, index, types);
}

Result<RecallEngine::PatientRecalls> RecallEngine::loadPatient(const QString& patientId)
{
    Database& db = m_clinic.database();
    PatientRecalls out;
    out.patientId = patientId;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT date_of_birth FROM patients WHERE id = :p"));
        st.bind(":p", patientId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (found && !st.isNull(0))
            out.dateOfBirth = QDate::fromString(st.text(0), Qt::ISODate);
    }
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + recallrows::recallColumns()
                                                + QStringLiteral(" FROM ") + recallrows::recallFrom()
                                                + QStringLiteral(" WHERE r.patient_id = :p ORDER BY r.recall_type_id")));
    st.bind(":p", patientId);
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        Slot s;
        s.recall = recallrows::readRecall(st);
        s.stored = true;
        out.slots << s;
    }));
    return out;
}

Status RecallEngine::write(PatientRecalls& patient, const QString& detail, bool audit)
{
    Database& db = m_clinic.database();
    const qint64 nowMs = m_clinic.clock().nowMs();
    for (Slot& s : patient.slots) {
        if (s.dirty) {
            RAPPORT_TRY(s.stored ? recallrows::updateRecall(db, s.recall, nowMs)
                                 : recallrows::insertRecall(db, s.recall, nowMs));
            s.stored = true;
            s.dirty = false;
        }
        if (audit) {
            s.actions.removeDuplicates();
            for (const QString& action : std::as_const(s.actions))
                RAPPORT_TRY(m_clinic.record(action, QStringLiteral("recall"), s.recall.id, detail));
        }
        s.actions.clear();
    }
    return {};
}

Result<std::pair<QString, QDateTime>> RecallEngine::comingAppointment(const QString& patientId,
                                                                      const QString& recallTypeId)
{
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT a.id, a.start_at FROM appointments a WHERE a.patient_id = :p"
                                         " AND a.start_at >= :now AND a.status IN ('booked', 'confirmed')"
                                         " AND a.type_id IN (SELECT appointment_type_id FROM recall_type_resets"
                                         " WHERE recall_type_id = :t) ORDER BY a.start_at, a.id LIMIT 1"));
    st.bind(":p", patientId).bind(":t", recallTypeId).bind(":now", m_clinic.clock().nowMs());
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found)
        return std::pair<QString, QDateTime>();
    return std::pair(st.text(0), st.dateTime(1));
}

Status RecallEngine::refreshScheduled(PatientRecalls& patient, int index)
{
    Slot& slot = patient.slots[index];
    std::pair<QString, QDateTime> coming;
    if (!slot.recall.inactive) { // retired recalls are never marked scheduled
        RAPPORT_TRY_ASSIGN(coming, comingAppointment(patient.patientId, slot.recall.recallTypeId));
    }
    if (coming.first != slot.recall.scheduledAppointmentId || coming.second != slot.recall.scheduledStart) {
        slot.recall.scheduledAppointmentId = coming.first;
        slot.recall.scheduledStart = coming.second;
        slot.dirty = true;
    }
    return {};
}

Status RecallEngine::appointmentChanged(const Appointment& appointment)
{
    Database& db = m_clinic.database();
    // Two indexed look-ups decide whether recalls are involved at all.
    QStringList resets;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT rr.recall_type_id FROM recall_type_resets rr"
                                                    " JOIN recall_types t ON t.id = rr.recall_type_id"
                                                    " WHERE rr.appointment_type_id = :t AND t.active = 1"));
        st.bind(":t", appointment.typeId);
        RAPPORT_TRY(st.forEach([&](const Statement&) { resets << st.text(0); }));
    }
    QStringList patients;
    QStringList pointing; // recalls marked scheduled with this appointment
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, patient_id FROM patient_recalls"
                                                    " WHERE scheduled_appointment_id = :a"));
        st.bind(":a", appointment.id);
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            pointing << st.text(0);
            if (!patients.contains(st.text(1)))
                patients << st.text(1);
        }));
    }
    if (resets.isEmpty() && pointing.isEmpty())
        return {};
    if (!resets.isEmpty() && !patients.contains(appointment.patientId))
        patients.prepend(appointment.patientId);

    RAPPORT_TRY_ASSIGN(const TypeMap types, loadTypes());
    const qint64 nowMs = m_clinic.clock().nowMs();
    for (const QString& patientId : std::as_const(patients)) {
        RAPPORT_TRY_ASSIGN(PatientRecalls patient, loadPatient(patientId));
        if (patientId == appointment.patientId && appointment.status == AppointmentStatus::Completed) {
            const WorkingCalendar calendar(SettingsService(m_clinic).timeZone(), {}, {});
            const QDate date = calendar.localDate(appointment.start.toMSecsSinceEpoch());
            for (const QString& recallTypeId : std::as_const(resets))
                complete(patient, recallTypeId, date, appointment.providerId, types, nowMs);
        }
        for (qsizetype i = 0; i < patient.slots.size(); ++i) {
            const PatientRecall& r = patient.slots.at(i).recall;
            if (pointing.contains(r.id) || r.scheduledAppointmentId == appointment.id
                || (patientId == appointment.patientId && resets.contains(r.recallTypeId)))
                RAPPORT_TRY(refreshScheduled(patient, int(i)));
        }
        RAPPORT_TRY(write(patient, QStringLiteral("appointment=") + appointment.id, true));
    }
    return {};
}

} // namespace rapport
