// rapportctl as a script or an administrator uses it: the real program, run with QProcess,
// passwords fed on standard input, judged by its output and exit code.

#include "RapportctlProcess.h"
#include "common/Clock.h"
#include "security/Clinic.h"
#include "security/KeyFile.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

QJsonObject member(const QJsonObject& list, const QString& username)
{
    for (const QJsonValue& v : list.value(QStringLiteral("staff")).toArray())
        if (v.toObject().value(QStringLiteral("username")).toString() == username)
            return v.toObject();
    return {};
}

const QRegularExpression RecoveryKeyPattern(QStringLiteral("\\b([A-Z2-7]{4}-){13}[A-Z2-7]{4}\\b"));
const QRegularExpression OneTimePasswordPattern(QStringLiteral("One-time password for \\S+: (\\S+)"));

} // namespace

class TestRapportctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_shared; // a clinic for tests that only read, or change independent settings

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(Tool));
        QVERIFY(m_dir.isValid());
        m_shared = m_dir.filePath(QStringLiteral("shared/clinic.rapport"));
        QVERIFY(makeClinic(m_shared));
    }

    void initPrintsTheRecoveryKeyOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/clinic.rapport"));
        const Run run = rapportctl(initArguments(path), AdminLine);
        EXPECT_EXIT(run, Success);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(KeyFile::pathFor(path)));
        QVERIFY(run.out.contains(QStringLiteral("Recovery key")));
        QVERIFY(run.out.contains(QStringLiteral("safe")));
        const QRegularExpressionMatch key = RecoveryKeyPattern.match(run.out);
        QVERIFY2(key.hasMatch(), qPrintable(run.out));
        QCOMPARE(run.out.count(key.captured(0)), 1);
        QVERIFY(run.err.contains(QStringLiteral("--kdf fast")));
        QVERIFY(!run.all().contains(test::AdminPassword));

        // The key printed is the clinic's own.
        SystemClock clock;
        auto recovered = Clinic::signInWithRecoveryKey(path, key.captured(0), clock);
        QVERIFY2(recovered.has_value(), qPrintable(recovered ? QString() : recovered.error().text()));
        recovered->reset();

        // A second init never overwrites a clinic.
        const QByteArray before = test::readAll(KeyFile::pathFor(path));
        const Run again = rapportctl(initArguments(path), AdminLine);
        EXPECT_EXIT(again, Refused);
        QVERIFY(!RecoveryKeyPattern.match(again.out).hasMatch());
        QCOMPARE(test::readAll(KeyFile::pathFor(path)), before);
    }

    void initJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.rapport"));
        const Run run = rapportctl(initArguments(path) << QStringLiteral("--json"), AdminLine);
        EXPECT_EXIT(run, Success);
        bool ok = false;
        const QJsonObject json = parseJson(run, &ok);
        QVERIFY2(ok, qPrintable(run.out));
        QVERIFY(RecoveryKeyPattern.match(json.value(QStringLiteral("recoveryKey")).toString()).hasMatch());
        QVERIFY(!json.value(QStringLiteral("clinicId")).toString().isEmpty());
    }

    void initRefuses_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("short password") << QStringList() << QByteArray("short\n") << int(Refused)
                                        << QStringLiteral("at least 10 characters");
        QTest::newRow("unknown time zone")
            << QStringList{QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus")} << AdminLine
            << int(Refused) << QStringLiteral("time zone");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")}
                                          << AdminLine << int(Refused) << QStringLiteral("(de)");
        QTest::newRow("unknown kdf") << QStringList{QStringLiteral("--kdf"), QStringLiteral("slow")}
                                     << AdminLine << int(Usage) << QStringLiteral("--kdf");
        QTest::newRow("no password") << QStringList() << QByteArray() << int(Usage)
                                     << QStringLiteral("Standard input has no line 1");
    }

    void initRefuses()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.rapport"));
        const Run run = rapportctl(initArguments(path) + extra, input);
        EXPECT_EXIT(run, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(KeyFile::pathFor(path)));
    }

    void wrongPasswordIsRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << Admin << QStringLiteral("not the right password");
        QTest::newRow("unknown user") << QStringLiteral("nobody") << test::AdminPassword;
    }

    void wrongPasswordIsRefused()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        const Run run =
            rapportctl(QStringList{QStringLiteral("user"), QStringLiteral("list")} + signInAs(m_shared, user),
                       password.toUtf8() + '\n');
        EXPECT_EXIT(run, SignInRefused);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("user name or password is not right")), qPrintable(run.err));
        QVERIFY(!run.all().contains(password));
    }

    void userRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.rapport"));
        QVERIFY(makeClinic(path));
        const QStringList asAdmin = signInAs(path, Admin);
        const QStringList list{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")};

        // Added with a one-time password given on line 2.
        Run run = rapportctl(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                                         QStringLiteral("--role"), QStringLiteral("receptionist"),
                                         QStringLiteral("--name"), QStringLiteral("Bob Jones")} +
                                 asAdmin,
                             AdminLine + "first-secret-123\n");
        EXPECT_EXIT(run, Success);
        QVERIFY(!run.out.contains(QStringLiteral("first-secret-123")));
        run = rapportctl(list + asAdmin, AdminLine);
        EXPECT_EXIT(run, Success);
        bool ok = false;
        QJsonObject bob = member(parseJson(run, &ok), QStringLiteral("bob"));
        QVERIFY(ok);
        QCOMPARE(bob.value(QStringLiteral("role")).toString(), QStringLiteral("receptionist"));
        QCOMPARE(bob.value(QStringLiteral("displayName")).toString(), QStringLiteral("Bob Jones"));
        QCOMPARE(bob.value(QStringLiteral("mustChangePassword")).toBool(), true);

        // On a one-time password, bob may only choose his own.
        run = rapportctl(
            QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("clinic.name")} +
                signInAs(path, QStringLiteral("bob")),
            "first-secret-123\n");
        EXPECT_EXIT(run, Refused);
        QVERIFY(run.err.contains(QStringLiteral("one-time password")));
        run =
            rapportctl(QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("bob")} +
                           signInAs(path, QStringLiteral("bob")),
                       "first-secret-123\nA longer secret of mine\n");
        EXPECT_EXIT(run, Success);
        run = rapportctl(
            QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("clinic.name")} +
                signInAs(path, QStringLiteral("bob")),
            "A longer secret of mine\n");
        EXPECT_EXIT(run, Success);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Test Clinic"));

        // An administrator's reset with a generated one-time password.
        run = rapportctl(
            QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("bob")} + asAdmin,
            AdminLine);
        EXPECT_EXIT(run, Success);
        const QRegularExpressionMatch generated = OneTimePasswordPattern.match(run.out);
        QVERIFY2(generated.hasMatch(), qPrintable(run.out));
        run = rapportctl(
            QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("clinic.name")} +
                signInAs(path, QStringLiteral("bob")),
            "A longer secret of mine\n");
        EXPECT_EXIT(run, SignInRefused);
        run =
            rapportctl(QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("bob")} +
                           signInAs(path, QStringLiteral("bob")),
                       generated.captured(1).toUtf8() + "\nAnother secret of mine\n");
        EXPECT_EXIT(run, Success);

        // Deactivated: no more sign-ins.
        run = rapportctl(
            QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("bob")} + asAdmin,
            AdminLine);
        EXPECT_EXIT(run, Success);
        run = rapportctl(
            QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("clinic.name")} +
                signInAs(path, QStringLiteral("bob")),
            "Another secret of mine\n");
        EXPECT_EXIT(run, SignInRefused);
        run = rapportctl(list + asAdmin, AdminLine);
        EXPECT_EXIT(run, Success);
        bob = member(parseJson(run, &ok), QStringLiteral("bob"));
        QVERIFY(ok);
        QCOMPARE(bob.value(QStringLiteral("active")).toBool(), false);
        // The administrator still signs in after the key change the deactivation made.
        QCOMPARE(member(parseJson(run, &ok), Admin).value(QStringLiteral("active")).toBool(), true);

        // Added without line 2: the generated one-time password is printed and works.
        run = rapportctl(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"),
                                     QStringLiteral("--role"), QStringLiteral("manager"),
                                     QStringLiteral("--name"), QStringLiteral("Carol King")} +
                             asAdmin,
                         AdminLine);
        EXPECT_EXIT(run, Success);
        const QRegularExpressionMatch carols = OneTimePasswordPattern.match(run.out);
        QVERIFY2(carols.hasMatch(), qPrintable(run.out));
        run = rapportctl(
            QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("carol")} +
                signInAs(path, QStringLiteral("carol")),
            carols.captured(1).toUtf8() + "\nMy own secret phrase\n");
        EXPECT_EXIT(run, Success);
    }

    void receptionistMayNotAddStaff()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.rapport"));
        QVERIFY(makeClinic(path));
        QVERIFY(addMember(path, QStringLiteral("rita"), QStringLiteral("receptionist"),
                          QStringLiteral("my front-desk secret")));
        const Run run =
            rapportctl(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mallory"),
                                   QStringLiteral("--role"), QStringLiteral("administrator"),
                                   QStringLiteral("--name"), QStringLiteral("Mallory")} +
                           signInAs(path, QStringLiteral("rita")),
                       "my front-desk secret\nmallory-one-time\n");
        EXPECT_EXIT(run, Refused);
        QVERIFY2(run.err.contains(QStringLiteral("(staff.manage)")), qPrintable(run.err));

        const Run list =
            rapportctl(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")} +
                           signInAs(path, Admin),
                       AdminLine);
        EXPECT_EXIT(list, Success);
        bool ok = false;
        QVERIFY(member(parseJson(list, &ok), QStringLiteral("mallory")).isEmpty());
        QVERIFY(ok);
    }

    void settings_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        const QString get = QStringLiteral("get");
        const QString set = QStringLiteral("set");
        QTest::newRow("get") << QStringList{get, QStringLiteral("clinic.name")} << int(Success)
                             << QStringLiteral("Test Clinic");
        QTest::newRow("get unknown") << QStringList{get, QStringLiteral("clinic.colour")} << int(Refused)
                                     << QStringLiteral("no setting called");
        QTest::newRow("set valid") << QStringList{set, QStringLiteral("security.idleLockMinutes"),
                                                  QStringLiteral("15")}
                                   << int(Success) << QStringLiteral("security.idleLockMinutes");
        QTest::newRow("set invalid time zone")
            << QStringList{set, QStringLiteral("clinic.timezone"), QStringLiteral("Mars/Olympus")}
            << int(Refused) << QStringLiteral("time zone");
        QTest::newRow("set invalid minutes")
            << QStringList{set, QStringLiteral("security.idleLockMinutes"), QStringLiteral("0")}
            << int(Refused) << QStringLiteral("1 to 240");
        QTest::newRow("set read-only") << QStringList{set, QStringLiteral("clinic.id"), QStringLiteral("x")}
                                       << int(Refused) << QStringLiteral("cannot be changed");
        QTest::newRow("set without value") << QStringList{set, QStringLiteral("clinic.name")} << int(Usage)
                                           << QStringLiteral("VALUE is missing");
    }

    void settings()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        const Run run = rapportctl(
            QStringList{QStringLiteral("settings")} + arguments + signInAs(m_shared, Admin), AdminLine);
        EXPECT_EXIT(run, exitCode);
        QVERIFY2(run.all().contains(output), qPrintable(run.describe()));
    }

    void settingsSetThenGet()
    {
        Run run = rapportctl(QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                         QStringLiteral("clinic.timezone"), QStringLiteral("Europe/Berlin")} +
                                 signInAs(m_shared, Admin),
                             AdminLine);
        EXPECT_EXIT(run, Success);
        run = rapportctl(QStringList{QStringLiteral("settings"), QStringLiteral("get"),
                                     QStringLiteral("clinic.timezone")} +
                             signInAs(m_shared, Admin),
                         AdminLine);
        EXPECT_EXIT(run, Success);
        QCOMPARE(run.out, QStringLiteral("Europe/Berlin\n"));

        run = rapportctl(QStringList{QStringLiteral("settings"), QStringLiteral("list")} +
                             signInAs(m_shared, Admin),
                         AdminLine);
        EXPECT_EXIT(run, Success);
        QVERIFY(run.out.contains(QStringLiteral("Europe/Berlin")));
        QVERIFY(run.out.contains(QStringLiteral("clinic.language")));
    }

    void aSecretIsReadFromStandardInputAndNeverListed()
    {
        // "-" takes the value from line 2, so it stays out of the shell's history.
        const QString secret = QStringLiteral("gateway-token-9f3a");
        Run run = rapportctl(QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                         QStringLiteral("messaging.sms.token"), QStringLiteral("-")} +
                                 signInAs(m_shared, Admin),
                             AdminLine + secret.toUtf8() + '\n');
        EXPECT_EXIT(run, Success);
        QVERIFY2(!run.all().contains(secret), qPrintable(run.describe()));
        run = rapportctl(QStringList{QStringLiteral("settings"), QStringLiteral("get"),
                                     QStringLiteral("messaging.sms.token")} +
                             signInAs(m_shared, Admin),
                         AdminLine);
        EXPECT_EXIT(run, Success);
        QCOMPARE(run.out, secret + QLatin1Char('\n'));
        // Lists show only that it is set.
        for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
            run = rapportctl(QStringList{QStringLiteral("settings"), QStringLiteral("list")} + extra +
                                 signInAs(m_shared, Admin),
                             AdminLine);
            EXPECT_EXIT(run, Success);
            QVERIFY2(!run.all().contains(secret), qPrintable(run.describe()));
        }
        QVERIFY(run.out.contains(QStringLiteral("\"isSet\":true")));
        // Without line 2 nothing changes.
        run = rapportctl(QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                     QStringLiteral("messaging.sms.token"), QStringLiteral("-")} +
                             signInAs(m_shared, Admin),
                         AdminLine);
        EXPECT_EXIT(run, Usage);
    }

    void auditVerifyOnAFreshClinic()
    {
        const Run run = rapportctl(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} +
                                       signInAs(m_shared, Admin),
                                   AdminLine);
        EXPECT_EXIT(run, Success);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^audit trail intact: (\\d+) rows\\n$")).match(run.out);
        QVERIFY2(m.hasMatch(), qPrintable(run.out));
        QVERIFY(m.captured(1).toInt() >= 3);
    }

    void auditVerifyNamesTheChangedRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.rapport"));
        QVERIFY(makeClinic(path));
        QVERIFY(addMember(path, QStringLiteral("bob"), QStringLiteral("clinician"),
                          QStringLiteral("a clinician secret")));

        // Someone with the key edits the trail behind Rapport's back.
        qint64 seq = 0;
        QString id;
        {
            SystemClock clock;
            auto signedIn = Clinic::signIn(path, Admin, test::AdminPassword, clock);
            QVERIFY2(signedIn.has_value(), qPrintable(signedIn ? QString() : signedIn.error().text()));
            Database& db = (*signedIn)->database();
            auto st = db.prepare(
                "SELECT seq, id FROM audit_log WHERE action = 'staff.add' ORDER BY seq DESC LIMIT 1");
            QVERIFY(st.has_value());
            auto row = st->next();
            QVERIFY(row.has_value() && *row);
            seq = st->int64(0);
            id = st->text(1);
            *st = Statement();
            QVERIFY(db.exec("DROP TRIGGER audit_log_no_update").has_value());
            auto update = db.prepare("UPDATE audit_log SET action = 'staff.role' WHERE seq = :seq");
            QVERIFY(update.has_value());
            update->bind(":seq", seq);
            QVERIFY(update->exec().has_value());
        }
        QVERIFY(seq > 1);

        const QStringList verify =
            QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + signInAs(path, Admin);
        Run run = rapportctl(verify, AdminLine);
        EXPECT_EXIT(run, Integrity);
        QVERIFY2(run.all().contains(QStringLiteral("row %1 ").arg(seq)), qPrintable(run.describe()));
        QVERIFY2(run.all().contains(id), qPrintable(run.describe()));
        QVERIFY(run.all().contains(QStringLiteral("changed")));

        run = rapportctl(verify + QStringList{QStringLiteral("--json")}, AdminLine);
        EXPECT_EXIT(run, Integrity);
        bool ok = false;
        const QJsonObject json = parseJson(run, &ok);
        QVERIFY2(ok, qPrintable(run.out));
        QCOMPARE(json.value(QStringLiteral("intact")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("brokenSeq")).toInteger(), seq);
        QCOMPARE(json.value(QStringLiteral("brokenEntryId")).toString(), id);
        QVERIFY(!json.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(json.value(QStringLiteral("rowsChecked")).toInteger(), seq - 1);
    }

    void notAClinicDatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("withKeyFile");
        QByteArray random(8192, '\0');
        for (char& c : random)
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        QTest::newRow("zero-length file") << QByteArray() << false;
        QTest::newRow("random bytes") << random << false;
        QTest::newRow("zero-length file beside a key file") << QByteArray() << true;
        QTest::newRow("random bytes beside a key file") << random << true;
    }

    void notAClinicDatabase()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, withKeyFile);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.rapport"));
        if (withKeyFile)
            QVERIFY(makeClinic(path)); // then its database is replaced
        QVERIFY(test::writeAll(path, content));

        const Run run = rapportctl(
            QStringList{QStringLiteral("user"), QStringLiteral("list")} + signInAs(path, Admin), AdminLine);
        EXPECT_EXIT(run, NotAClinic);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith(QStringLiteral("rapportctl: ")));
        // Nothing was written over the file.
        QCOMPARE(test::readAll(path), content);
    }

    void missingDatabaseFile()
    {
        QTemporaryDir dir;
        const Run run = rapportctl(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} +
                                       signInAs(dir.filePath(QStringLiteral("nothing-here.rapport")), Admin),
                                   AdminLine);
        EXPECT_EXIT(run, NotAClinic);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nothing-here.rapport"))));
    }

    void missingPasswordInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("user list, no input") << QStringList{QStringLiteral("user"), QStringLiteral("list")}
                                             << QByteArray() << QStringLiteral("no line 1");
        QTest::newRow("settings get, no input")
            << QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("clinic.name")}
            << QByteArray() << QStringLiteral("no line 1");
        QTest::newRow("audit verify, empty line")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify")} << QByteArray("\n")
            << QStringLiteral("no line 1");
        QTest::newRow("user add, no input")
            << QStringList{QStringLiteral("user"),   QStringLiteral("add"),       QStringLiteral("dora"),
                           QStringLiteral("--role"), QStringLiteral("clinician"), QStringLiteral("--name"),
                           QStringLiteral("Dora")}
            << QByteArray() << QStringLiteral("no line 1");
        QTest::newRow("own password, no new one")
            << QStringList{QStringLiteral("user"), QStringLiteral("passwd"), Admin} << AdminLine
            << QStringLiteral("no line 2");
    }

    void missingPasswordInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const Run run = rapportctl(arguments + signInAs(m_shared, Admin), input);
        EXPECT_EXIT(run, Usage);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("Standard input")));
    }

    void passwordOnlyFromStandardInput()
    {
        const Run run = rapportctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"),
                                    m_shared, QStringLiteral("--user"), Admin},
                                   AdminLine);
        EXPECT_EXIT(run, Usage);
        QVERIFY(run.err.contains(QStringLiteral("--password-stdin")));
        const Run asArgument =
            rapportctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), m_shared,
                        QStringLiteral("--user"), Admin, QStringLiteral("--password"), test::AdminPassword});
        EXPECT_EXIT(asArgument, Usage);
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        const QString help = QStringLiteral("--help");
        QTest::newRow("rapportctl") << QStringList{help} << QStringLiteral("Usage: rapportctl COMMAND");
        QTest::newRow("help") << QStringList{QStringLiteral("help")}
                              << QStringLiteral("Usage: rapportctl COMMAND");
        QTest::newRow("help user add")
            << QStringList{QStringLiteral("help"), QStringLiteral("user"), QStringLiteral("add")}
            << QStringLiteral("Usage: rapportctl user add [options] NAME");
        const QList<QPair<QStringList, QString>> commands{
            {{QStringLiteral("init")}, QStringLiteral("Usage: rapportctl init [options]")},
            {{QStringLiteral("user")}, QStringLiteral("Usage: rapportctl user COMMAND")},
            {{QStringLiteral("user"), QStringLiteral("add")},
             QStringLiteral("Usage: rapportctl user add [options] NAME")},
            {{QStringLiteral("user"), QStringLiteral("passwd")},
             QStringLiteral("Usage: rapportctl user passwd [options] NAME")},
            {{QStringLiteral("user"), QStringLiteral("disable")},
             QStringLiteral("Usage: rapportctl user disable [options] NAME")},
            {{QStringLiteral("user"), QStringLiteral("list")},
             QStringLiteral("Usage: rapportctl user list [options]")},
            {{QStringLiteral("settings")}, QStringLiteral("Usage: rapportctl settings COMMAND")},
            {{QStringLiteral("settings"), QStringLiteral("get")},
             QStringLiteral("Usage: rapportctl settings get [options] KEY")},
            {{QStringLiteral("settings"), QStringLiteral("set")},
             QStringLiteral("Usage: rapportctl settings set [options] KEY VALUE")},
            {{QStringLiteral("settings"), QStringLiteral("list")},
             QStringLiteral("Usage: rapportctl settings list [options]")},
            {{QStringLiteral("patient")}, QStringLiteral("Usage: rapportctl patient COMMAND")},
            {{QStringLiteral("patient"), QStringLiteral("add")},
             QStringLiteral("Usage: rapportctl patient add [options]")},
            {{QStringLiteral("patient"), QStringLiteral("search")},
             QStringLiteral("Usage: rapportctl patient search [options] TEXT")},
            {{QStringLiteral("patient"), QStringLiteral("show")},
             QStringLiteral("Usage: rapportctl patient show [options] ID")},
            {{QStringLiteral("patient"), QStringLiteral("archive")},
             QStringLiteral("Usage: rapportctl patient archive [options] ID")},
            {{QStringLiteral("audit")}, QStringLiteral("Usage: rapportctl audit COMMAND")},
            {{QStringLiteral("audit"), QStringLiteral("verify")},
             QStringLiteral("Usage: rapportctl audit verify [options]")},
            {{QStringLiteral("demo")}, QStringLiteral("Usage: rapportctl demo [options]")},
            {{QStringLiteral("version")}, QStringLiteral("Usage: rapportctl version [options]")},
        };
        for (const auto& [words, usage] : commands)
            QTest::newRow(qPrintable(words.join(QLatin1Char(' ')))) << (words + QStringList{help}) << usage;
    }

    void helpOnEveryCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const Run run = rapportctl(arguments);
        EXPECT_EXIT(run, Success);
        QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Exit codes:")));
        QVERIFY(run.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("group without command") << QStringList{QStringLiteral("user")};
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("user"), QStringLiteral("promote")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("version"), QStringLiteral("--colour")};
        QTest::newRow("missing --db")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--user"), Admin,
                           QStringLiteral("--password-stdin")};
        QTest::newRow("missing argument") << QStringList{QStringLiteral("user"),
                                                         QStringLiteral("disable"),
                                                         QStringLiteral("--db"),
                                                         QStringLiteral("x"),
                                                         QStringLiteral("--user"),
                                                         Admin,
                                                         QStringLiteral("--password-stdin")};
        QTest::newRow("extra argument") << QStringList{QStringLiteral("version"), QStringLiteral("now")};
        QTest::newRow("unknown role") << QStringList{QStringLiteral("user"),
                                                     QStringLiteral("add"),
                                                     QStringLiteral("dora"),
                                                     QStringLiteral("--role"),
                                                     QStringLiteral("dentist"),
                                                     QStringLiteral("--name"),
                                                     QStringLiteral("Dora"),
                                                     QStringLiteral("--db"),
                                                     QStringLiteral("x"),
                                                     QStringLiteral("--user"),
                                                     Admin,
                                                     QStringLiteral("--password-stdin")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = rapportctl(arguments, AdminLine);
        EXPECT_EXIT(run, Usage);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(QStringLiteral("rapportctl")));
    }

    void jsonOutputParses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("field");
        QTest::newRow("version") << QStringList{QStringLiteral("version")} << QStringLiteral("sqlcipher");
        QTest::newRow("user list") << QStringList{QStringLiteral("user"), QStringLiteral("list")}
                                   << QStringLiteral("staff");
        QTest::newRow("settings get")
            << QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("clinic.region")}
            << QStringLiteral("value");
        QTest::newRow("settings list")
            << QStringList{QStringLiteral("settings"), QStringLiteral("list")} << QStringLiteral("settings");
        QTest::newRow("audit verify") << QStringList{QStringLiteral("audit"), QStringLiteral("verify")}
                                      << QStringLiteral("rowsChecked");
    }

    void jsonOutputParses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, field);
        const bool opensClinic = arguments.first() != QStringLiteral("version");
        const Run run = rapportctl(arguments + QStringList{QStringLiteral("--json")} +
                                       (opensClinic ? signInAs(m_shared, Admin) : QStringList()),
                                   AdminLine);
        EXPECT_EXIT(run, Success);
        bool ok = false;
        const QJsonObject json = parseJson(run, &ok);
        QVERIFY2(ok, qPrintable(run.out));
        QVERIFY2(json.contains(field), qPrintable(run.out));
    }

    void settingsListJsonHasEveryKey()
    {
        const Run run = rapportctl(
            QStringList{QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")} +
                signInAs(m_shared, Admin),
            AdminLine);
        EXPECT_EXIT(run, Success);
        bool ok = false;
        const QJsonArray settings = parseJson(run, &ok).value(QStringLiteral("settings")).toArray();
        QVERIFY(ok);
        QStringList keys;
        for (const QJsonValue& v : settings) {
            keys << v.toObject().value(QStringLiteral("key")).toString();
            QVERIFY(!v.toObject().value(QStringLiteral("description")).toString().isEmpty());
        }
        QVERIFY(keys.contains(QStringLiteral("clinic.timezone")));
        QVERIFY(keys.contains(QStringLiteral("security.idleLockMinutes")));
    }

    void demoClinic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo/demo.rapport"));
        Run run = rapportctl({QStringLiteral("demo"), QStringLiteral("--db"), path});
        EXPECT_EXIT(run, Success);
        for (const QString& user : {QStringLiteral("admin"), QStringLiteral("manager"),
                                    QStringLiteral("dentist"), QStringLiteral("reception")})
            QVERIFY2(run.out.contains(user), qPrintable(run.out));
        const QRegularExpressionMatch password =
            QRegularExpression(QStringLiteral("password: (\\S+)")).match(run.out);
        QVERIFY2(password.hasMatch(), qPrintable(run.out));

        run = rapportctl({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        EXPECT_EXIT(run, Success);
        bool ok = false;
        const QJsonObject json = parseJson(run, &ok);
        QVERIFY2(ok, qPrintable(run.out));
        QCOMPARE(json.value(QStringLiteral("created")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("accounts")).toArray().size(), 4);

        run = rapportctl(
            QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("clinic.name")} +
                signInAs(path, QStringLiteral("reception")),
            password.captured(1).toUtf8() + '\n');
        EXPECT_EXIT(run, Success);
        QVERIFY(run.out.contains(QStringLiteral("demo")));

        // A real clinic is never taken for the demo.
        run = rapportctl({QStringLiteral("demo"), QStringLiteral("--db"), m_shared});
        EXPECT_EXIT(run, Refused);
        QVERIFY(!run.out.contains(password.captured(1)));
    }

    void version_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("version") << QStringLiteral("version");
        QTest::newRow("--version") << QStringLiteral("--version");
    }

    void version()
    {
        QFETCH(QString, word);
        const Run run = rapportctl({word});
        EXPECT_EXIT(run, Success);
        for (const QString& part : {QStringLiteral("Rapport " RAPPORT_VERSION), QStringLiteral("Qt 6."),
                                    QStringLiteral("SQLCipher 3."), QStringLiteral("libsodium ")})
            QVERIFY2(run.out.contains(part), qPrintable(run.out));
    }

    // The messages follow the system's locale: German for de_*, English where there is no
    // translation (French) and for English, whose .qm holds only plural forms. A missing
    // translation costs no word on standard error.
    void messagesFollowTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("usage");
        QTest::newRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Aufruf: rapportctl BEFEHL");
        QTest::newRow("fr (no translation)")
            << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("Usage: rapportctl COMMAND");
        QTest::newRow("en") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("Usage: rapportctl COMMAND");
    }

    void messagesFollowTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, usage);
        const Run run = rapportctl({QStringLiteral("--help")}, {},
                                   {{QStringLiteral("LC_ALL"), QString()},
                                    {QStringLiteral("LANGUAGE"), QString()},
                                    {QStringLiteral("LANG"), lang}});
        EXPECT_EXIT(run, Success);
        QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestRapportctl)
#include "tst_rapportctl.moc"
