-- Comments while drafting (draft_comment): written, replied to, resolved and reopened only while
-- their version is DRAFT; afterwards they stay as they were, to be read by the county. Written by
-- hand: Prisma models no triggers, so `npm run db:check` stays clean.
--
-- Reuses lansplan_assert_version_editable (20261123014313_invariants): LP001, the version row read
-- FOR SHARE, so a comment never lands after the version was sent on.
-- DELETE is not guarded: a draft version's deletion cascades to its comments, and only drafts can
-- be deleted.
-- The county of a comment is its version's county (denormalised for scoped reads), and a reply
-- belongs to the same version as its thread and is never itself replied to (one level).

CREATE FUNCTION lansplan_guard_draft_comment() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lansplan_assert_version_editable(NEW.version_id, TG_TABLE_NAME);
  IF TG_OP = 'UPDATE' AND NEW.version_id IS DISTINCT FROM OLD.version_id THEN
    PERFORM lansplan_assert_version_editable(OLD.version_id, TG_TABLE_NAME);
  END IF;
  -- A version being deleted (a draft, cascading) is no longer found: nothing to compare then.
  IF EXISTS (SELECT 1 FROM programme_version WHERE id = NEW.version_id AND county_id <> NEW.county_id) THEN
    RAISE EXCEPTION 'Kommentarens län stämmer inte med programversionens.'
      USING ERRCODE = 'check_violation', TABLE = TG_TABLE_NAME;
  END IF;
  IF NEW.parent_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.parent_id IS DISTINCT FROM OLD.parent_id) AND NOT EXISTS (
    SELECT 1 FROM draft_comment WHERE id = NEW.parent_id AND version_id = NEW.version_id AND parent_id IS NULL
  ) THEN
    RAISE EXCEPTION 'Ett svar hör till en tråd i samma version, och svar besvaras inte i sin tur.'
      USING ERRCODE = 'check_violation', TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER draft_comment_open_version
  BEFORE INSERT OR UPDATE ON draft_comment
  FOR EACH ROW EXECUTE FUNCTION lansplan_guard_draft_comment();
