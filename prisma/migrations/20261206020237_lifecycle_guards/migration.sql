-- The life cycle of a programme version, enforced by the database for every session, the
-- superuser's included (issue 12, "Enforced by the database, for everyone"). Written by hand:
-- Prisma models neither triggers nor functions, so `npm run db:check` stays clean.
--
-- Nothing here is SECURITY DEFINER and nothing checks who is connected: the triggers fire for the
-- application's role, the owner and a superuser alike. What a superuser can still do is switch
-- triggers off on purpose (ALTER TABLE … DISABLE TRIGGER, or session_replication_role = replica,
-- which the integration tests use to empty their tables); that is a deliberate act, never an accident.
--
-- SQLSTATEs raised here (class "LP" is not used by PostgreSQL; lib/db/errors.ts maps them):
--   LP003  a version's status moves only along DOMAIN.md's transitions (lib/programmes/lifecycle.ts)
--   LP004  content hash, ratification fields and publication time are written once
--   LP005  the endorsements of a ratified, published or superseded version never change
--   LP006  TRUNCATE of content, endorsement and audit tables


-- ───────────────────────── Status transitions (LP003) ─────────────────────────
-- Exactly the transitions of versionTransitions in lib/programmes/lifecycle.ts (EDIT keeps the
-- status and is not a transition). tests/integration/db-lifecycle-guards.test.ts walks every pair
-- against that table, so the two cannot drift apart unnoticed.
--
-- A version is born a DRAFT, without hash, ratification or publication: every later status and
-- every one of those fields is reached through the updates below, one step at a time (the app, the
-- seed and the test factories all do so).

CREATE FUNCTION lansplan_version_transition_allowed(p_from "VersionStatus", p_to "VersionStatus") RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT (p_from, p_to) IN (
    ('DRAFT'::"VersionStatus",        'CONSULTATION'::"VersionStatus"),
    ('DRAFT'::"VersionStatus",        'ENDORSEMENT'::"VersionStatus"),
    ('DRAFT'::"VersionStatus",        'WITHDRAWN'::"VersionStatus"),
    ('CONSULTATION'::"VersionStatus", 'DRAFT'::"VersionStatus"),
    ('CONSULTATION'::"VersionStatus", 'WITHDRAWN'::"VersionStatus"),
    ('ENDORSEMENT'::"VersionStatus",  'RATIFIED'::"VersionStatus"),
    ('ENDORSEMENT'::"VersionStatus",  'DRAFT'::"VersionStatus"),
    ('ENDORSEMENT'::"VersionStatus",  'WITHDRAWN'::"VersionStatus"),
    ('RATIFIED'::"VersionStatus",     'PUBLISHED'::"VersionStatus"),
    ('PUBLISHED'::"VersionStatus",    'SUPERSEDED'::"VersionStatus")
  );
$$;

-- The write-once columns: the content hash, the publication time and every ratification column
-- (matched by name, so a ratification column added by a later migration, e.g. a § or who
-- ratified, is written once too without touching this function).
CREATE FUNCTION lansplan_is_write_once_version_column(p_column text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT p_column IN ('content_hash', 'published_at')
      OR p_column LIKE 'ratification\_%'
      OR p_column LIKE 'ratified\_%';
$$;

CREATE FUNCTION lansplan_guard_version_lifecycle() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_old jsonb;
  v_new jsonb;
  v_column text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'DRAFT' THEN
      RAISE EXCEPTION 'Tabellen programme_version: en ny programversion börjar alltid som utkast (DRAFT), inte som %.',
        NEW.status
        USING ERRCODE = 'LP003', TABLE = TG_TABLE_NAME,
              HINT = 'Skapa versionen som utkast och för den sedan genom livscykeln ett steg i taget.';
    END IF;
    v_new := to_jsonb(NEW);
    SELECT min(n.key) INTO v_column
      FROM jsonb_each(v_new) AS n
      WHERE lansplan_is_write_once_version_column(n.key) AND n.value <> 'null'::jsonb;
    IF v_column IS NOT NULL THEN
      RAISE EXCEPTION 'Tabellen programme_version: en ny programversion kan inte skapas med % ifyllt; det skrivs när versionen når det steget i livscykeln.',
        v_column
        USING ERRCODE = 'LP004', TABLE = TG_TABLE_NAME, COLUMN = v_column;
    END IF;
    RETURN NEW;
  END IF;

  IF NEW.status IS DISTINCT FROM OLD.status
     AND NOT lansplan_version_transition_allowed(OLD.status, NEW.status) THEN
    RAISE EXCEPTION 'Tabellen programme_version: programversion % kan inte gå från status % till %; det steget finns inte i livscykeln.',
      OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'LP003', TABLE = TG_TABLE_NAME,
            HINT = 'Tillåtna steg: utkast → remiss/ställningstagande/återkallad, remiss → utkast/återkallad, ställningstagande → fastställd/utkast/återkallad, fastställd → publicerad, publicerad → ersatt.';
  END IF;

  -- Write once: NULL → value is the step that records it; value → another value or NULL is refused.
  -- The one exception: reopening (ENDORSEMENT → DRAFT, before any ratification) discards the hash
  -- of the abandoned round, so the next round records the hash of the content it sends.
  v_old := to_jsonb(OLD);
  v_new := to_jsonb(NEW);
  FOR v_column IN
    SELECT o.key FROM jsonb_each(v_old) AS o
    WHERE lansplan_is_write_once_version_column(o.key)
      AND o.value <> 'null'::jsonb
      AND (v_new -> o.key) IS DISTINCT FROM o.value
    ORDER BY o.key
  LOOP
    IF v_column = 'content_hash' AND OLD.status = 'ENDORSEMENT' AND NEW.status = 'DRAFT'
       AND NEW.content_hash IS NULL THEN
      CONTINUE;
    END IF;
    RAISE EXCEPTION 'Tabellen programme_version: % för programversion % är redan registrerad och skrivs bara en gång.',
      v_column, OLD.id
      USING ERRCODE = 'LP004', TABLE = TG_TABLE_NAME, COLUMN = v_column,
            HINT = 'Kontrollsumma, fastställelse och publiceringstid beskriver vad som beslutades; de ändras aldrig i efterhand.';
  END LOOP;
  RETURN NEW;
END;
$$;

CREATE TRIGGER programme_version_lifecycle
  BEFORE INSERT OR UPDATE ON programme_version
  FOR EACH ROW EXECUTE FUNCTION lansplan_guard_version_lifecycle();


-- ───────────────────────── Decided endorsements (LP005) ─────────────────────────
-- Once a version is RATIFIED its endorsement rows (the live ones, the history of earlier rounds
-- and the decisions carried over) are the record of who stood behind it: never updated, never
-- deleted. New rows may still be inserted (nothing in the app does so after ratification; a
-- revision carries decisions over by inserting rows on the NEW version). The version row is read
-- FOR SHARE, as the frozen-content check does: ratification waits for a decision being written,
-- and a decision written after it sees RATIFIED.

CREATE FUNCTION lansplan_assert_endorsements_open(p_version_id uuid, p_endorsement_id uuid, p_operation text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_status "VersionStatus";
BEGIN
  SELECT status INTO v_status FROM programme_version WHERE id = p_version_id FOR SHARE;
  IF FOUND AND v_status IN ('RATIFIED', 'PUBLISHED', 'SUPERSEDED') THEN
    RAISE EXCEPTION 'Tabellen endorsement: ställningstagande % hör till en programversion med status % och kan inte %; ställningstaganden till en fastställd version ändras aldrig.',
      p_endorsement_id, v_status, p_operation
      USING ERRCODE = 'LP005', TABLE = 'endorsement';
  END IF;
END;
$$;

CREATE FUNCTION lansplan_guard_decided_endorsement() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
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

CREATE TRIGGER endorsement_decided
  BEFORE UPDATE OR DELETE ON endorsement
  FOR EACH ROW EXECUTE FUNCTION lansplan_guard_decided_endorsement();


-- ───────────────────────── No TRUNCATE (LP006) ─────────────────────────
-- Row triggers do not fire for TRUNCATE, so without these a single statement would empty what the
-- row triggers protect. TRUNCATE … CASCADE fires them for every table it reaches.

CREATE FUNCTION lansplan_refuse_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Tabellen % kan inte tömmas med TRUNCATE: programinnehåll, ställningstaganden och händelseloggen tas aldrig bort i klump.',
    TG_TABLE_NAME
    USING ERRCODE = 'LP006', TABLE = TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER programme_version_no_truncate BEFORE TRUNCATE ON programme_version
  FOR EACH STATEMENT EXECUTE FUNCTION lansplan_refuse_truncate();
CREATE TRIGGER focus_area_no_truncate BEFORE TRUNCATE ON focus_area
  FOR EACH STATEMENT EXECUTE FUNCTION lansplan_refuse_truncate();
CREATE TRIGGER focus_area_goal_no_truncate BEFORE TRUNCATE ON focus_area_goal
  FOR EACH STATEMENT EXECUTE FUNCTION lansplan_refuse_truncate();
CREATE TRIGGER action_item_no_truncate BEFORE TRUNCATE ON action_item
  FOR EACH STATEMENT EXECUTE FUNCTION lansplan_refuse_truncate();
CREATE TRIGGER action_item_organisation_no_truncate BEFORE TRUNCATE ON action_item_organisation
  FOR EACH STATEMENT EXECUTE FUNCTION lansplan_refuse_truncate();
CREATE TRIGGER indicator_no_truncate BEFORE TRUNCATE ON indicator
  FOR EACH STATEMENT EXECUTE FUNCTION lansplan_refuse_truncate();
CREATE TRIGGER endorsement_no_truncate BEFORE TRUNCATE ON endorsement
  FOR EACH STATEMENT EXECUTE FUNCTION lansplan_refuse_truncate();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION lansplan_refuse_truncate();
