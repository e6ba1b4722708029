#include "security/AuditLog.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "crypto/Crypto.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::AuditLog", text);
}

QString whereClause(const AuditFilter& f)
{
    QStringList parts;
    if (f.from.isValid())
        parts << QStringLiteral("a.at >= :from");
    if (f.to.isValid())
        parts << QStringLiteral("a.at < :to");
    if (!f.actorId.isEmpty())
        parts << QStringLiteral("a.actor_id = :actor");
    if (!f.actionPrefix.isEmpty())
        parts << QStringLiteral("substr(a.action, 1, length(:action)) = :action");
    if (!f.entityId.isEmpty())
        parts << QStringLiteral("a.entity_id = :entity");
    if (f.maxSeq > 0)
        parts << QStringLiteral("a.seq <= :maxSeq");
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void bindFilter(Statement& st, const AuditFilter& f)
{
    if (f.from.isValid())
        st.bind(":from", f.from);
    if (f.to.isValid())
        st.bind(":to", f.to);
    if (!f.actorId.isEmpty())
        st.bind(":actor", f.actorId);
    if (!f.actionPrefix.isEmpty())
        st.bind(":action", f.actionPrefix);
    if (!f.entityId.isEmpty())
        st.bind(":entity", f.entityId);
    if (f.maxSeq > 0)
        st.bind(":maxSeq", f.maxSeq);
}
} // namespace

AuditLog::AuditLog(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

void AuditLog::setKeys(std::map<int, SecureBytes> keys, int currentKeyId)
{
    m_keys = std::move(keys);
    m_currentKeyId = currentKeyId;
}

void AuditLog::clearKeys()
{
    m_keys.clear();
    m_currentKeyId = 0;
}

QByteArray AuditLog::rowBytes(qint64 seq, const QString& id, qint64 atMs, const QString& actorId,
                              const QString& action, const QString& entityType, const QString& entityId,
                              const QString& detail, int keyId)
{
    // Length-prefixed fields, so no two different rows encode to the same bytes. An empty
    // and a missing value encode alike: the database stores both as empty text.
    QByteArray out;
    auto number = [&out](qint64 v) {
        for (int i = 7; i >= 0; --i)
            out.append(char((v >> (8 * i)) & 0xFF));
    };
    auto text = [&](const QString& v) {
        const QByteArray utf8 = v.toUtf8();
        number(utf8.size());
        out.append(utf8);
    };
    number(1); // encoding version
    number(seq);
    text(id);
    number(atMs);
    text(actorId);
    text(action);
    text(entityType);
    text(entityId);
    text(detail);
    number(keyId);
    return out;
}

Status AuditLog::append(const QString& actorId, const QString& action, const QString& entityType,
                        const QString& entityId, const QString& detail)
{
    auto key = m_keys.find(m_currentKeyId);
    if (key == m_keys.end())
        return fail(ErrorCode::Locked, tr("The clinic is locked. Sign in again."));

    RAPPORT_TRY_ASSIGN(Transaction tx, m_db.begin());
    RAPPORT_TRY_ASSIGN(Statement last, m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    RAPPORT_TRY_ASSIGN(const bool hasLast, last.next());
    QByteArray prevHash = hasLast ? last.blob(1) : QByteArray(32, '\0');
    RAPPORT_TRY_ASSIGN(const qint64 nextSeq,
                       m_db.scalar(QStringLiteral(
                           "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0),"
                           " coalesce((SELECT max(seq) FROM audit_log), 0)) + 1")));
    last = Statement();

    const qint64 atMs = m_clock.nowMs();
    const QString id = Uuid::create(atMs);
    const QByteArray hash
        = Crypto::mac(key->second, prevHash
                                       + rowBytes(nextSeq, id, atMs, actorId, action, entityType, entityId, detail,
                                                  m_currentKeyId));
    RAPPORT_TRY_ASSIGN(Statement ins,
                       m_db.prepare("INSERT INTO audit_log(seq, id, at, actor_id, action, entity_type, entity_id,"
                                    " detail, key_id, prev_hash, hash) VALUES (:seq, :id, :at, :actor, :action,"
                                    " :etype, :eid, :detail, :key, :prev, :hash)"));
    ins.bind(":seq", nextSeq)
        .bind(":id", id)
        .bind(":at", atMs)
        .bind(":actor", actorId)
        .bind(":action", action)
        .bind(":etype", entityType)
        .bind(":eid", entityId)
        .bind(":detail", detail)
        .bind(":key", m_currentKeyId)
        .bind(":prev", prevHash)
        .bind(":hash", hash);
    RAPPORT_TRY(ins.exec());
    return tx.commit();
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification out;
    RAPPORT_TRY_ASSIGN(Statement st, m_db.prepare("SELECT seq, id, at, actor_id, action, entity_type, entity_id,"
                                                  " detail, key_id, prev_hash, hash FROM audit_log ORDER BY seq"));
    QByteArray prev(32, '\0');
    qint64 expectedSeq = 0;
    // A plain loop: a broken row ends the walk with its verdict, not an error.
    while (true) {
        RAPPORT_TRY_ASSIGN(const bool row, st.next());
        if (!row)
            break;
        const qint64 seq = st.int64(0);
        const QString id = st.text(1);
        const int keyId = st.integer(8);
        auto brokenAt = [&](const QString& reason) {
            out.intact = false;
            out.brokenSeq = seq;
            out.brokenEntryId = id;
            out.reason = reason;
        };
        if (expectedSeq != 0 && seq != expectedSeq) {
            brokenAt(tr("row %1 is missing before this one").arg(expectedSeq));
            return out;
        }
        if (st.blob(9) != prev) {
            brokenAt(tr("the link to the previous row does not match: a row before it was removed, changed or moved"));
            return out;
        }
        auto key = m_keys.find(keyId);
        if (key == m_keys.end()) {
            brokenAt(tr("the row names a key generation this clinic never had"));
            return out;
        }
        const QByteArray bytes = rowBytes(seq, id, st.int64(2), st.text(3), st.text(4), st.text(5), st.text(6),
                                          st.text(7), keyId);
        if (!Crypto::verifyMac(key->second, prev + bytes, st.blob(10))) {
            brokenAt(tr("the row's contents do not match its seal: it was changed"));
            return out;
        }
        prev = st.blob(10);
        expectedSeq = seq + 1;
        ++out.rowsChecked;
    }
    // AUTOINCREMENT remembers the highest sequence ever used, so rows cut from the end show.
    RAPPORT_TRY_ASSIGN(const qint64 highest, m_db.scalar(QStringLiteral(
                                                  "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0)")));
    if (highest >= expectedSeq && highest > 0) {
        out.intact = false;
        out.brokenSeq = expectedSeq == 0 ? 1 : expectedSeq;
        out.reason = tr("rows from %1 to %2 were removed from the end of the trail").arg(out.brokenSeq).arg(highest);
    }
    return out;
}

Result<AuditVerification> AuditLog::verify(const Session& session) const
{
    RAPPORT_TRY(session.require(Permission::ReadAudit));
    return verify();
}

Result<QList<AuditEntry>> AuditLog::query(const Session& session, const AuditFilter& filter, int offset,
                                          int limit) const
{
    RAPPORT_TRY(session.require(Permission::ReadAudit));
    RAPPORT_TRY_ASSIGN(Statement st,
                       m_db.prepare(QStringLiteral("SELECT a.seq, a.id, a.at, a.actor_id, s.display_name, a.action,"
                                                   " a.entity_type, a.entity_id, a.detail, a.key_id FROM audit_log a"
                                                   " LEFT JOIN staff s ON s.id = a.actor_id")
                                    + whereClause(filter)
                                    + QStringLiteral(" ORDER BY a.seq DESC LIMIT :limit OFFSET :offset")));
    bindFilter(st, filter);
    st.bind(":limit", limit).bind(":offset", offset);
    QList<AuditEntry> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        AuditEntry e;
        e.seq = st.int64(0);
        e.id = st.text(1);
        e.at = st.dateTime(2);
        e.actorId = st.text(3);
        e.actorName = st.text(4);
        e.action = st.text(5);
        e.entityType = st.text(6);
        e.entityId = st.text(7);
        e.detail = st.text(8);
        e.keyId = st.integer(9);
        out << e;
    }));
    return out;
}

Result<qint64> AuditLog::count(const Session& session, const AuditFilter& filter) const
{
    RAPPORT_TRY(session.require(Permission::ReadAudit));
    RAPPORT_TRY_ASSIGN(Statement st, m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_log a") + whereClause(filter)));
    bindFilter(st, filter);
    RAPPORT_TRY_ASSIGN(const bool row, st.next());
    return row ? st.int64(0) : 0;
}

Result<QList<AuditActor>> AuditLog::actors(const Session& session) const
{
    RAPPORT_TRY(session.require(Permission::ReadAudit));
    RAPPORT_TRY_ASSIGN(Statement st, m_db.prepare("SELECT id, display_name, active FROM staff ORDER BY display_name"));
    QList<AuditActor> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        out << AuditActor{st.text(0), st.text(1), st.boolean(2)};
    }));
    return out;
}

} // namespace rapport
