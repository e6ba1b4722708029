// The message transports against real servers on local ports: e-mail through aiosmtpd
// (STARTTLS, AUTH, SMTPS) with the received message parsed by Python's own e-mail
// package, and SMS through an HTTP gateway that records what it was sent.

#include "ChannelFixtures.h"
#include "ChannelServers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <thread>

using namespace rapport;
using namespace rapport::test;

class TestChannels : public QObject
{
    Q_OBJECT

    ChannelServers m_servers;

    SmtpSettings smtp(const char* server, SmtpSettings::Security security = SmtpSettings::StartTls)
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_servers.port(server);
        s.security = security;
        s.username = QStringLiteral("rapport");
        s.password = Password;
        s.fromAddress = QStringLiteral("reception@riverside.test");
        s.verifyPeer = false;
        s.timeoutSeconds = 5;
        return s;
    }

    SmsGatewaySettings gateway(const QString& path, const QString& preset = QStringLiteral("twilio"))
    {
        SmsGatewaySettings s;
        for (const SmsPreset& p : smsPresets())
            if (p.key == preset)
                s = p.settings;
        s.url = QStringLiteral("http://127.0.0.1:%1%2").arg(m_servers.port("http")).arg(path);
        s.sender = QStringLiteral("+441234567890");
        s.username = QStringLiteral("AC0001");
        s.password = QStringLiteral("secret-token");
        s.token = QStringLiteral("live_abc");
        s.timeoutSeconds = 5;
        return s;
    }

    static SmsMessage sms() { return reminderSms(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_servers.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_servers.stop(); }

    // --- e-mail over SMTP ---

    void reminderArrivesOverStartTlsWithAuthentication()
    {
        const int before = m_servers.mailCount();
        SmtpSettings s = smtp("starttls");
        s.fromName = QStringLiteral("Not used: the message names its sender");
        const EmailMessage m = reminder();
        const SendResult r = SmtpSender(s).send(m);
        QVERIFY2(r.outcome == SendResult::Sent, qPrintable(r.detail));
        QCOMPARE(m_servers.mailCount(), before + 1);
        QCOMPARE(r.gatewayId, QStringLiteral("RAP%1").arg(before + 1));

        const QJsonObject got = m_servers.mailSummary(before + 1);
        QCOMPARE(got.value(QStringLiteral("authenticated")).toBool(), true);
        QCOMPARE(got.value(QStringLiteral("mailFrom")).toString(), m.fromAddress);
        QCOMPARE(got.value(QStringLiteral("rcptTos")).toArray(), QJsonArray{m.to});
        QCOMPARE(got.value(QStringLiteral("fromName")).toString(), m.fromName);
        QCOMPARE(got.value(QStringLiteral("fromAddress")).toString(), m.fromAddress);
        QCOMPARE(got.value(QStringLiteral("to")).toString(), m.to);
        QCOMPARE(got.value(QStringLiteral("subject")).toString(), m.subject);
        QCOMPARE(got.value(QStringLiteral("messageId")).toString(), m.messageId);
        QVERIFY(got.value(QStringLiteral("date")).toString().endsWith(QStringLiteral("+0000")));
        QCOMPARE(got.value(QStringLiteral("defects")).toArray(), QJsonArray());

        const QJsonArray parts = got.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 5);
        auto part = [&](int i, const char* key) { return parts.at(i).toObject().value(QLatin1String(key)).toString(); };
        QCOMPARE(part(0, "type"), QStringLiteral("multipart/mixed"));
        QCOMPARE(part(1, "type"), QStringLiteral("multipart/alternative"));
        QCOMPARE(part(2, "type"), QStringLiteral("text/plain"));
        QCOMPARE(part(2, "charset"), QStringLiteral("utf-8"));
        QCOMPARE(part(2, "encoding"), QStringLiteral("quoted-printable"));
        QCOMPARE(part(2, "content").replace(QStringLiteral("\r\n"), QStringLiteral("\n")), m.textBody);
        QCOMPARE(part(3, "type"), QStringLiteral("text/html"));
        QCOMPARE(part(3, "content"), m.htmlBody);
        QCOMPARE(part(4, "type"), QStringLiteral("text/calendar"));
        QCOMPARE(part(4, "method"), QStringLiteral("PUBLISH"));
        QCOMPARE(part(4, "disposition"), QStringLiteral("attachment"));
        QCOMPARE(part(4, "filename"), QStringLiteral("appointment.ics"));
        QCOMPARE(part(4, "encoding"), QStringLiteral("base64"));

        const QByteArray ics = part(4, "content").toUtf8();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.contains("\r\nDTSTART:20250331T083000Z\r\n"));
        ParsedCalendar parsed(ics);
        QVERIFY(parsed.event);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(parsed.event)), appointmentEvent().uid);

        QVERIFY(onlyCrlf(m_servers.rawMail(before + 1))); // as it crossed the wire
    }

    void implicitTlsDelivers()
    {
        const int before = m_servers.mailCount();
        const SendResult r = SmtpSender(smtp("tls", SmtpSettings::ImplicitTls)).send(reminder());
        QVERIFY2(r.outcome == SendResult::Sent, qPrintable(r.detail));
        QCOMPARE(m_servers.mailCount(), before + 1);
        QCOMPARE(m_servers.mailSummary(before + 1).value(QStringLiteral("server")).toString(), QStringLiteral("tls"));
    }

    void serverDownIsRetried()
    {
        const SendResult r = SmtpSender(smtp("down")).send(reminder());
        QCOMPARE(r.outcome, SendResult::Retry);
        QVERIFY2(r.detail.contains(QStringLiteral("Could not connect to the mail server")), qPrintable(r.detail));
    }

    void refusedPasswordFailsWithTheServersWords()
    {
        const int before = m_servers.mailCount();
        SmtpSettings s = smtp("starttls");
        s.password = QStringLiteral("wrong");
        const SendResult r = SmtpSender(s).send(reminder());
        QCOMPARE(r.outcome, SendResult::Failed);
        QVERIFY2(r.detail.startsWith(QStringLiteral("Authentication refused")), qPrintable(r.detail));
        QVERIFY2(r.detail.contains(QStringLiteral("535")), qPrintable(r.detail));
        QVERIFY(!r.detail.contains(QStringLiteral("wrong")));
        QCOMPARE(m_servers.mailCount(), before);
    }

    void untrustedCertificateFails()
    {
        SmtpSettings s = smtp("starttls");
        s.verifyPeer = true;
        const SendResult r = SmtpSender(s).send(reminder());
        QCOMPARE(r.outcome, SendResult::Failed);
        QVERIFY2(r.detail.contains(QStringLiteral("certificate")), qPrintable(r.detail));
    }

    void connectionCutMidSendIsRetriedAndNothingArrives()
    {
        const int before = m_servers.mailCount();
        SmtpSettings s = smtp("cut", SmtpSettings::None);
        s.username.clear();
        const SendResult r = SmtpSender(s).send(reminder());
        QCOMPARE(r.outcome, SendResult::Retry);
        QVERIFY2(r.detail.contains(QStringLiteral("broke off")), qPrintable(r.detail));
        QVERIFY(m_servers.readFile(QStringLiteral("cut.log")).contains("data started")); // cut during DATA
        QCOMPARE(m_servers.mailCount(), before);
    }

    void refusedRecipientFails()
    {
        const int before = m_servers.mailCount();
        const SendResult r = SmtpSender(smtp("starttls")).send(reminder(QStringLiteral("refuse@example.test")));
        QCOMPARE(r.outcome, SendResult::Failed);
        QVERIFY2(r.detail.contains(QStringLiteral("recipient")), qPrintable(r.detail));
        QVERIFY2(r.detail.contains(QStringLiteral("550")), qPrintable(r.detail));
        QCOMPARE(m_servers.mailCount(), before);
    }

    void silentServerTimesOutAndCancelStopsAWait()
    {
        SmtpSettings s = smtp("stall", SmtpSettings::None);
        s.timeoutSeconds = 1;
        const SendResult timedOut = SmtpSender(s).send(reminder());
        QCOMPARE(timedOut.outcome, SendResult::Retry);
        QVERIFY2(timedOut.detail.contains(QStringLiteral("did not answer in time")), qPrintable(timedOut.detail));

        s.timeoutSeconds = 30;
        std::atomic_bool cancel = false;
        QElapsedTimer clock;
        clock.start();
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel = true;
        });
        const SendResult cancelled = SmtpSender(s).send(reminder(), &cancel);
        canceller.join();
        QCOMPARE(cancelled.outcome, SendResult::Retry);
        QVERIFY2(cancelled.detail.contains(QStringLiteral("cancelled")), qPrintable(cancelled.detail));
        QVERIFY(clock.elapsed() < 5000);
    }

    void emailNeedsASetUpChannelAndAnAddress()
    {
        SmtpSettings s = smtp("starttls");
        s.host.clear();
        QCOMPARE(SmtpSender(s).send(reminder()).outcome, SendResult::Failed);
        QCOMPARE(SmtpSender(smtp("starttls")).send(reminder(QStringLiteral("not an address"))).outcome, SendResult::Failed);
    }

    // --- SMS through an HTTP gateway ---

    void formGatewayReceivesTheRequest()
    {
        const qsizetype before = m_servers.httpRequests().size();
        const SendResult r = SmsGatewaySender(gateway(QStringLiteral("/ok/{username}/Messages.json"))).send(sms());
        QVERIFY2(r.outcome == SendResult::Sent, qPrintable(r.detail));
        QCOMPARE(r.gatewayId, QStringLiteral("SM0123456789"));
        const QList<QJsonObject> requests = m_servers.httpRequests();
        QCOMPARE(requests.size(), before + 1);
        const QJsonObject got = requests.last();
        const QJsonObject headers = got.value(QStringLiteral("headers")).toObject();
        QCOMPARE(got.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(got.value(QStringLiteral("path")).toString(), QStringLiteral("/ok/AC0001/Messages.json"));
        QCOMPARE(headers.value(QStringLiteral("idempotency-key")).toString(), sms().reference);
        QCOMPARE(headers.value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("AC0001:secret-token").toBase64()));
        QCOMPARE(headers.value(QStringLiteral("content-type")).toString(), QStringLiteral("application/x-www-form-urlencoded"));
        const auto fields = formFields(got.value(QStringLiteral("body")).toString());
        QCOMPARE(fields.value(QStringLiteral("To")), sms().to);
        QCOMPARE(fields.value(QStringLiteral("From")), QStringLiteral("+441234567890"));
        QCOMPARE(fields.value(QStringLiteral("Body")), sms().text);
    }

    void jsonGatewayKeepsUmlautsAndEmoji()
    {
        const SendResult r = SmsGatewaySender(gateway(QStringLiteral("/created"), QStringLiteral("messagebird"))).send(sms());
        QVERIFY2(r.outcome == SendResult::Sent, qPrintable(r.detail));
        QCOMPARE(r.gatewayId, QStringLiteral("mb-42"));
        const QJsonObject got = m_servers.httpRequests().last();
        const QJsonObject headers = got.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("authorization")).toString(), QStringLiteral("AccessKey live_abc"));
        QCOMPARE(headers.value(QStringLiteral("content-type")).toString(), QStringLiteral("application/json"));
        QCOMPARE(headers.value(QStringLiteral("idempotency-key")).toString(), sms().reference);
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(got.value(QStringLiteral("body")).toString().toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(body.value(QStringLiteral("body")).toString(), sms().text);
        QCOMPARE(body.value(QStringLiteral("recipients")).toArray(), QJsonArray{QStringLiteral("447700900123")});
        QCOMPARE(body.value(QStringLiteral("reference")).toString(), sms().reference);
    }

    void getAndPutCarryTheValues()
    {
        SmsGatewaySettings s = gateway(QStringLiteral("/ok?to={to}&text={text}&key={token}"), QStringLiteral("custom"));
        s.method = QStringLiteral("GET");
        QCOMPARE(SmsGatewaySender(s).send(sms()).outcome, SendResult::Sent);
        QJsonObject got = m_servers.httpRequests().last();
        QCOMPARE(got.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        const QUrl url(QStringLiteral("http://x") + got.value(QStringLiteral("path")).toString());
        const auto query = formFields(url.query(QUrl::FullyEncoded));
        QCOMPARE(query.value(QStringLiteral("to")), sms().to);
        QCOMPARE(query.value(QStringLiteral("text")), sms().text);
        QCOMPARE(query.value(QStringLiteral("key")), QStringLiteral("live_abc"));
        QCOMPARE(got.value(QStringLiteral("body")).toString(), QString());

        s.method = QStringLiteral("PUT");
        s.body = QStringLiteral("to={to}");
        QCOMPARE(SmsGatewaySender(s).send(sms()).outcome, SendResult::Sent);
        got = m_servers.httpRequests().last();
        QCOMPARE(got.value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
        QCOMPARE(got.value(QStringLiteral("body")).toString(), QStringLiteral("to=%2B447700900123"));
    }

    void gatewayAnswersAreClassified_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("detail");
        QTest::newRow("400") << QStringLiteral("/bad") << int(SendResult::Failed)
                             << QStringLiteral("The SMS gateway answered 400: The 'To' number is not a valid phone number.");
        QTest::newRow("429") << QStringLiteral("/busy") << int(SendResult::Retry)
                             << QStringLiteral("The SMS gateway answered 429: Too many requests, slow down");
        QTest::newRow("503") << QStringLiteral("/down") << int(SendResult::Retry)
                             << QStringLiteral("The SMS gateway answered 503: Service unavailable: maintenance");
        QTest::newRow("refused inside a 200") << QStringLiteral("/refused") << int(SendResult::Failed)
                                              << QStringLiteral("The SMS gateway refused the message: Bad Credentials");
        QTest::newRow("no answer") << QStringLiteral("/cut") << int(SendResult::Retry)
                                   << QStringLiteral("The connection to the SMS gateway broke off before it answered.");
    }

    void gatewayAnswersAreClassified()
    {
        QFETCH(QString, path);
        QFETCH(int, outcome);
        QFETCH(QString, detail);
        const qsizetype before = m_servers.httpRequests().size();
        const SendResult r = SmsGatewaySender(gateway(path)).send(sms());
        QCOMPARE(int(r.outcome), outcome);
        QVERIFY2(r.detail.startsWith(detail), qPrintable(r.detail));
        QVERIFY(r.detail.size() < 300);
        QVERIFY(!r.detail.contains(QStringLiteral("Zürich"))); // never the message
        QCOMPARE(m_servers.httpRequests().size(), before + 1); // sent once, not repeated by curl
    }

    void gatewayDownIsRetried()
    {
        SmsGatewaySettings s = gateway(QStringLiteral("/ok"));
        s.url = QStringLiteral("http://127.0.0.1:%1/ok").arg(m_servers.port("down"));
        const SendResult r = SmsGatewaySender(s).send(sms());
        QCOMPARE(r.outcome, SendResult::Retry);
        QVERIFY2(r.detail.contains(QStringLiteral("Could not connect")), qPrintable(r.detail));
    }

    void numbersMustBeE164()
    {
        const qsizetype before = m_servers.httpRequests().size();
        SmsMessage m = sms();
        m.to = QStringLiteral("07700 900123");
        const SendResult r = SmsGatewaySender(gateway(QStringLiteral("/ok"))).send(m);
        QCOMPARE(r.outcome, SendResult::Failed);
        QVERIFY2(r.detail.contains(QStringLiteral("not an E.164 number")), qPrintable(r.detail));
        QCOMPARE(m_servers.httpRequests().size(), before);
    }
};

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
