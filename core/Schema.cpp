#include "Schema.h"

#include "messaging/MessagingSchema.h"
#include "patients/PatientSchema.h"
#include "recalls/RecallSchema.h"
#include "scheduling/SchedulingSchema.h"
#include "security/SecuritySchema.h"

namespace rapport {

const std::vector<Migration>& clinicMigrations()
{
    static const std::vector<Migration> migrations{
        {1, QStringLiteral("staff, settings and audit trail"), createSecuritySchema},
        {2, QStringLiteral("patients, consent, family links and search"), createPatientSchema},
        {3, QStringLiteral("providers, chairs, appointment types, hours, appointments and waitlist"), createSchedulingSchema},
        {4, QStringLiteral("recall types and patients' recalls"), createRecallSchema},
        {5, QStringLiteral("reminder rules, message templates, the outbox and calls"), createMessagingSchema},
        {6, QStringLiteral("the booked visit's start beside each recall"), addRecallScheduledStart},
        {7, QStringLiteral("patients' names and phones indexed for the recall list"), addPatientContactIndex},
    };
    return migrations;
}

const std::vector<PatientReference>& patientReferences()
{
    static const std::vector<PatientReference> references{
        {QStringLiteral("appointments"), QStringLiteral("patient_id")},
        {QStringLiteral("waitlist"), QStringLiteral("patient_id")},
        {QStringLiteral("patient_recalls"), QStringLiteral("patient_id")},
        {QStringLiteral("outbox"), QStringLiteral("patient_id")},
        {QStringLiteral("calls"), QStringLiteral("patient_id")},
    };
    return references;
}

} // namespace rapport
