#pragma once

#include "common/Error.h"
#include "patients/Consent.h"
#include "patients/Patient.h"

#include <QList>
#include <QSet>

#include <optional>

namespace rapport {

class Clinic;

// What the patient list shows per row.
struct PatientRow
{
    QString patientId;
    QString sortName;
    QString displayName;
    QDate dateOfBirth;
    QString phone;
    QString email;
    PatientStatus status = PatientStatus::Active;
    ContactChannel preferredChannel = ContactChannel::None;
    QString externalId;
    QDateTime createdAt; // when the record was registered
};

struct PatientFilter
{
    QSet<PatientStatus> statuses{PatientStatus::Active, PatientStatus::Inactive};
    QString tag;
    int minAge = -1; // inclusive, -1 = open
    int maxAge = -1; // inclusive
    std::optional<ContactChannel> consentChannel; // granted for consentPurpose
    ConsentPurpose consentPurpose = ConsentPurpose::AppointmentReminders;
};

enum class PatientSort { Name, DateOfBirth, Status, Created };

// The patient list: filtered, sorted and read in pages so 100,000 rows scroll without
// loading them all.
class PatientDirectory
{
public:
    explicit PatientDirectory(Clinic& clinic);

    [[nodiscard]] Result<qint64> count(const PatientFilter& filter);
    [[nodiscard]] Result<QList<PatientRow>> page(const PatientFilter& filter, PatientSort sort, bool ascending,
                                                 int offset, int limit);
    // The whole list in order as local row ids (from covering indexes, no table pages),
    // then rows for any slice of it: a scrolling view jumps anywhere at the same cost.
    [[nodiscard]] Result<QList<qint64>> orderedIds(const PatientFilter& filter, PatientSort sort, bool ascending);
    [[nodiscard]] Result<QList<PatientRow>> rows(const QList<qint64>& localIds);
    [[nodiscard]] Result<QStringList> tags();

private:
    Clinic& m_clinic;
};

} // namespace rapport
