#pragma once

#include "common/Error.h"
#include "patients/Patient.h"
#include "patients/PatientLink.h"

#include <QDate>
#include <QList>
#include <QLocale>

namespace rapport {

// Checks a patient record before it is saved, normalising what it can (phones to E.164,
// trimmed names, lower-case tags) and saying precisely what is wrong otherwise.
class PatientValidator
{
public:
    // today is the clinic's date, so "born tomorrow" is refused.
    [[nodiscard]] static Status normalise(Patient& patient, const QString& region, const QDate& today);
    [[nodiscard]] static Status checkEmail(const QString& email);
    [[nodiscard]] static Status checkDateOfBirth(const QDate& date, const QDate& today);
    // A typed date: "31/02/2020" gets a message that says why it is impossible.
    [[nodiscard]] static Result<QDate> parseDate(const QString& typed, const QLocale& locale);
    [[nodiscard]] static Status checkLink(PatientLink& link, const QString& region);
};

} // namespace rapport
