#pragma once

#include "common/Error.h"

namespace rapport {

class Database;

// Migration 5: reminder rules, templates, the outbox and calls.
[[nodiscard]] Status createMessagingSchema(Database& db);

} // namespace rapport
