#pragma once

#include "patients/Patient.h"
#include "storage/Statement.h"

namespace rapport {

// The columns of a patient row and how they become a Patient, shared by the services
// that read patients.
class PatientRows
{
public:
    static constexpr int ColumnCount = 25;
    [[nodiscard]] static QString columns(const QString& alias = {});
    [[nodiscard]] static Patient read(const Statement& st, int first = 0);
    [[nodiscard]] static int statusRank(PatientStatus status);
};

} // namespace rapport
