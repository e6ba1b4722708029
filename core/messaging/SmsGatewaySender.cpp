#include "messaging/Channels.h"
#include "messaging/CurlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::SmsGatewaySender", text);
}

enum class Escape { Url, Json, Xml, Header, None };

QString jsonEscaped(const QString& v)
{
    QString out;
    out.reserve(v.size() + 8);
    for (const QChar c : v) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QString escaped(const QString& v, Escape how)
{
    switch (how) {
    case Escape::Url: return QString::fromLatin1(QUrl::toPercentEncoding(v));
    case Escape::Json: return jsonEscaped(v);
    case Escape::Xml: return v.toHtmlEscaped();
    case Escape::Header: {
        QString out = v;
        out.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        return out;
    }
    case Escape::None: break;
    }
    return v;
}

// Replaces the known {placeholders}; other braces (a JSON body's own) stay as they are.
QString filled(const QString& pattern, const QHash<QString, QString>& values, Escape how)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString out;
    qsizetype from = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto value = values.constFind(m.captured(1));
        if (value == values.constEnd())
            continue;
        out += pattern.mid(from, m.capturedStart() - from);
        out += escaped(*value, how);
        from = m.capturedEnd();
    }
    return out + pattern.mid(from);
}

Escape bodyEscape(const QString& contentType)
{
    const QString type = contentType.toLower();
    if (type.contains(QLatin1String("json")))
        return Escape::Json;
    if (type.contains(QLatin1String("x-www-form-urlencoded")))
        return Escape::Url;
    if (type.contains(QLatin1String("xml")))
        return Escape::Xml;
    return Escape::None;
}

bool hasHeader(const QStringList& headers, QLatin1String name)
{
    for (const QString& h : headers)
        if (h.section(QLatin1Char(':'), 0, 0).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isE164(const QString& number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return e164.match(number).hasMatch();
}

size_t collect(char* data, size_t size, size_t count, void* userdata)
{
    auto* body = static_cast<QByteArray*>(userdata);
    const auto n = static_cast<qsizetype>(size * count);
    if (body->size() < 64 * 1024)
        body->append(data, qMin(n, 64 * 1024 - body->size()));
    return size * count;
}

QString stringValue(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(static_cast<qint64>(v.toDouble()));
    return {};
}

// The gateway's id for the message from a JSON answer: "sid" (Twilio), "id"
// (MessageBird), "message-id" inside "messages" (Vonage), and the like.
QString gatewayMessageId(const QJsonObject& answer)
{
    static const QStringList keys{QStringLiteral("sid"), QStringLiteral("message_id"), QStringLiteral("messageId"),
                                  QStringLiteral("message-id"), QStringLiteral("id")};
    for (const QString& key : keys)
        if (const QString v = stringValue(answer.value(key)); !v.isEmpty())
            return v.left(200);
    for (const QString& container : {QStringLiteral("messages"), QStringLiteral("data"), QStringLiteral("results")}) {
        const QJsonValue inner = answer.value(container);
        const QJsonObject first = inner.isArray() ? inner.toArray().first().toObject() : inner.toObject();
        for (const QString& key : keys)
            if (const QString v = stringValue(first.value(key)); !v.isEmpty())
                return v.left(200);
    }
    return {};
}

// The gateway's own sentence from a JSON error answer, else the start of the answer.
QString answerText(const QByteArray& body)
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    for (const QString& key : {QStringLiteral("message"), QStringLiteral("error_description"), QStringLiteral("detail"),
                               QStringLiteral("error-text"), QStringLiteral("error")}) {
        const QJsonValue v = answer.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().simplified().left(200);
        if (v.isObject() && v.toObject().value(QStringLiteral("message")).isString())
            return v.toObject().value(QStringLiteral("message")).toString().simplified().left(200);
    }
    return QString::fromUtf8(body).simplified().left(200);
}

SendResult outcome(SendResult::Outcome o, QString detail, QString id = {})
{
    return SendResult{o, std::move(detail), std::move(id)};
}

SendResult accepted(const QByteArray& body)
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    // Some gateways answer 200 and say inside that they refused the message (Vonage:
    // "status" other than "0", with "error-text"; status 1 is "throttled").
    const QJsonObject first = answer.value(QStringLiteral("messages")).toArray().first().toObject();
    const QString status = stringValue(first.value(QStringLiteral("status")));
    if (!status.isEmpty() && status != QStringLiteral("0") && first.contains(QStringLiteral("error-text"))) {
        const QString detail = tr("The SMS gateway refused the message: %1").arg(first.value(QStringLiteral("error-text")).toString().simplified().left(200));
        return outcome(status == QStringLiteral("1") ? SendResult::Retry : SendResult::Failed, detail);
    }
    return outcome(SendResult::Sent, {}, gatewayMessageId(answer));
}
} // namespace

SmsGatewaySender::SmsGatewaySender(SmsGatewaySettings settings)
    : m_settings(std::move(settings))
{
}

SmsGatewaySender::Request SmsGatewaySender::request(const SmsMessage& message) const
{
    const QString to = message.to.trimmed();
    QHash<QString, QString> values{
        {QStringLiteral("to"), to},
        {QStringLiteral("toDigits"), to.startsWith(QLatin1Char('+')) ? to.mid(1) : to},
        {QStringLiteral("text"), message.text},
        {QStringLiteral("sender"), m_settings.sender},
        {QStringLiteral("reference"), message.reference},
        {QStringLiteral("username"), m_settings.username},
        {QStringLiteral("password"), m_settings.password},
        {QStringLiteral("token"), m_settings.token},
        {QStringLiteral("basicAuth"),
         QString::fromLatin1((m_settings.username + QLatin1Char(':') + m_settings.password).toUtf8().toBase64())},
    };
    Request r;
    r.method = m_settings.method.trimmed().toUpper();
    if (r.method.isEmpty())
        r.method = QStringLiteral("POST");
    r.url = filled(m_settings.url.trimmed(), values, Escape::Url);
    for (const QString& line : m_settings.headers) {
        const QString header = filled(line.trimmed(), values, Escape::Header);
        if (header.contains(QLatin1Char(':')))
            r.headers << header;
    }
    if (!message.reference.isEmpty() && !hasHeader(r.headers, QLatin1String("Idempotency-Key")))
        r.headers << QStringLiteral("Idempotency-Key: ") + escaped(message.reference, Escape::Header);
    if (r.method != QStringLiteral("GET")) {
        r.body = filled(m_settings.body, values, bodyEscape(m_settings.contentType)).toUtf8();
        if (!m_settings.contentType.trimmed().isEmpty() && !hasHeader(r.headers, QLatin1String("Content-Type")))
            r.headers << QStringLiteral("Content-Type: ") + escaped(m_settings.contentType.trimmed(), Escape::Header);
    }
    return r;
}

SendResult SmsGatewaySender::send(const SmsMessage& message, const std::atomic_bool* cancel)
{
    if (!isE164(message.to.trimmed()))
        return outcome(SendResult::Failed, tr("The phone number is not an E.164 number (international form such as +447700900123)."));
    if (!m_settings.isConfigured())
        return outcome(SendResult::Failed, tr("SMS is not set up: choose a gateway and enter its address in the messaging settings."));
    if (cancel && cancel->load())
        return outcome(SendResult::Retry, tr("Sending was cancelled before the SMS gateway accepted the message."));

    // Everything the handle points to is declared before it, so it outlives the handle.
    const Request r = request(message);
    const QByteArray url = r.url.toUtf8();
    const QByteArray method = r.method.toLatin1();
    curl::StringList headers;
    for (const QString& line : r.headers)
        headers.append(line.toUtf8());
    headers.append("Expect:"); // no 100-continue round trip
    QByteArray answer;
    curl::Transfer transfer(m_settings.timeoutSeconds, cancel);
    if (!transfer.isValid())
        return outcome(SendResult::Retry, tr("Could not start a connection to the SMS gateway."));
    CURL* h = transfer.handle.get();

    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L); // a redirected POST could send twice
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
    if (r.method == QStringLiteral("GET")) {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(r.body.size()));
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, r.body.constData());
        if (r.method != QStringLiteral("POST"))
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.constData());
    }

    const CURLcode code = curl_easy_perform(h);
    const long status = transfer.responseCode();
    // An answer of 2xx means the gateway took the message, even when the rest of its
    // answer was lost: sending again would send it twice.
    if (status >= 200 && status < 300)
        return accepted(answer);
    if (code != CURLE_OK) {
        const QString technical = QStringLiteral(" (") + transfer.errorText(code) + QLatin1Char(')');
        switch (code) {
        case CURLE_ABORTED_BY_CALLBACK:
            return outcome(SendResult::Retry, tr("Sending was cancelled before the SMS gateway accepted the message."));
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT:
            return outcome(SendResult::Failed, tr("The SMS gateway's address in the settings is not a valid http:// or https:// address.") + technical);
        case CURLE_PEER_FAILED_VERIFICATION:
            return outcome(SendResult::Failed, tr("The SMS gateway's certificate could not be verified: check its address in the settings.") + technical);
        case CURLE_COULDNT_RESOLVE_HOST:
            return outcome(SendResult::Retry, tr("The SMS gateway could not be found: check its address in the settings and the network.") + technical);
        case CURLE_COULDNT_CONNECT:
            return outcome(SendResult::Retry, tr("Could not connect to the SMS gateway: it may be down.") + technical);
        case CURLE_OPERATION_TIMEDOUT:
            return outcome(SendResult::Retry, tr("The SMS gateway did not answer in time.") + technical);
        default:
            return outcome(SendResult::Retry, tr("The connection to the SMS gateway broke off before it answered.") + technical);
        }
    }
    const QString words = tr("The SMS gateway answered %1: %2").arg(status).arg(answerText(answer));
    if (status == 408 || status == 429 || status >= 500) // busy or down: nothing was taken
        return outcome(SendResult::Retry, words);
    if (status == 401 || status == 403)
        return outcome(SendResult::Failed, tr("The SMS gateway refused the credentials in the settings.") + QLatin1Char(' ') + words);
    return outcome(SendResult::Failed, words);
}

const QList<SmsPreset>& smsPresets()
{
    static const QList<SmsPreset> presets = [] {
        const QString form = QStringLiteral("application/x-www-form-urlencoded");
        const QString json = QStringLiteral("application/json");
        auto preset = [](QString key, QString name, QString url, QStringList headers, QString body, QString type) {
            SmsPreset p;
            p.key = std::move(key);
            p.name = std::move(name);
            p.settings.preset = p.key;
            p.settings.url = std::move(url);
            p.settings.method = QStringLiteral("POST");
            p.settings.headers = std::move(headers);
            p.settings.body = std::move(body);
            p.settings.contentType = std::move(type);
            return p;
        };
        return QList<SmsPreset>{
            // Account SID as the user name, auth token as the password.
            preset(QStringLiteral("twilio"), QStringLiteral("Twilio"),
                   QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/{username}/Messages.json"),
                   {QStringLiteral("Authorization: Basic {basicAuth}")},
                   QStringLiteral("To={to}&From={sender}&Body={text}"), form),
            // Access key as the token.
            preset(QStringLiteral("messagebird"), QStringLiteral("MessageBird"), QStringLiteral("https://rest.messagebird.com/messages"),
                   {QStringLiteral("Authorization: AccessKey {token}")},
                   QStringLiteral("{\"recipients\":[\"{toDigits}\"],\"originator\":\"{sender}\",\"body\":\"{text}\","
                                  "\"reference\":\"{reference}\"}"),
                   json),
            // API key as the user name, API secret as the password.
            preset(QStringLiteral("vonage"), QStringLiteral("Vonage (Nexmo)"), QStringLiteral("https://rest.nexmo.com/sms/json"), {},
                   QStringLiteral("api_key={username}&api_secret={password}&from={sender}&to={toDigits}&text={text}&type=unicode"),
                   form),
            preset(QStringLiteral("json"), QCoreApplication::translate("rapport::SmsGatewaySender", "Other gateway, JSON"), {},
                   {QStringLiteral("Authorization: Bearer {token}")},
                   QStringLiteral("{\"to\":\"{to}\",\"from\":\"{sender}\",\"text\":\"{text}\",\"reference\":\"{reference}\"}"),
                   json),
            preset(QStringLiteral("custom"), QCoreApplication::translate("rapport::SmsGatewaySender", "Custom"), {}, {}, {}, form),
        };
    }();
    return presets;
}

} // namespace rapport
