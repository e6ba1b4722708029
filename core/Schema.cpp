#include "Schema.h"

#include "security/SecuritySchema.h"

namespace rapport {

const std::vector<Migration>& clinicMigrations()
{
    static const std::vector<Migration> migrations{
        {1, QStringLiteral("staff, settings and audit trail"), createSecuritySchema},
    };
    return migrations;
}

} // namespace rapport
