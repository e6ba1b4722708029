#include "TestSupport.h"

#include "crypto/SecureBytes.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {
const std::vector<Migration>& testMigrations()
{
    static const std::vector<Migration> m{
        {1, QStringLiteral("people"),
         [](Database& db) { return db.exec("CREATE TABLE people(id TEXT PRIMARY KEY, name TEXT NOT NULL)"); }},
        {2, QStringLiteral("notes"),
         [](Database& db) { return db.exec("CREATE TABLE notes(id TEXT PRIMARY KEY, body TEXT)"); }},
    };
    return m;
}

QByteArray hashOf(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_key = SecureBytes::random(32);

    QString makeDatabase(const QString& name, int rows = 200)
    {
        const QString path = m_dir.filePath(name);
        auto db = Database::open(path, m_key, testMigrations(), OpenOptions{true, false});
        if (!db)
            qFatal("%s", qPrintable(db.error().text()));
        auto tx = (*db)->begin();
        for (int i = 0; i < rows; ++i) {
            auto st = (*db)->prepare("INSERT INTO people(id, name) VALUES (:id, :name)");
            st->bind(":id", QString::number(i)).bind(":name", QStringLiteral("Person %1 Zyxwvut").arg(i).repeated(3));
            if (!st->exec())
                qFatal("insert failed");
        }
        if (!tx->commit())
            qFatal("commit failed");
        return path;
    }

    // Opens and reads every row; what a user's first screen would do.
    Status openAndReadAll(const QString& path, const SecureBytes& key)
    {
        RAPPORT_TRY_ASSIGN(auto db, Database::open(path, key, testMigrations()));
        // A table scan and an index scan: together they touch every page.
        for (const char* sql : {"SELECT id, name FROM people", "SELECT id FROM people ORDER BY id"}) {
            RAPPORT_TRY_ASSIGN(Statement st, db->prepare(sql));
            while (true) {
                RAPPORT_TRY_ASSIGN(const bool row, st.next());
                if (!row)
                    break;
            }
        }
        return {};
    }

private Q_SLOTS:
    void createsEncryptedDatabaseWithSchemaAndPragmas()
    {
        const QString path = makeDatabase(QStringLiteral("a.db"));
        auto db = Database::open(path, m_key, testMigrations());
        QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().text()));
        QCOMPARE((*db)->schemaVersion(), 2);
        QCOMPARE(*(*db)->scalar(QStringLiteral("PRAGMA application_id")), qint64(Database::ApplicationId));
        QCOMPARE(*(*db)->scalar(QStringLiteral("PRAGMA foreign_keys")), qint64(1));
        QCOMPARE(*(*db)->scalar(QStringLiteral("PRAGMA synchronous")), qint64(2)); // FULL
        QCOMPARE(*(*db)->scalar(QStringLiteral("SELECT count(*) FROM people")), qint64(200));
        auto mode = (*db)->prepare("PRAGMA journal_mode");
        QVERIFY(*mode->next());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        QVERIFY(!Database::sqlcipherVersion().isEmpty());
        // The file starts with SQLCipher's random salt, not SQLite's plaintext header.
        QVERIFY(!readAll(path).startsWith("SQLite format 3"));
    }

    void migratesOldSchemaForward()
    {
        const QString path = m_dir.filePath(QStringLiteral("migrate.db"));
        std::vector<Migration> first{testMigrations().front()};
        QVERIFY(Database::open(path, m_key, first, OpenOptions{true, false}).has_value());
        auto db = Database::open(path, m_key, testMigrations());
        QVERIFY(db.has_value());
        QCOMPARE((*db)->schemaVersion(), 2);
        QCOMPARE(*(*db)->scalar(QStringLiteral("PRAGMA user_version")), qint64(2));
    }

    void refusesNewerSchema()
    {
        const QString path = makeDatabase(QStringLiteral("newer.db"));
        std::vector<Migration> older{testMigrations().front()};
        auto db = Database::open(path, m_key, older);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NewerVersion);
    }

    void failedMigrationLeavesPreviousVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("badmigration.db"));
        std::vector<Migration> first{testMigrations().front()};
        QVERIFY(Database::open(path, m_key, first, OpenOptions{true, false}).has_value());
        std::vector<Migration> broken = testMigrations();
        broken.push_back({3, QStringLiteral("broken"), [](Database& db) -> Status {
                              RAPPORT_TRY(db.exec("CREATE TABLE half(id INTEGER)"));
                              return db.exec("THIS IS NOT SQL");
                          }});
        QVERIFY(!Database::open(path, m_key, broken));
        auto db = Database::open(path, m_key, testMigrations());
        QVERIFY(db.has_value());
        QCOMPARE(*(*db)->scalar(QStringLiteral("PRAGMA user_version")), qint64(2));
        QCOMPARE(*(*db)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half'")), qint64(0));
    }

    void transactionRollsBackUnlessCommitted()
    {
        const QString path = makeDatabase(QStringLiteral("tx.db"), 0);
        auto db = Database::open(path, m_key, testMigrations());
        {
            auto tx = (*db)->begin();
            auto st = (*db)->prepare("INSERT INTO people(id, name) VALUES ('x', 'y')");
            QVERIFY(st->exec());
            {
                auto inner = (*db)->begin(); // savepoint
                auto st2 = (*db)->prepare("INSERT INTO people(id, name) VALUES ('z', 'w')");
                QVERIFY(st2->exec());
            } // inner rolled back
            QCOMPARE(*(*db)->scalar(QStringLiteral("SELECT count(*) FROM people")), qint64(1));
        } // outer rolled back
        QCOMPARE(*(*db)->scalar(QStringLiteral("SELECT count(*) FROM people")), qint64(0));
    }

    void bindingByNameRoundTripsEveryType()
    {
        const QString path = m_dir.filePath(QStringLiteral("types.db"));
        std::vector<Migration> m{{1, QStringLiteral("t"), [](Database& db) {
                                      return db.exec("CREATE TABLE t(s TEXT, i INTEGER, r REAL, b BLOB, d INTEGER, n TEXT)");
                                  }}};
        auto db = Database::open(path, m_key, m, OpenOptions{true, false});
        QVERIFY(db.has_value());
        const QString nasty = QStringLiteral("Robert'); DROP TABLE t;-- \u00e9\u4e2d\U0001F600");
        const QDateTime when(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
        auto ins = (*db)->prepare("INSERT INTO t VALUES (:s, :i, :r, :b, :d, :n)");
        ins->bind(":s", nasty).bind(":i", qint64(1) << 40).bind(":r", 2.5).bind(":b", QByteArray("\0\1\2", 3))
            .bind(":d", when).bind(":n", std::optional<QString>());
        QVERIFY(ins->exec());
        auto sel = (*db)->prepare("SELECT s, i, r, b, d, n FROM t");
        QVERIFY(*sel->next());
        QCOMPARE(sel->text(0), nasty);
        QCOMPARE(sel->int64(1), qint64(1) << 40);
        QCOMPARE(sel->real(2), 2.5);
        QCOMPARE(sel->blob(3), QByteArray("\0\1\2", 3));
        QCOMPARE(sel->dateTime(4), when);
        QVERIFY(sel->isNull(5));
    }

    // Every damaged-file case: the documented error, and not one byte of the file changed.
    void damagedFilesGiveDocumentedErrorAndStayUnchanged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("expected");
        QTest::newRow("wrong key") << QStringLiteral("wrongkey") << int(ErrorCode::WrongKeyOrDamaged);
        QTest::newRow("truncated") << QStringLiteral("truncate") << int(ErrorCode::Damaged);
        QTest::newRow("zero-length") << QStringLiteral("empty") << int(ErrorCode::NotADatabase);
        QTest::newRow("byte flipped in first page") << QStringLiteral("flip-first") << int(ErrorCode::WrongKeyOrDamaged);
        QTest::newRow("byte flipped in a data page") << QStringLiteral("flip-data") << int(ErrorCode::Damaged);
        QTest::newRow("random bytes") << QStringLiteral("random") << int(ErrorCode::WrongKeyOrDamaged);
        QTest::newRow("text file") << QStringLiteral("text") << int(ErrorCode::Damaged);
        QTest::newRow("plain SQLite") << QStringLiteral("plain") << int(ErrorCode::NotADatabase);
        QTest::newRow("missing") << QStringLiteral("missing") << int(ErrorCode::NotFound);
    }

    void damagedFilesGiveDocumentedErrorAndStayUnchanged()
    {
        QFETCH(QString, damage);
        QFETCH(int, expected);
        const QString path = makeDatabase(QStringLiteral("damage-%1.db").arg(damage), 400);
        QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 4096 * 4);
        SecureBytes key = m_key.clone();
        if (damage == QStringLiteral("wrongkey")) {
            key = SecureBytes::random(32);
        } else if (damage == QStringLiteral("truncate")) {
            bytes.truncate(bytes.size() / 2 + 1000);
        } else if (damage == QStringLiteral("empty")) {
            bytes.clear();
        } else if (damage == QStringLiteral("flip-first")) {
            bytes[100] = char(bytes[100] ^ 0x40);
        } else if (damage == QStringLiteral("flip-data")) {
            const qsizetype at = bytes.size() - 4096 + 1500; // inside the last page, a table page
            bytes[at] = char(bytes[at] ^ 0x01);
        } else if (damage == QStringLiteral("random")) {
            bytes = QByteArray(4096 * 3, '\0');
            for (auto& b : bytes)
                b = char(QRandomGenerator::global()->bounded(256));
        } else if (damage == QStringLiteral("text")) {
            bytes = QByteArray("Appointments for Monday\nMrs Smith 9:00\n").repeated(10);
        } else if (damage == QStringLiteral("plain")) {
            bytes = QByteArray("SQLite format 3\0", 16) + QByteArray(4096 - 16, '\0');
        }
        if (damage == QStringLiteral("missing"))
            QFile::remove(path);
        else
            QVERIFY(writeAll(path, bytes));
        const QByteArray before = hashOf(path);

        const Status result = openAndReadAll(path, key);
        QVERIFY2(!result, "a damaged database must not open cleanly");
        QCOMPARE(int(result.error().code), expected);
        QVERIFY(!result.error().message.isEmpty());
        if (expected == int(ErrorCode::WrongKeyOrDamaged)) {
            // SQLCipher cannot tell these apart: the message names both possibilities.
            QVERIFY(result.error().message.contains(QStringLiteral("key")));
            QVERIFY(result.error().message.contains(QStringLiteral("damaged")));
        }
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        if (damage == QStringLiteral("empty"))
            QCOMPARE(QFileInfo(path).size(), qint64(0)); // never silently turned into a new clinic
    }

    void rekeyChangesKeyAndVerifies()
    {
        const QString path = makeDatabase(QStringLiteral("rekey.db"), 50);
        SecureBytes next = SecureBytes::random(32);
        {
            auto db = Database::open(path, m_key, testMigrations());
            QVERIFY(db.has_value());
            QVERIFY((*db)->rekey(next).has_value());
            QCOMPARE(*(*db)->scalar(QStringLiteral("SELECT count(*) FROM people")), qint64(50));
            auto mode = (*db)->prepare("PRAGMA journal_mode");
            QVERIFY(*mode->next());
            QCOMPARE(mode->text(0), QStringLiteral("wal"));
        }
        QCOMPARE(openAndReadAll(path, m_key).error().code, ErrorCode::WrongKeyOrDamaged);
        QVERIFY(openAndReadAll(path, next).has_value());
    }

    void quickCheckReportsDamage()
    {
        const QString path = makeDatabase(QStringLiteral("integrity.db"), 300);
        {
            auto db = Database::open(path, m_key, testMigrations());
            QVERIFY((*db)->checkIntegrity().has_value());
        }
        QByteArray bytes = readAll(path);
        bytes[4096 * 2 + 700] = char(bytes[4096 * 2 + 700] ^ 0x10);
        QVERIFY(writeAll(path, bytes));
        auto db = Database::open(path, m_key, testMigrations());
        QVERIFY(db.has_value());
        const Status s = (*db)->checkIntegrity();
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Damaged);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
