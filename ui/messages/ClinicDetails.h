#pragma once

#include <QString>
#include <QStringList>

namespace rapport {

class Clinic;

// The clinic's name and how patients reach it, as the settings hold them (clinic.name,
// clinic.address one line per line, clinic.phone, clinic.email): the sender of letters.
struct ClinicDetails
{
    QString name;
    QStringList addressLines;
    QString phone;
    QString email;

    [[nodiscard]] static ClinicDetails read(Clinic& clinic);
};

} // namespace rapport
