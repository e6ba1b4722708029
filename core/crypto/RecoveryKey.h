#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace rapport {

// The emergency way into a clinic: 32 random bytes shown once as 14 groups of four
// Base32 characters. The last three bytes are a checksum so a typing error is told
// apart from a wrong key.
class RecoveryKey
{
public:
    static constexpr int SecretBytes = 32;

    [[nodiscard]] static SecureBytes generate();
    [[nodiscard]] static QString format(const SecureBytes& secret);
    [[nodiscard]] static Result<SecureBytes> parse(const QString& text);
};

} // namespace rapport
