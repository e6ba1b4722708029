#include "TestSupport.h"

#include "security/AuditLog.h"
#include "security/StaffService.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

// Tampering is done the way someone with the database key would do it: drop the
// append-only triggers, then edit rows with SQL.
class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    static void fill(rapport::test::TestClinic& t, int rows)
    {
        for (int i = 0; i < rows; ++i)
            QVERIFY(t.clinic->record(QStringLiteral("patient.open"), QStringLiteral("patient"),
                                     QStringLiteral("p-%1").arg(i))
                        .has_value());
    }

    static void dropTriggers(Database& db)
    {
        QVERIFY(db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;").has_value());
    }

private Q_SLOTS:
    void freshTrailVerifies()
    {
        rapport::test::TestClinic t;
        fill(t, 20);
        auto v = t.clinic->audit().verify();
        QVERIFY(v.has_value());
        QVERIFY(v->intact);
        QCOMPARE(v->rowsChecked, qint64(22)); // clinic.create, staff.add, 20 openings
    }

    void trailIsAppendOnlyThroughSql()
    {
        rapport::test::TestClinic t;
        fill(t, 3);
        QVERIFY(!t.clinic->database().exec("UPDATE audit_log SET action = 'x' WHERE seq = 2"));
        QVERIFY(!t.clinic->database().exec("DELETE FROM audit_log WHERE seq = 2"));
        QVERIFY(t.clinic->audit().verify()->intact);
    }

    void tamperingIsFoundAndNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenSeq");
        QTest::newRow("changed action")
            << QStringLiteral("UPDATE audit_log SET action = 'patient.view' WHERE seq = 7") << qint64(7);
        QTest::newRow("changed entity")
            << QStringLiteral("UPDATE audit_log SET entity_id = 'p-999' WHERE seq = 5") << qint64(5);
        QTest::newRow("changed time")
            << QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE seq = 9") << qint64(9);
        QTest::newRow("deleted row") << QStringLiteral("DELETE FROM audit_log WHERE seq = 6") << qint64(7);
        QTest::newRow("deleted first row") << QStringLiteral("DELETE FROM audit_log WHERE seq = 1") << qint64(2);
        QTest::newRow("deleted last rows")
            << QStringLiteral("DELETE FROM audit_log WHERE seq >= 11") << qint64(11);
        QTest::newRow("two rows reordered")
            << QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 5;"
                              " UPDATE audit_log SET seq = 5 WHERE seq = -1;")
            << qint64(4);
    }

    void tamperingIsFoundAndNamed()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenSeq);
        rapport::test::TestClinic t;
        fill(t, 10); // rows 1..12
        dropTriggers(t.clinic->database());
        QVERIFY(t.clinic->database().exec(sql).has_value());
        auto v = t.clinic->audit().verify();
        QVERIFY(v.has_value());
        QVERIFY(!v->intact);
        QCOMPARE(v->brokenSeq, brokenSeq);
        QVERIFY(!v->reason.isEmpty());
    }

    void rowsHoldIdsNotDetails()
    {
        rapport::test::TestClinic t;
        StaffService staff(*t.clinic);
        QVERIFY(staff.add(QStringLiteral("kim"), QStringLiteral("Kim Uniquename"), Role::Receptionist,
                          QStringLiteral("one time pass 1"))
                    .has_value());
        auto st = t.clinic->database().prepare(
            "SELECT count(*) FROM audit_log WHERE detail LIKE '%Uniquename%' OR entity_id LIKE '%Uniquename%'");
        QVERIFY(*st->next());
        QCOMPARE(st->int64(0), qint64(0));
    }

    void queryFiltersAndPagesForManagersOnly()
    {
        rapport::test::TestClinic t;
        fill(t, 30);
        t.clock.advanceSecs(3600);
        QVERIFY(t.clinic->record(QStringLiteral("settings.set"), QStringLiteral("setting"), QStringLiteral("x")).has_value());
        AuditLog& log = t.clinic->audit();
        const Session& admin = t.clinic->session();

        auto all = log.count(admin, {});
        QCOMPARE(*all, qint64(33));
        AuditFilter opened;
        opened.actionPrefix = QStringLiteral("patient.");
        QCOMPARE(*log.count(admin, opened), qint64(30));
        auto page = log.query(admin, opened, 10, 10);
        QCOMPARE(page->size(), 10);
        QCOMPARE(page->first().actorName, QStringLiteral("Ada Admin"));
        QVERIFY(page->first().seq > page->last().seq); // newest first
        AuditFilter later;
        later.from = t.clock.now().addSecs(-60);
        QCOMPARE(*log.count(admin, later), qint64(1));
        AuditFilter entity;
        entity.entityId = QStringLiteral("p-3");
        QCOMPARE(*log.count(admin, entity), qint64(1));

        Session receptionist = admin;
        receptionist.role = Role::Receptionist;
        auto refused = log.query(receptionist, {}, 0, 10);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        Session manager = admin;
        manager.role = Role::Manager;
        QVERIFY(log.query(manager, {}, 0, 10).has_value());
    }

    void writeAndItsAuditRowCommitTogether()
    {
        rapport::test::TestClinic t;
        Database& db = t.clinic->database();
        const qint64 before = *db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        {
            auto tx = db.begin();
            QVERIFY(t.clinic->record(QStringLiteral("settings.set"), QStringLiteral("setting"), QStringLiteral("a")).has_value());
            // not committed: rolled back with the caller's transaction
        }
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), before);
        QVERIFY(t.clinic->audit().verify()->intact);
        QVERIFY(t.clinic->record(QStringLiteral("settings.set"), QStringLiteral("setting"), QStringLiteral("b")).has_value());
        QVERIFY(t.clinic->audit().verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
