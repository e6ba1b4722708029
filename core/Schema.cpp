#include "Schema.h"

#include "patients/PatientSchema.h"
#include "scheduling/SchedulingSchema.h"
#include "security/SecuritySchema.h"

namespace rapport {

const std::vector<Migration>& clinicMigrations()
{
    static const std::vector<Migration> migrations{
        {1, QStringLiteral("staff, settings and audit trail"), createSecuritySchema},
        {2, QStringLiteral("patients, consent, family links and search"), createPatientSchema},
        {3, QStringLiteral("providers, chairs, appointment types, hours, appointments and waitlist"), createSchedulingSchema},
    };
    return migrations;
}

const std::vector<PatientReference>& patientReferences()
{
    static const std::vector<PatientReference> references{
        {QStringLiteral("appointments"), QStringLiteral("patient_id")},
        {QStringLiteral("waitlist"), QStringLiteral("patient_id")},
    };
    return references;
}

} // namespace rapport
