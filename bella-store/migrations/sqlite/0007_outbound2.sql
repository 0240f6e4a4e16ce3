-- Outbound, part 2 (issue 11): a confirmation is for one time. Moving a confirmed
-- appointment makes it plain `booked` again; its new reminder asks anew.
CREATE TRIGGER appointments_unconfirm_on_move AFTER UPDATE OF start_at ON appointments
WHEN NEW.start_at <> OLD.start_at AND NEW.confirmed_at IS NOT NULL
BEGIN
    UPDATE appointments SET confirmed_at = NULL WHERE id = NEW.id;
END;
