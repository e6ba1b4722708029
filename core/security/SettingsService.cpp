#include "security/SettingsService.h"

#include "common/Clock.h"
#include "security/Clinic.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::SettingsService", text);
}

Status nonEmptyName(const QString& v)
{
    if (v.trimmed().isEmpty() || v.trimmed().size() > 100)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter the clinic's name (up to 100 characters)."));
    return {};
}

Status regionCode(const QString& v)
{
    const QLocale::Territory t = QLocale::codeToTerritory(v);
    if (v.size() != 2 || t == QLocale::AnyTerritory)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::SettingsService", "Enter the country or region as a two-letter code such as GB, DE, US or IE."));
    return {};
}

Status timeZoneId(const QString& v)
{
    if (!QTimeZone::isTimeZoneIdAvailable(v.toUtf8()))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::SettingsService", "Enter a time zone such as Europe/London or America/New_York."));
    return {};
}

Status languageCode(const QString& v)
{
    if (v != QStringLiteral("en") && v != QStringLiteral("de"))
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Rapport speaks English (en) and German (de)."));
    return {};
}

Status yesNo(const QString& v)
{
    if (v != QStringLiteral("yes") && v != QStringLiteral("no"))
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter yes or no."));
    return {};
}

Status lateCancelHoursValue(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 0 || n > 168)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::SettingsService", "Enter a number of hours from 0 to 168."));
    return {};
}

Status slotMinutesValue(const QString& v)
{
    static const QStringList allowed{QStringLiteral("5"), QStringLiteral("10"), QStringLiteral("15"),
                                     QStringLiteral("20"), QStringLiteral("30"), QStringLiteral("60")};
    if (!allowed.contains(v))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::SettingsService", "Enter 5, 10, 15, 20, 30 or 60 minutes."));
    return {};
}

Status adultAge(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 14 || n > 21)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "The age of majority is a whole number of years from 14 to 21."));
    return {};
}

Status idleMinutes(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 1 || n > 240)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "The idle lock is a whole number of minutes from 1 to 240."));
    return {};
}

// Clinic contact details and messaging times (issue 5).
Status postalAddressText(const QString& v)
{
    if (v.size() > 500 || v.count(QLatin1Char('\n')) > 7)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter the postal address in up to 8 lines and 500 characters."));
    return {};
}

Status clinicPhoneText(const QString& v)
{
    static const QRegularExpression allowed(QStringLiteral("^[0-9 +()./-]{0,40}$"));
    if (!allowed.match(v.trimmed()).hasMatch())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter the clinic's phone number as patients should dial it, such as 020 7946 0000."));
    return {};
}

Status clinicEmailText(const QString& v)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!v.trimmed().isEmpty() && !address.match(v.trimmed()).hasMatch())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter an e-mail address such as reception@example.com, or leave it empty."));
    return {};
}

// "21:00-08:00"; the end may be earlier than the start (through midnight).
bool parseMinuteRange(const QString& v, int* from, int* to)
{
    static const QRegularExpression range(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const auto m = range.match(v.trimmed());
    if (!m.hasMatch())
        return false;
    *from = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    *to = m.captured(3).toInt() * 60 + m.captured(4).toInt();
    return *from != *to;
}

Status quietHoursText(const QString& v)
{
    int from = 0, to = 0;
    if (!v.trimmed().isEmpty() && !parseMinuteRange(v, &from, &to))
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter quiet hours as HH:MM-HH:MM, such as 21:00-08:00, or leave it empty for none."));
    return {};
}

Status sendingWindowText(const QString& v)
{
    int from = 0, to = 0;
    if (!v.trimmed().isEmpty() && (!parseMinuteRange(v, &from, &to) || to < from))
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter the sending window as HH:MM-HH:MM within one day, such as 08:00-20:00, or leave it empty for any time."));
    return {};
}

Status sendingDaysText(const QString& v)
{
    static const QStringList days{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                                  QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    const QStringList parts = v.trimmed().toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = !parts.isEmpty();
    for (const QString& part : parts) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        ok = ok && ends.size() <= 2;
        for (const QString& e : ends)
            ok = ok && days.contains(e.trimmed());
    }
    if (!ok)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter the sending days like mon-sat, mon-fri or mon,wed,fri."));
    return {};
}

Status patientSentenceText(const QString& v)
{
    if (v.size() > 300)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Keep this sentence to 300 characters or fewer."));
    return {};
}

Status reminderHorizonText(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 1 || n > 90)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", "Enter a number of days from 1 to 90."));
    return {};
}

// Mail server and SMS gateway (issue 5).
Status channelError(const char* text)
{
    return fail(ErrorCode::InvalidInput, QCoreApplication::translate("rapport::SettingsService", text));
}

Status smtpHostText(const QString& v)
{
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]{1,253}$"));
    if (!v.trimmed().isEmpty() && !host.match(v.trimmed()).hasMatch())
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter the mail server's name, such as smtp.example.com, without smtp:// or a port; or leave it empty."));
    return {};
}

Status smtpPortNumber(const QString& v)
{
    bool ok = false;
    const int n = v.trimmed().toInt(&ok);
    if (!ok || n < 1 || n > 65535)
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter a port from 1 to 65535: usually 587 for starttls, 465 for tls."));
    return {};
}

Status smtpSecurityChoice(const QString& v)
{
    const QString s = v.trimmed().toLower();
    if (s != QStringLiteral("starttls") && s != QStringLiteral("tls") && s != QStringLiteral("none"))
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter starttls, tls or none."));
    return {};
}

Status credentialText(const QString& v)
{
    if (v.size() > 1024 || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter this on one line, in 1,024 characters or fewer."));
    return {};
}

Status senderAddressText(const QString& v)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$"));
    if (!v.trimmed().isEmpty() && !address.match(v.trimmed()).hasMatch())
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter the sender's e-mail address, such as reception@example.com, or leave it empty."));
    return {};
}

Status senderNameText(const QString& v)
{
    if (v.size() > 100 || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter the sender's name on one line, in 100 characters or fewer."));
    return {};
}

// The keys of smsPresets() in core/messaging/Channels.h.
Status smsPresetChoice(const QString& v)
{
    static const QStringList keys{QStringLiteral("twilio"), QStringLiteral("messagebird"), QStringLiteral("vonage"),
                                  QStringLiteral("json"), QStringLiteral("custom")};
    if (!keys.contains(v.trimmed()))
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter twilio, messagebird, vonage, json or custom."));
    return {};
}

Status gatewayUrlText(const QString& v)
{
    static const QRegularExpression url(QStringLiteral("^https?://\\S+$"), QRegularExpression::CaseInsensitiveOption);
    if (!v.trimmed().isEmpty() && !url.match(v.trimmed()).hasMatch())
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter the gateway's address starting with https:// (or http://), or leave it empty for the preset's."));
    return {};
}

Status httpMethodChoice(const QString& v)
{
    const QString m = v.trimmed().toUpper();
    if (!m.isEmpty() && m != QStringLiteral("GET") && m != QStringLiteral("POST") && m != QStringLiteral("PUT"))
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter GET, POST or PUT, or leave it empty for the preset's."));
    return {};
}

Status httpHeaderLines(const QString& v)
{
    static const QRegularExpression header(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+:.*$"));
    const QStringList lines = v.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    bool ok = lines.size() <= 30 && v.size() <= 4000;
    for (const QString& line : lines)
        ok = ok && (line.trimmed().isEmpty() || header.match(line.trimmed()).hasMatch());
    if (!ok)
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter one header per line as Name: value, such as Authorization: Bearer {token}."));
    return {};
}

Status gatewayBodyText(const QString& v)
{
    if (v.size() > 4000)
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Keep the body template to 4,000 characters or fewer."));
    return {};
}

Status mediaTypeText(const QString& v)
{
    static const QRegularExpression type(QStringLiteral("^[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+\\s*(;[^\\r\\n]*)?$"));
    if (!v.trimmed().isEmpty() && !type.match(v.trimmed()).hasMatch())
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter a content type such as application/json, or leave it empty for the preset's."));
    return {};
}

Status smsSenderText(const QString& v)
{
    if (v.trimmed().size() > 20 || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        return channelError(QT_TRANSLATE_NOOP("rapport::SettingsService", "Enter the sender as the gateway expects it: a number such as +447700900123 or a short name."));
    return {};
}
} // namespace

SettingsService::SettingsService(Clinic& clinic)
    : m_clinic(clinic)
{
}

const QList<SettingDefinition>& SettingsService::definitions()
{
    static const QList<SettingDefinition> defs{
        {QStringLiteral("clinic.id"), {}, Permission::ManageClinicSettings, true, false, {},
         tr("The clinic's unique id (read-only).")},
        {QStringLiteral("clinic.name"), {}, Permission::ManageClinicSettings, false, false, nonEmptyName,
         tr("The clinic's name, shown on the sign-in window and on letters.")},
        {QStringLiteral("clinic.region"), QStringLiteral("GB"), Permission::ManageClinicSettings, false, false,
         regionCode, tr("Country or region (ISO 3166 code) for phone number formats.")},
        {QStringLiteral("clinic.timezone"), QStringLiteral("Europe/London"), Permission::ManageClinicSettings, false,
         false, timeZoneId, tr("The clinic's time zone (IANA id).")},
        {QStringLiteral("clinic.language"), QStringLiteral("en"), Permission::ManageClinicSettings, false, false,
         languageCode, tr("Language of messages to patients: en or de.")},
        {QStringLiteral("security.idleLockMinutes"), QStringLiteral("5"), Permission::ManageClinicSettings, false,
         false, idleMinutes, tr("Minutes without use before the window locks itself (1 to 240).")},
        {QStringLiteral("patients.requireGuardianForMinors"), QStringLiteral("yes"), Permission::ManageClinicSettings,
         false, false, yesNo, tr("Whether a patient under the age of majority must have a parent or guardian linked (yes or no).")},
        {QStringLiteral("patients.adultAge"), QStringLiteral("18"), Permission::ManageClinicSettings, false, false,
         adultAge, tr("The age of majority in years (14 to 21): younger patients are minors.")},
        {QStringLiteral("schedule.lateCancelHours"), QStringLiteral("24"), Permission::ManageScheduleSetup, false,
         false, lateCancelHoursValue,
         tr("A patient's cancellation this many hours or less before the start counts as a late cancellation (0 to 168).")},
        {QStringLiteral("schedule.slotMinutes"), QStringLiteral("15"), Permission::ManageScheduleSetup, false, false,
         slotMinutesValue, tr("The appointment book's grid and the step of the free-slot search, in minutes (5, 10, 15, 20, 30 or 60).")},
        {QStringLiteral("clinic.address"), {}, Permission::ManageClinicSettings, false, false, postalAddressText,
         tr("The clinic's postal address, one line per line, for messages, letters and calendar entries.")},
        {QStringLiteral("clinic.phone"), {}, Permission::ManageClinicSettings, false, false, clinicPhoneText,
         tr("The clinic's phone number as patients dial it, for messages and letters.")},
        {QStringLiteral("clinic.email"), {}, Permission::ManageClinicSettings, false, false, clinicEmailText,
         tr("The clinic's e-mail address for patients, shown in messages and calendar entries.")},
        {QStringLiteral("messaging.quietHours"), QStringLiteral("21:00-08:00"), Permission::ConfigureMessaging, false,
         false, quietHoursText, tr("No e-mail or SMS is sent in these hours (HH:MM-HH:MM, may run past midnight; empty for none).")},
        {QStringLiteral("messaging.sendingWindow"), QStringLiteral("08:00-20:00"), Permission::ConfigureMessaging, false,
         false, sendingWindowText, tr("E-mail and SMS go out only between these times (HH:MM-HH:MM; empty for any time).")},
        {QStringLiteral("messaging.sendingDays"), QStringLiteral("mon-sat"), Permission::ConfigureMessaging, false, false,
         sendingDaysText, tr("The days on which e-mail and SMS go out, like mon-sat or mon,wed,fri.")},
        {QStringLiteral("messaging.confirmHow"), {}, Permission::ConfigureMessaging, false, false, patientSentenceText,
         tr("How patients confirm an appointment, for {confirmHow} in messages; empty for Rapport's own sentence.")},
        {QStringLiteral("messaging.cancelHow"), {}, Permission::ConfigureMessaging, false, false, patientSentenceText,
         tr("How patients cancel or change an appointment, for {cancelHow} in messages; empty for Rapport's own sentence.")},
        {QStringLiteral("messaging.reminderHorizonDays"), QStringLiteral("14"), Permission::ConfigureMessaging, false,
         false, reminderHorizonText, tr("How many days ahead each sending run plans reminders (1 to 90), at least as far as the longest reminder rule.")},
        {QStringLiteral("messaging.smtp.host"), {}, Permission::ConfigureMessaging, false, false, smtpHostText,
         tr("The mail server (SMTP) that sends e-mail, such as smtp.example.com; empty for no e-mail.")},
        {QStringLiteral("messaging.smtp.port"), QStringLiteral("587"), Permission::ConfigureMessaging, false, false,
         smtpPortNumber, tr("The mail server's port: usually 587 for starttls, 465 for tls.")},
        {QStringLiteral("messaging.smtp.security"), QStringLiteral("starttls"), Permission::ConfigureMessaging, false,
         false, smtpSecurityChoice, tr("How the connection to the mail server is protected: starttls, tls or none.")},
        {QStringLiteral("messaging.smtp.username"), {}, Permission::ConfigureMessaging, false, false, credentialText,
         tr("The user name for the mail server; empty to send without signing in.")},
        {QStringLiteral("messaging.smtp.password"), {}, Permission::ConfigureMessaging, false, true, credentialText,
         tr("The password for the mail server (kept secret).")},
        {QStringLiteral("messaging.smtp.from"), {}, Permission::ConfigureMessaging, false, false, senderAddressText,
         tr("The sender's e-mail address on messages, such as reception@example.com.")},
        {QStringLiteral("messaging.smtp.fromName"), {}, Permission::ConfigureMessaging, false, false, senderNameText,
         tr("The sender's name on messages, such as the clinic's name.")},
        {QStringLiteral("messaging.sms.preset"), QStringLiteral("custom"), Permission::ConfigureMessaging, false, false,
         smsPresetChoice, tr("The SMS gateway the settings start from: twilio, messagebird, vonage, json or custom.")},
        {QStringLiteral("messaging.sms.url"), {}, Permission::ConfigureMessaging, false, false, gatewayUrlText,
         tr("The SMS gateway's address, with placeholders such as {username}; empty for the preset's.")},
        {QStringLiteral("messaging.sms.method"), {}, Permission::ConfigureMessaging, false, false, httpMethodChoice,
         tr("The HTTP method for the SMS gateway: GET, POST or PUT; empty for the preset's.")},
        {QStringLiteral("messaging.sms.headers"), {}, Permission::ConfigureMessaging, false, false, httpHeaderLines,
         tr("HTTP headers for the SMS gateway, one Name: value per line, with placeholders such as {token}; empty for the preset's.")},
        {QStringLiteral("messaging.sms.body"), {}, Permission::ConfigureMessaging, false, false, gatewayBodyText,
         tr("The request body for the SMS gateway with {to}, {toDigits}, {text}, {sender}, {reference}, {username}, {password}, {token} and {basicAuth}; empty for the preset's.")},
        {QStringLiteral("messaging.sms.contentType"), {}, Permission::ConfigureMessaging, false, false, mediaTypeText,
         tr("The content type of the request body, such as application/json; empty for the preset's.")},
        {QStringLiteral("messaging.sms.sender"), {}, Permission::ConfigureMessaging, false, false, smsSenderText,
         tr("The sender patients see on an SMS: a number such as +447700900123 or a short name the gateway allows.")},
        {QStringLiteral("messaging.sms.username"), {}, Permission::ConfigureMessaging, false, false, credentialText,
         tr("The account, user name or API key for the SMS gateway ({username}).")},
        {QStringLiteral("messaging.sms.password"), {}, Permission::ConfigureMessaging, false, true, credentialText,
         tr("The password or API secret for the SMS gateway ({password}, kept secret).")},
        {QStringLiteral("messaging.sms.token"), {}, Permission::ConfigureMessaging, false, true, credentialText,
         tr("The access token for the SMS gateway ({token}, kept secret).")},
    };
    return defs;
}

const SettingDefinition* SettingsService::definition(const QString& key)
{
    for (const SettingDefinition& d : definitions())
        if (d.key == key)
            return &d;
    return nullptr;
}

Result<QString> SettingsService::get(const QString& key) const
{
    const SettingDefinition* def = definition(key);
    if (!def)
        return fail(ErrorCode::NotFound, tr("There is no setting called “%1”.").arg(key));
    if (def->secret)
        RAPPORT_TRY(m_clinic.session().require(def->writePermission));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare("SELECT value FROM settings WHERE key = :k"));
    st.bind(":k", key);
    RAPPORT_TRY_ASSIGN(const bool row, st.next());
    return row ? st.text(0) : def->defaultValue;
}

Status SettingsService::set(const QString& key, const QString& value)
{
    const SettingDefinition* def = definition(key);
    if (!def)
        return fail(ErrorCode::NotFound, tr("There is no setting called “%1”.").arg(key));
    if (def->readOnly)
        return fail(ErrorCode::InvalidInput, tr("The setting “%1” cannot be changed.").arg(key));
    RAPPORT_TRY(m_clinic.session().require(def->writePermission));
    if (def->validate)
        RAPPORT_TRY(def->validate(value));
    const QString stored = key == QStringLiteral("clinic.name") ? value.trimmed() : value;
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("INSERT OR REPLACE INTO settings(key, value, updated_at, updated_by)"
                                                " VALUES (:k, :v, :t, :by)"));
    st.bind(":k", key).bind(":v", stored).bind(":t", m_clinic.clock().now()).bind(":by", m_clinic.session().userId);
    RAPPORT_TRY(st.exec());
    RAPPORT_TRY(m_clinic.record(QStringLiteral("settings.set"), QStringLiteral("setting"), key));
    if (key == QStringLiteral("clinic.name"))
        RAPPORT_TRY(m_clinic.keyring().setClinicName(stored));
    return tx.commit();
}

int SettingsService::idleLockMinutes() const
{
    const auto v = get(QStringLiteral("security.idleLockMinutes"));
    const int n = v ? v->toInt() : 5;
    return n >= 1 ? n : 5;
}

} // namespace rapport

namespace rapport {

QTimeZone SettingsService::timeZone() const
{
    const QTimeZone tz(get(QStringLiteral("clinic.timezone")).value_or(QString()).toUtf8());
    return tz.isValid() ? tz : QTimeZone::systemTimeZone();
}

QDate SettingsService::today() const
{
    return m_clinic.clock().now().toTimeZone(timeZone()).date();
}

QString SettingsService::region() const
{
    const QString r = get(QStringLiteral("clinic.region")).value_or(QString());
    return r.isEmpty() ? QStringLiteral("GB") : r;
}

int SettingsService::slotMinutes() const
{
    const int n = get(QStringLiteral("schedule.slotMinutes")).value_or(QString()).toInt();
    return n > 0 ? n : 15;
}

int SettingsService::lateCancelHours() const
{
    bool ok = false;
    const int n = get(QStringLiteral("schedule.lateCancelHours")).value_or(QString()).toInt(&ok);
    return ok ? n : 24;
}

} // namespace rapport
