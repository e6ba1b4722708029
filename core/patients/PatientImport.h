#pragma once

#include "common/Error.h"
#include "patients/Consent.h"
#include "patients/Patient.h"
#include "patients/PatientLink.h"

#include <QList>

#include <functional>
#include <memory>

namespace rapport {

class Clinic;
class Transaction;

// Writes many patients in one transaction, for imports and demo data: each record is
// validated and normalised like a single create, without the duplicate check, and the
// whole batch is one audit row ("patient.import" with the count). Nothing is written
// unless finish() succeeds.
class PatientImport
{
public:
    struct Entry
    {
        Patient patient; // id may be preset (stable demo data); created when empty
        QList<ConsentRecord> consents;
        QList<PatientLink> links; // patientId is filled in; relatedPatientId must already exist or come earlier
    };

    explicit PatientImport(Clinic& clinic, QString source);
    ~PatientImport();

    [[nodiscard]] Status begin();
    // Returns the stored patient id.
    [[nodiscard]] Result<QString> add(Entry entry);
    [[nodiscard]] Status finish();
    [[nodiscard]] int count() const { return m_count; }

private:
    struct Statements;
    Clinic& m_clinic;
    QString m_source;
    QString m_region;
    QDate m_today;
    std::unique_ptr<Transaction> m_tx;
    std::unique_ptr<Statements> m_st;
    int m_count = 0;
    qint64 m_nextLocalId = 0;
};

} // namespace rapport
