#include "messaging/MessagingSchema.h"

#include "storage/Database.h"

namespace rapport {

Status createMessagingSchema(Database& db)
{
    return db.exec(R"sql(
CREATE TABLE reminder_rules (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    minutes_before INTEGER NOT NULL CHECK (minutes_before BETWEEN 30 AND 60 * 24 * 60),
    channels TEXT NOT NULL,             -- "email,sms" in order
    type_ids TEXT NOT NULL DEFAULT '',  -- comma-separated; empty = every type
    ask_to_confirm INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE message_templates (
    kind TEXT NOT NULL CHECK (kind IN ('reminder', 'recall', 'test')),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'letter', 'phone')),
    language TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    html TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,  -- 0: reset to the built-in text (rows are not deleted)
    updated_at INTEGER NOT NULL,
    updated_by TEXT,
    PRIMARY KEY (kind, channel, language)
) WITHOUT ROWID;

-- Every message Rapport means to send, from the moment its reason is written. Rows are
-- never deleted; the status only moves forward (pending -> sending -> a final one), except
-- that staff may put a final one back to pending.
CREATE TABLE outbox (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('reminder', 'recall', 'test')),
    patient_id TEXT REFERENCES patients (id),
    appointment_id TEXT REFERENCES appointments (id),
    recall_id TEXT REFERENCES patient_recalls (id),
    rule_id TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'letter', 'phone')),
    planned_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed',
        'skipped', 'cancelled', 'interrupted')),
    skip_reason TEXT NOT NULL DEFAULT '',
    status_detail TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    claim_token TEXT,
    claim_until INTEGER,
    recipient TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    sent_at INTEGER,
    gateway_id TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    created_by TEXT,
    updated_at INTEGER NOT NULL
);
-- The dispatcher reads pending rows by due moment; the Messages page by planned time.
CREATE INDEX outbox_due ON outbox (status, next_attempt_at, planned_at);
CREATE INDEX outbox_planned ON outbox (planned_at, status);
CREATE INDEX outbox_patient ON outbox (patient_id, planned_at);
CREATE INDEX outbox_appointment ON outbox (appointment_id, status) WHERE appointment_id IS NOT NULL;
CREATE INDEX outbox_recall ON outbox (recall_id) WHERE recall_id IS NOT NULL;

CREATE TABLE calls (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id),
    outbox_id TEXT REFERENCES outbox (id),
    appointment_id TEXT REFERENCES appointments (id),
    recall_id TEXT REFERENCES patient_recalls (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'left-message', 'no-answer', 'wrong-number',
        'declined', 'booked')),
    note TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL,
    by_id TEXT
);
CREATE INDEX calls_patient ON calls (patient_id, at);
CREATE INDEX calls_outbox ON calls (outbox_id) WHERE outbox_id IS NOT NULL;
)sql");
}

} // namespace rapport
