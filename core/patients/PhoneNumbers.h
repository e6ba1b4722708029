#pragma once

#include "common/Error.h"

#include <QString>

namespace rapport {

// Phone numbers through libphonenumber: typed in any common form, stored in E.164,
// shown in the clinic region's national format (international for foreign numbers).
class PhoneNumbers
{
public:
    // Empty input gives an empty result.
    [[nodiscard]] static Result<QString> toE164(const QString& typed, const QString& region);
    [[nodiscard]] static QString format(const QString& e164, const QString& region);
    [[nodiscard]] static bool isMobile(const QString& e164);
    // Digits only, for matching a number by its last digits.
    [[nodiscard]] static QString digits(const QString& text);
    // An example mobile number for the region, to show how to type one.
    [[nodiscard]] static QString example(const QString& region);
};

} // namespace rapport
