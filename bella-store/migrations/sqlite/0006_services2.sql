-- Known callers (issue 12): an appointment the customer did not come to. Marked (and
-- unmarked) through the admin API; `customers.no_shows` counts the marked ones.
ALTER TABLE appointments ADD COLUMN no_show INTEGER NOT NULL DEFAULT 0;
