#include "crypto/Crypto.h"
#include "crypto/PasswordKdf.h"
#include "crypto/RecoveryKey.h"

#include <QRegularExpression>
#include <QTest>

using namespace rapport;

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoveryKeyIsFourteenGroupsAndRoundTrips()
    {
        const SecureBytes secret = RecoveryKey::generate();
        const QString text = RecoveryKey::format(secret);
        QVERIFY2(QRegularExpression(QStringLiteral("^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$")).match(text).hasMatch(),
                 qPrintable(text));
        auto parsed = RecoveryKey::parse(text);
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->equals(secret));
        // Typed from paper: lower case, spaces instead of dashes.
        auto typed = RecoveryKey::parse(text.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY(typed.has_value());
        QVERIFY(typed->equals(secret));
    }

    void recoveryKeyTypingErrorIsDetected()
    {
        const QString text = RecoveryKey::format(RecoveryKey::generate());
        QString typo = text;
        typo[5] = typo[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        auto parsed = RecoveryKey::parse(typo);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY(parsed.error().message.contains(QStringLiteral("typing error")));

        auto shortKey = RecoveryKey::parse(text.left(20));
        QVERIFY(!shortKey);
        QVERIFY(shortKey.error().message.contains(QStringLiteral("56")));

        auto badChar = RecoveryKey::parse(text.left(10) + QStringLiteral("!"));
        QVERIFY(!badChar);
    }

    void sealedBoxOpensOnlyWithItsKey()
    {
        const X25519KeyPair alice = Crypto::newKeyPair();
        const X25519KeyPair mallory = Crypto::newKeyPair();
        const SecureBytes secret = SecureBytes::random(32);
        const QByteArray sealed = Crypto::seal(secret, alice.publicKey);
        auto opened = Crypto::unseal(sealed, alice.publicKey, alice.secretKey);
        QVERIFY(opened.has_value());
        QVERIFY(opened->equals(secret));
        QVERIFY(!Crypto::unseal(sealed, mallory.publicKey, mallory.secretKey));
        QByteArray tampered = sealed;
        tampered[40] = char(tampered[40] ^ 1);
        QVERIFY(!Crypto::unseal(tampered, alice.publicKey, alice.secretKey));
        QCOMPARE(Crypto::publicKeyOf(alice.secretKey), alice.publicKey);
    }

    void aeadBindsAssociatedData()
    {
        const SecureBytes key = SecureBytes::random(32);
        const QByteArray box = Crypto::encrypt(key, QByteArrayLiteral("staff private key"), QByteArrayLiteral("slot|a"));
        QCOMPARE(*Crypto::decrypt(key, box, QByteArrayLiteral("slot|a")), QByteArrayLiteral("staff private key"));
        QVERIFY(!Crypto::decrypt(key, box, QByteArrayLiteral("slot|b")));
        QVERIFY(!Crypto::decrypt(SecureBytes::random(32), box, QByteArrayLiteral("slot|a")));
        QVERIFY(!Crypto::decrypt(key, box.left(10), QByteArrayLiteral("slot|a")));
    }

    void subKeysDifferByPurposeAndAreStable()
    {
        const SecureBytes master = SecureBytes::random(32);
        const SecureBytes db1 = Crypto::deriveSubKey(master, KeyPurpose::Database);
        const SecureBytes db2 = Crypto::deriveSubKey(master, KeyPurpose::Database);
        const SecureBytes audit = Crypto::deriveSubKey(master, KeyPurpose::Audit);
        QVERIFY(db1.equals(db2));
        QVERIFY(!db1.equals(audit));
        QVERIFY(!db1.equals(master));
    }

    void passwordKdfIsDeterministicPerSaltAndNeverBelowFloor()
    {
        const QByteArray salt = PasswordKdf::newSalt();
        const KdfParams fast = PasswordKdf::insecureFast();
        auto a = PasswordKdf::derive(QStringLiteral("pässwörd"), salt, fast);
        auto b = PasswordKdf::derive(QStringLiteral("pässwörd"), salt, fast);
        auto c = PasswordKdf::derive(QStringLiteral("passwörd"), salt, fast);
        QVERIFY(a && b && c);
        QVERIFY(a->equals(*b));
        QVERIFY(!a->equals(*c));
        QVERIFY(!PasswordKdf::derive(QStringLiteral("x"), QByteArray(3, 'x'), fast));

        QVERIFY(PasswordKdf::isAtLeastMinimum(PasswordKdf::minimum()));
        QVERIFY(!PasswordKdf::isAtLeastMinimum(fast));
        const KdfParams tuned = PasswordKdf::tune(50); // a short target: the floor wins
        QVERIFY(PasswordKdf::isAtLeastMinimum(tuned));
        QVERIFY(tuned.opsLimit >= 3);
        QVERIFY(tuned.memLimitBytes >= 64ull * 1024 * 1024);
    }

    void secureBytesWipeOnClear()
    {
        SecureBytes s = SecureBytes::random(32);
        SecureBytes moved = std::move(s);
        QVERIFY(s.isEmpty());
        QCOMPARE(moved.size(), std::size_t(32));
        moved.clear();
        QVERIFY(moved.isEmpty());
        QByteArray plain("secret");
        wipe(plain);
        QVERIFY(plain.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
