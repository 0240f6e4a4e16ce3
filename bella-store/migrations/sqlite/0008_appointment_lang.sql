-- The language an appointment was booked in (issue 16, SPEC §5.7): its confirmation
-- and reminder texts are written in it. Two- or three-letter code; rows booked before
-- this migration were booked in English.
ALTER TABLE appointments ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
