-- Bella storage schema for Postgres. Session expiry is Unix milliseconds.
CREATE TABLE appointments (
    id          BIGSERIAL   PRIMARY KEY,
    name        TEXT        NOT NULL,
    phone       TEXT        NOT NULL,
    start_at    TIMESTAMPTZ NOT NULL,
    end_at      TIMESTAMPTZ NOT NULL,
    minutes     INTEGER     NOT NULL CHECK (minutes > 0),
    tz          TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('booked', 'cancelled')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (end_at > start_at),
    -- No two booked appointments may overlap, whichever server writes them.
    CONSTRAINT appointments_no_overlap
        EXCLUDE USING gist (tstzrange(start_at, end_at, '[)') WITH &&)
        WHERE (status = 'booked')
);
CREATE INDEX appointments_phone ON appointments (phone, start_at);

CREATE TABLE request_keys (
    key             TEXT        PRIMARY KEY,
    op              TEXT        NOT NULL,
    appointment_id  BIGINT      NOT NULL REFERENCES appointments (id),
    result          TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
    call_id     TEXT   PRIMARY KEY,
    data        TEXT   NOT NULL,
    version     BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE call_records (
    call_id        TEXT PRIMARY KEY,
    caller_masked  TEXT,
    started_at     TIMESTAMPTZ,
    ended_at       TIMESTAMPTZ,
    outcome        TEXT,
    turns          INTEGER
);
CREATE INDEX call_records_started ON call_records (started_at);
