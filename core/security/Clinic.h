#pragma once

#include "common/Error.h"
#include "crypto/PasswordKdf.h"
#include "security/AuditLog.h"
#include "security/Keyring.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <memory>

namespace rapport {

class Clock;

struct ClinicProfile
{
    QString name;
    QString region;   // ISO 3166 country code, for phone formats
    QString timeZone; // IANA id
    QString language; // "en", "de"
};

struct NewStaffAccount
{
    QString username;
    QString displayName;
    Role role = Role::Receptionist;
    QString password;
};

// What can be read about a clinic before anyone signs in: nothing secret.
struct ClinicInfo
{
    QString clinicId;
    QString clinicName;
    bool demo = false;
};

// An unlocked clinic: the open database, the keys, the audit trail and the signed-in
// member of staff. Locking closes the database and wipes every secret; the object is
// then useless and a new sign-in makes a new one.
class Clinic
{
public:
    struct Created;

    ~Clinic();
    Clinic(const Clinic&) = delete;
    Clinic& operator=(const Clinic&) = delete;

    [[nodiscard]] static Result<Created> create(const QString& databasePath, const ClinicProfile& profile,
                                                const NewStaffAccount& administrator, const KdfParams& kdf,
                                                const Clock& clock, bool demo = false);
    [[nodiscard]] static Result<std::unique_ptr<Clinic>> signIn(const QString& databasePath, const QString& username,
                                                                const QString& password, const Clock& clock);
    // The emergency path: opens the clinic as the recovery key, with an administrator's
    // rights, and always leaves a row in the audit trail.
    [[nodiscard]] static Result<std::unique_ptr<Clinic>> signInWithRecoveryKey(const QString& databasePath,
                                                                               const QString& recoveryKey,
                                                                               const Clock& clock);
    [[nodiscard]] static Result<ClinicInfo> peek(const QString& databasePath);
    // The benchmark compares encrypted and unencrypted runs of the same operations: this
    // opens an unencrypted copy made with Database::exportCopy, signed in as its first
    // administrator, with a throwaway audit key. Nothing else opens unencrypted files.
    [[nodiscard]] static Result<std::unique_ptr<Clinic>> openUnencryptedCopyForBenchmark(const QString& path,
                                                                                        const Clock& clock);
    [[nodiscard]] static bool exists(const QString& databasePath);
    // The actor id the audit trail records for a session opened with the recovery key.
    [[nodiscard]] static QString recoveryActorId();

    // Audits the lock, closes the database and wipes the keys.
    void lock();
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }

    [[nodiscard]] Database& database() { return *m_db; }
    [[nodiscard]] AuditLog& audit() { return *m_audit; }
    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] Keyring& keyring() { return m_keyring; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] QString clinicId() const { return m_keyring.file().clinicId; }
    [[nodiscard]] bool isDemo() const { return m_keyring.file().demo; }

    // Writes one audit row as the signed-in member of staff.
    [[nodiscard]] Status record(const QString& action, const QString& entityType = {}, const QString& entityId = {},
                                const QString& detail = {});

    // New master key sealed to every remaining member and the recovery key; the database
    // is rekeyed and verified. Used when a member of staff is removed.
    [[nodiscard]] Status rotateMasterKey(const QString& removedUserId);

    // For the session after a forced password change.
    void markPasswordChanged() { m_session.mustChangePassword = false; }

private:
    Clinic(QString path, const Clock& clock);
    [[nodiscard]] Status attachDatabase(std::unique_ptr<Database> db);
    [[nodiscard]] static Result<std::unique_ptr<Database>> openDatabase(const QString& path, const Keyring& keyring);

    QString m_path;
    const Clock& m_clock;
    Keyring m_keyring;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    Session m_session;
};

struct Clinic::Created
{
    std::unique_ptr<Clinic> clinic;
    QString recoveryKey;
};

} // namespace rapport
