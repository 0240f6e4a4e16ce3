-- Management, part 2 (issue 14): the channel a call came by, when an appointment was
-- marked a no-show, the body fingerprint of each API idempotency key, and hourly
-- roll-ups that answer `GET /api/stats` without reading every call and turn.

-- `gather`, `relay`, `outbound_reminder`, ... (NULL: recorded before this migration).
ALTER TABLE call_records ADD COLUMN channel TEXT;

-- When staff marked the appointment missed (NULL when not marked). Rows marked before
-- this migration take the time of their last change.
ALTER TABLE appointments ADD COLUMN no_show_at TIMESTAMPTZ;
UPDATE appointments SET no_show_at = updated_at WHERE no_show;

-- An `Idempotency-Key` of the management API and a hash of the request body it was
-- first used with: the same key with another body is refused (422).
CREATE TABLE idempotency_keys (
    key          TEXT        PRIMARY KEY,
    fingerprint  TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Calls by start hour (UTC) and outcome (`in_progress` until the call ends), kept by
-- the triggers below in the writing transaction.
CREATE TABLE stats_call_hours (
    hour     TIMESTAMPTZ NOT NULL,
    outcome  TEXT        NOT NULL,
    calls    BIGINT      NOT NULL,
    PRIMARY KEY (hour, outcome)
);

-- Turns by hour and latency bucket: `latency_ms` is the top of the bucket (exact below
-- 64 ms; above, 32 buckets per doubling, so at most 1/32 above the true value; one
-- bucket per 2,048 ms from 65,536 ms). Must match `latency_bucket` in Rust.
CREATE TABLE stats_turn_hours (
    hour        TIMESTAMPTZ NOT NULL,
    latency_ms  INTEGER     NOT NULL,
    turns       BIGINT      NOT NULL,
    llm_calls   BIGINT      NOT NULL,
    PRIMARY KEY (hour, latency_ms)
);

-- Failed answers by hour and the question asked.
CREATE TABLE stats_failed_hours (
    hour      TIMESTAMPTZ NOT NULL,
    question  TEXT        NOT NULL,
    failed    BIGINT      NOT NULL,
    PRIMARY KEY (hour, question)
);

-- The UTC hour of an instant, whatever the session's time zone.
CREATE FUNCTION stats_hour(t TIMESTAMPTZ) RETURNS TIMESTAMPTZ
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT date_bin('1 hour', t, TIMESTAMPTZ '2000-01-01 00:00:00+00') $$;

-- The top of a latency's bucket (see `stats_turn_hours`).
CREATE FUNCTION stats_latency_bucket(ms INTEGER) RETURNS INTEGER
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN ms < 64 THEN ms
                  WHEN ms < 128 THEN ms | 1
                  WHEN ms < 256 THEN ms | 3
                  WHEN ms < 512 THEN ms | 7
                  WHEN ms < 1024 THEN ms | 15
                  WHEN ms < 2048 THEN ms | 31
                  WHEN ms < 4096 THEN ms | 63
                  WHEN ms < 8192 THEN ms | 127
                  WHEN ms < 16384 THEN ms | 255
                  WHEN ms < 32768 THEN ms | 511
                  WHEN ms < 65536 THEN ms | 1023
                  ELSE ms | 2047 END $$;

-- Call deltas of one statement, summed per (hour, outcome) and applied in key order
-- (so concurrent statements lock roll-up rows in the same order: no deadlocks).
CREATE FUNCTION stats_calls_apply() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO stats_call_hours AS s (hour, outcome, calls)
        SELECT stats_hour(started_at), COALESCE(outcome, 'in_progress'), COUNT(*)
        FROM new_rows WHERE started_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (hour, outcome) DO UPDATE SET calls = s.calls + EXCLUDED.calls;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO stats_call_hours AS s (hour, outcome, calls)
        SELECT stats_hour(started_at), COALESCE(outcome, 'in_progress'), -COUNT(*)
        FROM old_rows WHERE started_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (hour, outcome) DO UPDATE SET calls = s.calls + EXCLUDED.calls;
    ELSE
        INSERT INTO stats_call_hours AS s (hour, outcome, calls)
        SELECT hour, outcome, SUM(d) FROM (
            SELECT stats_hour(started_at) AS hour,
                   COALESCE(outcome, 'in_progress') AS outcome, -1 AS d
            FROM old_rows WHERE started_at IS NOT NULL
            UNION ALL
            SELECT stats_hour(started_at), COALESCE(outcome, 'in_progress'), 1
            FROM new_rows WHERE started_at IS NOT NULL
        ) AS x GROUP BY 1, 2 HAVING SUM(d) <> 0 ORDER BY 1, 2
        ON CONFLICT (hour, outcome) DO UPDATE SET calls = s.calls + EXCLUDED.calls;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER stats_calls_insert AFTER INSERT ON call_records
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_calls_apply();
CREATE TRIGGER stats_calls_update AFTER UPDATE ON call_records
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION stats_calls_apply();
CREATE TRIGGER stats_calls_delete AFTER DELETE ON call_records
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_calls_apply();

-- Turns only ever count up: the transcript purge removes the words, not the numbers.
CREATE FUNCTION stats_turns_apply() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
BEGIN
    INSERT INTO stats_turn_hours AS s (hour, latency_ms, turns, llm_calls)
    SELECT stats_hour(at), stats_latency_bucket(latency_ms), COUNT(*), SUM(llm_calls)
    FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (hour, latency_ms) DO UPDATE
    SET turns = s.turns + EXCLUDED.turns, llm_calls = s.llm_calls + EXCLUDED.llm_calls;
    INSERT INTO stats_failed_hours AS s (hour, question, failed)
    SELECT stats_hour(at), expect, COUNT(*)
    FROM new_rows WHERE failed AND expect IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (hour, question) DO UPDATE SET failed = s.failed + EXCLUDED.failed;
    RETURN NULL;
END $$;

CREATE TRIGGER stats_turns_insert AFTER INSERT ON call_turns
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_turns_apply();

-- What was stored before the triggers existed.
INSERT INTO stats_call_hours (hour, outcome, calls)
SELECT stats_hour(started_at), COALESCE(outcome, 'in_progress'), COUNT(*)
FROM call_records WHERE started_at IS NOT NULL GROUP BY 1, 2;
INSERT INTO stats_turn_hours (hour, latency_ms, turns, llm_calls)
SELECT stats_hour(at), stats_latency_bucket(latency_ms), COUNT(*), SUM(llm_calls)
FROM call_turns GROUP BY 1, 2;
INSERT INTO stats_failed_hours (hour, question, failed)
SELECT stats_hour(at), expect, COUNT(*)
FROM call_turns WHERE failed AND expect IS NOT NULL GROUP BY 1, 2;
