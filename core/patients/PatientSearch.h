#pragma once

#include "common/Error.h"
#include "patients/Patient.h"

#include <QList>
#include <QLocale>

namespace rapport {

class Clinic;

struct PatientSearchHit
{
    QString patientId;
    QString displayName;
    QString sortName;
    QDate dateOfBirth;
    QString phone; // E.164: mobile, else home, else work
    QString email;
    PatientStatus status = PatientStatus::Active;
    bool exact = false; // a typed word is a whole name, not only its beginning
};

struct PatientSearchOptions
{
    bool includeArchived = false;
    int limit = 50;
};

// The one search box: names by prefix in any order, a phone by its last four or more
// digits, e-mail, external id, date of birth in the locale's format; case and accents
// ignored. Ranked: exact names before prefixes, active before inactive.
class PatientSearch
{
public:
    PatientSearch(Clinic& clinic, QLocale locale = QLocale());

    [[nodiscard]] Result<QList<PatientSearchHit>> search(const QString& typed, PatientSearchOptions options = {});

private:
    Clinic& m_clinic;
    QLocale m_locale;
};

} // namespace rapport
