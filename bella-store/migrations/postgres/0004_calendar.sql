-- Calendars (issue 13): ICS feed tokens, and the CalDAV push state of each appointment.
--
-- `calendar_sync` is filled by a trigger on `appointments`, so a booking, move or
-- cancel and its push are written in one transaction. Each change bumps `version`; a
-- worker claims rows with `FOR UPDATE SKIP LOCKED` and a lease, pushes the appointment
-- as it is then and records `pushed_version`, so a version is sent once.

CREATE TABLE calendar_tokens (
    id             BIGSERIAL   PRIMARY KEY,
    feed           TEXT        NOT NULL,
    token_hash     TEXT        NOT NULL UNIQUE,
    include_phone  BOOLEAN     NOT NULL DEFAULT false,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at     TIMESTAMPTZ
);

CREATE TABLE calendar_sync (
    appointment_id   BIGINT      PRIMARY KEY REFERENCES appointments (id),
    version          BIGINT      NOT NULL DEFAULT 1,
    pushed_version   BIGINT      NOT NULL DEFAULT 0,
    href             TEXT,
    etag             TEXT,
    pushed_resource  TEXT,
    attempts         INTEGER     NOT NULL DEFAULT 0,
    due_at           TIMESTAMPTZ NOT NULL,
    claim_token      TEXT,
    lease_until      TIMESTAMPTZ,
    last_error       TEXT,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX calendar_sync_due ON calendar_sync (due_at) WHERE version > pushed_version;

INSERT INTO calendar_sync (appointment_id, due_at, updated_at)
    SELECT id, updated_at, updated_at FROM appointments WHERE status = 'booked';

CREATE FUNCTION calendar_sync_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO calendar_sync (appointment_id, due_at, updated_at)
            VALUES (NEW.id, NEW.created_at, NEW.created_at);
    ELSIF NEW.status IS DISTINCT FROM OLD.status OR NEW.start_at IS DISTINCT FROM OLD.start_at
       OR NEW.end_at IS DISTINCT FROM OLD.end_at OR NEW.name IS DISTINCT FROM OLD.name
       OR NEW.resource IS DISTINCT FROM OLD.resource OR NEW.service IS DISTINCT FROM OLD.service THEN
        INSERT INTO calendar_sync (appointment_id, due_at, updated_at)
            VALUES (NEW.id, NEW.updated_at, NEW.updated_at)
            ON CONFLICT (appointment_id) DO UPDATE SET
                version = calendar_sync.version + 1, due_at = excluded.due_at, attempts = 0,
                last_error = NULL, updated_at = excluded.updated_at;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER calendar_sync_on_change AFTER INSERT OR UPDATE ON appointments
    FOR EACH ROW EXECUTE FUNCTION calendar_sync_fill();
