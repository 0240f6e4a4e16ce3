-- Services and resources (issue 12): every appointment names its service and the
-- resource (person, room, bay) it holds; the writer refuses overlaps per resource.
-- '' is the default service / the business's only resource.
ALTER TABLE appointments ADD COLUMN service TEXT NOT NULL DEFAULT '';
ALTER TABLE appointments ADD COLUMN resource TEXT NOT NULL DEFAULT '';

-- The writer's overlap check (resource = ? AND start_at < ? AND end_at > ?).
CREATE INDEX appointments_booked_resource_time
    ON appointments (resource, start_at, end_at) WHERE status = 'booked';

-- One record per caller number (personal data): greeted by name when they call again.
CREATE TABLE customers (
    phone             TEXT    PRIMARY KEY,
    name              TEXT,
    first_booking_at  INTEGER,
    last_booking_at   INTEGER,
    bookings          INTEGER NOT NULL DEFAULT 0,
    cancellations     INTEGER NOT NULL DEFAULT 0,
    no_shows          INTEGER NOT NULL DEFAULT 0,
    note              TEXT,
    updated_at        INTEGER NOT NULL
);
