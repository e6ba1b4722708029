#pragma once

#include "common/Error.h"
#include "security/StaffMember.h"

#include <QList>

namespace rapport {

class Clinic;

// Staff accounts: every call checks the signed-in member's permission and writes the
// audit trail.
class StaffService
{
public:
    explicit StaffService(Clinic& clinic);

    [[nodiscard]] Result<QList<StaffMember>> list() const;
    [[nodiscard]] Result<StaffMember> find(const QString& userIdOrUsername) const;

    // New member with a one-time password they must change at their first sign-in.
    [[nodiscard]] Result<StaffMember> add(const QString& username, const QString& displayName, Role role,
                                          const QString& oneTimePassword);
    [[nodiscard]] Status changeRole(const QString& userId, Role role);
    // Removes the member's key slot and rotates the master key, so their old slot (or a
    // copy of the old key file) no longer opens the clinic.
    [[nodiscard]] Status deactivate(const QString& userId);
    // A new one-time password (and key pair); reactivates a deactivated member.
    [[nodiscard]] Status resetPassword(const QString& userId, const QString& oneTimePassword);
    [[nodiscard]] Status changeOwnPassword(const QString& currentPassword, const QString& newPassword);

private:
    [[nodiscard]] Result<qint64> activeAdministrators() const;

    Clinic& m_clinic;
};

} // namespace rapport
