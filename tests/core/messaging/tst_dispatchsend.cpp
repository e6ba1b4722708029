// Dispatcher::runOnce end to end: a booked appointment's reminder goes through the real
// transports to real servers on local ports (aiosmtpd without TLS, since the dispatcher
// reads its settings from the clinic and cannot be told to trust a self-signed
// certificate, and the HTTP SMS gateway of channel_servers.py), and what arrives is
// checked with Python's own e-mail parser.

#include "ChannelServers.h"
#include "MessagingFixtures.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {
// aiosmtpd with no TLS and no authentication, writing into the same folder as ChannelServers.
class PlainSmtp
{
public:
    ~PlainSmtp()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    QString start(const QString& folder)
    {
        m_process.start(QStringLiteral(RAPPORT_TEST_PYTHON),
                        {QStringLiteral(PLAIN_SMTP_SCRIPT), QStringLiteral(CHANNEL_SERVERS_SCRIPT), folder});
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("could not start the plain SMTP server");
        QByteArray line;
        while (!line.endsWith('\n')) {
            if (!m_process.waitForReadyRead(8000))
                return QString::fromUtf8(m_process.readAllStandardError());
            line += m_process.readAllStandardOutput();
        }
        if (!line.startsWith("READY "))
            return QString::fromUtf8(line);
        m_port = QJsonDocument::fromJson(line.mid(6)).object().value(QStringLiteral("smtp")).toInt();
        return {};
    }

    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

const QJsonObject* partOf(const QList<QJsonObject>& parts, const QString& type)
{
    for (const QJsonObject& p : parts)
        if (p.value(QStringLiteral("type")).toString() == type)
            return &p;
    return nullptr;
}
} // namespace

class TestDispatchSend : public QObject
{
    Q_OBJECT

    ChannelServers m_servers;
    PlainSmtp m_smtp;

    // Anna's check-up on Monday 16 November 2026 at 10:00 with a 48-hour e-mail reminder,
    // and the clock at the reminder's time.
    struct SendClinic : MessagingClinic
    {
        Appointment visit;
        explicit SendClinic(int smtpPort)
        {
            set("messaging.smtp.host", "127.0.0.1");
            set("messaging.smtp.port", QString::number(smtpPort));
            set("messaging.smtp.security", "none");
            set("messaging.smtp.from", "reception@riverside.test");
            set("messaging.smtp.fromName", "Riverside Dental");
            rule(QStringLiteral("Two days"), 48 * 60, {ContactChannel::Sms, ContactChannel::Email});
            consent(anna, ContactChannel::Email);
            visit = bookAt(anna, QDate(2026, 11, 16), QTime(10, 0));
            t.clock.set(visit.start.addSecs(-48 * 3600));
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QString problem = m_servers.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = m_smtp.start(QFileInfo(m_servers.path(QStringLiteral("x"))).absolutePath());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void reminderArrivesByEmail()
    {
        SendClinic c(m_smtp.port());
        const int before = m_servers.mailCount();
        QList<std::pair<int, int>> progress;
        auto report = Dispatcher(c.clinic()).runOnce([&](int done, int total) { progress.append({done, total}); });
        QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().text()));
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char(' '))));
        QCOMPARE(report->sent, 1);
        QCOMPARE(progress.last(), (std::pair<int, int>(1, 1)));
        QCOMPARE(m_servers.mailCount(), before + 1);

        const OutboxMessage row = c.rowsFor(c.visit.id).first();
        QCOMPARE(row.status, OutboxStatus::Sent);
        QCOMPARE(row.gatewayId, QStringLiteral("RAP%1").arg(before + 1));
        QCOMPARE(row.recipient, QStringLiteral("anna@example.com"));

        const QJsonObject got = m_servers.mailSummary(before + 1);
        QCOMPARE(got.value(QStringLiteral("defects")).toArray(), QJsonArray());
        QCOMPARE(got.value(QStringLiteral("fromAddress")).toString(), QStringLiteral("reception@riverside.test"));
        QCOMPARE(got.value(QStringLiteral("fromName")).toString(), QStringLiteral("Riverside Dental"));
        QCOMPARE(got.value(QStringLiteral("rcptTos")).toArray(), QJsonArray{QStringLiteral("anna@example.com")});
        QCOMPARE(got.value(QStringLiteral("subject")).toString(), QStringLiteral("Your appointment on Monday 16 November 2026 at 10:00"));
        QVERIFY(got.value(QStringLiteral("messageId")).toString().endsWith(QStringLiteral("@rapport.local>")));
        QCOMPARE(got.value(QStringLiteral("contentType")).toString(), QStringLiteral("multipart/mixed"));
        QList<QJsonObject> parts;
        for (const QJsonValue& v : got.value(QStringLiteral("parts")).toArray())
            parts << v.toObject();
        QVERIFY(partOf(parts, QStringLiteral("multipart/alternative")));
        const QJsonObject* text = partOf(parts, QStringLiteral("text/plain"));
        const QJsonObject* html = partOf(parts, QStringLiteral("text/html"));
        const QJsonObject* ics = partOf(parts, QStringLiteral("text/calendar"));
        QVERIFY(text && html && ics);
        const QString body = text->value(QStringLiteral("content")).toString();
        QVERIFY2(body.contains(QStringLiteral("Hello Anna,")), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("Check-up with Dr Smith on Monday 16 November 2026 at 10:00")));
        QVERIFY(body.contains(QStringLiteral("call 020 7946 0000")));
        QVERIFY(html->value(QStringLiteral("content")).toString().contains(QStringLiteral("Dr Smith")));
        QCOMPARE(ics->value(QStringLiteral("filename")).toString(), QStringLiteral("appointment.ics"));
        const QString calendar = ics->value(QStringLiteral("content")).toString();
        QVERIFY2(calendar.contains(QStringLiteral("UID:%1@rapport").arg(c.visit.id)), qPrintable(calendar));
        QVERIFY(calendar.contains(QStringLiteral("DTSTART:20261116T100000Z")));
        QVERIFY(calendar.contains(QStringLiteral("DTEND:20261116T103000Z")));

        // A second run sends nothing again.
        report = Dispatcher(c.clinic()).runOnce();
        QCOMPARE(report->sent, 0);
        QCOMPARE(m_servers.mailCount(), before + 1);
    }

    void reminderArrivesBySms()
    {
        SendClinic c(m_smtp.port());
        c.consent(c.anna, ContactChannel::Sms);
        c.set("messaging.sms.preset", "json");
        c.set("messaging.sms.url", QStringLiteral("http://127.0.0.1:%1/ok").arg(m_servers.port("http")));
        c.set("messaging.sms.token", "live_abc");
        const qsizetype before = m_servers.httpRequests().size();
        auto report = Dispatcher(c.clinic()).runOnce();
        QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().text()));
        QCOMPARE(report->sent, 1);
        const QList<QJsonObject> requests = m_servers.httpRequests();
        QCOMPARE(requests.size(), before + 1);
        const OutboxMessage row = c.rowsFor(c.visit.id).first();
        QCOMPARE(row.channel, ContactChannel::Sms);
        QCOMPARE(row.status, OutboxStatus::Sent);
        const QJsonObject headers = requests.last().value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("idempotency-key")).toString(), row.idempotencyKey);
        const QJsonObject sms = QJsonDocument::fromJson(requests.last().value(QStringLiteral("body")).toString().toUtf8()).object();
        QCOMPARE(sms.value(QStringLiteral("to")).toString(), QStringLiteral("+447400900001"));
        QCOMPARE(sms.value(QStringLiteral("reference")).toString(), row.idempotencyKey);
        QVERIFY(sms.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Hi Anna, a reminder of your Check-up")));
    }

    // The server is down: the reminder waits a minute and goes out once it is back, once.
    void serverDownThenBack()
    {
        SendClinic c(m_servers.port("down"));
        const int before = m_servers.mailCount();
        auto report = Dispatcher(c.clinic()).runOnce();
        QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().text()));
        QCOMPARE(report->sent, 0);
        QCOMPARE(report->retrying, 1);
        OutboxMessage row = c.rowsFor(c.visit.id).first();
        QCOMPARE(row.status, OutboxStatus::Pending);
        QCOMPARE(row.nextAttemptAt, c.t.clock.now().addSecs(60));
        QVERIFY(!row.statusDetail.isEmpty());

        c.set("messaging.smtp.port", QString::number(m_smtp.port()));
        report = Dispatcher(c.clinic()).runOnce();
        QCOMPARE(report->sent, 0); // not before its minute is up
        c.t.clock.advanceSecs(60);
        report = Dispatcher(c.clinic()).runOnce();
        QCOMPARE(report->sent, 1);
        row = c.rowsFor(c.visit.id).first();
        QCOMPARE(row.status, OutboxStatus::Sent);
        QCOMPARE(row.attempts, 2);
        QCOMPARE(m_servers.mailCount(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestDispatchSend)
#include "tst_dispatchsend.moc"
