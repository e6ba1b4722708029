#pragma once

#include "common/Error.h"
#include "security/Permission.h"

#include <QString>

namespace rapport {

// Who is signed in. Passed to every service call that reads or writes clinic data.
struct Session
{
    QString userId;
    QString username;
    QString displayName;
    Role role = Role::Receptionist;
    bool viaRecoveryKey = false;
    bool mustChangePassword = false;

    [[nodiscard]] bool can(Permission p) const { return Permissions::allows(role, p); }
    [[nodiscard]] Status require(Permission p) const;
};

} // namespace rapport
