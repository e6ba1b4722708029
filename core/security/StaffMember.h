#pragma once

#include "security/Permission.h"

#include <QDateTime>
#include <QString>

namespace rapport {

struct StaffMember
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Receptionist;
    bool active = true;
    bool mustChangePassword = false;
    QDateTime createdAt;
    QDateTime lastSignInAt;
};

} // namespace rapport
