-- Management, part 2 (issue 14): the channel a call came by, when an appointment was
-- marked a no-show, the body fingerprint of each API idempotency key, and hourly
-- roll-ups that answer `GET /api/stats` without reading every call and turn.

-- `gather`, `relay`, `outbound_reminder`, ... (NULL: recorded before this migration).
ALTER TABLE call_records ADD COLUMN channel TEXT;

-- When staff marked the appointment missed (NULL when not marked). Rows marked before
-- this migration take the time of their last change.
ALTER TABLE appointments ADD COLUMN no_show_at INTEGER;
UPDATE appointments SET no_show_at = updated_at WHERE no_show = 1;

-- An `Idempotency-Key` of the management API and a hash of the request body it was
-- first used with: the same key with another body is refused (422).
CREATE TABLE idempotency_keys (
    key          TEXT    PRIMARY KEY,
    fingerprint  TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Calls by start hour (Unix seconds, UTC) and outcome (`in_progress` until the call
-- ends), kept by the triggers below in the writing transaction.
CREATE TABLE stats_call_hours (
    hour     INTEGER NOT NULL,
    outcome  TEXT    NOT NULL,
    calls    INTEGER NOT NULL,
    PRIMARY KEY (hour, outcome)
) WITHOUT ROWID;

-- Turns by hour and latency bucket: `latency_ms` is the top of the bucket (exact below
-- 64 ms; above, 32 buckets per doubling, so at most 1/32 above the true value; one
-- bucket per 2,048 ms from 65,536 ms). Must match `latency_bucket` in Rust.
CREATE TABLE stats_turn_hours (
    hour        INTEGER NOT NULL,
    latency_ms  INTEGER NOT NULL,
    turns       INTEGER NOT NULL,
    llm_calls   INTEGER NOT NULL,
    PRIMARY KEY (hour, latency_ms)
) WITHOUT ROWID;

-- Failed answers by hour and the question asked.
CREATE TABLE stats_failed_hours (
    hour      INTEGER NOT NULL,
    question  TEXT    NOT NULL,
    failed    INTEGER NOT NULL,
    PRIMARY KEY (hour, question)
) WITHOUT ROWID;

CREATE TRIGGER stats_calls_insert AFTER INSERT ON call_records
WHEN NEW.started_at IS NOT NULL
BEGIN
    INSERT INTO stats_call_hours (hour, outcome, calls)
    VALUES (NEW.started_at - ((NEW.started_at % 3600) + 3600) % 3600,
            COALESCE(NEW.outcome, 'in_progress'), 1)
    ON CONFLICT (hour, outcome) DO UPDATE SET calls = calls + 1;
END;

CREATE TRIGGER stats_calls_update AFTER UPDATE OF started_at, outcome ON call_records
WHEN OLD.started_at IS NOT NEW.started_at OR OLD.outcome IS NOT NEW.outcome
BEGIN
    UPDATE stats_call_hours SET calls = calls - 1
    WHERE OLD.started_at IS NOT NULL
      AND hour = OLD.started_at - ((OLD.started_at % 3600) + 3600) % 3600
      AND outcome = COALESCE(OLD.outcome, 'in_progress');
    INSERT INTO stats_call_hours (hour, outcome, calls)
    SELECT NEW.started_at - ((NEW.started_at % 3600) + 3600) % 3600,
           COALESCE(NEW.outcome, 'in_progress'), 1
    WHERE NEW.started_at IS NOT NULL
    ON CONFLICT (hour, outcome) DO UPDATE SET calls = calls + 1;
END;

CREATE TRIGGER stats_calls_delete AFTER DELETE ON call_records
WHEN OLD.started_at IS NOT NULL
BEGIN
    UPDATE stats_call_hours SET calls = calls - 1
    WHERE hour = OLD.started_at - ((OLD.started_at % 3600) + 3600) % 3600
      AND outcome = COALESCE(OLD.outcome, 'in_progress');
END;

-- Turns only ever count up: the transcript purge removes the words, not the numbers.
CREATE TRIGGER stats_turns_insert AFTER INSERT ON call_turns
BEGIN
    INSERT INTO stats_turn_hours (hour, latency_ms, turns, llm_calls)
    VALUES (NEW.at - ((NEW.at % 3600) + 3600) % 3600,
            CASE WHEN NEW.latency_ms < 64 THEN NEW.latency_ms
                 WHEN NEW.latency_ms < 128 THEN NEW.latency_ms | 1
                 WHEN NEW.latency_ms < 256 THEN NEW.latency_ms | 3
                 WHEN NEW.latency_ms < 512 THEN NEW.latency_ms | 7
                 WHEN NEW.latency_ms < 1024 THEN NEW.latency_ms | 15
                 WHEN NEW.latency_ms < 2048 THEN NEW.latency_ms | 31
                 WHEN NEW.latency_ms < 4096 THEN NEW.latency_ms | 63
                 WHEN NEW.latency_ms < 8192 THEN NEW.latency_ms | 127
                 WHEN NEW.latency_ms < 16384 THEN NEW.latency_ms | 255
                 WHEN NEW.latency_ms < 32768 THEN NEW.latency_ms | 511
                 WHEN NEW.latency_ms < 65536 THEN NEW.latency_ms | 1023
                 ELSE NEW.latency_ms | 2047 END,
            1, NEW.llm_calls)
    ON CONFLICT (hour, latency_ms) DO UPDATE
    SET turns = turns + 1, llm_calls = llm_calls + excluded.llm_calls;
    INSERT INTO stats_failed_hours (hour, question, failed)
    SELECT NEW.at - ((NEW.at % 3600) + 3600) % 3600, NEW.expect, 1
    WHERE NEW.failed <> 0 AND NEW.expect IS NOT NULL
    ON CONFLICT (hour, question) DO UPDATE SET failed = failed + 1;
END;

-- What was stored before the triggers existed.
INSERT INTO stats_call_hours (hour, outcome, calls)
SELECT started_at - ((started_at % 3600) + 3600) % 3600, COALESCE(outcome, 'in_progress'),
       COUNT(*)
FROM call_records WHERE started_at IS NOT NULL GROUP BY 1, 2;
INSERT INTO stats_turn_hours (hour, latency_ms, turns, llm_calls)
SELECT at - ((at % 3600) + 3600) % 3600,
       CASE WHEN latency_ms < 64 THEN latency_ms
            WHEN latency_ms < 128 THEN latency_ms | 1
            WHEN latency_ms < 256 THEN latency_ms | 3
            WHEN latency_ms < 512 THEN latency_ms | 7
            WHEN latency_ms < 1024 THEN latency_ms | 15
            WHEN latency_ms < 2048 THEN latency_ms | 31
            WHEN latency_ms < 4096 THEN latency_ms | 63
            WHEN latency_ms < 8192 THEN latency_ms | 127
            WHEN latency_ms < 16384 THEN latency_ms | 255
            WHEN latency_ms < 32768 THEN latency_ms | 511
            WHEN latency_ms < 65536 THEN latency_ms | 1023
            ELSE latency_ms | 2047 END,
       COUNT(*), SUM(llm_calls)
FROM call_turns GROUP BY 1, 2;
INSERT INTO stats_failed_hours (hour, question, failed)
SELECT at - ((at % 3600) + 3600) % 3600, expect, COUNT(*)
FROM call_turns WHERE failed <> 0 AND expect IS NOT NULL GROUP BY 1, 2;
