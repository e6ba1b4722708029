#include "Schema.h"

#include "patients/PatientSchema.h"
#include "security/SecuritySchema.h"

namespace rapport {

const std::vector<Migration>& clinicMigrations()
{
    static const std::vector<Migration> migrations{
        {1, QStringLiteral("staff, settings and audit trail"), createSecuritySchema},
        {2, QStringLiteral("patients, consent, family links and search"), createPatientSchema},
    };
    return migrations;
}

const std::vector<PatientReference>& patientReferences()
{
    static const std::vector<PatientReference> references{};
    return references;
}

} // namespace rapport
