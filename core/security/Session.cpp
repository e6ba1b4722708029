#include "security/Session.h"

#include <QCoreApplication>

namespace rapport {

Status Session::require(Permission p) const
{
    if (can(p))
        return {};
    return fail(ErrorCode::PermissionDenied,
                QCoreApplication::translate("rapport::Session",
                                            "Your role (%1) may not %2. Ask a practice manager or administrator.")
                    .arg(Permissions::roleName(role), Permissions::permissionName(p)),
                Permissions::permissionKey(p));
}

} // namespace rapport
