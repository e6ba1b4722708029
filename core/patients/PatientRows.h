#pragma once

#include "patients/Consent.h"
#include "patients/Patient.h"
#include "patients/PatientLink.h"
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

    // Writing: the SQL and its bindings, shared by single edits and bulk imports.
    [[nodiscard]] static const char* insertSql();
    [[nodiscard]] static const char* updateSql();
    static void bindWrite(Statement& st, const Patient& p, const QString& actorId, bool insert);
    // For an insert: a row id chosen in advance and the search key that goes with it.
    static void bindLocalId(Statement& insert, qint64 localId, qint64 searchDocid);
    [[nodiscard]] static const char* insertConsentSql();
    [[nodiscard]] static const char* upsertCurrentConsentSql();
    static void bindConsent(Statement& insert, Statement& current, const ConsentRecord& c);
    [[nodiscard]] static const char* insertLinkSql();
    static void bindLink(Statement& st, const PatientLink& link, const QString& actorId);
    [[nodiscard]] static const char* insertEventSql();
    [[nodiscard]] static QString nameKey(const Patient& p);
};

} // namespace rapport
