#include "messaging/Channels.h"

#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QHash>

namespace rapport {

namespace {
// The raw stored values of one group of settings. SettingsService::get shows secret
// settings only to those who may change them; the dispatcher runs as whoever may send
// messages (a receptionist too), so the transports read the table directly.
QHash<QString, QString> storedSettings(Clinic& clinic, const QString& prefix)
{
    QHash<QString, QString> values;
    if (!clinic.isOpen())
        return values;
    const Session& session = clinic.session();
    if (!session.can(Permission::SendMessages) && !session.can(Permission::ConfigureMessaging))
        return values;
    auto st = clinic.database().prepare("SELECT key, value FROM settings WHERE substr(key, 1, :n) = :prefix");
    if (!st)
        return values;
    st->bind(":n", static_cast<qint64>(prefix.size())).bind(":prefix", prefix);
    (void)st->forEach([&](const Statement& row) { values.insert(row.text(0), row.text(1)); });
    return values;
}

QString value(const QHash<QString, QString>& stored, const QString& key)
{
    const auto it = stored.constFind(key);
    if (it != stored.constEnd())
        return *it;
    const SettingDefinition* def = SettingsService::definition(key);
    return def ? def->defaultValue : QString();
}
} // namespace

SmtpSettings smtpSettings(Clinic& clinic)
{
    const QString prefix = QStringLiteral("messaging.smtp.");
    const QHash<QString, QString> stored = storedSettings(clinic, prefix);
    auto get = [&](const char* name) { return value(stored, prefix + QLatin1String(name)); };
    SmtpSettings s;
    s.host = get("host").trimmed();
    bool ok = false;
    const int port = get("port").toInt(&ok);
    s.port = ok && port > 0 && port < 65536 ? port : 587;
    const QString security = get("security").trimmed().toLower();
    s.security = security == QStringLiteral("tls")    ? SmtpSettings::ImplicitTls
                 : security == QStringLiteral("none") ? SmtpSettings::None
                                                      : SmtpSettings::StartTls;
    s.username = get("username");
    s.password = get("password");
    s.fromAddress = get("from").trimmed();
    s.fromName = get("fromName").trimmed();
    return s;
}

SmsGatewaySettings smsGatewaySettings(Clinic& clinic)
{
    const QString prefix = QStringLiteral("messaging.sms.");
    const QHash<QString, QString> stored = storedSettings(clinic, prefix);
    auto get = [&](const char* name) { return value(stored, prefix + QLatin1String(name)); };

    // Start from the preset; each gateway setting that is filled in replaces the preset's.
    SmsGatewaySettings s;
    const QString presetKey = get("preset").trimmed();
    for (const SmsPreset& p : smsPresets())
        if (p.key == presetKey)
            s = p.settings;
    s.preset = presetKey.isEmpty() ? QStringLiteral("custom") : presetKey;
    if (const QString v = get("url").trimmed(); !v.isEmpty())
        s.url = v;
    if (const QString v = get("method").trimmed().toUpper(); !v.isEmpty())
        s.method = v;
    if (const QString v = get("headers"); !v.trimmed().isEmpty()) {
        s.headers.clear();
        for (const QString& line : v.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                s.headers << line.trimmed();
    }
    if (const QString v = get("body"); !v.trimmed().isEmpty())
        s.body = v;
    if (const QString v = get("contentType").trimmed(); !v.isEmpty())
        s.contentType = v;
    s.sender = get("sender").trimmed();
    s.username = get("username");
    s.password = get("password");
    s.token = get("token");
    return s;
}

} // namespace rapport
