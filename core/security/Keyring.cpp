#include "security/Keyring.h"

#include "crypto/Crypto.h"
#include "crypto/RecoveryKey.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::Keyring", text);
}

QByteArray retiredAssociatedData(const QString& clinicId, int keyId)
{
    return QByteArrayLiteral("rapport-retired-audit-key|") + clinicId.toUtf8() + '|' + QByteArray::number(keyId);
}

Error tamperedError()
{
    return Error{ErrorCode::IntegrityFailure,
                 QCoreApplication::translate("rapport::Keyring", "The clinic's key file has been changed outside Rapport, so it is not trusted. Restore the key file (.keys) from a backup, or sign in with the recovery key and tell your administrator."),
                 QStringLiteral("key file MAC mismatch")};
}
} // namespace

Keyring::Created Keyring::create(const QString& databasePath, const QString& clinicId, const KdfParams& defaultKdf,
                                 bool demo)
{
    Created out;
    Keyring& k = out.keyring;
    k.m_databasePath = databasePath;
    k.m_master = SecureBytes::random(32);
    k.m_file.clinicId = clinicId;
    k.m_file.keyId = 1;
    k.m_file.demo = demo;
    k.m_file.defaultKdf = defaultKdf;
    SecureBytes recovery = RecoveryKey::generate();
    const X25519KeyPair pair = Crypto::keyPairFromSeed(recovery);
    k.m_file.recoveryPublicKey = pair.publicKey;
    k.m_file.recoverySealedMasterKey = Crypto::seal(k.m_master, pair.publicKey);
    out.recoveryKey = RecoveryKey::format(recovery);
    k.sign(k.m_file, k.m_master);
    return out;
}

QByteArray Keyring::slotAssociatedData(const QString& userId) const
{
    return QByteArrayLiteral("rapport-slot|") + m_file.clinicId.toUtf8() + '|' + userId.toUtf8();
}

Result<Keyring::Unlocked> Keyring::unlockWithPassword(const QString& databasePath, const KeyFile& file,
                                                      const QString& username, const QString& password)
{
    const KeySlot* slot = file.slotForUsername(username);
    const auto wrong = [] {
        return fail(ErrorCode::WrongPassword,
                    tr("The user name or password is not right. Check Caps Lock and the keyboard layout, then try again."));
    };
    if (!slot) {
        // Spend the same effort as a real check, so a wrong name cannot be told from a wrong password by timing.
        (void)PasswordKdf::derive(password, PasswordKdf::newSalt(), file.defaultKdf);
        return wrong();
    }
    RAPPORT_TRY_ASSIGN(SecureBytes wrapKey, PasswordKdf::derive(password, slot->salt, slot->kdf));
    Keyring k;
    k.m_databasePath = databasePath;
    k.m_file = file;
    auto secret = Crypto::decryptSecret(wrapKey, slot->wrappedSecretKey, k.slotAssociatedData(slot->userId));
    if (!secret)
        return wrong();
    auto master = Crypto::unseal(slot->sealedMasterKey, slot->publicKey, *secret);
    if (!master)
        return std::unexpected(master.error());
    RAPPORT_TRY(verifyMac(file, *master));
    k.m_master = std::move(*master);
    return Unlocked{std::move(k), slot->userId};
}

Result<Keyring> Keyring::unlockWithRecoveryKey(const QString& databasePath, const KeyFile& file,
                                               const QString& recoveryKeyText)
{
    RAPPORT_TRY_ASSIGN(SecureBytes seed, RecoveryKey::parse(recoveryKeyText));
    const X25519KeyPair pair = Crypto::keyPairFromSeed(seed);
    if (pair.publicKey != file.recoveryPublicKey)
        return fail(ErrorCode::WrongPassword,
                    tr("This recovery key does not belong to this clinic. Check that you have the sheet printed for this clinic."));
    RAPPORT_TRY_ASSIGN(SecureBytes master, Crypto::unseal(file.recoverySealedMasterKey, pair.publicKey, pair.secretKey));
    RAPPORT_TRY(verifyMac(file, master));
    Keyring k;
    k.m_databasePath = databasePath;
    k.m_file = file;
    k.m_master = std::move(master);
    return k;
}

Status Keyring::verifyMac(const KeyFile& file, const SecureBytes& master)
{
    const SecureBytes macKey = Crypto::deriveSubKey(master, KeyPurpose::KeyFileMac);
    if (!Crypto::verifyMac(macKey, file.signedBytes(), file.mac))
        return std::unexpected(tamperedError());
    return {};
}

void Keyring::sign(KeyFile& file, const SecureBytes& master) const
{
    const SecureBytes macKey = Crypto::deriveSubKey(master, KeyPurpose::KeyFileMac);
    file.mac = Crypto::mac(macKey, file.signedBytes());
}

SecureBytes Keyring::databaseKey() const
{
    return Crypto::deriveSubKey(m_master, KeyPurpose::Database);
}

std::map<int, SecureBytes> Keyring::auditKeys() const
{
    std::map<int, SecureBytes> keys;
    const SecureBytes archive = Crypto::deriveSubKey(m_master, KeyPurpose::Archive);
    for (const auto& [id, box] : m_file.retiredAuditKeys) {
        auto key = Crypto::decryptSecret(archive, box, retiredAssociatedData(m_file.clinicId, id));
        if (key)
            keys.emplace(id, std::move(*key));
    }
    keys.emplace(m_file.keyId, Crypto::deriveSubKey(m_master, KeyPurpose::Audit));
    return keys;
}

Result<KeySlot> Keyring::makeSlot(const QString& userId, const QString& username, const QString& password,
                                  const SecureBytes& masterKey) const
{
    KeySlot slot;
    slot.userId = userId;
    slot.username = username;
    slot.kdf = m_file.defaultKdf;
    slot.salt = PasswordKdf::newSalt();
    X25519KeyPair pair = Crypto::newKeyPair();
    slot.publicKey = pair.publicKey;
    RAPPORT_TRY_ASSIGN(SecureBytes wrapKey, PasswordKdf::derive(password, slot.salt, slot.kdf));
    slot.wrappedSecretKey = Crypto::encrypt(wrapKey, pair.secretKey.data(), pair.secretKey.size(),
                                            slotAssociatedData(userId));
    slot.sealedMasterKey = Crypto::seal(masterKey, slot.publicKey);
    return slot;
}

bool Keyring::hasSlot(const QString& userId) const
{
    for (const KeySlot& s : m_file.slots)
        if (s.userId == userId)
            return true;
    return false;
}

Status Keyring::addSlot(const QString& userId, const QString& username, const QString& password)
{
    if (!isUnlocked())
        return fail(ErrorCode::Locked, tr("The clinic is locked. Sign in again."));
    if (m_file.slotForUsername(username))
        return fail(ErrorCode::AlreadyExists, tr("A member of staff already signs in with this user name."));
    RAPPORT_TRY_ASSIGN(KeySlot slot, makeSlot(userId, username, password, m_master));
    KeyFile next = m_file;
    next.slots << slot;
    sign(next, m_master);
    RAPPORT_TRY(next.save(m_databasePath));
    m_file = next;
    return {};
}

Status Keyring::replaceSlot(const QString& userId, const QString& username, const QString& password)
{
    if (!isUnlocked())
        return fail(ErrorCode::Locked, tr("The clinic is locked. Sign in again."));
    RAPPORT_TRY_ASSIGN(KeySlot slot, makeSlot(userId, username, password, m_master));
    KeyFile next = m_file;
    if (KeySlot* existing = next.slotForUser(userId))
        *existing = slot;
    else
        next.slots << slot;
    sign(next, m_master);
    RAPPORT_TRY(next.save(m_databasePath));
    m_file = next;
    return {};
}

Status Keyring::changePassword(const QString& userId, const QString& oldPassword, const QString& newPassword)
{
    if (!isUnlocked())
        return fail(ErrorCode::Locked, tr("The clinic is locked. Sign in again."));
    KeyFile next = m_file;
    KeySlot* slot = next.slotForUser(userId);
    if (!slot)
        return fail(ErrorCode::NotFound, tr("This account has no key slot. Ask an administrator to reset your password."));
    RAPPORT_TRY_ASSIGN(SecureBytes oldKey, PasswordKdf::derive(oldPassword, slot->salt, slot->kdf));
    auto secret = Crypto::decryptSecret(oldKey, slot->wrappedSecretKey, slotAssociatedData(userId));
    if (!secret)
        return fail(ErrorCode::WrongPassword, tr("The current password is not right."));
    slot->kdf = m_file.defaultKdf;
    slot->salt = PasswordKdf::newSalt();
    RAPPORT_TRY_ASSIGN(SecureBytes newKey, PasswordKdf::derive(newPassword, slot->salt, slot->kdf));
    slot->wrappedSecretKey = Crypto::encrypt(newKey, secret->data(), secret->size(), slotAssociatedData(userId));
    sign(next, m_master);
    RAPPORT_TRY(next.save(m_databasePath));
    m_file = next;
    return {};
}

Result<SecureBytes> Keyring::prepareRotation(const QString& removedUserId)
{
    if (!isUnlocked())
        return fail(ErrorCode::Locked, tr("The clinic is locked. Sign in again."));
    SecureBytes nextMaster = SecureBytes::random(32);
    KeyFile next = m_file;
    next.keyId = m_file.keyId + 1;
    next.slots.clear();
    for (KeySlot slot : m_file.slots) {
        if (slot.userId == removedUserId)
            continue;
        slot.sealedMasterKey = Crypto::seal(nextMaster, slot.publicKey);
        next.slots << slot;
    }
    next.recoverySealedMasterKey = Crypto::seal(nextMaster, next.recoveryPublicKey);
    // Carry every audit key over, so rows written under earlier keys still verify.
    const SecureBytes nextArchive = Crypto::deriveSubKey(nextMaster, KeyPurpose::Archive);
    next.retiredAuditKeys.clear();
    for (const auto& [id, key] : auditKeys()) {
        next.retiredAuditKeys.append(
            {id, Crypto::encrypt(nextArchive, key.data(), key.size(), retiredAssociatedData(next.clinicId, id))});
    }
    sign(next, nextMaster);
    RAPPORT_TRY(next.saveTo(KeyFile::pendingPathFor(m_databasePath)));
    SecureBytes dbKey = Crypto::deriveSubKey(nextMaster, KeyPurpose::Database);
    m_nextFile = next;
    m_nextMaster = std::move(nextMaster);
    return dbKey;
}

Status Keyring::commitRotation()
{
    if (m_nextMaster.isEmpty())
        return fail(ErrorCode::Internal, tr("No key change is in progress."));
    RAPPORT_TRY(m_nextFile.save(m_databasePath));
    QFile::remove(KeyFile::pendingPathFor(m_databasePath));
    m_file = m_nextFile;
    m_master = std::move(m_nextMaster);
    m_nextFile = KeyFile();
    return {};
}

void Keyring::abandonRotation()
{
    // The next key file stays on disk: if the rekey reached the file before failing, it is
    // the only way back in, and sign-in removes it once the current one is proven right.
    m_nextFile = KeyFile();
    m_nextMaster.clear();
}

Status Keyring::setClinicName(const QString& name)
{
    if (!isUnlocked())
        return fail(ErrorCode::Locked, tr("The clinic is locked. Sign in again."));
    KeyFile next = m_file;
    next.clinicName = name;
    sign(next, m_master);
    RAPPORT_TRY(next.save(m_databasePath));
    m_file = next;
    return {};
}

Status Keyring::save() const
{
    return m_file.save(m_databasePath);
}

void Keyring::wipe()
{
    m_master.clear();
    m_nextMaster.clear();
}

} // namespace rapport
