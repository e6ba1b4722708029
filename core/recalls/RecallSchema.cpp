#include "recalls/RecallSchema.h"

#include "storage/Database.h"

namespace rapport {

Status createRecallSchema(Database& db)
{
    // Due dates are local dates of the clinic; moments are UTC milliseconds. The chain is
    // kept as "offset:channel" pairs separated by commas ("-21:preferred,0:other,14:call").
    return db.exec(R"sql(
CREATE TABLE recall_types (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    interval_months INTEGER NOT NULL DEFAULT 6 CHECK (interval_months BETWEEN 0 AND 120),
    interval_days INTEGER NOT NULL DEFAULT 0 CHECK (interval_days BETWEEN 0 AND 3660),
    booking_type_id TEXT REFERENCES appointment_types (id),
    until_age INTEGER,
    then_type_id TEXT REFERENCES recall_types (id),
    max_attempts INTEGER NOT NULL DEFAULT 3 CHECK (max_attempts BETWEEN 1 AND 20),
    chain TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- The appointment types that, completed, reset a recall type.
CREATE TABLE recall_type_resets (
    recall_type_id TEXT NOT NULL REFERENCES recall_types (id),
    appointment_type_id TEXT NOT NULL REFERENCES appointment_types (id),
    PRIMARY KEY (recall_type_id, appointment_type_id)
) WITHOUT ROWID;
CREATE INDEX recall_type_resets_appointment ON recall_type_resets (appointment_type_id);

CREATE TABLE patient_recalls (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    recall_type_id TEXT NOT NULL REFERENCES recall_types (id),
    override_months INTEGER,
    override_days INTEGER,
    last_completed TEXT,
    due_date TEXT NOT NULL,
    scheduled_appointment_id TEXT REFERENCES appointments (id),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'declined', 'inactive')),
    state_reason TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_contact_at INTEGER,
    last_contact_channel TEXT,
    provider_id TEXT REFERENCES providers (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (patient_id, recall_type_id)
);
CREATE INDEX patient_recalls_due ON patient_recalls (due_date, state);
CREATE INDEX patient_recalls_scheduled ON patient_recalls (scheduled_appointment_id)
    WHERE scheduled_appointment_id IS NOT NULL;
)sql");
}

Status addRecallScheduledStart(Database& db)
{
    // UTC milliseconds of scheduled_appointment_id's start, written with it.
    return db.exec(R"sql(
ALTER TABLE patient_recalls ADD COLUMN scheduled_start INTEGER;
UPDATE patient_recalls SET scheduled_start = (SELECT a.start_at FROM appointments a
    WHERE a.id = patient_recalls.scheduled_appointment_id)
    WHERE scheduled_appointment_id IS NOT NULL;
)sql");
}

Status addPatientContactIndex(Database& db)
{
    // The recall list reads, for every row, the patient's name, phones, birth date and
    // status. From the table that is a random page of 100,000 wide rows each (more than
    // the page cache holds); from this index, a few megabytes that stay cached.
    return db.exec(R"sql(
CREATE INDEX patients_contact_cover ON patients (id, family_name, given_name, preferred_name, mobile_phone,
    home_phone, work_phone, date_of_birth, status);
)sql");
}

} // namespace rapport
