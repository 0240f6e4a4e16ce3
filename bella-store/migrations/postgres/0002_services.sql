-- Services and resources (issue 12): every appointment names its service and the
-- resource (person, room, bay) it holds; overlaps are refused per resource.
-- '' is the default service / the business's only resource (never NULL: NULLs would
-- never conflict in the exclusion constraint).

-- btree_gist gives text an equality operator class for GiST. It lives in `public` so
-- that dropping a schema (the tests' fixtures) never drops it; the advisory lock keeps
-- two servers migrating at once from racing on CREATE EXTENSION.
SELECT pg_advisory_xact_lock(7262001200);
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public;

ALTER TABLE appointments
    ADD COLUMN service  TEXT NOT NULL DEFAULT '',
    ADD COLUMN resource TEXT NOT NULL DEFAULT '';

ALTER TABLE appointments DROP CONSTRAINT appointments_no_overlap;
ALTER TABLE appointments
    ADD CONSTRAINT appointments_no_overlap
        EXCLUDE USING gist (resource WITH =, tstzrange(start_at, end_at, '[)') WITH &&)
        WHERE (status = 'booked');

-- One record per caller number (personal data): greeted by name when they call again.
CREATE TABLE customers (
    phone             TEXT        PRIMARY KEY,
    name              TEXT,
    first_booking_at  TIMESTAMPTZ,
    last_booking_at   TIMESTAMPTZ,
    bookings          INTEGER     NOT NULL DEFAULT 0,
    cancellations     INTEGER     NOT NULL DEFAULT 0,
    no_shows          INTEGER     NOT NULL DEFAULT 0,
    note              TEXT,
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
