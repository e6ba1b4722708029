#include "messages/SmsLength.h"

namespace rapport {

namespace {
// GSM 03.38 basic character set (as Unicode), without the escape.
const QString& gsmBasic()
{
    static const QString chars = QString::fromUtf8(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return chars;
}

const QString& gsmExtension()
{
    static const QString chars = QString::fromUtf8("\f^{}\\[~]|€");
    return chars;
}
} // namespace

SmsLength SmsLength::of(const QString& text)
{
    SmsLength out;
    int septets = 0;
    for (const QChar c : text) {
        if (gsmBasic().contains(c)) {
            septets += 1;
        } else if (gsmExtension().contains(c)) {
            septets += 2;
        } else if (!out.unicode) {
            out.unicode = true;
            out.firstUnicode = QString(c);
        }
    }
    if (out.unicode) {
        // UTF-16 code units, as gateways count UCS-2 (an emoji takes two).
        out.characters = int(text.size());
        out.segments = out.characters == 0 ? 0 : out.characters <= 70 ? 1 : (out.characters + 66) / 67;
    } else {
        out.characters = septets;
        out.segments = septets == 0 ? 0 : septets <= 160 ? 1 : (septets + 152) / 153;
    }
    return out;
}

} // namespace rapport
