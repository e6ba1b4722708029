#pragma once

#include "storage/Database.h"

namespace rapport {

// Tables of staff accounts, clinic settings and the audit trail.
[[nodiscard]] Status createSecuritySchema(Database& db);

} // namespace rapport
