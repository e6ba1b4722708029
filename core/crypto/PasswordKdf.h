#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace rapport {

// Argon2id cost, stored with every key slot so each slot can be opened with the cost it
// was made with.
struct KdfParams
{
    quint64 opsLimit = 3;
    quint64 memLimitBytes = 64ull * 1024 * 1024;

    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

class PasswordKdf
{
public:
    static constexpr quint64 MinimumOps = 3;
    static constexpr quint64 MinimumMemory = 64ull * 1024 * 1024;

    // The floor for a real clinic: never under 3 passes and 64 MiB.
    [[nodiscard]] static KdfParams minimum();
    // Tuned on this PC so one derivation takes about targetMs (0.5 to 1 s), never below the floor.
    [[nodiscard]] static KdfParams tune(int targetMs = 700);
    // For automated tests and throwaway demo clinics only: deliberately weak.
    [[nodiscard]] static KdfParams insecureFast();
    [[nodiscard]] static bool isAtLeastMinimum(const KdfParams& params);

    [[nodiscard]] static QByteArray newSalt();
    [[nodiscard]] static Result<SecureBytes> derive(const QString& password, const QByteArray& salt,
                                                    const KdfParams& params);
};

} // namespace rapport
