#pragma once

#include "common/Error.h"
#include "patients/Consent.h"
#include "patients/Patient.h"
#include "patients/PatientLink.h"

#include <QList>

namespace rapport {

class Clinic;

// Why an existing record may be the same person as the one being saved.
struct DuplicateMatch
{
    enum Reason { SameNameAndDateOfBirth = 1, SamePhone = 2, SameEmail = 4 };
    QString patientId;
    QString displayName;
    QDate dateOfBirth;
    PatientStatus status = PatientStatus::Active;
    int reasons = 0;

    [[nodiscard]] QString describe() const; // translated: "same name and date of birth, same phone"
};

// One entry of a patient's timeline: every contact and every change, newest first.
// Later areas (appointments, messages, calls, complaints, surveys) add their entries.
struct TimelineEntry
{
    QDateTime at;
    QString kind;    // "record.created", "record.changed", "consent", "link", "status", "merge"
    QString summary; // translated, for people
    QString actorName;
    QString sourceId;
};

// Where to reach a patient on a channel: their own address, or for a minor without one,
// their guardian's.
struct ContactPoint
{
    QString address; // E.164 number, e-mail address or postal address lines
    QString viaPatientId;
    QString viaName;
    [[nodiscard]] bool isEmpty() const { return address.isEmpty(); }
};

struct PatientCreateOptions
{
    bool allowDuplicates = false; // the user saw the possible duplicates and chose "create anyway"
};

// The patient record: every call checks permissions in core and writes the audit trail;
// every change also appears on the patient's timeline.
class PatientService
{
public:
    explicit PatientService(Clinic& clinic);

    [[nodiscard]] Result<Patient> create(const Patient& draft, const QList<PatientLink>& links = {},
                                         PatientCreateOptions options = {});
    [[nodiscard]] Result<Patient> update(const Patient& changed, PatientCreateOptions options = {});
    // Opening a record to look at it: audited as "patient.open".
    [[nodiscard]] Result<Patient> open(const QString& patientId);
    [[nodiscard]] Result<QList<DuplicateMatch>> findDuplicates(const Patient& candidate);

    [[nodiscard]] Status setStatus(const QString& patientId, PatientStatus status);
    [[nodiscard]] Status archive(const QString& patientId) { return setStatus(patientId, PatientStatus::Archived); }
    // Folds mergedId into keptId: every link, consent, event and tag moves over, empty
    // fields are filled from the merged record, which is archived and points to the kept one.
    [[nodiscard]] Result<Patient> merge(const QString& keptId, const QString& mergedId);

    [[nodiscard]] Result<ConsentRecord> recordConsent(const QString& patientId, ContactChannel channel,
                                                      ConsentPurpose purpose, bool granted, ConsentMethod method,
                                                      const QString& note = {});
    [[nodiscard]] Result<QList<ConsentRecord>> consentHistory(const QString& patientId);
    [[nodiscard]] Result<QList<ConsentRecord>> currentConsents(const QString& patientId);
    [[nodiscard]] Result<bool> hasConsent(const QString& patientId, ContactChannel channel, ConsentPurpose purpose);

    [[nodiscard]] Result<PatientLink> addLink(const PatientLink& link);
    [[nodiscard]] Status endLink(const QString& linkId);
    // Links from the patient and links to them from others (a parent sees their children).
    [[nodiscard]] Result<QList<PatientLink>> links(const QString& patientId);

    [[nodiscard]] Result<QList<TimelineEntry>> timeline(const QString& patientId);
    [[nodiscard]] Result<ContactPoint> contactFor(const QString& patientId, ContactChannel channel);

    // The clinic's age of majority and whether minors need a guardian (settings).
    [[nodiscard]] int adultAge() const;
    [[nodiscard]] bool guardianRequiredForMinors() const;

private:
    [[nodiscard]] Result<Patient> load(const QString& patientId);
    [[nodiscard]] Status writeRow(const Patient& p, bool insert);
    [[nodiscard]] Status writeTags(const Patient& p);
    [[nodiscard]] Status writeSearchTerms(const Patient& p);
    [[nodiscard]] Status insertLink(PatientLink& link);
    [[nodiscard]] Status addEvent(const QString& patientId, const QString& kind, const QString& detail);
    [[nodiscard]] Status checkGuardianRule(const Patient& p, bool hasGuardian);
    [[nodiscard]] Result<bool> hasActiveGuardian(const QString& patientId);
    [[nodiscard]] QString region() const;
    [[nodiscard]] QDate today() const;

    Clinic& m_clinic;
};

} // namespace rapport
