#include "MessagingFixtures.h"

#include "messaging/DispatchChecks.h"
#include "messaging/MessageRenderer.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {
qint64 audits(MessagingClinic& c, const QString& action)
{
    return c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action));
}
} // namespace

class TestMessagingSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesAreValidated()
    {
        MessagingClinic c;
        MessagingSetup setup(c.clinic());
        ReminderRule r;
        r.name = QStringLiteral("Tomorrow");
        r.minutesBefore = 24 * 60;
        QCOMPARE(setup.saveRule(r).error().code, ErrorCode::InvalidInput); // no channel
        r.channels = {ContactChannel::Sms, ContactChannel::Sms, ContactChannel::Email};
        r.minutesBefore = 10;
        QCOMPARE(setup.saveRule(r).error().code, ErrorCode::InvalidInput);
        r.minutesBefore = 61 * 24 * 60;
        QCOMPARE(setup.saveRule(r).error().code, ErrorCode::InvalidInput);
        r.minutesBefore = 24 * 60;
        r.typeIds = {QStringLiteral("no-such-type")};
        QCOMPARE(setup.saveRule(r).error().code, ErrorCode::InvalidInput);
        r.typeIds = {c.checkUp.id};
        auto saved = setup.saveRule(r);
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().text()));
        QCOMPARE(saved->channels, (QList<ContactChannel>{ContactChannel::Sms, ContactChannel::Email}));
        saved->active = false;
        QVERIFY(setup.saveRule(*saved).has_value());
        QCOMPARE(setup.rules()->size(), 0);
        QCOMPARE(setup.rules(true)->size(), 1);
        QCOMPARE(setup.rules(true)->first().typeIds, QStringList{c.checkUp.id});
        QCOMPARE(audits(c, QStringLiteral("messaging.rule.save")), qint64(2));
    }

    void defaultRules()
    {
        MessagingClinic c;
        MessagingSetup setup(c.clinic());
        QVERIFY(setup.createDefaultRules().has_value());
        QVERIFY(setup.createDefaultRules().has_value()); // a clinic that has rules keeps them
        const QList<ReminderRule> rules = *setup.rules();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(0).minutesBefore, 7 * 24 * 60);
        QCOMPARE(rules.at(0).channels, QList<ContactChannel>{ContactChannel::Email});
        QCOMPARE(rules.at(1).minutesBefore, 48 * 60);
        QCOMPARE(rules.at(1).channels, (QList<ContactChannel>{ContactChannel::Sms, ContactChannel::Email}));
    }

    void builtInTemplatesUseOnlyKnownPlaceholders()
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            for (MessageKind kind : {MessageKind::Reminder, MessageKind::Recall}) {
                for (ContactChannel channel : {ContactChannel::Email, ContactChannel::Sms, ContactChannel::Letter,
                                               ContactChannel::Phone}) {
                    const MessageTemplate t = MessagingSetup::builtInTemplate(kind, channel, language);
                    QVERIFY(t.builtIn);
                    QCOMPARE(t.language, language);
                    QVERIFY(!t.body.isEmpty());
                    QCOMPARE(MessageRenderer::unknownIn(t.subject + t.body + t.html), QStringList());
                    if (channel == ContactChannel::Email) {
                        QVERIFY(!t.subject.isEmpty());
                        QVERIFY(t.html.contains(QStringLiteral("<html>")));
                        QVERIFY(!t.html.contains(QStringLiteral("<img")));
                    }
                }
            }
        }
        QVERIFY(MessagingSetup::builtInTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("de"))
                    .body.startsWith(QStringLiteral("Hallo")));
        // A language Rapport has no texts in gets English.
        QCOMPARE(MessagingSetup::builtInTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("fr")).language,
                 QStringLiteral("en"));
        QVERIFY(MessagingSetup::placeholders().contains(QStringLiteral("{confirmHow}")));
    }

    void previewOnARealAppointment()
    {
        MessagingClinic c;
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 16), QTime(10, 0));
        MessagingSetup setup(c.clinic());
        const MessageTemplate sms = *setup.messageTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("en"));
        auto r = setup.preview(sms, a.id);
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().text()));
        QCOMPARE(r->text, QStringLiteral("Hi Anna, a reminder of your Check-up with Dr Smith on Monday 16 November 2026 at "
                                         "10:00. Reply YES to confirm, or call 020 7946 0000 to change it. Test Clinic"));
        QCOMPARE(r->unknownPlaceholders, QStringList());
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.open' AND entity_id = '%1'"
                                        " AND detail = 'message-preview'")
                             .arg(c.anna)),
                 qint64(1));

        const MessageTemplate email = *setup.messageTemplate(MessageKind::Reminder, ContactChannel::Email, QStringLiteral("en"));
        r = setup.preview(email, a.id);
        QCOMPARE(r->subject, QStringLiteral("Your appointment on Monday 16 November 2026 at 10:00"));
        QVERIFY(r->text.contains(QStringLiteral("1 High Street, London, N1 1AA")));
        QVERIFY(r->html.contains(QStringLiteral("Monday 16 November 2026 at 10:00")));
        QVERIFY(!r->html.contains(QLatin1Char('{')));

        // In German, with German dates.
        const MessageTemplate de = *setup.messageTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("de"));
        r = setup.preview(de, a.id);
        QVERIFY2(r->text.contains(QStringLiteral("am Montag, 16. November 2026 um 10:00 Uhr")), qPrintable(r->text));
    }

    void datesAndTimesAreTheClinicsLocalTime()
    {
        MessagingClinic c;
        // 10:00 in London in summer is 09:00 UTC.
        const Appointment a = c.bookAt(c.anna, QDate(2027, 6, 14), QTime(10, 0));
        QCOMPARE(a.start.time(), QTime(9, 0));
        MessageTemplate t = MessagingSetup::builtInTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("en"));
        t.body = QStringLiteral("{weekday} {date} {time}");
        QCOMPARE(MessagingSetup(c.clinic()).preview(t, a.id)->text, QStringLiteral("Monday 14 June 2027 10:00"));
    }

    void valuesAreEscapedInHtmlAndUnknownPlaceholdersStayVisible()
    {
        MessagingClinic c;
        c.set("clinic.name", "Smith & Sons <Dental>");
        const Appointment a = c.bookAt(c.anna, QDate(2026, 11, 16), QTime(10, 0));
        MessageTemplate t = MessagingSetup::builtInTemplate(MessageKind::Reminder, ContactChannel::Email, QStringLiteral("en"));
        t.body = QStringLiteral("Hello {nmae}, see you at {clinicName}.");
        t.html = QStringLiteral("<p>{clinicName} {nmae}</p>");
        auto r = MessagingSetup(c.clinic()).preview(t, a.id);
        QCOMPARE(r->text, QStringLiteral("Hello {nmae}, see you at Smith & Sons <Dental>."));
        QCOMPARE(r->html, QStringLiteral("<p>Smith &amp; Sons &lt;Dental&gt; {nmae}</p>"));
        QCOMPARE(r->unknownPlaceholders, QStringList{QStringLiteral("nmae")});
        // Saving a template with a typo is refused, with the placeholders it could be.
        auto saved = MessagingSetup(c.clinic()).saveTemplate(t);
        QVERIFY(!saved.has_value());
        QVERIFY(saved.error().message.contains(QStringLiteral("{nmae}")));
    }

    void storedTemplateAndReset()
    {
        MessagingClinic c;
        MessagingSetup setup(c.clinic());
        MessageTemplate t = MessagingSetup::builtInTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("en"));
        t.body = QStringLiteral("See you {weekday} at {time}, {name}! {clinicName}");
        QVERIFY(setup.saveTemplate(t).has_value());
        MessageTemplate stored = *setup.messageTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("en"));
        QVERIFY(!stored.builtIn);
        QCOMPARE(stored.body, t.body);
        // Other languages keep the built-in text.
        QVERIFY(setup.messageTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("de"))->builtIn);
        QVERIFY(setup.resetTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("en")).has_value());
        stored = *setup.messageTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("en"));
        QVERIFY(stored.builtIn);
        QVERIFY(stored.body.startsWith(QStringLiteral("Hi {name}")));
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM message_templates")), qint64(1)); // kept, switched off
        QCOMPARE(audits(c, QStringLiteral("messaging.template.save")), qint64(1));
        QCOMPARE(audits(c, QStringLiteral("messaging.template.reset")), qint64(1));
        t.body = QString(700, QLatin1Char('x'));
        QVERIFY(!setup.saveTemplate(t).has_value()); // too long for an SMS
    }

    void messagingSettingsAreValidated()
    {
        MessagingClinic c;
        SettingsService s(c.clinic());
        QVERIFY(!s.set(QStringLiteral("messaging.quietHours"), QStringLiteral("25:00-08:00")).has_value());
        QVERIFY(!s.set(QStringLiteral("messaging.quietHours"), QStringLiteral("9pm-8am")).has_value());
        QVERIFY(s.set(QStringLiteral("messaging.quietHours"), QStringLiteral("22:30-07:00")).has_value());
        QVERIFY(s.set(QStringLiteral("messaging.quietHours"), QString()).has_value());
        QVERIFY(!s.set(QStringLiteral("messaging.sendingWindow"), QStringLiteral("20:00-08:00")).has_value());
        QVERIFY(s.set(QStringLiteral("messaging.sendingDays"), QStringLiteral("mon,wed,fri")).has_value());
        QVERIFY(!s.set(QStringLiteral("messaging.sendingDays"), QStringLiteral("funday")).has_value());
        QVERIFY(!s.set(QStringLiteral("messaging.reminderHorizonDays"), QStringLiteral("0")).has_value());
        QVERIFY(!s.set(QStringLiteral("clinic.email"), QStringLiteral("not an address")).has_value());
        QCOMPARE(s.get(QStringLiteral("messaging.sendingWindow")).value_or(QString()), QStringLiteral("08:00-20:00"));
    }

    void sendingTimes()
    {
        const QTimeZone london("Europe/London");
        const SendingTimes times = SendingTimes::parse(QStringLiteral("21:00-08:00"), QStringLiteral("08:00-20:00"),
                                                       QStringLiteral("mon-sat"), london);
        auto at = [&](QDate d, QTime t) { return QDateTime(d, t, london).toUTC(); };
        QCOMPARE(times.blockedAt(at(QDate(2026, 11, 2), QTime(10, 0))), SkipReason::None);
        QCOMPARE(times.blockedAt(at(QDate(2026, 11, 2), QTime(7, 30))), SkipReason::QuietHours);
        QCOMPARE(times.blockedAt(at(QDate(2026, 11, 2), QTime(20, 30))), SkipReason::OutsideSendingWindow);
        QCOMPARE(times.blockedAt(at(QDate(2026, 11, 1), QTime(10, 0))), SkipReason::OutsideSendingWindow); // Sunday
        // Saturday evening waits for Monday morning.
        QCOMPARE(times.nextAllowed(at(QDate(2026, 10, 31), QTime(20, 30))), at(QDate(2026, 11, 2), QTime(8, 0)));
        // ... also across the spring change: Monday 08:00 BST is 07:00 UTC.
        QCOMPARE(times.nextAllowed(at(QDate(2026, 3, 28), QTime(21, 0))),
                 QDateTime(QDate(2026, 3, 30), QTime(7, 0), Qt::UTC));
        const SendingTimes anyTime = SendingTimes::parse({}, {}, {}, london);
        QCOMPARE(anyTime.blockedAt(at(QDate(2026, 11, 1), QTime(3, 0))), SkipReason::None);
    }
};

QTEST_GUILESS_MAIN(TestMessagingSetup)
#include "tst_messagingsetup.moc"
