#pragma once

#include "storage/Database.h"

#include <vector>

namespace rapport {

// Every migration of the clinic database, in order. Each area of the domain contributes
// the tables it owns.
[[nodiscard]] const std::vector<Migration>& clinicMigrations();

// A column outside the patients area that holds a patient id: merging two records moves
// these rows to the kept record.
struct PatientReference
{
    QString table;
    QString column;
};
[[nodiscard]] const std::vector<PatientReference>& patientReferences();

} // namespace rapport
