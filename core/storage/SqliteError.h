#pragma once

#include "common/Error.h"

struct sqlite3;

namespace rapport {

// Turns SQLite result codes into errors a person can act on.
class SqliteError
{
public:
    [[nodiscard]] static Error fromCode(int extendedCode, sqlite3* db);
    [[nodiscard]] static QString genericMessage();
    [[nodiscard]] static QString wrongKeyOrDamagedMessage();
    [[nodiscard]] static QString damagedMessage();
};

} // namespace rapport
