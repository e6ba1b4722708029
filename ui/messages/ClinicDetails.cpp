#include "messages/ClinicDetails.h"

#include "security/SettingsService.h"

namespace rapport {

ClinicDetails ClinicDetails::read(Clinic& clinic)
{
    SettingsService settings(clinic);
    auto value = [&](const char* key) { return settings.get(QString::fromLatin1(key)).value_or(QString()).trimmed(); };
    ClinicDetails d;
    d.name = value("clinic.name");
    for (const QString& line : value("clinic.address").split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            d.addressLines << line.trimmed();
    d.phone = value("clinic.phone");
    d.email = value("clinic.email");
    return d;
}

} // namespace rapport
