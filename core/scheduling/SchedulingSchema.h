#pragma once

#include "common/Error.h"

namespace rapport {

class Database;

// Migration 3: providers, chairs, appointment types, working hours, exceptions and
// closures, appointments with their status history, series and the waitlist.
[[nodiscard]] Status createSchedulingSchema(Database& db);

} // namespace rapport
