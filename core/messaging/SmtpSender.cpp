#include "messaging/Channels.h"
#include "messaging/CurlSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSysInfo>

#include <cstring>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::SmtpSender", text);
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* userdata)
{
    auto* upload = static_cast<Upload*>(userdata);
    const auto n = static_cast<qsizetype>(qMin<size_t>(size * count, static_cast<size_t>(upload->data.size() - upload->offset)));
    std::memcpy(buffer, upload->data.constData() + upload->offset, static_cast<size_t>(n));
    upload->offset += n;
    return static_cast<size_t>(n);
}

// The server's replies, kept for the detail of a failure. Only what the server said is
// looked at: what Rapport sent includes the password (AUTH) and the message.
struct Conversation
{
    QString lastReply;
};

int watchReplies(CURL*, curl_infotype type, char* data, size_t size, void* userdata)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto* conversation = static_cast<Conversation*>(userdata);
    const QString line = QString::fromUtf8(data, static_cast<qsizetype>(size)).trimmed();
    if (!line.isEmpty())
        conversation->lastReply = line.left(300);
    return 0;
}

QByteArray ehloName()
{
    QByteArray name = QSysInfo::machineHostName().toLatin1();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$"));
    if (!valid.match(QString::fromLatin1(name)).hasMatch())
        name = "localhost";
    return name;
}

QByteArray serverUrl(const SmtpSettings& s)
{
    QString host = s.host.trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const QByteArray scheme = s.security == SmtpSettings::ImplicitTls ? "smtps://" : "smtp://";
    return scheme + host.toUtf8() + ':' + QByteArray::number(s.port) + '/' + ehloName();
}

// "jo@example.com", also when given as "Jo <jo@example.com>".
QString bareAddress(const QString& address)
{
    QString a = address.trimmed();
    const qsizetype open = a.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && a.indexOf(QLatin1Char('>'), open) > open)
        a = a.mid(open + 1, a.indexOf(QLatin1Char('>'), open) - open - 1).trimmed();
    a.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    return a;
}

bool looksLikeAddress(const QString& address)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+$"));
    return re.match(address).hasMatch();
}

int replyCode(const QString& reply)
{
    return reply.size() >= 3 ? reply.left(3).toInt() : 0;
}

SendResult result(SendResult::Outcome outcome, QString detail)
{
    return SendResult{outcome, std::move(detail), {}};
}

QString withServerWords(const QString& sentence, const QString& reply)
{
    if (reply.isEmpty())
        return sentence;
    return sentence + QLatin1Char(' ') + tr("The server answered: %1").arg(reply);
}

SendResult classify(CURLcode code, long response, const QString& reply, const QString& curlText,
                    const SmtpSettings& s)
{
    const QString server = s.host + QLatin1Char(':') + QString::number(s.port);
    // The server's own reply, when it was a refusal, is the best detail there is.
    const QString refusal = response >= 400 ? (replyCode(reply) == response ? reply : QString::number(response)) : QString();
    const QString technical = QStringLiteral(" (") + curlText + QLatin1Char(')');
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        return result(SendResult::Retry, tr("Sending was cancelled before the mail server accepted the message."));
    case CURLE_COULDNT_RESOLVE_HOST:
        return result(SendResult::Retry, tr("The mail server %1 could not be found: check its name in the settings and the network.").arg(s.host) + technical);
    case CURLE_COULDNT_CONNECT:
        return result(SendResult::Retry, tr("Could not connect to the mail server %1: it may be down, or the port may be wrong.").arg(server) + technical);
    case CURLE_LOGIN_DENIED:
        if (response >= 400 && response < 500)
            return result(SendResult::Retry, withServerWords(tr("The mail server could not check the user name and password just now."), refusal));
        return result(SendResult::Failed, withServerWords(tr("Authentication refused: the mail server did not accept the user name or password in the settings."), refusal));
    case CURLE_USE_SSL_FAILED:
        return result(SendResult::Failed, tr("The mail server %1 does not offer STARTTLS: choose TLS or another port in the settings.").arg(server) + technical);
    case CURLE_PEER_FAILED_VERIFICATION:
        return result(SendResult::Failed, tr("The mail server's certificate could not be verified: check the server name in the settings.") + technical);
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return result(SendResult::Failed, tr("The mail server's address in the settings is not valid.") + technical);
    default:
        break;
    }
    if (response >= 500) {
        const QString sentence = curlText.startsWith(QLatin1String("RCPT"))   ? tr("The mail server refused the recipient's address.")
                                 : curlText.startsWith(QLatin1String("MAIL")) ? tr("The mail server refused the sender's address.")
                                                                               : tr("The mail server refused the message.");
        return result(SendResult::Failed, withServerWords(sentence, refusal));
    }
    if (response >= 400)
        return result(SendResult::Retry, withServerWords(tr("The mail server asked to try again later."), refusal));
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return result(SendResult::Retry, tr("The mail server %1 did not answer in time.").arg(server) + technical);
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_WEIRD_SERVER_REPLY:
        return result(SendResult::Retry, tr("The connection to the mail server broke off before it accepted the message.") + technical);
    case CURLE_SSL_CONNECT_ERROR:
        return result(SendResult::Retry, tr("The secure connection to the mail server %1 failed.").arg(server) + technical);
    default:
        return result(SendResult::Failed, tr("Sending the e-mail failed.") + technical);
    }
}
} // namespace

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{
}

SendResult SmtpSender::send(const EmailMessage& message, const std::atomic_bool* cancel)
{
    EmailMessage m = message;
    if (m.fromAddress.trimmed().isEmpty())
        m.fromAddress = m_settings.fromAddress;
    if (m.fromName.trimmed().isEmpty())
        m.fromName = m_settings.fromName;
    if (m_settings.host.trimmed().isEmpty() || m.fromAddress.trimmed().isEmpty())
        return result(SendResult::Failed, tr("E-mail is not set up: enter the mail server and the sender's address in the messaging settings."));
    const QString from = bareAddress(m.fromAddress);
    const QString to = bareAddress(m.to);
    if (!looksLikeAddress(from))
        return result(SendResult::Failed, tr("The sender's address in the messaging settings is not an e-mail address."));
    if (!looksLikeAddress(to))
        return result(SendResult::Failed, tr("The recipient's e-mail address is not valid."));
    if (cancel && cancel->load())
        return result(SendResult::Retry, tr("Sending was cancelled before the mail server accepted the message."));

    // Everything the handle points to is declared before it: closing the handle still
    // talks to the server (QUIT) and calls the callbacks.
    Upload upload{mimeMessage(m, QDateTime::currentDateTimeUtc()), 0};
    Conversation conversation;
    curl::StringList recipients;
    recipients.append('<' + to.toUtf8() + '>');
    const QByteArray url = serverUrl(m_settings);
    const QByteArray mailFrom = '<' + from.toUtf8() + '>';
    const QByteArray username = m_settings.username.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    curl::Transfer transfer(m_settings.timeoutSeconds, cancel);
    if (!transfer.isValid())
        return result(SendResult::Retry, tr("Could not start a connection to the mail server."));
    CURL* h = transfer.handle.get();

    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(m_settings.security == SmtpSettings::None ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, m_settings.verifyPeer ? 1L : 0L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, m_settings.verifyPeer ? 2L : 0L);
    curl_easy_setopt(h, CURLOPT_SERVER_RESPONSE_TIMEOUT, static_cast<long>(m_settings.timeoutSeconds > 0 ? m_settings.timeoutSeconds : 30));
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    if (!m_settings.username.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, username.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(upload.data.size()));
    curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, &watchReplies);
    curl_easy_setopt(h, CURLOPT_DEBUGDATA, &conversation);
    curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);

    const CURLcode code = curl_easy_perform(h);
    const long response = transfer.responseCode();
    if (code == CURLE_OK) {
        static const QRegularExpression queued(QStringLiteral("queued as ([A-Za-z0-9._@<>-]+)"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto match = queued.match(conversation.lastReply);
        return SendResult{SendResult::Sent, {}, match.hasMatch() ? match.captured(1) : QString()};
    }
    return classify(code, response, conversation.lastReply, transfer.errorText(code), m_settings);
}

} // namespace rapport
