#pragma once

#include <QString>

namespace rapport {

class Sodium
{
public:
    // Initialises libsodium once per process; safe to call from any thread.
    static void ensureInitialised();
    [[nodiscard]] static QString version();
};

} // namespace rapport
