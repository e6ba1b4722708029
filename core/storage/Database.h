#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "storage/Statement.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace rapport {

class Database;
class Transaction;

// One step of the schema: applied in its own transaction together with the new
// user_version, so a crash leaves the database at the previous version, never between.
struct Migration
{
    int version = 0;
    QString description;
    std::function<Status(Database&)> apply;
};

struct OpenOptions
{
    bool create = false;    // create a new database; refuse if the file exists
    bool plaintext = false; // unencrypted copy, for the benchmark's comparison only
};

// An open SQLCipher database that follows DESIGN.md's storage rules: raw 256-bit key,
// cipher page size pinned on every open, cipher_version asserted, application_id checked,
// WAL with synchronous=FULL, foreign keys on, migrations by user_version.
class Database
{
public:
    static constexpr int ApplicationId = 0x52617070; // "Rapp"
    static constexpr int CipherPageSize = 4096;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& key,
                                                                const std::vector<Migration>& migrations,
                                                                OpenOptions options = {});

    [[nodiscard]] Result<Statement> prepare(const QString& sql);
    [[nodiscard]] Result<Statement> prepare(const char* sql);
    // Runs one or more statements without parameters (schema, pragmas).
    [[nodiscard]] Status exec(const char* sql);
    [[nodiscard]] Status exec(const QString& sql);
    // A write transaction (BEGIN IMMEDIATE); nested calls become savepoints.
    [[nodiscard]] Result<Transaction> begin();

    // Reads one integer, for pragmas and counts.
    [[nodiscard]] Result<qint64> scalar(const QString& sql);

    // Changes the key: checkpoint, DELETE journal, PRAGMA rekey, reopen with the new key to
    // verify (SQLCipher 3.4.1 reports success even when rekey failed), then back to WAL.
    [[nodiscard]] Status rekey(const SecureBytes& newKey);
    [[nodiscard]] Status checkpoint();
    // A full copy through sqlcipher_export into an ATTACHed file with an explicit key (an
    // empty key writes an unencrypted copy, for the benchmark's comparison only), with
    // user_version and application_id set again and the copy verified by reopening it.
    // Never the SQLite backup API: with SQLCipher 3 it writes plaintext pages.
    [[nodiscard]] Status exportCopy(const QString& path, const SecureBytes& key);
    // PRAGMA quick_check over every page; slow on a large clinic, so run on request.
    [[nodiscard]] Status checkIntegrity();

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] bool isEncrypted() const { return !m_plaintext; }
    [[nodiscard]] qint64 lastChanges() const;
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] sqlite3* handle() const { return m_db; }

    // Checks that need no key: an empty, plaintext, truncated or foreign-sized file is told
    // apart before any key is tried, so it is never taken for a wrong password.
    [[nodiscard]] static Status inspectFile(const QString& path);

    [[nodiscard]] static QString sqlcipherVersion();
    [[nodiscard]] static QString sqliteVersion();

private:
    friend class Transaction;
    Database() = default;

    [[nodiscard]] Status openHandle(const SecureBytes& key, bool create);
    [[nodiscard]] Status verifyReadable();
    [[nodiscard]] Status configure();
    [[nodiscard]] Status migrate(const std::vector<Migration>& migrations, bool created);
    void closeHandle();

    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_plaintext = false;
    int m_schemaVersion = 0;
    int m_depth = 0;
};

// Rolls back unless committed.
class Transaction
{
public:
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Status commit();
    void rollback();

private:
    friend class Database;
    Transaction(Database* db, int depth);

    Database* m_db = nullptr;
    int m_depth = 0;
    bool m_open = false;
};

} // namespace rapport
