#include "TestSupport.h"

#include "security/SettingsService.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestSettingsService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndStoredValues()
    {
        rapport::test::TestClinic t;
        SettingsService s(*t.clinic);
        QCOMPARE(*s.get(QStringLiteral("clinic.name")), QStringLiteral("Test Clinic"));
        QCOMPARE(*s.get(QStringLiteral("security.idleLockMinutes")), QStringLiteral("5"));
        QCOMPARE(s.idleLockMinutes(), 5);
        QVERIFY(s.set(QStringLiteral("security.idleLockMinutes"), QStringLiteral("12")).has_value());
        QCOMPARE(s.idleLockMinutes(), 12);
        QCOMPARE(*s.get(QStringLiteral("clinic.id")), t.clinic->clinicId());
    }

    void invalidValuesAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        QTest::newRow("idle zero") << QStringLiteral("security.idleLockMinutes") << QStringLiteral("0") << int(ErrorCode::InvalidInput);
        QTest::newRow("idle text") << QStringLiteral("security.idleLockMinutes") << QStringLiteral("five") << int(ErrorCode::InvalidInput);
        QTest::newRow("region") << QStringLiteral("clinic.region") << QStringLiteral("XX") << int(ErrorCode::InvalidInput);
        QTest::newRow("zone") << QStringLiteral("clinic.timezone") << QStringLiteral("Mars/Olympus") << int(ErrorCode::InvalidInput);
        QTest::newRow("language") << QStringLiteral("clinic.language") << QStringLiteral("tlh") << int(ErrorCode::InvalidInput);
        QTest::newRow("empty name") << QStringLiteral("clinic.name") << QStringLiteral(" ") << int(ErrorCode::InvalidInput);
        QTest::newRow("read-only") << QStringLiteral("clinic.id") << QStringLiteral("x") << int(ErrorCode::InvalidInput);
        QTest::newRow("unknown") << QStringLiteral("no.such.key") << QStringLiteral("x") << int(ErrorCode::NotFound);
    }

    void invalidValuesAreRefusedWithAMessage()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, code);
        rapport::test::TestClinic t;
        SettingsService s(*t.clinic);
        const QString before = s.get(key).value_or(QString());
        auto r = s.set(key, value);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(s.get(key).value_or(QString()), before);
    }

    void clinicNameReachesTheSignInWindow()
    {
        rapport::test::TestClinic t;
        SettingsService s(*t.clinic);
        QVERIFY(s.set(QStringLiteral("clinic.name"), QStringLiteral("  Harbour Dental  ")).has_value());
        QCOMPARE(Clinic::peek(t.path)->clinicName, QStringLiteral("Harbour Dental"));
        t.clinic->lock();
        QVERIFY(t.signIn(QStringLiteral("admin"), AdminPassword).has_value()); // the re-signed key file verifies
    }

    void changesAreAuditedByKey()
    {
        rapport::test::TestClinic t;
        SettingsService s(*t.clinic);
        QVERIFY(s.set(QStringLiteral("clinic.timezone"), QStringLiteral("Europe/Berlin")).has_value());
        auto st = t.clinic->database().prepare(
            "SELECT entity_id FROM audit_log WHERE action = 'settings.set' ORDER BY seq DESC LIMIT 1");
        QVERIFY(*st->next());
        QCOMPARE(st->text(0), QStringLiteral("clinic.timezone"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsService)
#include "tst_settingsservice.moc"
