#pragma once

#include <QString>

namespace rapport {

// How many SMS a text takes. Texts in the GSM 7-bit alphabet take 160 characters in one
// message and 153 in each part of a longer one (the characters of its extension table,
// such as € and [, count twice); any other character makes the whole text UCS-2: 70 in
// one, 67 in each part.
struct SmsLength
{
    int characters = 0; // as the gateway counts them
    int segments = 0;
    bool unicode = false;
    QString firstUnicode; // the first character that is not GSM 7-bit, for the hint

    [[nodiscard]] static SmsLength of(const QString& text);
};

} // namespace rapport
