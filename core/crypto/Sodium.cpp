#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>

namespace rapport {

void Sodium::ensureInitialised()
{
    static const int result = sodium_init();
    if (result < 0)
        std::abort(); // no safe way to go on without a working random source
}

QString Sodium::version()
{
    return QString::fromLatin1(sodium_version_string());
}

} // namespace rapport
