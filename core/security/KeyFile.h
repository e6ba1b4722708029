#pragma once

#include "common/Error.h"
#include "crypto/PasswordKdf.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rapport {

// One member of staff's way to the master key.
struct KeySlot
{
    QString userId;
    QString username;
    QByteArray publicKey;
    QByteArray salt;
    KdfParams kdf;
    QByteArray wrappedSecretKey; // XChaCha20-Poly1305(Argon2id(password), X25519 secret key)
    QByteArray sealedMasterKey;  // crypto_box_seal(master key, publicKey)
};

// The file beside the database: key slots and cipher settings, never patient data.
// Its MAC (a key derived from the master key) covers every field, so any change made
// outside Rapport is detected once the master key is known.
struct KeyFile
{
    static constexpr int FormatVersion = 1;

    QString clinicId;
    QString clinicName; // shown on the sign-in window before the database is open
    int keyId = 1;
    bool demo = false;
    KdfParams defaultKdf;
    QList<KeySlot> slots;
    QByteArray recoveryPublicKey;
    QByteArray recoverySealedMasterKey;
    // Audit keys of earlier master-key generations, encrypted with the current archive key.
    QList<QPair<int, QByteArray>> retiredAuditKeys;
    QByteArray mac;

    [[nodiscard]] QByteArray signedBytes() const; // everything but the MAC, canonical
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<KeyFile> fromJson(const QByteArray& json);

    [[nodiscard]] const KeySlot* slotForUsername(const QString& username) const;
    [[nodiscard]] KeySlot* slotForUser(const QString& userId);

    [[nodiscard]] static QString pathFor(const QString& databasePath);
    [[nodiscard]] static QString backupPathFor(const QString& databasePath);
    [[nodiscard]] static QString pendingPathFor(const QString& databasePath);

    // Reads the key file, falling back to its backup copy when the main one is missing
    // or unreadable.
    [[nodiscard]] static Result<KeyFile> load(const QString& databasePath);
    [[nodiscard]] static Result<KeyFile> loadFile(const QString& filePath);
    // Writes the backup copy, then the key file, each atomically.
    [[nodiscard]] Status save(const QString& databasePath) const;
    [[nodiscard]] Status saveTo(const QString& filePath) const;
};

} // namespace rapport
