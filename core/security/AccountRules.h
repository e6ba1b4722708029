#pragma once

#include "common/Error.h"

namespace rapport {

// What a staff account's name and password must look like.
class AccountRules
{
public:
    static constexpr int MinimumPasswordLength = 10;

    [[nodiscard]] static Status checkUsername(const QString& username);
    [[nodiscard]] static Status checkDisplayName(const QString& displayName);
    [[nodiscard]] static Status checkPassword(const QString& password, const QString& username);
    // A readable one-time password for an administrator to hand over.
    [[nodiscard]] static QString generateOneTimePassword();
};

} // namespace rapport
