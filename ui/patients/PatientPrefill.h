#pragma once

#include "patients/Patient.h"

#include <QLocale>
#include <QString>

namespace rapport {

// What someone typed into the patient search, turned into a start for a new record:
// words become given and family names ("Walsh, Jo" too), a phone number becomes the
// mobile, an e-mail address the e-mail and a date the date of birth. Phone numbers stay
// as typed; the form checks and formats them.
class PatientPrefill
{
public:
    [[nodiscard]] static Patient fromSearchText(const QString& typed, const QLocale& locale = QLocale());
};

} // namespace rapport
