#pragma once

#include "patients/Consent.h"
#include "patients/Patient.h"
#include "patients/PatientLink.h"
#include "patients/PatientSearch.h"
#include "patients/PatientService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace rapport::ctl {

// How the patient commands show a record: one stable JSON shape for scripts (keys always
// present, stored vocabulary keys, phones in E.164 beside their formatted form, instants
// in ISO 8601 UTC) and label/value rows for people, in the locale's date format.
class PatientFormat
{
    Q_DECLARE_TR_FUNCTIONS(rapportctl)

public:
    // What the clinic's settings add to a record when it is shown.
    struct ClinicView
    {
        QString region;     // for phone numbers
        QDate today;        // for ages
        QTimeZone timeZone; // for times people read
    };

    [[nodiscard]] static QJsonObject recordJson(const Patient& patient, const ClinicView& clinic);
    [[nodiscard]] static QJsonObject hitJson(const PatientSearchHit& hit, const ClinicView& clinic);
    [[nodiscard]] static QJsonObject consentJson(const ConsentRecord& consent);
    // Seen from the record of patientId: "to" when that patient holds the link, "from" when
    // another patient's record links to them.
    [[nodiscard]] static QJsonObject linkJson(const PatientLink& link, const QString& patientId);
    [[nodiscard]] static QJsonObject timelineJson(const TimelineEntry& entry);

    [[nodiscard]] static QList<QStringList> recordRows(const Patient& patient, const ClinicView& clinic);
    [[nodiscard]] static QList<QStringList> consentRows(const QList<ConsentRecord>& consents,
                                                        const ClinicView& clinic);
    [[nodiscard]] static QList<QStringList> linkRows(const QList<PatientLink>& links,
                                                     const QString& patientId);
    [[nodiscard]] static QList<QStringList> timelineRows(const QList<TimelineEntry>& entries,
                                                         const ClinicView& clinic);
    [[nodiscard]] static QList<QStringList> hitRows(const QList<PatientSearchHit>& hits,
                                                    const ClinicView& clinic);

    // -1 when the date of birth is unknown.
    [[nodiscard]] static int age(const QDate& dateOfBirth, const QDate& today);
    [[nodiscard]] static QString shownDate(const QDate& date);
    [[nodiscard]] static QString shownInstant(const QDateTime& at, const QTimeZone& timeZone);
};

} // namespace rapport::ctl
