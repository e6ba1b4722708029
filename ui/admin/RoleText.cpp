#include "admin/RoleText.h"

#include <QComboBox>

namespace rapport {

QString RoleText::summary(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return tr("Finds and edits patients, books appointments, works recalls, sends messages and takes "
                  "complaints.");
    case Role::Clinician:
        return tr("Sees patients and the appointment book, books appointments, works recalls and handles "
                  "complaints.");
    case Role::Manager:
        return tr("Everything a receptionist does, plus reports, exports, backups, clinic settings and the "
                  "audit trail.");
    case Role::Administrator:
        return tr("Everything, including adding and removing staff accounts.");
    }
    return {};
}

void RoleText::fillRoles(QComboBox* combo)
{
    const QVariant current = combo->currentData();
    combo->clear();
    for (Role r : Permissions::allRoles())
        combo->addItem(Permissions::roleName(r), int(r));
    if (current.isValid())
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace rapport
