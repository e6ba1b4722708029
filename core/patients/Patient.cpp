#include "patients/Patient.h"

#include <QLocale>

namespace rapport {

QStringList PostalAddress::lines(const QString& homeRegion) const
{
    if (line1.trimmed().isEmpty())
        return {};
    const QString home = homeRegion.trimmed().toUpper();
    const QString code = country.trimmed().isEmpty() ? home : country.trimmed().toUpper();
    const auto join = [](const QString& a, const QString& separator, const QString& b) {
        if (a.trimmed().isEmpty())
            return b.trimmed();
        if (b.trimmed().isEmpty())
            return a.trimmed();
        return a.trimmed() + separator + b.trimmed();
    };
    QStringList out{line1.trimmed(), line2.trimmed()};
    if (code == QLatin1String("GB") || code == QLatin1String("IE")) {
        out << city.trimmed() << region.trimmed() << postcode.trimmed();
    } else if (code == QLatin1String("US") || code == QLatin1String("CA") || code == QLatin1String("AU")) {
        out << join(join(city, QStringLiteral(", "), region), QStringLiteral(" "), postcode);
    } else {
        out << join(postcode, QStringLiteral(" "), city) << region.trimmed();
    }
    if (!country.trimmed().isEmpty() && code != home) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        out << (territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory));
    }
    out.removeAll(QString());
    return out;
}

QString Patient::displayName() const
{
    const QString first = preferredName.isEmpty() ? givenName : preferredName;
    if (first.isEmpty())
        return familyName;
    if (familyName.isEmpty())
        return first;
    return first + QLatin1Char(' ') + familyName;
}

QString Patient::sortName() const
{
    QString out = familyName;
    if (!givenName.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(", ")) + givenName;
    if (!preferredName.isEmpty() && preferredName != givenName)
        out += QStringLiteral(" (") + preferredName + QLatin1Char(')');
    return out;
}

int Patient::ageOn(const QDate& day) const
{
    if (!dateOfBirth.isValid() || !day.isValid() || day < dateOfBirth)
        return -1;
    int age = day.year() - dateOfBirth.year();
    if (day.month() < dateOfBirth.month() || (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
        --age;
    return age;
}

QString Patient::firstPhone() const
{
    if (!mobilePhone.isEmpty())
        return mobilePhone;
    if (!homePhone.isEmpty())
        return homePhone;
    return workPhone;
}

} // namespace rapport
