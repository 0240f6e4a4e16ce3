-- Calendars (issue 13): ICS feed tokens, and the CalDAV push state of each appointment.
-- Times are Unix seconds (UTC), like the rest of the SQLite schema.
--
-- `calendar_sync` is filled by triggers on `appointments`, so a booking, move or
-- cancel and its push are written in one transaction, whichever code path made them.
-- Each change bumps `version`; a worker pushes the appointment as it is then and
-- records `pushed_version`, so changes coalesce and a version is sent once.

CREATE TABLE calendar_tokens (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    -- a resource slug ("front-desk") or 'all'
    feed           TEXT    NOT NULL,
    -- SHA-256 of the token, hex: the token itself is never stored
    token_hash     TEXT    NOT NULL UNIQUE,
    include_phone  INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    revoked_at     INTEGER
);

CREATE TABLE calendar_sync (
    appointment_id   INTEGER PRIMARY KEY REFERENCES appointments (id),
    version          INTEGER NOT NULL DEFAULT 1,
    pushed_version   INTEGER NOT NULL DEFAULT 0,
    -- where the event lives once pushed: its URL and the resource whose calendar holds it
    href             TEXT,
    etag             TEXT,
    pushed_resource  TEXT,
    attempts         INTEGER NOT NULL DEFAULT 0,
    due_at           INTEGER NOT NULL,
    claim_token      TEXT,
    lease_until      INTEGER,
    last_error       TEXT,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX calendar_sync_due ON calendar_sync (due_at) WHERE version > pushed_version;

INSERT INTO calendar_sync (appointment_id, due_at, updated_at)
    SELECT id, updated_at, updated_at FROM appointments WHERE status = 'booked';

CREATE TRIGGER calendar_sync_on_book AFTER INSERT ON appointments
BEGIN
    INSERT INTO calendar_sync (appointment_id, due_at, updated_at)
        VALUES (NEW.id, NEW.created_at, NEW.created_at);
END;

CREATE TRIGGER calendar_sync_on_change AFTER UPDATE ON appointments
WHEN NEW.status IS NOT OLD.status OR NEW.start_at IS NOT OLD.start_at
  OR NEW.end_at IS NOT OLD.end_at OR NEW.name IS NOT OLD.name
  OR NEW.resource IS NOT OLD.resource OR NEW.service IS NOT OLD.service
BEGIN
    INSERT INTO calendar_sync (appointment_id, due_at, updated_at)
        VALUES (NEW.id, NEW.updated_at, NEW.updated_at)
        ON CONFLICT (appointment_id) DO UPDATE SET
            version = version + 1, due_at = excluded.due_at, attempts = 0,
            last_error = NULL, updated_at = excluded.updated_at;
END;
