// What the transports produce before anything is sent: the .ics calendar entry, the MIME
// message, the SMS gateways' requests, and the channel settings they are built from.

#include "ChannelFixtures.h"
#include "TestSupport.h"

#include "security/SettingsService.h"
#include "security/StaffService.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestChannelFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- the calendar entry ---

    void calendarEntryParsesBackWithUtcTimes()
    {
        const QByteArray ics = calendarFile(appointmentEvent());
        const QList<QByteArray> lines = ics.split('\n');
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(lines.contains("PRODID:-//Rapport//Rapport//EN\r"));
        QVERIFY(lines.contains("VERSION:2.0\r"));
        QVERIFY(lines.contains("METHOD:PUBLISH\r"));
        QVERIFY(lines.contains("DTSTART:20250331T083000Z\r"));
        QVERIFY(lines.contains("DTEND:20250331T090000Z\r"));
        QVERIFY(lines.contains("STATUS:CONFIRMED\r"));

        ParsedCalendar parsed(ics);
        QVERIFY(parsed.event);
        QCOMPARE(icalcomponent_get_method(parsed.calendar), ICAL_METHOD_PUBLISH);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(parsed.event)), appointmentEvent().uid);
        QCOMPARE(icalcomponent_get_sequence(parsed.event), 2);
        const icaltimetype start = icalcomponent_get_dtstart(parsed.event);
        QVERIFY(icaltime_is_utc(start));
        QCOMPARE(qint64(icaltime_as_timet(start)), Start.toSecsSinceEpoch());
        QCOMPARE(qint64(icaltime_as_timet(icalcomponent_get_dtend(parsed.event))), Start.toSecsSinceEpoch() + 1800);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(parsed.event)), appointmentEvent().summary);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_location(parsed.event)), appointmentEvent().location);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_description(parsed.event)), appointmentEvent().description);
        icalproperty* organizer = icalcomponent_get_first_property(parsed.event, ICAL_ORGANIZER_PROPERTY);
        QVERIFY(organizer);
        QCOMPARE(QString::fromUtf8(icalproperty_get_organizer(organizer)), QStringLiteral("mailto:reception@riverside.test"));
        QVERIFY(icalcomponent_get_first_property(parsed.event, ICAL_DTSTAMP_PROPERTY));
    }

    void calendarLinesAreFoldedWithCrlfAndWholeCharacters()
    {
        const QByteArray ics = calendarFile(appointmentEvent());
        QVERIFY(onlyCrlf(ics));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        bool folded = false;
        for (const QByteArray& line : ics.split('\n')) {
            const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(l.size() <= 75, l.constData());
            QCOMPARE(QString::fromUtf8(l).toUtf8(), l); // no UTF-8 sequence cut in two
            folded = folded || l.startsWith(' ');
        }
        QVERIFY(folded); // the long description needed folding
    }

    void cancelledAppointmentIsMarkedCancelled()
    {
        CalendarEvent e = appointmentEvent();
        e.cancelled = true;
        e.sequence = 3;
        const QByteArray ics = calendarFile(e);
        QVERIFY(ics.split('\n').contains("STATUS:CANCELLED\r"));
        ParsedCalendar parsed(ics);
        QVERIFY(parsed.event);
        QCOMPARE(icalcomponent_get_status(parsed.event), ICAL_STATUS_CANCELLED);
        QCOMPARE(icalcomponent_get_sequence(parsed.event), 3);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(parsed.event)), e.uid); // the same entry, updated
    }

    // --- the MIME message ---

    void mimeMessageIsCrlfWithWellFormedBoundaries()
    {
        const QByteArray mime = mimeMessage(reminder(), Start);
        QVERIFY(onlyCrlf(mime));
        for (const QByteArray& line : mime.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData()); // 78 characters and the CR
        QVERIFY(mime.startsWith("Date: Mon, 31 Mar 2025 08:30:00 +0000\r\n"));
        QVERIFY(mime.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(mime.contains("\r\nMessage-ID: <rem.0190f3a2.r1@rapport.riverside.test>\r\n"));

        // Each declared boundary opens its parts and is closed once, and bodies never
        // contain it.
        const QByteArray headerEnd = mime.left(mime.indexOf("\r\n\r\n"));
        const qsizetype at = mime.indexOf("boundary=\"");
        QVERIFY(at > 0 && at < headerEnd.size() + 60);
        const QByteArray mixed = mime.mid(at + 10, mime.indexOf('"', at + 10) - at - 10);
        QVERIFY(mixed.size() >= 20);
        QCOMPARE(mime.count("\r\n--" + mixed + "\r\n"), 2);
        QCOMPARE(mime.count("\r\n--" + mixed + "--\r\n"), 1);
        QVERIFY(mime.endsWith("\r\n--" + mixed + "--\r\n"));
        const qsizetype altAt = mime.indexOf("boundary=\"", at + 10);
        const QByteArray alternative = mime.mid(altAt + 10, mime.indexOf('"', altAt + 10) - altAt - 10);
        QVERIFY(alternative != mixed);
        QCOMPARE(mime.count("--" + alternative + "\r\n"), 2);
        QCOMPARE(mime.count("--" + alternative + "--\r\n"), 1);

        // Random boundaries: the next message has others.
        const QByteArray again = mimeMessage(reminder(), Start);
        QVERIFY(!again.contains(mixed));
    }

    void nonAsciiHeadersAreEncodedAndCannotInjectHeaders()
    {
        EmailMessage m = reminder();
        m.subject = QString::fromUtf8("Grüße\r\nBcc: everyone@example.test");
        m.fromName = QString::fromUtf8("Praxis \"Zahn\"\nX-Evil: 1");
        m.to = QStringLiteral("Jo Walsh <jo.walsh@example.test>\r\nCc: x@example.test");
        const QByteArray mime = mimeMessage(m, Start);
        const QByteArray headers = mime.left(mime.indexOf("\r\n\r\n"));
        QVERIFY(headers.contains("Subject: =?utf-8?B?"));
        QVERIFY(!headers.contains("\r\nBcc:"));
        QVERIFY(!headers.contains("\r\nX-Evil:"));
        QVERIFY(!headers.contains("\r\nCc:"));
        QVERIFY(headers.contains("\r\nTo: jo.walsh@example.test\r\n"));
        for (const QByteArray& line : headers.split('\n'))
            for (const char c : line)
                QVERIFY2(static_cast<unsigned char>(c) < 0x80, line.constData()); // headers stay ASCII
        QVERIFY(headers.contains("From: \"Praxis \\\"Zahn\\\" X-Evil: 1\" <reception@riverside.test>"));
    }

    void textOnlyMessageHasNoAlternativeOrAttachment()
    {
        EmailMessage m = reminder();
        m.htmlBody.clear();
        m.calendar.clear();
        const QByteArray mime = mimeMessage(m, Start);
        QVERIFY(!mime.contains("multipart/alternative"));
        QVERIFY(!mime.contains("text/calendar"));
        QCOMPARE(mime.count("Content-Type: text/plain; charset=utf-8"), 1);
    }


    // --- SMS gateway presets ---

    void presetsBuildTheirGatewaysRequests()
    {
        QStringList keys;
        for (const SmsPreset& p : smsPresets())
            keys << p.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("twilio"), QStringLiteral("messagebird"), QStringLiteral("vonage"),
                                    QStringLiteral("json"), QStringLiteral("custom")}));
        SmsGatewaySettings s = smsPresets().at(0).settings;
        s.username = QStringLiteral("AC0001");
        auto r = SmsGatewaySender(s).request(reminderSms());
        QCOMPARE(r.url, QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC0001/Messages.json"));
        QVERIFY(r.headers.contains(QStringLiteral("Idempotency-Key: ") + reminderSms().reference));

        s = smsPresets().at(2).settings; // Vonage: form body with the key and secret
        s.username = QStringLiteral("key 1");
        s.password = QStringLiteral("s&cret");
        r = SmsGatewaySender(s).request(reminderSms());
        const auto fields = formFields(QString::fromUtf8(r.body));
        QCOMPARE(fields.value(QStringLiteral("api_key")), QStringLiteral("key 1"));
        QCOMPARE(fields.value(QStringLiteral("api_secret")), QStringLiteral("s&cret"));
        QCOMPARE(fields.value(QStringLiteral("to")), QStringLiteral("447700900123"));
        QCOMPARE(fields.value(QStringLiteral("text")), reminderSms().text);
    }

    // --- settings ---

    void channelSettingsReachEveryoneWhoSends()
    {
        TestClinic t;
        SettingsService admin(*t.clinic);
        const QList<QPair<QString, QString>> values{
            {QStringLiteral("messaging.smtp.host"), QStringLiteral("smtp.example.com")},
            {QStringLiteral("messaging.smtp.port"), QStringLiteral("465")},
            {QStringLiteral("messaging.smtp.security"), QStringLiteral("tls")},
            {QStringLiteral("messaging.smtp.username"), QStringLiteral("reception")},
            {QStringLiteral("messaging.smtp.password"), Password},
            {QStringLiteral("messaging.smtp.from"), QStringLiteral("reception@riverside.test")},
            {QStringLiteral("messaging.smtp.fromName"), QString::fromUtf8("Riverside Dental Zürich")},
            {QStringLiteral("messaging.sms.preset"), QStringLiteral("twilio")},
            {QStringLiteral("messaging.sms.username"), QStringLiteral("AC0001")},
            {QStringLiteral("messaging.sms.password"), QStringLiteral("secret-token")},
            {QStringLiteral("messaging.sms.sender"), QStringLiteral("+441234567890")},
        };
        for (const auto& [key, value] : values)
            QVERIFY2(admin.set(key, value).has_value(), qPrintable(key));
        QVERIFY(StaffService(*t.clinic).add(QStringLiteral("desk"), QStringLiteral("Desk"), Role::Receptionist,
                                            QStringLiteral("reception pw 11")).has_value());
        t.clinic->lock();
        auto desk = t.signIn(QStringLiteral("desk"), QStringLiteral("reception pw 11"));
        QVERIFY(desk.has_value());

        // SettingsService shows secrets to those who may change them only…
        QCOMPARE(SettingsService(**desk).get(QStringLiteral("messaging.smtp.password")).error().code, ErrorCode::PermissionDenied);
        // …but the transports read them for whoever sends.
        const SmtpSettings smtp = smtpSettings(**desk);
        QCOMPARE(smtp.host, QStringLiteral("smtp.example.com"));
        QCOMPARE(smtp.port, 465);
        QCOMPARE(smtp.security, SmtpSettings::ImplicitTls);
        QCOMPARE(smtp.username, QStringLiteral("reception"));
        QCOMPARE(smtp.password, Password);
        QCOMPARE(smtp.fromName, QString::fromUtf8("Riverside Dental Zürich"));
        QVERIFY(smtp.isConfigured());

        // The preset fills in what was not set.
        const SmsGatewaySettings sms = smsGatewaySettings(**desk);
        QCOMPARE(sms.preset, QStringLiteral("twilio"));
        QCOMPARE(sms.url, smsPresets().at(0).settings.url);
        QCOMPARE(sms.body, smsPresets().at(0).settings.body);
        QCOMPARE(sms.password, QStringLiteral("secret-token"));
        QVERIFY(sms.isConfigured());
    }

    void defaultsAndOverrides()
    {
        TestClinic t;
        const SmtpSettings fresh = smtpSettings(*t.clinic);
        QCOMPARE(fresh.port, 587);
        QCOMPARE(fresh.security, SmtpSettings::StartTls);
        QVERIFY(!fresh.isConfigured());
        QVERIFY(!smsGatewaySettings(*t.clinic).isConfigured());
        SettingsService s(*t.clinic);
        QVERIFY(s.set(QStringLiteral("messaging.sms.preset"), QStringLiteral("json")).has_value());
        QVERIFY(s.set(QStringLiteral("messaging.sms.url"), QStringLiteral("https://sms.example.com/send")).has_value());
        QVERIFY(s.set(QStringLiteral("messaging.sms.method"), QStringLiteral("put")).has_value());
        QVERIFY(s.set(QStringLiteral("messaging.sms.headers"), QStringLiteral("X-Api-Key: {token}\n\nX-Client: rapport")).has_value());
        const SmsGatewaySettings sms = smsGatewaySettings(*t.clinic);
        QCOMPARE(sms.url, QStringLiteral("https://sms.example.com/send"));
        QCOMPARE(sms.method, QStringLiteral("PUT"));
        QCOMPARE(sms.headers, (QStringList{QStringLiteral("X-Api-Key: {token}"), QStringLiteral("X-Client: rapport")}));
        QCOMPARE(sms.contentType, QStringLiteral("application/json"));
    }

    void badChannelSettingsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("host with scheme") << QStringLiteral("messaging.smtp.host") << QStringLiteral("smtp://mail.example.com");
        QTest::newRow("port") << QStringLiteral("messaging.smtp.port") << QStringLiteral("0");
        QTest::newRow("security") << QStringLiteral("messaging.smtp.security") << QStringLiteral("ssl");
        QTest::newRow("from") << QStringLiteral("messaging.smtp.from") << QStringLiteral("reception");
        QTest::newRow("password on two lines") << QStringLiteral("messaging.smtp.password") << QStringLiteral("a\nb");
        QTest::newRow("preset") << QStringLiteral("messaging.sms.preset") << QStringLiteral("nexmo");
        QTest::newRow("url") << QStringLiteral("messaging.sms.url") << QStringLiteral("ftp://sms.example.com");
        QTest::newRow("method") << QStringLiteral("messaging.sms.method") << QStringLiteral("DELETE");
        QTest::newRow("header") << QStringLiteral("messaging.sms.headers") << QStringLiteral("no colon here");
        QTest::newRow("content type") << QStringLiteral("messaging.sms.contentType") << QStringLiteral("json");
    }

    void badChannelSettingsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        TestClinic t;
        const auto r = SettingsService(*t.clinic).set(key, value);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!r.error().message.isEmpty());
    }

    void everyPresetIsAValidSetting()
    {
        TestClinic t;
        for (const SmsPreset& p : smsPresets())
            QVERIFY2(SettingsService(*t.clinic).set(QStringLiteral("messaging.sms.preset"), p.key).has_value(), qPrintable(p.key));
    }
};

QTEST_GUILESS_MAIN(TestChannelFormats)
#include "tst_channelformats.moc"
