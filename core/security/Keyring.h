#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "security/KeyFile.h"

#include <map>

namespace rapport {

// The clinic master key and the key file that leads to it. Unlocking takes a member's
// password (Argon2id unwraps their X25519 secret key, which opens the sealed master key)
// or the recovery key. Every key the clinic uses is derived from the master key.
class Keyring
{
public:
    Keyring() = default;
    Keyring(Keyring&&) noexcept = default;
    Keyring& operator=(Keyring&&) noexcept = default;

    struct Created;
    struct Unlocked;

    // A new master key and recovery key; nothing is written until the first slot is saved.
    [[nodiscard]] static Created create(const QString& databasePath, const QString& clinicId,
                                        const KdfParams& defaultKdf, bool demo);
    [[nodiscard]] static Result<Unlocked> unlockWithPassword(const QString& databasePath, const KeyFile& file,
                                                             const QString& username, const QString& password);
    [[nodiscard]] static Result<Keyring> unlockWithRecoveryKey(const QString& databasePath, const KeyFile& file,
                                                               const QString& recoveryKeyText);

    [[nodiscard]] bool isUnlocked() const { return !m_master.isEmpty(); }
    [[nodiscard]] const KeyFile& file() const { return m_file; }
    [[nodiscard]] SecureBytes databaseKey() const;
    [[nodiscard]] std::map<int, SecureBytes> auditKeys() const;
    [[nodiscard]] int keyId() const { return m_file.keyId; }

    // Slot changes re-sign the key file and save it (backup copy first).
    [[nodiscard]] Status addSlot(const QString& userId, const QString& username, const QString& password);
    // A new key pair for a member whose password an administrator resets.
    [[nodiscard]] Status replaceSlot(const QString& userId, const QString& username, const QString& password);
    // Rewraps one private key; the master key and the other slots stay as they are.
    [[nodiscard]] Status changePassword(const QString& userId, const QString& oldPassword,
                                        const QString& newPassword);
    [[nodiscard]] bool hasSlot(const QString& userId) const;
    [[nodiscard]] Status setClinicName(const QString& name);

    // Rotation in two steps around the database rekey: prepare writes the next key file
    // beside the current one (".keys.next") and returns the next database key; commit
    // makes it the key file. A crash in between leaves both files, and sign-in tries both.
    [[nodiscard]] Result<SecureBytes> prepareRotation(const QString& removedUserId);
    [[nodiscard]] Status commitRotation();
    void abandonRotation();

    [[nodiscard]] Status save() const;
    void wipe();

private:
    [[nodiscard]] QByteArray slotAssociatedData(const QString& userId) const;
    [[nodiscard]] Result<KeySlot> makeSlot(const QString& userId, const QString& username, const QString& password,
                                           const SecureBytes& masterKey) const;
    [[nodiscard]] static Status verifyMac(const KeyFile& file, const SecureBytes& master);
    void sign(KeyFile& file, const SecureBytes& master) const;

    QString m_databasePath;
    KeyFile m_file;
    SecureBytes m_master;
    // Present between prepareRotation and commitRotation.
    KeyFile m_nextFile;
    SecureBytes m_nextMaster;
};

struct Keyring::Created
{
    Keyring keyring;
    QString recoveryKey; // grouped Base32, to show once
};

struct Keyring::Unlocked
{
    Keyring keyring;
    QString userId;
};

} // namespace rapport
