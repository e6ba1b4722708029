#pragma once

#include "security/Permission.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace rapport {

// What each role may do, in a sentence, for the dialogs that pick a role.
class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::RoleText)

public:
    [[nodiscard]] static QString summary(Role role);
    static void fillRoles(QComboBox* combo); // item data: int(Role)
};

} // namespace rapport
