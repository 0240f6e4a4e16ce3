-- Outbound notifications (issue 11): the outbox, the rules that fill it, opt-outs.
--
-- The outbox is filled by triggers on `appointments`, so its rows are written in the
-- same transaction as the booking, move or cancel that causes them. The triggers read
-- `notification_rules`, which the notifier rewrites from `[notifications]` at start.
-- Workers claim due rows with `FOR UPDATE SKIP LOCKED` and a lease.

CREATE TABLE notification_rules (
    kind         TEXT    NOT NULL CHECK (kind IN ('confirm', 'reminder')),
    channel      TEXT    NOT NULL CHECK (channel IN ('call', 'sms')),
    before_secs  BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, channel, before_secs)
);

CREATE TABLE outbox (
    id               BIGSERIAL   PRIMARY KEY,
    appointment_id   BIGINT      NOT NULL REFERENCES appointments (id),
    kind             TEXT        NOT NULL,
    channel          TEXT        NOT NULL CHECK (channel IN ('call', 'sms')),
    for_start        TIMESTAMPTZ NOT NULL,
    due_at           TIMESTAMPTZ NOT NULL,
    state            TEXT        NOT NULL DEFAULT 'pending',
    attempts         INTEGER     NOT NULL DEFAULT 0,
    claim_token      TEXT,
    claimed_at       TIMESTAMPTZ,
    prev_claimed_at  TIMESTAMPTZ,
    lease_until      TIMESTAMPTZ,
    twilio_sid       TEXT,
    last_error       TEXT,
    outcome          TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX outbox_due ON outbox (due_at) WHERE state IN ('pending', 'claimed');
CREATE INDEX outbox_lease ON outbox (lease_until) WHERE state = 'claimed';
CREATE INDEX outbox_appointment ON outbox (appointment_id);
CREATE UNIQUE INDEX outbox_sid ON outbox (twilio_sid) WHERE twilio_sid IS NOT NULL;

CREATE TABLE opt_outs (
    phone       TEXT        PRIMARY KEY,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE appointments ADD COLUMN confirmed_at TIMESTAMPTZ;

CREATE FUNCTION outbox_fill() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    at TIMESTAMPTZ;
    what TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'booked' THEN RETURN NEW; END IF;
        at := NEW.created_at;
        what := 'booked';
    ELSIF NEW.status = 'cancelled' AND OLD.status = 'booked' THEN
        UPDATE outbox SET state = 'cancelled', updated_at = NEW.updated_at
            WHERE appointment_id = NEW.id AND state = 'pending';
        INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at)
            SELECT NEW.id, 'cancelled', 'sms', NEW.start_at, NEW.updated_at, NEW.updated_at, NEW.updated_at
            FROM notification_rules WHERE kind = 'confirm';
        RETURN NEW;
    ELSIF NEW.status = 'booked' AND NEW.start_at <> OLD.start_at THEN
        UPDATE outbox SET state = 'superseded', updated_at = NEW.updated_at
            WHERE appointment_id = NEW.id AND kind IN ('reminder', 'fallback') AND state = 'pending';
        at := NEW.updated_at;
        what := 'moved';
    ELSE
        RETURN NEW;
    END IF;
    INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at)
        SELECT NEW.id, what, 'sms', NEW.start_at, at, at, at
        FROM notification_rules WHERE kind = 'confirm';
    INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at)
        SELECT NEW.id, 'reminder', r.channel, NEW.start_at,
               NEW.start_at - make_interval(secs => r.before_secs), at, at
        FROM notification_rules r
        WHERE r.kind = 'reminder' AND NEW.start_at - make_interval(secs => r.before_secs) > at;
    RETURN NEW;
END;
$$;

CREATE TRIGGER outbox_on_change AFTER INSERT OR UPDATE OF status, start_at ON appointments
    FOR EACH ROW EXECUTE FUNCTION outbox_fill();
