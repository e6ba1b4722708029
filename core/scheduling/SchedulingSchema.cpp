#include "scheduling/SchedulingSchema.h"

#include "storage/Database.h"

namespace rapport {

Status createSchedulingSchema(Database& db)
{
    // Times are UTC milliseconds; working hours and exceptions are local dates and minutes
    // after local midnight in the clinic's time zone, so 09:00 stays 09:00 across a
    // daylight-saving change.
    return db.exec(R"sql(
CREATE TABLE providers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'dentist'
        CHECK (kind IN ('dentist', 'hygienist', 'doctor', 'therapist', 'other')),
    colour TEXT NOT NULL DEFAULT '',
    staff_id TEXT REFERENCES staff (id),
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE chairs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE appointment_types (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
    colour TEXT NOT NULL DEFAULT '',
    recall_type TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Which providers may do a type; no rows means every provider.
CREATE TABLE appointment_type_providers (
    type_id TEXT NOT NULL REFERENCES appointment_types (id),
    provider_id TEXT NOT NULL REFERENCES providers (id),
    PRIMARY KEY (type_id, provider_id)
) WITHOUT ROWID;

CREATE TABLE working_hours (
    provider_id TEXT NOT NULL REFERENCES providers (id),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440 AND end_minute > start_minute),
    chair_id TEXT REFERENCES chairs (id),
    PRIMARY KEY (provider_id, weekday, start_minute)
) WITHOUT ROWID;

-- Leave, training and other absences of one provider; closures (provider_id NULL) of the
-- whole clinic. Removed ones are kept with removed = 1.
CREATE TABLE schedule_exceptions (
    id TEXT PRIMARY KEY,
    provider_id TEXT REFERENCES providers (id),
    kind TEXT NOT NULL CHECK (kind IN ('leave', 'training', 'closure', 'other')),
    first_date TEXT NOT NULL,
    last_date TEXT NOT NULL,
    start_minute INTEGER,
    end_minute INTEGER,
    note TEXT NOT NULL DEFAULT '',
    removed INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    created_by TEXT
);
CREATE INDEX schedule_exceptions_dates ON schedule_exceptions (last_date, first_date);

CREATE TABLE appointment_series (
    id TEXT PRIMARY KEY,
    frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
    interval_count INTEGER NOT NULL,
    occurrences INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT
);

CREATE TABLE appointments (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    provider_id TEXT NOT NULL REFERENCES providers (id),
    chair_id TEXT REFERENCES chairs (id),
    type_id TEXT NOT NULL REFERENCES appointment_types (id),
    start_at INTEGER NOT NULL,
    end_at INTEGER NOT NULL CHECK (end_at > start_at),
    status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'confirmed', 'arrived', 'in-chair',
        'completed', 'cancelled-patient', 'cancelled-clinic', 'late-cancellation', 'no-show')),
    holds_time INTEGER NOT NULL DEFAULT 1,
    status_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    series_id TEXT REFERENCES appointment_series (id),
    series_index INTEGER,
    series_exception INTEGER NOT NULL DEFAULT 0,
    override_reason TEXT NOT NULL DEFAULT '',
    booked_at INTEGER NOT NULL,
    booked_by TEXT,
    updated_at INTEGER NOT NULL,
    updated_by TEXT
);
-- The book and the conflict checks read by provider, chair or patient and time; the
-- patient index also covers the no-show history (status, booking moment).
CREATE INDEX appointments_provider_time ON appointments (provider_id, start_at, end_at, holds_time);
CREATE INDEX appointments_chair_time ON appointments (chair_id, start_at, end_at, holds_time) WHERE chair_id IS NOT NULL;
CREATE INDEX appointments_patient_time ON appointments (patient_id, start_at, status, booked_at, end_at);
CREATE INDEX appointments_start ON appointments (start_at, provider_id, holds_time);
CREATE INDEX appointments_series ON appointments (series_id, series_index) WHERE series_id IS NOT NULL;

CREATE TABLE appointment_status_history (
    id TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL,
    actor_id TEXT
);
CREATE INDEX appointment_status_history_appointment ON appointment_status_history (appointment_id, at);

-- Patients who want an earlier slot. weekdays is a bit set (bit 0 = Monday).
CREATE TABLE waitlist (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    type_id TEXT REFERENCES appointment_types (id),
    provider_id TEXT REFERENCES providers (id),
    duration_minutes INTEGER NOT NULL,
    weekdays INTEGER NOT NULL DEFAULT 127,
    earliest_minute INTEGER NOT NULL DEFAULT 0,
    latest_minute INTEGER NOT NULL DEFAULT 1440,
    earliest_date TEXT,
    latest_date TEXT,
    priority INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    current_appointment_id TEXT REFERENCES appointments (id),
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'booked', 'removed')),
    booked_appointment_id TEXT REFERENCES appointments (id),
    created_at INTEGER NOT NULL,
    created_by TEXT,
    updated_at INTEGER NOT NULL
);
CREATE INDEX waitlist_status ON waitlist (status, created_at);
CREATE INDEX waitlist_patient ON waitlist (patient_id);
)sql");
}

} // namespace rapport
