#include "patients/PatientSchema.h"

namespace rapport {

Status createPatientSchema(Database& db)
{
    // local_id is this PC's integer key for the FTS index; id is the clinic-wide UUID.
    return db.exec(R"sql(
CREATE TABLE patients (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    preferred_name TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT,
    sex TEXT NOT NULL DEFAULT 'unknown' CHECK (sex IN ('unknown', 'female', 'male', 'other')),
    mobile_phone TEXT NOT NULL DEFAULT '',
    home_phone TEXT NOT NULL DEFAULT '',
    work_phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    email_key TEXT NOT NULL DEFAULT '',
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    preferred_channel TEXT NOT NULL DEFAULT ''
        CHECK (preferred_channel IN ('', 'sms', 'email', 'phone', 'letter')),
    preferred_contact_times TEXT NOT NULL DEFAULT '',
    relationship_notes TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'deceased', 'archived')),
    status_rank INTEGER NOT NULL DEFAULT 0,
    merged_into TEXT REFERENCES patients (id),
    search_docid INTEGER UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_by TEXT,
    updated_by TEXT
);
-- Covering indexes for the patient list: the order and the status filter come from the
-- index alone, so listing 100,000 ids touches no table page.
CREATE INDEX patients_by_name ON patients (family_name COLLATE NOCASE, given_name COLLATE NOCASE, status_rank);
CREATE INDEX patients_by_status ON patients (status_rank, family_name COLLATE NOCASE, given_name COLLATE NOCASE);
CREATE INDEX patients_by_birth ON patients (date_of_birth, status_rank);
CREATE INDEX patients_by_created ON patients (created_at, status_rank);
CREATE INDEX patients_dob_name ON patients (date_of_birth, name_key);
CREATE INDEX patients_mobile ON patients (mobile_phone) WHERE mobile_phone <> '';
CREATE INDEX patients_home ON patients (home_phone) WHERE home_phone <> '';
CREATE INDEX patients_work ON patients (work_phone) WHERE work_phone <> '';
CREATE INDEX patients_email ON patients (email_key) WHERE email_key <> '';
CREATE INDEX patients_external ON patients (external_id) WHERE external_id <> '';

CREATE TABLE patient_tags (
    patient_id TEXT NOT NULL REFERENCES patients (id),
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (patient_id, tag)
) WITHOUT ROWID;
CREATE INDEX patient_tags_tag ON patient_tags (tag, patient_id);

CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone', 'letter')),
    purpose TEXT NOT NULL CHECK (purpose IN ('reminders', 'recalls', 'surveys', 'marketing')),
    granted INTEGER NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('in-person', 'form', 'phone', 'online')),
    recorded_at INTEGER NOT NULL,
    recorded_by TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consents_patient ON consents (patient_id, recorded_at);

-- The decision in force per channel and purpose, kept beside the history for filters
-- and for the checks before every message.
CREATE TABLE consent_current (
    patient_id TEXT NOT NULL REFERENCES patients (id),
    channel TEXT NOT NULL,
    purpose TEXT NOT NULL,
    granted INTEGER NOT NULL,
    consent_id TEXT NOT NULL REFERENCES consents (id),
    PRIMARY KEY (patient_id, channel, purpose)
) WITHOUT ROWID;
CREATE INDEX consent_current_lookup ON consent_current (channel, purpose, granted, patient_id);

CREATE TABLE patient_links (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    kind TEXT NOT NULL CHECK (kind IN ('guardian', 'spouse', 'caregiver', 'guarantor', 'emergency')),
    related_patient_id TEXT REFERENCES patients (id),
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    created_by TEXT,
    ended_at INTEGER,
    ended_by TEXT
);
CREATE INDEX patient_links_patient ON patient_links (patient_id) WHERE ended_at IS NULL;
CREATE INDEX patient_links_related ON patient_links (related_patient_id) WHERE ended_at IS NULL;

-- What happened to the record, for the timeline: which fields changed, never their values.
CREATE TABLE patient_events (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    actor_id TEXT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX patient_events_patient ON patient_events (patient_id, at);

-- The docid of a patient's terms is patients.search_docid, a key that sorts like the
-- search results (status, then family and given names): hits come out of the index in
-- rank order and a search stops after the rows it shows (SearchText::docidFor).
CREATE VIRTUAL TABLE patient_search USING fts4 (terms, prefix="2,3", tokenize=unicode61);
)sql");
}

} // namespace rapport
