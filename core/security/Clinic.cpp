#include "security/Clinic.h"

#include "Schema.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "security/AccountRules.h"
#include "security/SignInThrottle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::Clinic", text);
}

const QString RecoveryActorId = QStringLiteral("recovery-key");

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys"),
                                  QStringLiteral(".keys.bak"), QStringLiteral(".keys.next")})
        QFile::remove(path + suffix);
}

Status insertSetting(Database& db, const QString& key, const QString& value, qint64 at, const QString& by)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("INSERT INTO settings(key, value, updated_at, updated_by)"
                                                " VALUES (:key, :value, :at, :by)"));
    st.bind(":key", key).bind(":value", value).bind(":at", at).bind(":by", by);
    return st.exec();
}
} // namespace

Clinic::Clinic(QString path, const Clock& clock)
    : m_path(std::move(path))
    , m_clock(clock)
{
}

Clinic::~Clinic()
{
    lock();
}

QString Clinic::recoveryActorId()
{
    return RecoveryActorId;
}

bool Clinic::exists(const QString& databasePath)
{
    return QFileInfo::exists(databasePath);
}

Result<ClinicInfo> Clinic::peek(const QString& databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return fail(ErrorCode::NotFound, tr("There is no clinic database at this location."), databasePath);
    RAPPORT_TRY_ASSIGN(KeyFile file, KeyFile::load(databasePath));
    return ClinicInfo{file.clinicId, file.clinicName, file.demo};
}

Result<std::unique_ptr<Database>> Clinic::openDatabase(const QString& path, const Keyring& keyring)
{
    const SecureBytes key = keyring.databaseKey();
    auto db = Database::open(path, key, clinicMigrations());
    if (!db && db.error().code == ErrorCode::WrongKeyOrDamaged) {
        // The key file verified, so the key is the clinic's own: the database is damaged,
        // or the key file belongs to another database.
        return fail(ErrorCode::Damaged,
                    tr("The key file opened, but the database does not accept its key. Either the database file is damaged, or the key file beside it belongs to another clinic database. Restore the pair from the same backup."),
                    db.error().detail);
    }
    return db;
}

Status Clinic::attachDatabase(std::unique_ptr<Database> db)
{
    m_db = std::move(db);
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    m_audit->setKeys(m_keyring.auditKeys(), m_keyring.keyId());
    return {};
}

Result<Clinic::Created> Clinic::create(const QString& databasePath, const ClinicProfile& profile,
                                       const NewStaffAccount& admin, const KdfParams& kdf, const Clock& clock,
                                       bool demo)
{
    if (profile.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Enter the clinic's name."));
    RAPPORT_TRY(AccountRules::checkUsername(admin.username));
    RAPPORT_TRY(AccountRules::checkDisplayName(admin.displayName));
    RAPPORT_TRY(AccountRules::checkPassword(admin.password, admin.username));
    if (QFileInfo::exists(databasePath) || QFileInfo::exists(KeyFile::pathFor(databasePath)))
        return fail(ErrorCode::AlreadyExists,
                    tr("A clinic already exists at this location; Rapport will not overwrite it. Choose another folder."),
                    databasePath);
    const QFileInfo info(databasePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io, tr("The folder for the clinic database cannot be created. Check that you may write there."),
                    info.absolutePath());

    const QString clinicId = Uuid::create(clock.nowMs());
    Keyring::Created keys = Keyring::create(databasePath, clinicId, kdf, demo);
    std::unique_ptr<Clinic> clinic(new Clinic(databasePath, clock));
    clinic->m_keyring = std::move(keys.keyring);

    auto created = [&]() -> Status {
        RAPPORT_TRY(clinic->m_keyring.setClinicName(profile.name.trimmed()));
        const SecureBytes dbKey = clinic->m_keyring.databaseKey();
        RAPPORT_TRY_ASSIGN(auto db, Database::open(databasePath, dbKey, clinicMigrations(), OpenOptions{true, false}));
        RAPPORT_TRY(clinic->attachDatabase(std::move(db)));

        const QString adminId = Uuid::create(clock.nowMs());
        const qint64 now = clock.nowMs();
        Database& d = *clinic->m_db;
        RAPPORT_TRY_ASSIGN(Transaction tx, d.begin());
        RAPPORT_TRY_ASSIGN(Statement st, d.prepare("INSERT INTO staff(id, username, display_name, role, active,"
                                                   " must_change_password, created_at, updated_at)"
                                                   " VALUES (:id, :u, :n, :r, 1, 0, :t, :t)"));
        st.bind(":id", adminId)
            .bind(":u", admin.username.trimmed())
            .bind(":n", admin.displayName.trimmed())
            .bind(":r", Permissions::roleKey(admin.role))
            .bind(":t", now);
        RAPPORT_TRY(st.exec());
        RAPPORT_TRY(insertSetting(d, QStringLiteral("clinic.id"), clinicId, now, adminId));
        RAPPORT_TRY(insertSetting(d, QStringLiteral("clinic.name"), profile.name.trimmed(), now, adminId));
        RAPPORT_TRY(insertSetting(d, QStringLiteral("clinic.region"), profile.region, now, adminId));
        RAPPORT_TRY(insertSetting(d, QStringLiteral("clinic.timezone"), profile.timeZone, now, adminId));
        RAPPORT_TRY(insertSetting(d, QStringLiteral("clinic.language"), profile.language, now, adminId));
        RAPPORT_TRY(clinic->m_audit->append(adminId, QStringLiteral("clinic.create"), QStringLiteral("clinic"), clinicId));
        RAPPORT_TRY(clinic->m_audit->append(adminId, QStringLiteral("staff.add"), QStringLiteral("staff"), adminId,
                                            QStringLiteral("role=%1").arg(Permissions::roleKey(admin.role))));
        // The key file comes last: until it exists the new database cannot be opened, and a
        // failure here removes both.
        RAPPORT_TRY(clinic->m_keyring.addSlot(adminId, admin.username.trimmed(), admin.password));
        RAPPORT_TRY(tx.commit());
        clinic->m_session = Session{adminId, admin.username.trimmed(), admin.displayName.trimmed(), admin.role, false, false};
        return {};
    }();
    if (!created) {
        clinic->m_audit.reset();
        clinic->m_db.reset();
        clinic->m_keyring.wipe();
        removeDatabaseFiles(databasePath);
        return std::unexpected(created.error());
    }
    return Created{std::move(clinic), keys.recoveryKey};
}

Result<std::unique_ptr<Clinic>> Clinic::signIn(const QString& databasePath, const QString& username,
                                               const QString& password, const Clock& clock)
{
    // The database file is looked at first: a stray or empty file is "not a clinic
    // database", whatever sits beside it.
    RAPPORT_TRY(Database::inspectFile(databasePath));
    RAPPORT_TRY_ASSIGN(KeyFile file, KeyFile::load(databasePath));
    SignInThrottle throttle(databasePath, clock);
    RAPPORT_TRY(throttle.check(username));

    auto unlocked = Keyring::unlockWithPassword(databasePath, file, username, password);
    if (!unlocked) {
        if (unlocked.error().code == ErrorCode::WrongPassword) {
            const KeySlot* slot = file.slotForUsername(username);
            throttle.recordFailure(username, slot ? slot->userId : QString());
        }
        return std::unexpected(unlocked.error());
    }
    std::unique_ptr<Clinic> clinic(new Clinic(databasePath, clock));
    clinic->m_keyring = std::move(unlocked->keyring);
    const QString userId = unlocked->userId;

    // A key change interrupted between the rekey and the key file swap leaves the next key
    // file beside the current one: whichever opens the database is the right one.
    const QString pendingPath = KeyFile::pendingPathFor(databasePath);
    auto db = openDatabase(databasePath, clinic->m_keyring);
    if (QFileInfo::exists(pendingPath)) {
        if (!db) {
            auto pending = KeyFile::loadFile(pendingPath);
            if (pending) {
                auto next = Keyring::unlockWithPassword(databasePath, *pending, username, password);
                if (next) {
                    auto nextDb = openDatabase(databasePath, next->keyring);
                    if (nextDb) {
                        RAPPORT_TRY(next->keyring.save());
                        QFile::remove(pendingPath);
                        clinic->m_keyring = std::move(next->keyring);
                        db = std::move(nextDb);
                    }
                }
            }
        } else {
            QFile::remove(pendingPath);
        }
    }
    if (!db)
        return std::unexpected(db.error());
    RAPPORT_TRY(clinic->attachDatabase(std::move(*db)));

    Database& d = *clinic->m_db;
    RAPPORT_TRY_ASSIGN(Statement st, d.prepare("SELECT username, display_name, role, active, must_change_password"
                                               " FROM staff WHERE id = :id"));
    st.bind(":id", userId);
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found || !st.boolean(3))
        return fail(ErrorCode::AccountDisabled,
                    tr("This account has been deactivated. Ask an administrator if you need access again."));
    const auto role = Permissions::roleFromKey(st.text(2));
    if (!role)
        return fail(ErrorCode::IntegrityFailure, tr("This account has an unknown role. Ask an administrator to set it again."));
    clinic->m_session = Session{userId, st.text(0), st.text(1), *role, false, st.boolean(4)};
    st = Statement();

    RAPPORT_TRY_ASSIGN(Transaction tx, d.begin());
    for (const SignInThrottle::Failure& f : throttle.takeFailures(username))
        RAPPORT_TRY(clinic->m_audit->append(f.userId, QStringLiteral("signin.failed"), QStringLiteral("staff"), f.userId,
                                            QStringLiteral("at=%1").arg(f.at.toString(Qt::ISODateWithMs))));
    RAPPORT_TRY(clinic->m_audit->append(userId, QStringLiteral("signin"), QStringLiteral("staff"), userId));
    RAPPORT_TRY_ASSIGN(Statement upd, d.prepare("UPDATE staff SET last_sign_in_at = :t WHERE id = :id"));
    upd.bind(":t", clock.nowMs()).bind(":id", userId);
    RAPPORT_TRY(upd.exec());
    RAPPORT_TRY(tx.commit());
    return clinic;
}

Result<std::unique_ptr<Clinic>> Clinic::signInWithRecoveryKey(const QString& databasePath, const QString& recoveryKey,
                                                              const Clock& clock)
{
    // The database file is looked at first: a stray or empty file is "not a clinic
    // database", whatever sits beside it.
    RAPPORT_TRY(Database::inspectFile(databasePath));
    RAPPORT_TRY_ASSIGN(KeyFile file, KeyFile::load(databasePath));
    SignInThrottle throttle(databasePath, clock);
    const QString throttleName = QStringLiteral("#recovery-key");
    RAPPORT_TRY(throttle.check(throttleName));
    auto keyring = Keyring::unlockWithRecoveryKey(databasePath, file, recoveryKey);
    if (!keyring) {
        if (keyring.error().code == ErrorCode::WrongPassword)
            throttle.recordFailure(throttleName, RecoveryActorId);
        return std::unexpected(keyring.error());
    }
    std::unique_ptr<Clinic> clinic(new Clinic(databasePath, clock));
    clinic->m_keyring = std::move(*keyring);
    RAPPORT_TRY_ASSIGN(auto db, openDatabase(databasePath, clinic->m_keyring));
    RAPPORT_TRY(clinic->attachDatabase(std::move(db)));
    clinic->m_session = Session{RecoveryActorId, QStringLiteral("recovery"),
                                tr("Recovery key"), Role::Administrator, true, false};
    RAPPORT_TRY_ASSIGN(Transaction tx, clinic->m_db->begin());
    for (const SignInThrottle::Failure& f : throttle.takeFailures(throttleName))
        RAPPORT_TRY(clinic->m_audit->append(f.userId, QStringLiteral("signin.failed"), QStringLiteral("recovery"), {},
                                            QStringLiteral("at=%1").arg(f.at.toString(Qt::ISODateWithMs))));
    RAPPORT_TRY(clinic->m_audit->append(RecoveryActorId, QStringLiteral("signin.recovery"), QStringLiteral("clinic"),
                                        clinic->clinicId()));
    RAPPORT_TRY(tx.commit());
    return clinic;
}

Result<std::unique_ptr<Clinic>> Clinic::openUnencryptedCopyForBenchmark(const QString& path, const Clock& clock)
{
    RAPPORT_TRY_ASSIGN(auto db, Database::open(path, SecureBytes(), clinicMigrations(), OpenOptions{false, true}));
    std::unique_ptr<Clinic> clinic(new Clinic(path, clock));
    clinic->m_db = std::move(db);
    clinic->m_audit = std::make_unique<AuditLog>(*clinic->m_db, clock);
    std::map<int, SecureBytes> keys;
    keys.emplace(1, SecureBytes::random(32));
    clinic->m_audit->setKeys(std::move(keys), 1);
    RAPPORT_TRY_ASSIGN(Statement st, clinic->m_db->prepare("SELECT id, username, display_name FROM staff"
                                                           " WHERE role = 'administrator' AND active = 1 LIMIT 1"));
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found)
        return fail(ErrorCode::NotFound, tr("The copy has no administrator."));
    clinic->m_session = Session{st.text(0), st.text(1), st.text(2), Role::Administrator, false, false};
    return clinic;
}

void Clinic::lock()
{
    if (m_db && m_audit)
        (void)m_audit->append(m_session.userId, QStringLiteral("session.lock"), QStringLiteral("staff"), m_session.userId);
    if (m_audit)
        m_audit->clearKeys();
    m_audit.reset();
    m_db.reset();
    m_keyring.wipe();
}

Status Clinic::record(const QString& action, const QString& entityType, const QString& entityId, const QString& detail)
{
    if (!m_audit)
        return fail(ErrorCode::Locked, tr("The clinic is locked. Sign in again."));
    return m_audit->append(m_session.userId, action, entityType, entityId, detail);
}

Status Clinic::rotateMasterKey(const QString& removedUserId)
{
    if (!m_db)
        return fail(ErrorCode::Locked, tr("The clinic is locked. Sign in again."));
    RAPPORT_TRY_ASSIGN(SecureBytes nextKey, m_keyring.prepareRotation(removedUserId));
    if (Status s = m_db->rekey(nextKey); !s) {
        m_keyring.abandonRotation();
        return s;
    }
    RAPPORT_TRY(m_keyring.commitRotation());
    m_audit->setKeys(m_keyring.auditKeys(), m_keyring.keyId());
    return record(QStringLiteral("key.rotate"), QStringLiteral("clinic"), clinicId(),
                  QStringLiteral("keyId=%1").arg(m_keyring.keyId()));
}

} // namespace rapport
