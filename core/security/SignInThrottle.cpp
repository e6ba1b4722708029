#include "security/SignInThrottle.h"

#include "common/Clock.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace rapport {

namespace {
QJsonObject readState(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeState(const QString& path, const QJsonObject& state)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
        (void)file.commit();
    }
}
} // namespace

SignInThrottle::SignInThrottle(QString databasePath, const Clock& clock)
    : m_path(pathFor(databasePath))
    , m_clock(clock)
{
}

QString SignInThrottle::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".signin");
}

int SignInThrottle::delaySecondsAfter(int failures)
{
    if (failures < 3)
        return 0;
    const int shift = qMin(failures - 3, 6);
    return qMin(5 << shift, 300);
}

QString SignInThrottle::userKey(const QString& username) const
{
    Sodium::ensureInitialised();
    QJsonObject state = readState(m_path);
    QByteArray salt = QByteArray::fromBase64(state.value(QStringLiteral("salt")).toString().toLatin1());
    if (salt.size() != 16)
        salt = QByteArray(16, '\0');
    const QByteArray name = username.trimmed().toLower().toUtf8();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(name.constData()),
                       static_cast<unsigned long long>(name.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<size_t>(salt.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex());
}

int SignInThrottle::secondsToWait(const QString& username) const
{
    const QJsonObject streak
        = readState(m_path).value(QStringLiteral("streaks")).toObject().value(userKey(username)).toObject();
    const int count = streak.value(QStringLiteral("count")).toInt();
    const qint64 last = static_cast<qint64>(streak.value(QStringLiteral("last")).toDouble());
    const qint64 allowedAt = last + qint64(delaySecondsAfter(count)) * 1000;
    const qint64 now = m_clock.nowMs();
    if (now >= allowedAt)
        return 0;
    return static_cast<int>((allowedAt - now + 999) / 1000);
}

Status SignInThrottle::check(const QString& username) const
{
    const int wait = secondsToWait(username);
    if (wait <= 0)
        return {};
    return fail(ErrorCode::TooManyAttempts,
                QCoreApplication::translate("rapport::SignInThrottle",
                                            "Too many wrong passwords for this user name. Wait %n second(s), then try again.",
                                            nullptr, wait),
                QString::number(wait));
}

void SignInThrottle::recordFailure(const QString& username, const QString& userId)
{
    QJsonObject state = readState(m_path);
    if (QByteArray::fromBase64(state.value(QStringLiteral("salt")).toString().toLatin1()).size() != 16) {
        QByteArray salt(16, '\0');
        randombytes_buf(salt.data(), 16);
        state.insert(QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()));
        state.remove(QStringLiteral("streaks"));
        writeState(m_path, state);
    }
    const QString key = userKey(username);
    QJsonObject streaks = state.value(QStringLiteral("streaks")).toObject();
    QJsonObject streak = streaks.value(key).toObject();
    streak.insert(QStringLiteral("count"), streak.value(QStringLiteral("count")).toInt() + 1);
    streak.insert(QStringLiteral("last"), double(m_clock.nowMs()));
    streaks.insert(key, streak);
    state.insert(QStringLiteral("streaks"), streaks);
    QJsonArray failures = state.value(QStringLiteral("failures")).toArray();
    if (failures.size() < 1000)
        failures.append(QJsonObject{{QStringLiteral("at"), double(m_clock.nowMs())}, {QStringLiteral("user"), userId}});
    state.insert(QStringLiteral("failures"), failures);
    writeState(m_path, state);
}

QList<SignInThrottle::Failure> SignInThrottle::takeFailures(const QString& username)
{
    QJsonObject state = readState(m_path);
    if (state.isEmpty())
        return {};
    QList<Failure> out;
    for (const QJsonValue& v : state.value(QStringLiteral("failures")).toArray())
        out << Failure{QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(v.toObject().value(QStringLiteral("at")).toDouble()),
                                                      Qt::UTC),
                       v.toObject().value(QStringLiteral("user")).toString()};
    QJsonObject streaks = state.value(QStringLiteral("streaks")).toObject();
    streaks.remove(userKey(username));
    state.insert(QStringLiteral("streaks"), streaks);
    state.remove(QStringLiteral("failures"));
    writeState(m_path, state);
    return out;
}

} // namespace rapport
