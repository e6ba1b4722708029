#include "security/KeyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::KeyFile", text);
}

QString b64(const QByteArray& b)
{
    return QString::fromLatin1(b.toBase64());
}

QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

QJsonObject kdfJson(const KdfParams& k)
{
    return QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                       {QStringLiteral("opsLimit"), QString::number(k.opsLimit)},
                       {QStringLiteral("memLimit"), QString::number(k.memLimitBytes)}};
}

KdfParams kdfFrom(const QJsonObject& o)
{
    return KdfParams{o.value(QStringLiteral("opsLimit")).toString().toULongLong(),
                     o.value(QStringLiteral("memLimit")).toString().toULongLong()};
}

QJsonObject toObject(const KeyFile& k, bool withMac)
{
    QJsonArray slots;
    for (const KeySlot& s : k.slots) {
        QJsonObject kdf = kdfJson(s.kdf);
        kdf.insert(QStringLiteral("salt"), b64(s.salt));
        slots.append(QJsonObject{{QStringLiteral("userId"), s.userId},
                                 {QStringLiteral("username"), s.username},
                                 {QStringLiteral("publicKey"), b64(s.publicKey)},
                                 {QStringLiteral("kdf"), kdf},
                                 {QStringLiteral("wrappedSecretKey"), b64(s.wrappedSecretKey)},
                                 {QStringLiteral("sealedMasterKey"), b64(s.sealedMasterKey)}});
    }
    QJsonArray retired;
    for (const auto& [id, box] : k.retiredAuditKeys)
        retired.append(QJsonObject{{QStringLiteral("keyId"), id}, {QStringLiteral("box"), b64(box)}});
    QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("rapport-keyfile")},
        {QStringLiteral("version"), KeyFile::FormatVersion},
        {QStringLiteral("clinicId"), k.clinicId},
        {QStringLiteral("clinicName"), k.clinicName},
        {QStringLiteral("keyId"), k.keyId},
        {QStringLiteral("demo"), k.demo},
        // How the database is encrypted, so a SQLCipher 4 build can open it with
        // cipher_compatibility = 3.
        {QStringLiteral("cipher"),
         QJsonObject{{QStringLiteral("engine"), QStringLiteral("sqlcipher")},
                     {QStringLiteral("compatibility"), 3},
                     {QStringLiteral("pageSize"), 4096},
                     {QStringLiteral("key"), QStringLiteral("raw-256")},
                     {QStringLiteral("hmac"), QStringLiteral("sha1")},
                     {QStringLiteral("cipher"), QStringLiteral("aes-256-cbc")}}},
        {QStringLiteral("defaultKdf"), kdfJson(k.defaultKdf)},
        {QStringLiteral("slots"), slots},
        {QStringLiteral("recovery"),
         QJsonObject{{QStringLiteral("publicKey"), b64(k.recoveryPublicKey)},
                     {QStringLiteral("sealedMasterKey"), b64(k.recoverySealedMasterKey)}}},
        {QStringLiteral("retiredAuditKeys"), retired},
    };
    if (withMac)
        o.insert(QStringLiteral("mac"), b64(k.mac));
    return o;
}

Status writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QCoreApplication::translate("rapport::KeyFile", "The key file cannot be written. Check that you may write to the clinic's folder."),
                    file.errorString());
    file.write(bytes);
    if (!file.commit())
        return fail(ErrorCode::Io, QCoreApplication::translate("rapport::KeyFile", "The key file could not be saved. Check the free space on the drive; nothing was changed."),
                    file.errorString());
    return {};
}
} // namespace

QByteArray KeyFile::signedBytes() const
{
    return QJsonDocument(toObject(*this, false)).toJson(QJsonDocument::Compact);
}

QByteArray KeyFile::toJson() const
{
    return QJsonDocument(toObject(*this, true)).toJson(QJsonDocument::Indented);
}

Result<KeyFile> KeyFile::fromJson(const QByteArray& json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    const auto damaged = [](const QString& why) {
        return fail(ErrorCode::KeyFileDamaged,
                    tr("The clinic's key file is damaged. Restore the key file (.keys) from a backup, or sign in with the recovery key."),
                    why);
    };
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(err.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QStringLiteral("rapport-keyfile"))
        return damaged(QStringLiteral("not a key file"));
    if (o.value(QStringLiteral("version")).toInt() > FormatVersion)
        return fail(ErrorCode::NewerVersion,
                    tr("The key file was written by a newer version of Rapport. Install the newer version on this PC."));
    KeyFile k;
    k.clinicId = o.value(QStringLiteral("clinicId")).toString();
    k.clinicName = o.value(QStringLiteral("clinicName")).toString();
    k.keyId = o.value(QStringLiteral("keyId")).toInt();
    k.demo = o.value(QStringLiteral("demo")).toBool();
    k.defaultKdf = kdfFrom(o.value(QStringLiteral("defaultKdf")).toObject());
    for (const QJsonValue& v : o.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject s = v.toObject();
        KeySlot slot;
        slot.userId = s.value(QStringLiteral("userId")).toString();
        slot.username = s.value(QStringLiteral("username")).toString();
        slot.publicKey = unb64(s.value(QStringLiteral("publicKey")));
        const QJsonObject kdf = s.value(QStringLiteral("kdf")).toObject();
        slot.kdf = kdfFrom(kdf);
        slot.salt = unb64(kdf.value(QStringLiteral("salt")));
        slot.wrappedSecretKey = unb64(s.value(QStringLiteral("wrappedSecretKey")));
        slot.sealedMasterKey = unb64(s.value(QStringLiteral("sealedMasterKey")));
        if (slot.userId.isEmpty() || slot.username.isEmpty() || slot.publicKey.size() != 32)
            return damaged(QStringLiteral("invalid slot"));
        k.slots << slot;
    }
    const QJsonObject rec = o.value(QStringLiteral("recovery")).toObject();
    k.recoveryPublicKey = unb64(rec.value(QStringLiteral("publicKey")));
    k.recoverySealedMasterKey = unb64(rec.value(QStringLiteral("sealedMasterKey")));
    for (const QJsonValue& v : o.value(QStringLiteral("retiredAuditKeys")).toArray())
        k.retiredAuditKeys.append({v.toObject().value(QStringLiteral("keyId")).toInt(),
                                   unb64(v.toObject().value(QStringLiteral("box")))});
    k.mac = unb64(o.value(QStringLiteral("mac")));
    if (k.clinicId.isEmpty() || k.keyId < 1 || k.mac.isEmpty())
        return damaged(QStringLiteral("missing fields"));
    return k;
}

const KeySlot* KeyFile::slotForUsername(const QString& username) const
{
    for (const KeySlot& s : slots)
        if (s.username.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

KeySlot* KeyFile::slotForUser(const QString& userId)
{
    for (KeySlot& s : slots)
        if (s.userId == userId)
            return &s;
    return nullptr;
}

QString KeyFile::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".keys");
}

QString KeyFile::backupPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".keys.bak");
}

QString KeyFile::pendingPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".keys.next");
}

Result<KeyFile> KeyFile::loadFile(const QString& filePath)
{
    QFile file(filePath);
    if (!file.exists())
        return fail(ErrorCode::KeyFileMissing,
                    tr("The clinic's key file is missing. It must sit beside the database with the same name and “.keys” at the end. Restore it from a backup."),
                    QFileInfo(filePath).fileName());
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The key file cannot be read. Check that you may read the clinic's folder."),
                    file.errorString());
    return fromJson(file.readAll());
}

Result<KeyFile> KeyFile::load(const QString& databasePath)
{
    auto main = loadFile(pathFor(databasePath));
    if (main)
        return main;
    if (main.error().code == ErrorCode::NewerVersion || main.error().code == ErrorCode::Io)
        return main;
    auto backup = loadFile(backupPathFor(databasePath));
    if (backup)
        return backup;
    return main;
}

Status KeyFile::saveTo(const QString& filePath) const
{
    return writeAtomically(filePath, toJson());
}

Status KeyFile::save(const QString& databasePath) const
{
    RAPPORT_TRY(saveTo(backupPathFor(databasePath)));
    return saveTo(pathFor(databasePath));
}

} // namespace rapport
