#include "crypto/Crypto.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace rapport {

namespace {
const char KdfContext[crypto_kdf_CONTEXTBYTES] = {'R', 'a', 'p', 'p', 'o', 'r', 't', '1'};

auto u8(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}
} // namespace

SecureBytes Crypto::deriveSubKey(const SecureBytes& masterKey, KeyPurpose purpose)
{
    Sodium::ensureInitialised();
    SecureBytes out(32);
    crypto_kdf_derive_from_key(out.data(), out.size(), static_cast<uint64_t>(purpose), KdfContext, masterKey.data());
    return out;
}

X25519KeyPair Crypto::newKeyPair()
{
    Sodium::ensureInitialised();
    X25519KeyPair pair;
    pair.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    pair.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

X25519KeyPair Crypto::keyPairFromSeed(const SecureBytes& seed)
{
    Sodium::ensureInitialised();
    X25519KeyPair pair;
    pair.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    pair.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data(),
                            seed.data());
    return pair;
}

QByteArray Crypto::publicKeyOf(const SecureBytes& secretKey)
{
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pk.data()), secretKey.data());
    return pk;
}

QByteArray Crypto::seal(const SecureBytes& plain, const QByteArray& publicKey)
{
    Sodium::ensureInitialised();
    QByteArray out(static_cast<qsizetype>(plain.size() + crypto_box_SEALBYTES), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), plain.data(), plain.size(), u8(publicKey));
    return out;
}

Result<SecureBytes> Crypto::unseal(const QByteArray& sealed, const QByteArray& publicKey, const SecureBytes& secretKey)
{
    if (sealed.size() <= crypto_box_SEALBYTES || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return fail(ErrorCode::KeyFileDamaged,
                    QCoreApplication::translate("rapport::Crypto", "A sealed key in the key file is damaged."));
    SecureBytes out(static_cast<std::size_t>(sealed.size() - crypto_box_SEALBYTES));
    if (crypto_box_seal_open(out.data(), u8(sealed), static_cast<unsigned long long>(sealed.size()), u8(publicKey),
                             secretKey.data())
        != 0)
        return fail(ErrorCode::KeyFileDamaged,
                    QCoreApplication::translate("rapport::Crypto", "A sealed key in the key file does not open."));
    return out;
}

QByteArray Crypto::encrypt(const SecureBytes& key, const unsigned char* plain, std::size_t size,
                           const QByteArray& associatedData)
{
    Sodium::ensureInitialised();
    QByteArray out(static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + size
                                          + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                   '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written, plain,
                                               size, u8(associatedData),
                                               static_cast<unsigned long long>(associatedData.size()), nullptr, nonce,
                                               key.data());
    return out;
}

QByteArray Crypto::encrypt(const SecureBytes& key, const QByteArray& plain, const QByteArray& associatedData)
{
    return encrypt(key, u8(plain), static_cast<std::size_t>(plain.size()), associatedData);
}

Result<SecureBytes> Crypto::decryptSecret(const SecureBytes& key, const QByteArray& box,
                                          const QByteArray& associatedData)
{
    constexpr qsizetype overhead = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (box.size() <= overhead)
        return fail(ErrorCode::IntegrityFailure,
                    QCoreApplication::translate("rapport::Crypto", "Encrypted data is too short."));
    SecureBytes out(static_cast<std::size_t>(box.size() - overhead));
    unsigned long long written = 0;
    const auto* nonce = u8(box);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            out.data(), &written, nullptr, nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            static_cast<unsigned long long>(box.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES),
            u8(associatedData), static_cast<unsigned long long>(associatedData.size()), nonce, key.data())
        != 0)
        return fail(ErrorCode::IntegrityFailure,
                    QCoreApplication::translate("rapport::Crypto", "Encrypted data did not authenticate."));
    return out;
}

Result<QByteArray> Crypto::decrypt(const SecureBytes& key, const QByteArray& box, const QByteArray& associatedData)
{
    RAPPORT_TRY_ASSIGN(SecureBytes plain, decryptSecret(key, box, associatedData));
    return QByteArray(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(plain.size()));
}

QByteArray Crypto::mac(const SecureBytes& key, const QByteArray& message)
{
    Sodium::ensureInitialised();
    QByteArray tag(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, key.data(), key.size());
    crypto_auth_hmacsha256_update(&st, u8(message), static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&st, reinterpret_cast<unsigned char*>(tag.data()));
    sodium_memzero(&st, sizeof st);
    return tag;
}

bool Crypto::verifyMac(const SecureBytes& key, const QByteArray& message, const QByteArray& tag)
{
    const QByteArray expected = mac(key, message);
    return tag.size() == expected.size()
        && sodium_memcmp(tag.constData(), expected.constData(), static_cast<size_t>(tag.size())) == 0;
}

QByteArray Crypto::randomBytes(int size)
{
    Sodium::ensureInitialised();
    QByteArray out(size, '\0');
    randombytes_buf(out.data(), static_cast<size_t>(size));
    return out;
}

} // namespace rapport
