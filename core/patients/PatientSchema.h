#pragma once

#include "storage/Database.h"

namespace rapport {

// Patients, their consent history, family and care links, record events and the FTS4
// search index.
[[nodiscard]] Status createPatientSchema(Database& db);

} // namespace rapport
