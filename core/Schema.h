#pragma once

#include "storage/Database.h"

#include <vector>

namespace rapport {

// Every migration of the clinic database, in order. Each area of the domain contributes
// the tables it owns.
[[nodiscard]] const std::vector<Migration>& clinicMigrations();

} // namespace rapport
