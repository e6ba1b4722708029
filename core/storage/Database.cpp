#include "storage/Database.h"

#include "storage/SqliteError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace rapport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::Database", text);
}

// Checks that need no key: they tell an empty, plaintext or truncated file apart before
// SQLCipher is asked, so such a file is never mistaken for a wrong password and never
// turned into a new empty clinic.
Status inspectExistingFile(const QString& path, bool plaintext)
{
    QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("rapport::Database", "There is no clinic database at this location. Check the path, or create a new clinic."),
                    path);
    if (info.size() == 0)
        return fail(ErrorCode::NotADatabase,
                    QCoreApplication::translate("rapport::Database", "The database file is empty (0 bytes), so it is not a Rapport database. It may have been cut short by a failed copy: restore it from a backup. Rapport has not changed it."),
                    path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QCoreApplication::translate("rapport::Database", "The database file cannot be read. Check that you may read it and that the drive is connected."),
                    file.errorString());
    const QByteArray head = file.read(16);
    if (!plaintext && head == QByteArray("SQLite format 3\0", 16))
        return fail(ErrorCode::NotADatabase,
                    QCoreApplication::translate("rapport::Database", "This file is an unencrypted SQLite database, not a Rapport clinic database. Choose the clinic's .rapport file."),
                    path);
    if (info.size() < Database::CipherPageSize || info.size() % Database::CipherPageSize != 0)
        return fail(ErrorCode::Damaged,
                    QCoreApplication::translate("rapport::Database", "The file is not a complete Rapport database: its size is not a whole number of database pages. It was cut short (for example by a failed copy or a full disk) or is another kind of file. Restore the database from a backup. Rapport has not changed it."),
                    QStringLiteral("size %1").arg(info.size()));
    return {};
}

} // namespace

Database::~Database()
{
    closeHandle();
}

void Database::closeHandle()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& key,
                                                 const std::vector<Migration>& migrations, OpenOptions options)
{
    std::unique_ptr<Database> db(new Database());
    db->m_path = path;
    db->m_plaintext = options.plaintext;
    if (!options.plaintext && key.size() != 32)
        return fail(ErrorCode::Internal, SqliteError::genericMessage(), QStringLiteral("database key must be 256 bits"));

    if (options.create) {
        if (QFileInfo::exists(path))
            return fail(ErrorCode::AlreadyExists,
                        tr("A file already exists at this location; Rapport will not overwrite it. Choose another name or folder."),
                        path);
    } else {
        RAPPORT_TRY(inspectExistingFile(path, options.plaintext));
    }

    RAPPORT_TRY(db->openHandle(key, options.create));
    RAPPORT_TRY(db->verifyReadable());

    const auto appId = db->scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return std::unexpected(appId.error());
    if (!options.create && *appId != ApplicationId)
        return fail(ErrorCode::NotADatabase,
                    tr("This file is a database, but not a Rapport clinic database. Choose the clinic's .rapport file."),
                    QStringLiteral("application_id %1").arg(*appId));

    RAPPORT_TRY(db->configure());
    RAPPORT_TRY(db->migrate(migrations, options.create));
    return db;
}

Status Database::inspectFile(const QString& path)
{
    return inspectExistingFile(path, false);
}

Status Database::openHandle(const SecureBytes& key, bool create)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const QByteArray nativePath = m_path.toUtf8();
    const int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = SqliteError::fromCode(rc, m_db);
        closeHandle();
        return std::unexpected(e);
    }
    sqlite3_extended_result_codes(m_db, 1);
    if (m_plaintext)
        return {};

    // The key must be the first statement on the connection.
    QByteArray hex = key.toHex();
    std::string pragma = "PRAGMA key = \"x'" + hex.toStdString() + "'\";";
    wipe(hex);
    const int keyRc = sqlite3_exec(m_db, pragma.c_str(), nullptr, nullptr, nullptr);
    wipe(pragma);
    if (keyRc != SQLITE_OK)
        return std::unexpected(SqliteError::fromCode(keyRc, m_db));
    // One file format on every platform: SQLCipher 4 builds (Windows, newer Linux) switch to
    // SQLCipher 3's settings; 3.4.1 ignores the unknown pragma. The page size is pinned after it.
    RAPPORT_TRY(exec("PRAGMA cipher_compatibility = 3;"));
    RAPPORT_TRY(exec("PRAGMA cipher_page_size = 4096;"));

    auto version = prepare("PRAGMA cipher_version");
    if (!version)
        return std::unexpected(version.error());
    auto row = version->next();
    if (!row || !*row || version->text(0).isEmpty())
        return fail(ErrorCode::Internal,
                    tr("This copy of Rapport was built without database encryption and cannot open clinic data. Reinstall Rapport."),
                    QStringLiteral("cipher_version is empty"));
    return {};
}

Status Database::verifyReadable()
{
    // Reading the schema decrypts page 1: a wrong key or a damaged header fails here.
    auto count = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!count)
        return std::unexpected(count.error());
    return {};
}

Status Database::configure()
{
    auto mode = prepare("PRAGMA journal_mode = WAL");
    if (!mode)
        return std::unexpected(mode.error());
    RAPPORT_TRY_ASSIGN(const bool row, mode->next());
    if (!row || mode->text(0).compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::Io, SqliteError::genericMessage(), QStringLiteral("could not switch to WAL"));
    mode = Statement();
    return exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;"
                "PRAGMA temp_store = MEMORY;"
                // 64 MiB of decrypted pages: the search index and the hot tables stay in memory.
                "PRAGMA cache_size = -65536;");
}

Status Database::migrate(const std::vector<Migration>& migrations, bool created)
{
    RAPPORT_TRY_ASSIGN(const qint64 current, scalar(QStringLiteral("PRAGMA user_version")));
    if (migrations.empty() && !created) { // opened to read or verify, not to use
        m_schemaVersion = static_cast<int>(current);
        return {};
    }
    int latest = 0;
    for (const auto& m : migrations)
        latest = qMax(latest, m.version);
    if (current > latest)
        return fail(ErrorCode::NewerVersion,
                    tr("This clinic database was saved by a newer version of Rapport. Install the newer version on this PC to open it."),
                    QStringLiteral("schema %1 > %2").arg(current).arg(latest));
    m_schemaVersion = static_cast<int>(current);
    bool first = created;
    for (const auto& m : migrations) {
        if (m.version <= m_schemaVersion)
            continue;
        RAPPORT_TRY_ASSIGN(Transaction tx, begin());
        if (first) {
            RAPPORT_TRY(exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)));
            first = false;
        }
        RAPPORT_TRY(m.apply(*this));
        RAPPORT_TRY(exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)));
        RAPPORT_TRY(tx.commit());
        m_schemaVersion = m.version;
    }
    if (first) // a new database with no migrations still gets its application id
        RAPPORT_TRY(exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)));
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    if (!m_db)
        return fail(ErrorCode::Locked, tr("The clinic is locked. Sign in again."));
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        if (stmt)
            sqlite3_finalize(stmt);
        return std::unexpected(SqliteError::fromCode(sqlite3_extended_errcode(m_db), m_db));
    }
    return Statement(m_db, stmt);
}

Result<Statement> Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return prepare(utf8.constData());
}

Status Database::exec(const char* sql)
{
    if (!m_db)
        return fail(ErrorCode::Locked, tr("The clinic is locked. Sign in again."));
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(SqliteError::fromCode(sqlite3_extended_errcode(m_db), m_db));
    return {};
}

Status Database::exec(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return exec(utf8.constData());
}

Result<qint64> Database::scalar(const QString& sql)
{
    RAPPORT_TRY_ASSIGN(Statement st, prepare(sql));
    RAPPORT_TRY_ASSIGN(const bool row, st.next());
    return row ? st.int64(0) : 0;
}

qint64 Database::lastChanges() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

Result<Transaction> Database::begin()
{
    if (m_depth == 0)
        RAPPORT_TRY(exec("BEGIN IMMEDIATE"));
    else
        RAPPORT_TRY(exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth)));
    ++m_depth;
    return Transaction(this, m_depth);
}

Status Database::checkpoint()
{
    return exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Status Database::exportCopy(const QString& path, const SecureBytes& key)
{
    if (QFileInfo::exists(path))
        return fail(ErrorCode::AlreadyExists, tr("A file already exists at this location; Rapport will not overwrite it."), path);
    {
        // The connection was opened without SQLITE_OPEN_CREATE; ATTACH may only open files.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, tr("The copy cannot be written here. Check that you may write to the folder."),
                        file.errorString());
    }
    QByteArray keyText = key.isEmpty() ? QByteArray() : QByteArray("x'") + key.toHex() + QByteArray("'");
    {
        RAPPORT_TRY_ASSIGN(Statement attach, prepare("ATTACH DATABASE :path AS export KEY :key"));
        // Bound as text: a NULL key would make SQLCipher reuse the main database's key.
        QString keyString = QString::fromLatin1(keyText);
        attach.bind(":path", path).bind(":key", keyString);
        keyString.fill(QLatin1Char('0'));
        const Status attached = attach.exec();
        wipe(keyText);
        RAPPORT_TRY(attached);
    }
    auto detach = [this] { (void)exec("DETACH DATABASE export"); };
    if (!key.isEmpty()) {
        if (Status s = exec("PRAGMA export.cipher_page_size = 4096;"); !s) {
            detach();
            return s;
        }
    }
    RAPPORT_TRY_ASSIGN(const qint64 version, scalar(QStringLiteral("PRAGMA main.user_version")));
    Status copied = [&]() -> Status {
        RAPPORT_TRY(exec("SELECT sqlcipher_export('export')"));
        RAPPORT_TRY(exec(QStringLiteral("PRAGMA export.user_version = %1").arg(version)));
        return exec(QStringLiteral("PRAGMA export.application_id = %1").arg(ApplicationId));
    }();
    detach();
    if (!copied) {
        QFile::remove(path);
        return copied;
    }
    // Verify: the copy opens with its key and has every table.
    auto copy = open(path, key, {}, OpenOptions{false, key.isEmpty()});
    if (!copy) {
        QFile::remove(path);
        return std::unexpected(copy.error());
    }
    RAPPORT_TRY_ASSIGN(const qint64 tables, scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")));
    RAPPORT_TRY_ASSIGN(const qint64 copiedTables, (*copy)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")));
    if (tables != copiedTables) {
        copy->reset();
        QFile::remove(path);
        return fail(ErrorCode::Io, tr("The copy of the database is incomplete; it has been removed."));
    }
    return {};
}

Status Database::checkIntegrity()
{
    RAPPORT_TRY_ASSIGN(Statement st, prepare("PRAGMA quick_check"));
    RAPPORT_TRY_ASSIGN(const bool row, st.next());
    if (!row || st.text(0) != QStringLiteral("ok"))
        return fail(ErrorCode::Damaged, SqliteError::damagedMessage(), row ? st.text(0).left(200) : QString());
    return {};
}

Status Database::rekey(const SecureBytes& newKey)
{
    if (m_plaintext || newKey.size() != 32 || m_depth != 0)
        return fail(ErrorCode::Internal, SqliteError::genericMessage(), QStringLiteral("rekey precondition"));
    RAPPORT_TRY(checkpoint());
    {
        RAPPORT_TRY_ASSIGN(Statement mode, prepare("PRAGMA journal_mode = DELETE"));
        RAPPORT_TRY(mode.next());
    }
    QByteArray hex = newKey.toHex();
    std::string pragma = "PRAGMA rekey = \"x'" + hex.toStdString() + "'\";";
    wipe(hex);
    const int rc = sqlite3_exec(m_db, pragma.c_str(), nullptr, nullptr, nullptr);
    wipe(pragma);
    if (rc != SQLITE_OK)
        return std::unexpected(SqliteError::fromCode(rc, m_db));

    // Reopen with the new key: only a successful read proves the rekey happened.
    closeHandle();
    RAPPORT_TRY(openHandle(newKey, false));
    RAPPORT_TRY(verifyReadable());
    RAPPORT_TRY(configure());
    return {};
}

QString Database::sqlcipherVersion()
{
    sqlite3* db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close_v2(db);
    return version;
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Transaction::Transaction(Database* db, int depth)
    : m_db(db)
    , m_depth(depth)
    , m_open(true)
{
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return fail(ErrorCode::Internal, SqliteError::genericMessage(), QStringLiteral("transaction already finished"));
    Status s = m_depth == 1 ? m_db->exec("COMMIT") : m_db->exec(QStringLiteral("RELEASE sp%1").arg(m_depth - 1));
    if (!s)
        return s; // still open: the destructor rolls back
    m_open = false;
    --m_db->m_depth;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (!m_db->m_db) {
        m_db->m_depth = 0;
        return;
    }
    if (m_depth == 1) {
        (void)m_db->exec("ROLLBACK");
    } else {
        (void)m_db->exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth - 1));
        (void)m_db->exec(QStringLiteral("RELEASE sp%1").arg(m_depth - 1));
    }
    --m_db->m_depth;
}

} // namespace rapport
