#pragma once

#include "patients/Patient.h"
#include "patients/PatientService.h"

#include <QTest>

namespace rapport::test {

inline Patient makePatient(const QString& given, const QString& family, QDate dob = QDate(1980, 5, 17),
                           const QString& mobile = {}, const QString& email = {})
{
    Patient p;
    p.givenName = given;
    p.familyName = family;
    p.dateOfBirth = dob;
    p.mobilePhone = mobile;
    p.email = email;
    return p;
}

inline Patient createOrDie(PatientService& service, const Patient& p, const QList<PatientLink>& links = {})
{
    auto created = service.create(p, links, PatientCreateOptions{true});
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().text()));
    return *created;
}

} // namespace rapport::test
