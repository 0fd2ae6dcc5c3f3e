-- Swedish full-text search over published programmes, focus areas and action items (lib/search).
-- Written by hand: Prisma models no expression indexes, and its migration diff leaves indexes it
-- cannot model alone (`npm run db:check` stays clean). The expressions must stay identical to the
-- ones in lib/search/data.ts, or Postgres cannot use these indexes.

CREATE INDEX "action_item_search_swedish_idx" ON "action_item"
  USING GIN (to_tsvector('swedish'::regconfig, "title" || ' ' || "description" || ' ' || "follow_up_text"));

CREATE INDEX "focus_area_search_swedish_idx" ON "focus_area"
  USING GIN (to_tsvector('swedish'::regconfig, "title" || ' ' || "description"));

CREATE INDEX "programme_version_search_swedish_idx" ON "programme_version"
  USING GIN (to_tsvector('swedish'::regconfig, "title" || ' ' || "change_summary"));
