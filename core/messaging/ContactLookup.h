#pragma once

#include "common/Error.h"
#include "patients/Patient.h"

#include <QHash>
#include <QStringList>

namespace rapport {

class Clinic;

// How to reach one patient by phone or post, read for a whole list at once. The rules are
// PatientService::contactFor's: the patient's own number or address, or, for a minor who
// has none, the first guardian's (a guardian who is a patient, or a contact's number).
struct PatientContact
{
    QString patientId;
    QString sortName;        // "Family, Given (Preferred)"
    QString displayName;     // "Preferred Family"
    QString language;        // the patient's, empty for the clinic's
    PatientStatus status = PatientStatus::Active;
    QString phone;           // E.164: own first phone, else the guardian's
    QString recipientName;   // whom the letter is addressed to (the guardian for a minor)
    QStringList addressLines; // street, town, region: empty when there is no postal address
    QString viaPatientId;    // the guardian reached instead, when there is one
    QString viaName;
};

// No permission check: the callers check theirs. Reads no patient into the audit trail.
class ContactLookup
{
public:
    explicit ContactLookup(Clinic& clinic);

    // Keyed by patient id; ids that are not found are left out. channel is Phone or Letter.
    [[nodiscard]] Result<QHash<QString, PatientContact>> load(const QStringList& patientIds, ContactChannel channel);

private:
    Clinic& m_clinic;
};

} // namespace rapport
