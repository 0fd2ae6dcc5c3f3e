-- "Försenad" is now said only of a reported status whose action's timeframe has ended
-- (lib/follow-up/lifecycle.ts isDelayed): no report is never delayed, and an action not started
-- inside its timeframe is no longer called delayed. The pre-aggregated roll-up states were
-- computed with the old rule; this recomputes the flag with the new one, in the same terms.
UPDATE "follow_up_action_state" s
SET "delayed" = (
  s."status" IS NOT NULL
  AND s."status" NOT IN ('DONE', 'NOT_RELEVANT')
  AND s."latest_year" IS NOT NULL
  AND COALESCE(
        CASE i."timeframe_kind"
          WHEN 'YEARS' THEN i."end_year"
          WHEN 'DATES' THEN EXTRACT(YEAR FROM i."end_date")::int
        END,
        2147483647) <= s."latest_year"
)
FROM "action_item" i
WHERE i."id" = s."item_id";
