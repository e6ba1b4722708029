#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <map>

namespace rapport {

class Clock;
class Database;
struct Session;

struct AuditEntry
{
    qint64 seq = 0;
    QString id;
    QDateTime at;
    QString actorId;
    QString actorName; // filled by queries from the staff table
    QString action;
    QString entityType;
    QString entityId;
    QString detail;
    int keyId = 0;
};

struct AuditFilter
{
    QDateTime from; // inclusive, invalid = open
    QDateTime to;   // exclusive, invalid = open
    QString actorId;
    QString actionPrefix;
    QString entityId;
    qint64 maxSeq = 0; // inclusive, 0 = open; pins a paged view while new rows are appended
};

// Someone who may appear in the trail: every member of staff ever added, active or not.
struct AuditActor
{
    QString id;
    QString name;
    bool active = true;
};

struct AuditVerification
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 brokenSeq = 0; // the first row that does not verify
    QString brokenEntryId;
    QString reason;
};

// The append-only, hash-chained audit trail. Each row carries
// HMAC(audit key, previous hash || row), and rows name ids, never patient details.
// Appends happen inside the caller's transaction, so an action and its audit row
// commit together or not at all.
class AuditLog
{
public:
    AuditLog(Database& db, const Clock& clock);

    // Keys by key generation: the master key rotates when staff leave, and rows written
    // before keep verifying with the key of their generation.
    void setKeys(std::map<int, SecureBytes> keys, int currentKeyId);
    void clearKeys();

    [[nodiscard]] Status append(const QString& actorId, const QString& action, const QString& entityType = {},
                                const QString& entityId = {}, const QString& detail = {});

    [[nodiscard]] Result<AuditVerification> verify() const;
    // The same, for a member of staff: needs the audit.read permission.
    [[nodiscard]] Result<AuditVerification> verify(const Session& session) const;

    [[nodiscard]] Result<QList<AuditEntry>> query(const Session& session, const AuditFilter& filter, int offset,
                                                  int limit) const;
    [[nodiscard]] Result<qint64> count(const Session& session, const AuditFilter& filter) const;
    // For naming actors and staff entities, and filtering by them, to those who may read the trail.
    [[nodiscard]] Result<QList<AuditActor>> actors(const Session& session) const;

    [[nodiscard]] static QByteArray rowBytes(qint64 seq, const QString& id, qint64 atMs, const QString& actorId,
                                             const QString& action, const QString& entityType,
                                             const QString& entityId, const QString& detail, int keyId);

private:
    Database& m_db;
    const Clock& m_clock;
    std::map<int, SecureBytes> m_keys;
    int m_currentKeyId = 0;
};

} // namespace rapport
