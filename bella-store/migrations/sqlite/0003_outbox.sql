-- Outbound notifications (issue 11): the outbox, the rules that fill it, opt-outs.
-- Times are Unix seconds (UTC), like the rest of the SQLite schema.
--
-- The outbox is filled by triggers on `appointments`, so its rows are written in the
-- same transaction as the booking, move or cancel that causes them, whichever code
-- path made it. The triggers read `notification_rules`, which the notifier rewrites
-- from `[notifications]` at start: with no rules, no rows.

CREATE TABLE notification_rules (
    kind         TEXT    NOT NULL CHECK (kind IN ('confirm', 'reminder')),
    channel      TEXT    NOT NULL CHECK (channel IN ('call', 'sms')),
    before_secs  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, channel, before_secs)
);

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    appointment_id   INTEGER NOT NULL REFERENCES appointments (id),
    -- 'booked' | 'moved' | 'cancelled' (confirmation texts), 'reminder', 'fallback'
    kind             TEXT    NOT NULL,
    channel          TEXT    NOT NULL CHECK (channel IN ('call', 'sms')),
    -- the appointment start this row is about (a moved appointment gets new rows)
    for_start        INTEGER NOT NULL,
    due_at           INTEGER NOT NULL,
    -- pending | claimed | calling | sent | done | failed | cancelled | superseded | opted_out
    state            TEXT    NOT NULL DEFAULT 'pending',
    attempts         INTEGER NOT NULL DEFAULT 0,
    claim_token      TEXT,
    claimed_at       INTEGER,
    prev_claimed_at  INTEGER,
    lease_until      INTEGER,
    twilio_sid       TEXT,
    last_error       TEXT,
    outcome          TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (due_at) WHERE state IN ('pending', 'claimed');
CREATE INDEX outbox_lease ON outbox (lease_until) WHERE state = 'claimed';
CREATE INDEX outbox_appointment ON outbox (appointment_id);
CREATE UNIQUE INDEX outbox_sid ON outbox (twilio_sid) WHERE twilio_sid IS NOT NULL;

CREATE TABLE opt_outs (
    phone       TEXT    PRIMARY KEY,
    created_at  INTEGER NOT NULL
);

ALTER TABLE appointments ADD COLUMN confirmed_at INTEGER;

CREATE TRIGGER outbox_on_book AFTER INSERT ON appointments
WHEN NEW.status = 'booked'
BEGIN
    INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at)
        SELECT NEW.id, 'booked', 'sms', NEW.start_at, NEW.created_at, NEW.created_at, NEW.created_at
        FROM notification_rules WHERE kind = 'confirm';
    INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at)
        SELECT NEW.id, 'reminder', r.channel, NEW.start_at, NEW.start_at - r.before_secs,
               NEW.created_at, NEW.created_at
        FROM notification_rules r
        WHERE r.kind = 'reminder' AND NEW.start_at - r.before_secs > NEW.created_at;
END;

CREATE TRIGGER outbox_on_move AFTER UPDATE OF start_at ON appointments
WHEN NEW.status = 'booked' AND NEW.start_at <> OLD.start_at
BEGIN
    UPDATE outbox SET state = 'superseded', updated_at = NEW.updated_at
        WHERE appointment_id = NEW.id AND kind IN ('reminder', 'fallback') AND state = 'pending';
    INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at)
        SELECT NEW.id, 'moved', 'sms', NEW.start_at, NEW.updated_at, NEW.updated_at, NEW.updated_at
        FROM notification_rules WHERE kind = 'confirm';
    INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at)
        SELECT NEW.id, 'reminder', r.channel, NEW.start_at, NEW.start_at - r.before_secs,
               NEW.updated_at, NEW.updated_at
        FROM notification_rules r
        WHERE r.kind = 'reminder' AND NEW.start_at - r.before_secs > NEW.updated_at;
END;

CREATE TRIGGER outbox_on_cancel AFTER UPDATE OF status ON appointments
WHEN NEW.status = 'cancelled' AND OLD.status = 'booked'
BEGIN
    UPDATE outbox SET state = 'cancelled', updated_at = NEW.updated_at
        WHERE appointment_id = NEW.id AND state = 'pending';
    INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at)
        SELECT NEW.id, 'cancelled', 'sms', NEW.start_at, NEW.updated_at, NEW.updated_at, NEW.updated_at
        FROM notification_rules WHERE kind = 'confirm';
END;
