#include "crypto/PasswordKdf.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sodium.h>

namespace rapport {

KdfParams PasswordKdf::minimum()
{
    return KdfParams{MinimumOps, MinimumMemory};
}

KdfParams PasswordKdf::insecureFast()
{
    return KdfParams{crypto_pwhash_OPSLIMIT_MIN, 64ull * 1024};
}

bool PasswordKdf::isAtLeastMinimum(const KdfParams& params)
{
    return params.opsLimit >= MinimumOps && params.memLimitBytes >= MinimumMemory;
}

KdfParams PasswordKdf::tune(int targetMs)
{
    Sodium::ensureInitialised();
    KdfParams params = minimum();
    const QByteArray salt = newSalt();
    const QString probe = QStringLiteral("rapport-kdf-calibration");
    // Raise the pass count until one derivation reaches the target; memory stays at the
    // floor so a busy reception PC is not pushed into swapping.
    for (int round = 0; round < 12; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto key = derive(probe, salt, params);
        const qint64 ms = timer.elapsed();
        if (!key || ms >= targetMs * 7 / 10)
            break;
        const double scale = ms > 0 ? double(targetMs) / double(ms) : 4.0;
        const auto next = static_cast<quint64>(double(params.opsLimit) * qMin(scale, 4.0));
        params.opsLimit = qMax(params.opsLimit + 1, next);
        if (params.opsLimit > 64) {
            params.opsLimit = 64;
            break;
        }
    }
    return params;
}

QByteArray PasswordKdf::newSalt()
{
    Sodium::ensureInitialised();
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    return salt;
}

Result<SecureBytes> PasswordKdf::derive(const QString& password, const QByteArray& salt,
                                        const KdfParams& params)
{
    Sodium::ensureInitialised();
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return fail(ErrorCode::KeyFileDamaged,
                    QCoreApplication::translate("rapport::PasswordKdf", "A key slot has an invalid salt."));
    QByteArray utf8 = password.toUtf8();
    SecureBytes key(32);
    const int rc = crypto_pwhash(key.data(), key.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                                 static_cast<size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0)
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("rapport::PasswordKdf",
                                                "Not enough memory to check the password. Close other programs and try again."));
    return key;
}

} // namespace rapport
