#include "crypto/RecoveryKey.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace rapport {

namespace {
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int ChecksumBytes = 3;
constexpr int TotalBytes = RecoveryKey::SecretBytes + ChecksumBytes; // 35 bytes = 56 characters

void checksum(const unsigned char* secret, unsigned char* out)
{
    unsigned char hash[crypto_generichash_BYTES_MIN];
    crypto_generichash(hash, sizeof hash, secret, RecoveryKey::SecretBytes,
                       reinterpret_cast<const unsigned char*>("rapport-recovery"), 16);
    std::copy(hash, hash + ChecksumBytes, out);
}

int decodeChar(QChar c)
{
    const char u = c.toUpper().toLatin1();
    if (u >= 'A' && u <= 'Z')
        return u - 'A';
    if (u >= '2' && u <= '7')
        return 26 + (u - '2');
    // Characters people confuse when copying from paper.
    if (u == '0')
        return 'O' - 'A';
    if (u == '1')
        return 'I' - 'A';
    if (u == '8')
        return 'B' - 'A';
    return -1;
}
} // namespace

SecureBytes RecoveryKey::generate()
{
    return SecureBytes::random(SecretBytes);
}

QString RecoveryKey::format(const SecureBytes& secret)
{
    Sodium::ensureInitialised();
    SecureBytes all(TotalBytes);
    std::copy(secret.data(), secret.data() + SecretBytes, all.data());
    checksum(secret.data(), all.data() + SecretBytes);
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    int emitted = 0;
    for (int i = 0; i < TotalBytes; ++i) {
        buffer = (buffer << 8) | all.data()[i];
        bits += 8;
        while (bits >= 5) {
            if (emitted > 0 && emitted % 4 == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
            ++emitted;
        }
    }
    buffer = 0;
    return out;
}

Result<SecureBytes> RecoveryKey::parse(const QString& text)
{
    Sodium::ensureInitialised();
    SecureBytes all(TotalBytes);
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    int chars = 0;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = decodeChar(c);
        if (v < 0)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("rapport::RecoveryKey",
                                                    "The recovery key contains a character that is not used in recovery keys: “%1”. Check what you typed against the printed sheet.")
                            .arg(c));
        ++chars;
        if (chars > 56)
            break;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            if (written < TotalBytes)
                all.data()[written++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    if (chars != 56 || written != TotalBytes)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::RecoveryKey",
                                                "A recovery key has 56 characters in 14 groups of four; this one has %1. Check what you typed against the printed sheet.")
                        .arg(chars));
    unsigned char expected[ChecksumBytes];
    checksum(all.data(), expected);
    if (sodium_memcmp(expected, all.data() + SecretBytes, ChecksumBytes) != 0)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("rapport::RecoveryKey",
                                                "The recovery key has a typing error. Check each group against the printed sheet."));
    return SecureBytes::fromRaw(all.data(), SecretBytes);
}

} // namespace rapport
