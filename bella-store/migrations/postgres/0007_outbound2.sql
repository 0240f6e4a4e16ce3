-- Outbound, part 2 (issue 11): a confirmation is for one time. Moving a confirmed
-- appointment makes it plain `booked` again; its new reminder asks anew.
CREATE FUNCTION appointments_unconfirm_on_move() RETURNS trigger AS $$
BEGIN
    IF NEW.start_at <> OLD.start_at THEN
        NEW.confirmed_at := NULL;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER appointments_unconfirm_on_move BEFORE UPDATE OF start_at ON appointments
FOR EACH ROW EXECUTE FUNCTION appointments_unconfirm_on_move();
