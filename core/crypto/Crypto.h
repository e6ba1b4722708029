#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace rapport {

// Purposes of the keys derived from the clinic master key. Each derived key is used for
// one thing only.
enum class KeyPurpose : quint64 {
    Database = 1,
    Audit = 2,
    Sync = 3,
    KeyFileMac = 4,
    Archive = 5,
};

struct X25519KeyPair
{
    QByteArray publicKey;  // 32 bytes, not secret
    SecureBytes secretKey; // 32 bytes
};

// Thin wrappers over libsodium. Everything that fails to authenticate comes back as an
// error, never as garbage bytes.
class Crypto
{
public:
    [[nodiscard]] static SecureBytes deriveSubKey(const SecureBytes& masterKey, KeyPurpose purpose);

    [[nodiscard]] static X25519KeyPair newKeyPair();
    [[nodiscard]] static X25519KeyPair keyPairFromSeed(const SecureBytes& seed);
    [[nodiscard]] static QByteArray publicKeyOf(const SecureBytes& secretKey);

    // Anonymous sealed box to a public key (crypto_box_seal).
    [[nodiscard]] static QByteArray seal(const SecureBytes& plain, const QByteArray& publicKey);
    [[nodiscard]] static Result<SecureBytes> unseal(const QByteArray& sealed, const QByteArray& publicKey,
                                                    const SecureBytes& secretKey);

    // XChaCha20-Poly1305 with associated data; output is nonce || ciphertext.
    [[nodiscard]] static QByteArray encrypt(const SecureBytes& key, const unsigned char* plain, std::size_t size,
                                            const QByteArray& associatedData);
    [[nodiscard]] static QByteArray encrypt(const SecureBytes& key, const QByteArray& plain,
                                            const QByteArray& associatedData);
    [[nodiscard]] static Result<SecureBytes> decryptSecret(const SecureBytes& key, const QByteArray& box,
                                                           const QByteArray& associatedData);
    [[nodiscard]] static Result<QByteArray> decrypt(const SecureBytes& key, const QByteArray& box,
                                                    const QByteArray& associatedData);

    // HMAC-SHA-256.
    [[nodiscard]] static QByteArray mac(const SecureBytes& key, const QByteArray& message);
    [[nodiscard]] static bool verifyMac(const SecureBytes& key, const QByteArray& message, const QByteArray& tag);

    [[nodiscard]] static QByteArray randomBytes(int size);
};

} // namespace rapport
