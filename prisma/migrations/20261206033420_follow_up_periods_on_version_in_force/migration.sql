-- Follow-up periods belong to the programme and the year (lib/follow-up/lifecycle.ts handOverPeriods):
-- a period still open on a SUPERSEDED version continues open on the programme's PUBLISHED version
-- when that version's validity covers the year, and is closed on the superseded version. From now
-- on publishVersion does this in its own transaction; this moves what was left open before.

-- 1. The year continues on the version in force (created there, or opened again with the old closing day).
INSERT INTO "reporting_period" ("version_id", "year", "status", "opens_at", "closes_at")
SELECT DISTINCT ON (cur."id", old_period."year") cur."id", old_period."year", 'OPEN'::"PeriodStatus", CURRENT_DATE, old_period."closes_at"
FROM "reporting_period" old_period
JOIN "programme_version" old_version ON old_version."id" = old_period."version_id" AND old_version."status" = 'SUPERSEDED'
JOIN "programme_version" cur ON cur."programme_id" = old_version."programme_id" AND cur."status" = 'PUBLISHED'
WHERE old_period."status" = 'OPEN'
  AND old_period."year" BETWEEN EXTRACT(YEAR FROM cur."valid_from")::int AND EXTRACT(YEAR FROM cur."valid_to")::int
ORDER BY cur."id", old_period."year", old_period."closes_at" DESC NULLS FIRST
ON CONFLICT ("version_id", "year") DO UPDATE
SET "status" = 'OPEN', "closes_at" = EXCLUDED."closes_at", "closing_reminder_at" = NULL
WHERE "reporting_period"."status" <> 'OPEN';

-- 2. Nothing stays open on a superseded version.
UPDATE "reporting_period" p
SET "status" = 'CLOSED'
FROM "programme_version" v
WHERE v."id" = p."version_id" AND v."status" = 'SUPERSEDED' AND p."status" = 'OPEN';
