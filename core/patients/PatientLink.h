#pragma once

#include <QDateTime>
#include <QString>

namespace rapport {

enum class LinkKind { Guardian, Spouse, Caregiver, Guarantor, EmergencyContact };

// A family or care link from a patient to another patient, or to a contact who is not a
// patient (then the contact fields are used).
struct PatientLink
{
    QString id;
    QString patientId;
    LinkKind kind = LinkKind::Guardian;
    QString relatedPatientId;
    QString contactName;
    QString contactPhone; // E.164
    QString contactEmail;
    QString note;
    QDateTime createdAt;
    QString relatedDisplayName; // filled by queries: the related patient's or the contact's name

    [[nodiscard]] bool isToPatient() const { return !relatedPatientId.isEmpty(); }
};

} // namespace rapport
