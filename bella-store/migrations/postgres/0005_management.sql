-- Management (issue 14): staff notes on appointments, the audit trail of every change
-- made through the API or the dashboard, and every turn of every call (transcripts).

-- One staff note per appointment (personal data: may name the caller).
CREATE TABLE appointment_notes (
    appointment_id  BIGINT      PRIMARY KEY REFERENCES appointments (id) ON DELETE CASCADE,
    note            TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- Who changed what, when. `actor` is `api:<key id>`, `dashboard:<sign-in id>` or
-- `system`; `detail` is JSON without personal data; `request_key` makes a retried
-- change record once.
CREATE TABLE audit_log (
    id              BIGSERIAL   PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL,
    actor           TEXT        NOT NULL,
    action          TEXT        NOT NULL,
    appointment_id  BIGINT,
    detail          TEXT        NOT NULL DEFAULT '{}',
    request_key     TEXT        UNIQUE
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_appointment ON audit_log (appointment_id, at);

-- Every turn of every call: what the agent said, what the caller said (masked unless
-- the business keeps it plain), what was read from it, and how long the turn took.
CREATE TABLE call_turns (
    call_id      TEXT        NOT NULL,
    seq          INTEGER     NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    expect       TEXT,
    agent_text   TEXT        NOT NULL,
    caller_text  TEXT,
    extracted    TEXT,
    latency_ms   INTEGER     NOT NULL,
    failed       BOOLEAN     NOT NULL DEFAULT FALSE,
    llm_calls    INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (call_id, seq)
);
CREATE INDEX call_turns_at ON call_turns (at) INCLUDE (latency_ms, failed, expect, llm_calls);
CREATE INDEX call_records_started_outcome ON call_records (started_at) INCLUDE (outcome);
