#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace rapport {

class Clinic;

// What a gateway made of one attempt. Retry: nothing was accepted (server down, 5xx,
// connection cut before the server took the message) and a later attempt is safe. Failed:
// the gateway refused for good (authentication refused, 4xx, bad address); detail has its
// words.
struct SendResult
{
    enum Outcome { Sent, Retry, Failed };
    Outcome outcome = Failed;
    QString detail;    // the server's or gateway's reason, for people; never the message body
    QString gatewayId; // the id the gateway gave the message, when it gave one
};

// A calendar entry for the appointment, attached to e-mail reminders as an .ics file.
struct CalendarEvent
{
    QString uid;          // stable per appointment: a moved appointment updates the entry
    int sequence = 0;     // bumped when the appointment changes
    QDateTime start;      // UTC
    QDateTime end;        // UTC
    QString summary;      // "Dental check-up at Riverside Dental"
    QString location;     // the clinic's address on one line
    QString description;
    QString organizerName;
    QString organizerEmail;
    bool cancelled = false;
};

// RFC 5545 text (METHOD:PUBLISH, one VEVENT, times in UTC), built with libical.
[[nodiscard]] QByteArray calendarFile(const CalendarEvent& event);

struct EmailMessage
{
    QString fromAddress;
    QString fromName;
    QString to;
    QString subject;
    QString textBody;
    QString htmlBody;          // may be empty: then text only
    QByteArray calendar;       // may be empty: then no attachment
    QString calendarFileName;  // "appointment.ics"
    QString messageId;         // "<key@host>", derived from the outbox idempotency key
};

// multipart/mixed { multipart/alternative { text/plain, text/html }, text/calendar } with
// RFC 2047 headers, quoted-printable or base64 bodies and CRLF line ends.
[[nodiscard]] QByteArray mimeMessage(const EmailMessage& message, const QDateTime& date);

struct SmtpSettings
{
    enum Security { StartTls, ImplicitTls, None };
    QString host;
    int port = 587;
    Security security = StartTls;
    QString username;   // empty: no authentication
    QString password;
    QString fromAddress;
    QString fromName;
    int timeoutSeconds = 30;
    // For tests against a local server with a self-signed certificate only.
    bool verifyPeer = true;

    [[nodiscard]] bool isConfigured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
};

struct SmsMessage
{
    QString to;        // E.164
    QString text;
    QString reference; // the outbox idempotency key: gateways that accept one de-duplicate on it
};

// An HTTP SMS gateway. url, headers and body are templates with {to}, {text}, {sender},
// {reference}, {username}, {password}, {token}, {toDigits} (the number without its "+")
// and {basicAuth} (base64 of username:password, for "Authorization: Basic {basicAuth}");
// values are URL-encoded in URLs and in form bodies, JSON-escaped in JSON bodies. Every
// request also carries "Idempotency-Key: {reference}".
struct SmsGatewaySettings
{
    QString preset;        // key of the preset it started from, "custom" otherwise
    QString url;
    QString method = QStringLiteral("POST");
    QStringList headers;   // "Name: value"
    QString body;
    QString contentType = QStringLiteral("application/x-www-form-urlencoded");
    QString sender;
    QString username;
    QString password;
    QString token;
    int timeoutSeconds = 30;

    [[nodiscard]] bool isConfigured() const { return !url.isEmpty(); }
};

struct SmsPreset
{
    QString key;   // "twilio", "messagebird", "vonage", "json", "custom"
    QString name;  // for people
    SmsGatewaySettings settings;
};
[[nodiscard]] const QList<SmsPreset>& smsPresets();

// One transport. send() blocks (call it off the UI thread) and may be cancelled from
// another thread through the flag.
class SmtpSender
{
public:
    explicit SmtpSender(SmtpSettings settings);
    [[nodiscard]] SendResult send(const EmailMessage& message, const std::atomic_bool* cancel = nullptr);

private:
    SmtpSettings m_settings;
};

class SmsGatewaySender
{
public:
    explicit SmsGatewaySender(SmsGatewaySettings settings);
    [[nodiscard]] SendResult send(const SmsMessage& message, const std::atomic_bool* cancel = nullptr);
    // The request that would be made, for the settings' preview and for tests.
    struct Request
    {
        QString method;
        QString url;
        QStringList headers;
        QByteArray body;
    };
    [[nodiscard]] Request request(const SmsMessage& message) const;

private:
    SmsGatewaySettings m_settings;
};

// The channel settings kept in the clinic's encrypted settings (keys messaging.smtp.* and
// messaging.sms.*; passwords and tokens are secret settings).
[[nodiscard]] SmtpSettings smtpSettings(Clinic& clinic);
[[nodiscard]] SmsGatewaySettings smsGatewaySettings(Clinic& clinic);

} // namespace rapport
