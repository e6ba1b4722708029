// Rebuilding every recall from the appointment history, for bulk writers (the demo, imports)
// that do not go through the appointment book. One pass over the completed visits,
// grouped by patient and recall type in SQL; the rules of RecallEngine in C++; the rows
// written in one transaction.
#include "recalls/RecallEngine.h"

#include "common/Clock.h"
#include "recalls/RecallRows.h"
#include "scheduling/WorkingCalendar.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"
#include "storage/Database.h"

#include <algorithm>

namespace rapport {

Result<int> RecallEngine::rebuildAll()
{
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(const TypeMap types, loadTypes());
    const qint64 nowMs = m_clinic.clock().nowMs();
    const WorkingCalendar calendar(SettingsService(m_clinic).timeZone(), {}, {});
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());

    // The recalls there are now, kept unless the history says otherwise.
    QHash<QString, QList<PatientRecall>> existing;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + recallrows::recallColumns()
                                                    + QStringLiteral(" FROM ") + recallrows::recallFrom()));
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            PatientRecall r = recallrows::readRecall(st);
            existing[r.patientId] << r;
        }));
    }

    // The earliest coming visit per patient and recall type that holds time.
    QHash<QString, std::pair<QString, QDateTime>> coming;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(
                                             "SELECT a.patient_id, rr.recall_type_id, a.id, a.start_at"
                                             " FROM appointments a CROSS JOIN recall_type_resets rr"
                                             " ON rr.appointment_type_id = a.type_id WHERE a.start_at >= :now"
                                             " AND a.status IN ('booked', 'confirmed') ORDER BY a.start_at, a.id"));
        st.bind(":now", nowMs);
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            const QString key = st.text(0) + QLatin1Char('|') + st.text(1);
            if (!coming.contains(key))
                coming.insert(key, std::pair(st.text(2), st.dateTime(3)));
        }));
    }

    RAPPORT_TRY_ASSIGN(Statement insert, db.prepare(recallrows::insertRecallSql()));
    RAPPORT_TRY_ASSIGN(Statement update, db.prepare(recallrows::updateRecallSql()));
    int written = 0;
    auto flush = [&](PatientRecalls& patient) -> Status {
        for (Slot& s : patient.slots) {
            PatientRecall& r = s.recall;
            // Retired recalls are never marked scheduled.
            const auto next = r.inactive ? std::pair<QString, QDateTime>()
                                         : coming.value(patient.patientId + QLatin1Char('|') + r.recallTypeId);
            if (next.first != r.scheduledAppointmentId || next.second != r.scheduledStart) {
                r.scheduledAppointmentId = next.first;
                r.scheduledStart = next.second;
                s.dirty = true;
            }
            if (!s.dirty)
                continue;
            Statement& st = s.stored ? update : insert;
            recallrows::bindRecall(st, r, nowMs);
            RAPPORT_TRY(st.exec());
            ++written;
        }
        return {};
    };
    auto startPatient = [&](const QString& patientId) {
        PatientRecalls p;
        p.patientId = patientId;
        for (const PatientRecall& r : existing.take(patientId))
            p.slots << Slot{r, true, false, {}};
        return p;
    };

    // Dates of birth, for age switching.
    QHash<QString, QDate> births;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, date_of_birth FROM patients"
                                                    " WHERE date_of_birth IS NOT NULL"));
        RAPPORT_TRY(st.forEach([&](const Statement&) {
            births.insert(st.text(0), QDate::fromString(st.text(1), Qt::ISODate));
        }));
    }
    // Per patient and recall type, the last completed visit that resets it (SQLite gives
    // the provider of the row that holds the max). A full scan in table order is faster
    // than walking an index that is in another order; the grouping's sort gives the
    // patients in order.
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(
                                             "SELECT a.patient_id, rr.recall_type_id, max(a.start_at), a.provider_id"
                                             " FROM appointments AS a NOT INDEXED CROSS JOIN recall_type_resets rr"
                                             " ON rr.appointment_type_id = a.type_id WHERE a.status = 'completed'"
                                             " GROUP BY a.patient_id, rr.recall_type_id"
                                             " ORDER BY a.patient_id, rr.recall_type_id"));
        struct Visit
        {
            QString recallTypeId;
            qint64 atMs = 0;
            QString providerId;
        };
        QString patientId;
        QList<Visit> visits;
        // A patient's visits in the order they happened, as the book would have seen them.
        auto applyPatient = [&]() -> Status {
            if (patientId.isEmpty())
                return {};
            PatientRecalls patient = startPatient(patientId);
            patient.dateOfBirth = births.value(patientId);
            std::sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) { return a.atMs < b.atMs; });
            for (const Visit& v : std::as_const(visits))
                complete(patient, v.recallTypeId, calendar.localDate(v.atMs), v.providerId, types, nowMs);
            visits.clear();
            return flush(patient);
        };
        while (true) {
            RAPPORT_TRY_ASSIGN(const bool row, st.next());
            if (!row)
                break;
            const QString id = st.text(0);
            if (id != patientId) {
                RAPPORT_TRY(applyPatient());
                patientId = id;
            }
            const QString recallTypeId = st.text(1);
            const auto type = types.constFind(recallTypeId);
            if (type == types.cend() || !type->active)
                continue;
            visits << Visit{recallTypeId, st.int64(2), st.text(3)};
        }
        RAPPORT_TRY(applyPatient());
    }
    // Recalls of patients without a completed visit (started by hand): only the scheduled mark.
    for (const QString& patientId : existing.keys()) {
        PatientRecalls patient = startPatient(patientId);
        RAPPORT_TRY(flush(patient));
    }
    RAPPORT_TRY(m_clinic.record(QStringLiteral("recall.rebuild"), QStringLiteral("recalls"), {},
                                QStringLiteral("written=%1").arg(written)));
    RAPPORT_TRY(tx.commit());
    return written;
}

} // namespace rapport
