#include "patients/Patient.h"

namespace rapport {

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
