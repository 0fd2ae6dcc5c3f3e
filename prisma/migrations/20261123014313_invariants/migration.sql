-- Invariants that must hold whatever the application does (STYLE.md §9). Written by hand: Prisma
-- models neither triggers nor check constraints, so `npm run db:check` stays clean.
--
-- SQLSTATEs raised here (class "LP" is not used by PostgreSQL; lib maps these codes to AppError):
--   LP001  frozen content: a programme version's content changes only while the version is DRAFT
--   LP002  audit_event is insert-only
--
-- Not covered: TRUNCATE (no row triggers fire). The application's database role should not hold
-- the TRUNCATE privilege; the test harness uses it to empty tables between tests.


-- ───────────────────────── Frozen content (LP001) ─────────────────────────
-- Content rows reach their version through their foreign keys:
--   focus_area.version_id, action_item.version_id
--   focus_area_goal.focus_area_id → focus_area.version_id
--   action_item_organisation.item_id, indicator.item_id → action_item.version_id
--
-- The version row is read FOR SHARE: a concurrent status change (DRAFT → ENDORSEMENT) waits for
-- this transaction, or this statement waits for it and then sees the new status. Without the lock
-- content could be added after the content hash of the frozen version was computed. Mutations that
-- also bump programme_version.edit_revision should do that update first, so two concurrent saves
-- queue on the version row instead of deadlocking.
--
-- A version that is not found counts as editable. That happens only while a version is being
-- deleted (only DRAFT versions may be, see below) and ON DELETE CASCADE removes its content after
-- the version row is gone; an insert or update cannot point at a missing row (the foreign keys
-- refuse it).

CREATE FUNCTION lansplan_assert_version_editable(p_version_id uuid, p_table text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_status "VersionStatus";
BEGIN
  IF p_version_id IS NULL THEN
    RETURN;
  END IF;
  SELECT status INTO v_status FROM programme_version WHERE id = p_version_id FOR SHARE;
  IF FOUND AND v_status <> 'DRAFT' THEN
    RAISE EXCEPTION 'Programversion % har status % och dess innehåll (%) är låst: bara utkast kan ändras.',
      p_version_id, v_status, p_table
      USING ERRCODE = 'LP001', TABLE = p_table,
            HINT = 'Innehållet ändras i en ny utkastversion (revidering), aldrig i en låst version.';
  END IF;
END;
$$;

-- focus_area and action_item carry version_id themselves.
CREATE FUNCTION lansplan_guard_version_content() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM lansplan_assert_version_editable(OLD.version_id, TG_TABLE_NAME);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.version_id IS DISTINCT FROM OLD.version_id) THEN
    PERFORM lansplan_assert_version_editable(NEW.version_id, TG_TABLE_NAME);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

-- focus_area_goal reaches its version through its focus area.
CREATE FUNCTION lansplan_guard_focus_area_goal() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM lansplan_assert_version_editable(
      (SELECT version_id FROM focus_area WHERE id = OLD.focus_area_id), TG_TABLE_NAME);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.focus_area_id IS DISTINCT FROM OLD.focus_area_id) THEN
    PERFORM lansplan_assert_version_editable(
      (SELECT version_id FROM focus_area WHERE id = NEW.focus_area_id), TG_TABLE_NAME);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

-- action_item_organisation and indicator reach their version through their action item.
CREATE FUNCTION lansplan_guard_item_content() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM lansplan_assert_version_editable(
      (SELECT version_id FROM action_item WHERE id = OLD.item_id), TG_TABLE_NAME);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.item_id IS DISTINCT FROM OLD.item_id) THEN
    PERFORM lansplan_assert_version_editable(
      (SELECT version_id FROM action_item WHERE id = NEW.item_id), TG_TABLE_NAME);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER focus_area_frozen_content
  BEFORE INSERT OR UPDATE OR DELETE ON focus_area
  FOR EACH ROW EXECUTE FUNCTION lansplan_guard_version_content();

CREATE TRIGGER action_item_frozen_content
  BEFORE INSERT OR UPDATE OR DELETE ON action_item
  FOR EACH ROW EXECUTE FUNCTION lansplan_guard_version_content();

CREATE TRIGGER focus_area_goal_frozen_content
  BEFORE INSERT OR UPDATE OR DELETE ON focus_area_goal
  FOR EACH ROW EXECUTE FUNCTION lansplan_guard_focus_area_goal();

CREATE TRIGGER action_item_organisation_frozen_content
  BEFORE INSERT OR UPDATE OR DELETE ON action_item_organisation
  FOR EACH ROW EXECUTE FUNCTION lansplan_guard_item_content();

CREATE TRIGGER indicator_frozen_content
  BEFORE INSERT OR UPDATE OR DELETE ON indicator
  FOR EACH ROW EXECUTE FUNCTION lansplan_guard_item_content();

-- programme_version itself. Once a version has left DRAFT only its lifecycle bookkeeping may
-- change; every other column is content (title, validity, substances, national strategy, change
-- summary, kind, number, programme, county, supersedes, id, created_at). The list below is an allow
-- list on purpose: a column added later is frozen until a migration says otherwise.
-- A status change back to DRAFT (ENDORSEMENT → DRAFT, reopened) is bookkeeping like any other; the
-- lifecycle in lib decides which transitions are legal. Only DRAFT versions may be deleted.
CREATE FUNCTION lansplan_guard_programme_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_bookkeeping CONSTANT text[] := ARRAY[
    'status', 'content_hash', 'frozen_at', 'ratified_at', 'ratification_body', 'ratification_date',
    'ratification_dnr', 'published_at', 'superseded_at', 'withdrawn_at', 'endorsement_round',
    'edit_revision', 'updated_at', 'is_example'];
  v_old jsonb;
  v_new jsonb;
  v_changed text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'DRAFT' THEN
      RAISE EXCEPTION 'Programversion % har status % och kan inte tas bort: bara utkast kan tas bort.',
        OLD.id, OLD.status
        USING ERRCODE = 'LP001', TABLE = TG_TABLE_NAME;
    END IF;
    RETURN OLD;
  END IF;

  IF OLD.status <> 'DRAFT' THEN
    v_old := to_jsonb(OLD) - v_bookkeeping;
    v_new := to_jsonb(NEW) - v_bookkeeping;
    IF v_new IS DISTINCT FROM v_old THEN
      SELECT string_agg(n.key, ', ' ORDER BY n.key) INTO v_changed
        FROM jsonb_each(v_new) AS n
        WHERE n.value IS DISTINCT FROM v_old -> n.key;
      RAISE EXCEPTION 'Programversion % har status % och dess innehåll är låst (ändrat: %): bara utkast kan ändras.',
        OLD.id, OLD.status, v_changed
        USING ERRCODE = 'LP001', TABLE = TG_TABLE_NAME,
              HINT = 'Innehållet ändras i en ny utkastversion (revidering), aldrig i en låst version.';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER programme_version_frozen_content
  BEFORE UPDATE OR DELETE ON programme_version
  FOR EACH ROW EXECUTE FUNCTION lansplan_guard_programme_version();


-- ───────────────────────── Insert-only audit trail (LP002) ─────────────────────────

CREATE FUNCTION lansplan_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Händelseloggen (audit_event) går bara att lägga till i: rad % kan inte ändras eller tas bort.',
    OLD.id
    USING ERRCODE = 'LP002', TABLE = TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER audit_event_insert_only
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION lansplan_refuse_audit_change();


-- ───────────────────────── Flags that are TRUE or NULL ─────────────────────────
-- The unique indexes (item_id, lead) and (version_id, organisation_id, current) rely on NULLs being
-- distinct: TRUE marks the one lead / the one live endorsement, NULL everything else. FALSE would
-- be a third state that the indexes limit to one row, so it is refused. A lead is always a
-- responsible organisation, never a partner.
ALTER TABLE action_item_organisation
  ADD CONSTRAINT action_item_organisation_lead_check CHECK (lead IS NULL OR (lead AND role = 'RESPONSIBLE'));

ALTER TABLE endorsement
  ADD CONSTRAINT endorsement_current_check CHECK (current IS NULL OR current);
