-- Bella storage schema for SQLite. Times are Unix seconds (UTC); session expiry in ms.
CREATE TABLE appointments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL,
    phone       TEXT    NOT NULL,
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes > 0),
    tz          TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('booked', 'cancelled')),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK (end_at > start_at)
);
CREATE INDEX appointments_booked_time ON appointments (start_at, end_at) WHERE status = 'booked';
CREATE INDEX appointments_phone ON appointments (phone, start_at);

CREATE TABLE request_keys (
    key             TEXT    PRIMARY KEY,
    op              TEXT    NOT NULL,
    appointment_id  INTEGER NOT NULL REFERENCES appointments (id),
    result          TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);

CREATE TABLE sessions (
    call_id     TEXT    PRIMARY KEY,
    data        TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE call_records (
    call_id        TEXT PRIMARY KEY,
    caller_masked  TEXT,
    started_at     INTEGER,
    ended_at       INTEGER,
    outcome        TEXT,
    turns          INTEGER
);
CREATE INDEX call_records_started ON call_records (started_at);
