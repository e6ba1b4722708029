#include "TestSupport.h"

#include "security/AuditLog.h"
#include "security/KeyFile.h"
#include "security/SettingsService.h"
#include "security/SignInThrottle.h"
#include "security/StaffService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {
const QString ReceptionPassword = QStringLiteral("front desk 2026");

QString addReceptionist(Clinic& clinic, const QString& username = QStringLiteral("jo"))
{
    StaffService staff(clinic);
    auto m = staff.add(username, QStringLiteral("Jo Reception"), Role::Receptionist, ReceptionPassword);
    if (!m)
        qFatal("%s", qPrintable(m.error().text()));
    return m->id;
}

QJsonObject keyFileJson(const QString& dbPath)
{
    return QJsonDocument::fromJson(readAll(KeyFile::pathFor(dbPath))).object();
}

void writeKeyFileJson(const QString& dbPath, const QJsonObject& o)
{
    QVERIFY(writeAll(KeyFile::pathFor(dbPath), QJsonDocument(o).toJson()));
    QVERIFY(writeAll(KeyFile::backupPathFor(dbPath), QJsonDocument(o).toJson()));
}

qint64 countAudit(Clinic& clinic, const QString& action)
{
    auto st = clinic.database().prepare("SELECT count(*) FROM audit_log WHERE action = :a");
    st->bind(":a", action);
    return *st->next() ? st->int64(0) : -1;
}
} // namespace

class TestClinicKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createWritesDatabaseAndKeyFileAndSignsIn()
    {
        rapport::test::TestClinic t;
        QVERIFY(t.clinic->isOpen());
        QCOMPARE(t.clinic->session().role, Role::Administrator);
        QVERIFY(QFileInfo::exists(t.path));
        QVERIFY(QFileInfo::exists(KeyFile::pathFor(t.path)));
        QVERIFY(QFileInfo::exists(KeyFile::backupPathFor(t.path)));
        QCOMPARE(readAll(KeyFile::pathFor(t.path)), readAll(KeyFile::backupPathFor(t.path)));
        const QJsonObject cipher = keyFileJson(t.path).value(QStringLiteral("cipher")).toObject();
        QCOMPARE(cipher.value(QStringLiteral("compatibility")).toInt(), 3);
        QCOMPARE(cipher.value(QStringLiteral("pageSize")).toInt(), 4096);
        t.clinic->lock();
        QVERIFY(!t.clinic->isOpen());

        auto again = t.signIn(QStringLiteral("ADMIN"), AdminPassword); // user names ignore case
        QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().text()));
        QCOMPARE((*again)->session().displayName, QStringLiteral("Ada Admin"));
        QCOMPARE(countAudit(**again, QStringLiteral("signin")), qint64(1));
        QCOMPARE(countAudit(**again, QStringLiteral("session.lock")), qint64(1));
        QCOMPARE(Clinic::peek(t.path)->clinicName, QStringLiteral("Test Clinic"));
    }

    void refusesToOverwriteAnExistingClinic()
    {
        rapport::test::TestClinic t;
        auto second = Clinic::create(t.path, ClinicProfile{QStringLiteral("Other"), QStringLiteral("GB"),
                                                           QStringLiteral("Europe/London"), QStringLiteral("en")},
                                     NewStaffAccount{QStringLiteral("admin"), QStringLiteral("A"), Role::Administrator,
                                                     AdminPassword},
                                     PasswordKdf::insecureFast(), t.clock);
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::AlreadyExists);
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        rapport::test::TestClinic t;
        t.clinic->lock();
        auto wrong = t.signIn(QStringLiteral("admin"), QStringLiteral("not the password"));
        auto unknown = t.signIn(QStringLiteral("nobody"), AdminPassword);
        QVERIFY(!wrong && !unknown);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QCOMPARE(unknown.error().code, ErrorCode::WrongPassword);
        QCOMPARE(wrong.error().message, unknown.error().message);
    }

    void failedAttemptsBackOffAndAreAudited()
    {
        rapport::test::TestClinic t;
        t.clinic->lock();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(t.signIn(QStringLiteral("admin"), QStringLiteral("wrong password %1").arg(i)).error().code,
                     ErrorCode::WrongPassword);
        // The right password is refused too while the wait lasts.
        auto waiting = t.signIn(QStringLiteral("admin"), AdminPassword);
        QVERIFY(!waiting);
        QCOMPARE(waiting.error().code, ErrorCode::TooManyAttempts);
        QCOMPARE(SignInThrottle(t.path, t.clock).secondsToWait(QStringLiteral("admin")), 5);
        t.clock.advanceSecs(6);
        auto ok = t.signIn(QStringLiteral("admin"), AdminPassword);
        QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().text()));
        QCOMPARE(countAudit(**ok, QStringLiteral("signin.failed")), qint64(3));
        QCOMPARE(SignInThrottle(t.path, t.clock).secondsToWait(QStringLiteral("admin")), 0);
        // The throttle file holds no user names in clear.
        QVERIFY(!readAll(SignInThrottle::pathFor(t.path)).contains("admin"));
        QCOMPARE(SignInThrottle::delaySecondsAfter(4), 10);
        QCOMPARE(SignInThrottle::delaySecondsAfter(20), 300);
    }

    void passwordChangeRewrapsOneSlotOnly()
    {
        rapport::test::TestClinic t;
        addReceptionist(*t.clinic);
        const QJsonArray before = keyFileJson(t.path).value(QStringLiteral("slots")).toArray();
        StaffService staff(*t.clinic);
        QVERIFY(staff.changeOwnPassword(AdminPassword, QStringLiteral("a much better secret")).has_value());
        const QJsonObject after = keyFileJson(t.path);
        QCOMPARE(after.value(QStringLiteral("keyId")).toInt(), 1); // the master key did not change
        const QJsonArray slotsAfter = after.value(QStringLiteral("slots")).toArray();
        QCOMPARE(slotsAfter.size(), 2);
        QVERIFY(slotsAfter[0].toObject().value(QStringLiteral("wrappedSecretKey"))
                != before[0].toObject().value(QStringLiteral("wrappedSecretKey")));
        QCOMPARE(slotsAfter[1], before[1]); // the receptionist's slot is untouched
        t.clinic->lock();

        QCOMPARE(t.signIn(QStringLiteral("admin"), AdminPassword).error().code, ErrorCode::WrongPassword);
        QVERIFY(t.signIn(QStringLiteral("admin"), QStringLiteral("a much better secret")).has_value());
        QVERIFY(t.signIn(QStringLiteral("jo"), ReceptionPassword).has_value());
    }

    void wrongCurrentPasswordIsRefused()
    {
        rapport::test::TestClinic t;
        StaffService staff(*t.clinic);
        auto r = staff.changeOwnPassword(QStringLiteral("not my password"), QStringLiteral("a much better secret"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::WrongPassword);
        t.clinic->lock();
        QVERIFY(t.signIn(QStringLiteral("admin"), AdminPassword).has_value());
    }

    void removingStaffRotatesMasterKeyAndLocksOutOldSlot()
    {
        rapport::test::TestClinic t;
        const QString joId = addReceptionist(*t.clinic);
        addReceptionist(*t.clinic, QStringLiteral("sam"));
        const QByteArray oldKeyFile = readAll(KeyFile::pathFor(t.path));
        StaffService staff(*t.clinic);
        QVERIFY(staff.deactivate(joId).has_value());
        QCOMPARE(keyFileJson(t.path).value(QStringLiteral("keyId")).toInt(), 2);
        QCOMPARE(keyFileJson(t.path).value(QStringLiteral("slots")).toArray().size(), 2);
        QVERIFY(!QFileInfo::exists(KeyFile::pendingPathFor(t.path)));
        // The database is still usable in this session after the rekey.
        QVERIFY(SettingsService(*t.clinic).set(QStringLiteral("security.idleLockMinutes"), QStringLiteral("7")).has_value());
        auto verify = t.clinic->audit().verify();
        QVERIFY(verify && verify->intact);
        t.clinic->lock();

        QCOMPARE(t.signIn(QStringLiteral("jo"), ReceptionPassword).error().code, ErrorCode::WrongPassword);
        auto sam = t.signIn(QStringLiteral("sam"), ReceptionPassword);
        QVERIFY2(sam.has_value(), sam ? "" : qPrintable(sam.error().text()));
        sam->reset();
        auto admin = t.signIn(QStringLiteral("admin"), AdminPassword);
        QVERIFY(admin.has_value());
        auto verifyAfter = (*admin)->audit().verify(); // rows from before the rotation still verify
        QVERIFY(verifyAfter && verifyAfter->intact);
        QCOMPARE(countAudit(**admin, QStringLiteral("key.rotate")), qint64(1));
        admin->reset();

        // A copy of the old key file, with the removed member's password, no longer opens it.
        const QByteArray current = readAll(KeyFile::pathFor(t.path));
        QVERIFY(writeAll(KeyFile::pathFor(t.path), oldKeyFile));
        auto old = t.signIn(QStringLiteral("jo"), ReceptionPassword);
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::Damaged);
        QVERIFY(writeAll(KeyFile::pathFor(t.path), current));
    }

    void interruptedRotationIsFinishedAtNextSignIn()
    {
        rapport::test::TestClinic t;
        const QString joId = addReceptionist(*t.clinic);
        // The rekey reaches the database, then the program stops before the key file swap.
        auto nextKey = t.clinic->keyring().prepareRotation(joId);
        QVERIFY(nextKey.has_value());
        QVERIFY(t.clinic->database().rekey(*nextKey).has_value());
        t.clinic.reset();
        QVERIFY(QFileInfo::exists(KeyFile::pendingPathFor(t.path)));

        auto admin = t.signIn(QStringLiteral("admin"), AdminPassword);
        QVERIFY2(admin.has_value(), admin ? "" : qPrintable(admin.error().text()));
        QVERIFY(!QFileInfo::exists(KeyFile::pendingPathFor(t.path)));
        QCOMPARE(keyFileJson(t.path).value(QStringLiteral("keyId")).toInt(), 2);
        QVERIFY((*admin)->audit().verify()->intact);
    }

    void staleNextKeyFileIsDiscarded()
    {
        rapport::test::TestClinic t;
        const QString joId = addReceptionist(*t.clinic);
        QVERIFY(t.clinic->keyring().prepareRotation(joId).has_value()); // stopped before the rekey
        t.clinic.reset();
        auto jo = t.signIn(QStringLiteral("jo"), ReceptionPassword);
        QVERIFY(jo.has_value());
        QVERIFY(!QFileInfo::exists(KeyFile::pendingPathFor(t.path)));
        QCOMPARE(keyFileJson(t.path).value(QStringLiteral("keyId")).toInt(), 1);
    }

    void recoveryKeyOpensTheClinicAndIsAudited()
    {
        rapport::test::TestClinic t;
        const QString joId = addReceptionist(*t.clinic);
        QVERIFY(StaffService(*t.clinic).deactivate(joId).has_value()); // survives a rotation
        t.clinic->lock();

        auto rec = Clinic::signInWithRecoveryKey(t.path, t.recoveryKey.toLower(), t.clock);
        QVERIFY2(rec.has_value(), rec ? "" : qPrintable(rec.error().text()));
        QVERIFY((*rec)->session().viaRecoveryKey);
        QCOMPARE(countAudit(**rec, QStringLiteral("signin.recovery")), qint64(1));
        // An administrator who forgot their password is reset through it.
        StaffService staff(**rec);
        auto admin = staff.find(QStringLiteral("admin"));
        QVERIFY(staff.resetPassword(admin->id, QStringLiteral("temporary pass 1")).has_value());
        rec->reset();
        auto signedIn = t.signIn(QStringLiteral("admin"), QStringLiteral("temporary pass 1"));
        QVERIFY(signedIn.has_value());
        QVERIFY((*signedIn)->session().mustChangePassword);

        rapport::test::TestClinic other;
        auto foreign = Clinic::signInWithRecoveryKey(t.path, other.recoveryKey, t.clock);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, ErrorCode::WrongPassword);
    }

    void tamperedKeyFileIsDetected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("expected");
        QTest::newRow("demo flag") << QStringLiteral("demo") << int(ErrorCode::IntegrityFailure);
        QTest::newRow("clinic name") << QStringLiteral("clinicName") << int(ErrorCode::IntegrityFailure);
        QTest::newRow("recovery public key") << QStringLiteral("recovery") << int(ErrorCode::IntegrityFailure);
        QTest::newRow("extra slot") << QStringLiteral("slots") << int(ErrorCode::IntegrityFailure);
        QTest::newRow("wrapped key") << QStringLiteral("wrapped") << int(ErrorCode::WrongPassword);
        QTest::newRow("not JSON") << QStringLiteral("garbage") << int(ErrorCode::KeyFileDamaged);
        QTest::newRow("missing") << QStringLiteral("missing") << int(ErrorCode::KeyFileMissing);
    }

    void tamperedKeyFileIsDetected()
    {
        QFETCH(QString, field);
        QFETCH(int, expected);
        rapport::test::TestClinic t;
        addReceptionist(*t.clinic);
        t.clinic->lock();
        QJsonObject o = keyFileJson(t.path);
        if (field == QStringLiteral("demo")) {
            o.insert(QStringLiteral("demo"), true);
        } else if (field == QStringLiteral("clinicName")) {
            o.insert(QStringLiteral("clinicName"), QStringLiteral("Someone Else's Clinic"));
        } else if (field == QStringLiteral("recovery")) {
            QJsonObject r = o.value(QStringLiteral("recovery")).toObject();
            r.insert(QStringLiteral("publicKey"), QString::fromLatin1(QByteArray(32, 'x').toBase64()));
            o.insert(QStringLiteral("recovery"), r);
        } else if (field == QStringLiteral("slots")) {
            QJsonArray slots = o.value(QStringLiteral("slots")).toArray();
            QJsonObject copy = slots[1].toObject();
            copy.insert(QStringLiteral("username"), QStringLiteral("intruder"));
            slots.append(copy);
            o.insert(QStringLiteral("slots"), slots);
        } else if (field == QStringLiteral("wrapped")) {
            QJsonArray slots = o.value(QStringLiteral("slots")).toArray();
            QJsonObject admin = slots[0].toObject();
            QByteArray w = QByteArray::fromBase64(admin.value(QStringLiteral("wrappedSecretKey")).toString().toLatin1());
            w[30] = char(w[30] ^ 1);
            admin.insert(QStringLiteral("wrappedSecretKey"), QString::fromLatin1(w.toBase64()));
            slots[0] = admin;
            o.insert(QStringLiteral("slots"), slots);
        }
        if (field == QStringLiteral("garbage")) {
            QVERIFY(writeAll(KeyFile::pathFor(t.path), "{ this is not"));
            QVERIFY(writeAll(KeyFile::backupPathFor(t.path), "json at all"));
        } else if (field == QStringLiteral("missing")) {
            QVERIFY(QFile::remove(KeyFile::pathFor(t.path)));
            QVERIFY(QFile::remove(KeyFile::backupPathFor(t.path)));
        } else {
            writeKeyFileJson(t.path, o);
        }
        const QByteArray dbBefore = readAll(t.path);
        auto r = t.signIn(QStringLiteral("admin"), AdminPassword);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), expected);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(readAll(t.path), dbBefore);
    }

    void damagedKeyFileFallsBackToBackupCopy()
    {
        rapport::test::TestClinic t;
        t.clinic->lock();
        QVERIFY(writeAll(KeyFile::pathFor(t.path), "{\"format\": \"rapport-keyf"));
        auto r = t.signIn(QStringLiteral("admin"), AdminPassword);
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().text()));
    }

    void deactivatedAccountCannotSignInEvenWithSlot()
    {
        rapport::test::TestClinic t;
        const QString joId = addReceptionist(*t.clinic);
        // Deactivated in the table while the slot still exists (a failed rotation).
        auto st = t.clinic->database().prepare("UPDATE staff SET active = 0 WHERE id = :id");
        st->bind(":id", joId);
        QVERIFY(st->exec());
        t.clinic->lock();
        auto r = t.signIn(QStringLiteral("jo"), ReceptionPassword);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AccountDisabled);
    }

    void noPlaintextNamesInDatabaseWalOrKeyFile()
    {
        rapport::test::TestClinic t(QStringLiteral("Quillfeather Dental Practice"));
        StaffService staff(*t.clinic);
        QVERIFY(staff.add(QStringLiteral("zq"), QStringLiteral("Zbigniew Quxxworth"), Role::Clinician,
                          QStringLiteral("one time pass 42"))
                    .has_value());
        QVERIFY(staff.add(QStringLiteral("mv"), QStringLiteral("Marguerite Vandersloot"), Role::Manager,
                          QStringLiteral("one time pass 43"))
                    .has_value());
        const QList<QByteArray> names{QByteArrayLiteral("Zbigniew"), QByteArrayLiteral("Quxxworth"),
                                      QByteArrayLiteral("Marguerite"), QByteArrayLiteral("Vandersloot"),
                                      QByteArrayLiteral("Ada Admin")};
        auto check = [&](const QString& file) {
            const QByteArray bytes = readAll(file);
            for (const QByteArray& name : names) {
                QVERIFY2(!bytes.contains(name), qPrintable(file + QStringLiteral(" contains ") + QString::fromUtf8(name)));
                QVERIFY2(!bytes.contains(name.toLower()), qPrintable(file));
            }
        };
        // While open, the WAL holds the recent writes.
        QVERIFY(QFileInfo(t.path + QStringLiteral("-wal")).size() > 0);
        check(t.path);
        check(t.path + QStringLiteral("-wal"));
        check(KeyFile::pathFor(t.path));
        check(KeyFile::backupPathFor(t.path));
        t.clinic->lock();
        check(t.path);
        check(KeyFile::pathFor(t.path));
    }
};

QTEST_GUILESS_MAIN(TestClinicKeys)
#include "tst_clinic.moc"
