#include "common/Uuid.h"

#include <QDateTime>
#include <QRegularExpression>

#include <sodium.h>

namespace rapport {

QString Uuid::create(qint64 unixMs)
{
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    const auto ms = static_cast<quint64>(unixMs);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F));
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F));
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0F]);
    }
    return out;
}

QString Uuid::create()
{
    return create(QDateTime::currentMSecsSinceEpoch());
}

bool Uuid::isValid(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace rapport
