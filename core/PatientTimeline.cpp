#include "PatientTimeline.h"

#include "messaging/CallList.h"
#include "messaging/Outbox.h"
#include "patients/PatientVocabulary.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/Clinic.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport {

Result<QList<TimelineEntry>> patientTimeline(Clinic& clinic, const QString& patientId)
{
    PatientService patients(clinic);
    RAPPORT_TRY_ASSIGN(QList<TimelineEntry> out, patients.timeline(patientId));
    if (clinic.session().can(Permission::ViewSchedule)) {
        AppointmentBook book(clinic);
        RAPPORT_TRY_ASSIGN(const QList<AppointmentRow> appointments, book.forPatient(patientId));
        for (const AppointmentRow& r : appointments) {
            const Appointment& a = r.appointment;
            TimelineEntry t;
            t.at = a.start;
            t.kind = QStringLiteral("appointment.") + SchedulingVocabulary::statusKey(a.status);
            t.summary = QCoreApplication::translate("rapport::PatientTimeline", "%1 with %2, %n min: %3", nullptr,
                                                    a.durationMinutes())
                            .arg(r.typeName, r.providerName, SchedulingVocabulary::statusName(a.status));
            if (!a.statusReason.isEmpty())
                t.summary += QStringLiteral(" (") + a.statusReason + QLatin1Char(')');
            t.sourceId = a.id;
            out << t;
        }
    }
    // Messages that reached an end (sent, failed, skipped with why), not those still waiting.
    // Phone-channel rows show as the calls recorded against them.
    if (clinic.session().can(Permission::SendMessages) || clinic.session().can(Permission::WorkRecalls)) {
        OutboxQuery query;
        query.patientId = patientId;
        query.statuses = {OutboxStatus::Sent, OutboxStatus::Failed, OutboxStatus::Skipped, OutboxStatus::Cancelled,
                          OutboxStatus::Interrupted};
        RAPPORT_TRY_ASSIGN(const QList<OutboxRow> messages, Outbox(clinic).list(query));
        for (const OutboxRow& r : messages) {
            const OutboxMessage& m = r.message;
            if (m.channel == ContactChannel::Phone && m.status != OutboxStatus::Skipped)
                continue;
            TimelineEntry t;
            t.at = m.status == OutboxStatus::Sent && m.sentAt.isValid() ? m.sentAt : m.updatedAt;
            t.kind = QStringLiteral("message.") + Outbox::statusKey(m.status);
            t.summary = QCoreApplication::translate("rapport::PatientTimeline", "%1 by %2: %3")
                            .arg(Outbox::kindName(m.kind), PatientVocabulary::name(m.channel), Outbox::statusName(m.status));
            const QString why = m.status == OutboxStatus::Skipped ? Outbox::skipReasonName(m.skipReason) : m.statusDetail;
            if (!r.ruleName.isEmpty())
                t.summary += QStringLiteral(" — ") + r.ruleName;
            if (!why.isEmpty())
                t.summary += QStringLiteral(" (") + why + QLatin1Char(')');
            t.sourceId = m.id;
            out << t;
        }
    }
    if (clinic.session().can(Permission::WorkRecalls)) {
        RAPPORT_TRY_ASSIGN(const QList<CallRecord> calls, CallList(clinic).calls(patientId));
        for (const CallRecord& c : calls) {
            TimelineEntry t;
            t.at = c.at;
            t.kind = QStringLiteral("call.") + CallList::outcomeKey(c.outcome);
            t.summary = QCoreApplication::translate("rapport::PatientTimeline", "Call: %1").arg(CallList::outcomeName(c.outcome));
            if (!c.note.isEmpty())
                t.summary += QStringLiteral(" — ") + c.note;
            t.actorName = c.byName;
            t.sourceId = c.id;
            out << t;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& x, const TimelineEntry& y) { return x.at > y.at; });
    return out;
}

} // namespace rapport
