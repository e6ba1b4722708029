#include "PatientTimeline.h"

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
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& x, const TimelineEntry& y) { return x.at > y.at; });
    return out;
}

} // namespace rapport
