-- ───────────────────────── Decided endorsements, also no new rows (LP005) ─────────────────────────
-- Once a version is RATIFIED its endorsement rows are the record of who stood behind it. Until now
-- they could not be updated or deleted, but a row could still be inserted, e.g. a decision for an
-- organisation never asked, appearing after ratification. Now an insert is refused too: a revision
-- carries decisions over by inserting rows on its own, NEW version (DRAFT), which stays allowed.

CREATE OR REPLACE FUNCTION lansplan_guard_decided_endorsement() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM lansplan_assert_endorsements_open(NEW.version_id, NEW.id, 'läggas till');
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM lansplan_assert_endorsements_open(OLD.version_id, OLD.id, 'tas bort');
    RETURN OLD;
  END IF;
  PERFORM lansplan_assert_endorsements_open(OLD.version_id, OLD.id, 'ändras');
  IF NEW.version_id IS DISTINCT FROM OLD.version_id THEN
    PERFORM lansplan_assert_endorsements_open(NEW.version_id, OLD.id, 'flyttas dit');
  END IF;
  RETURN NEW;
END;
$$;

DROP TRIGGER endorsement_decided ON endorsement;
CREATE TRIGGER endorsement_decided
  BEFORE INSERT OR UPDATE OR DELETE ON endorsement
  FOR EACH ROW EXECUTE FUNCTION lansplan_guard_decided_endorsement();
