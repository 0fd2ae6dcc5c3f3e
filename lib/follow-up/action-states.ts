import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { publicReviewStatus } from "@/lib/follow-up/lifecycle";
import { computeActionStates } from "@/lib/follow-up/rollup";
import { publicStatuses } from "@/lib/programmes/lifecycle";

/*
 * Keeps follow_up_action_state (one row per action item of a public version: its goals, derived
 * status, newest approved year and whether it is delayed) in step with what it is derived from.
 * The rows depend only on the approved reports and on which versions are public (a public
 * version's content is frozen by LP001), so the writes that change those call refreshActionStates
 * inside their own transaction: reviewReport (approving, sending an approved report back),
 * approveSubmittedReports (all submitted reports of a period at once), publishVersion, the seed
 * and the benchmark, which write reports directly.
 *
 * Not in mutations.ts: the seed (`npm run db:seed`, `npm start`) runs under plain Node, where
 * mutations.ts's `import "server-only"` and its mail and env imports cannot load. This file
 * imports Prisma only as types and works on the transaction it is given.
 */

const itemRowSchema = z.object({
  id: z.string(),
  version_id: z.string(),
  stable_key: z.string(),
  timeframe_kind: z.enum(["YEARS", "DATES", "ONGOING"]),
  start_year: z.number().int().nullable(),
  end_year: z.number().int().nullable(),
  start_date: z.coerce.date().nullable(),
  end_date: z.coerce.date().nullable(),
  valid_from: z.coerce.date(),
  goal_numbers: z.array(z.number().int()),
  responsible_ids: z.array(z.string()),
});

/**
 * Recomputes the state rows of the programme's public versions' items (only those with
 * `stableKeys` when given; their history is the programme's, so every public version's item with
 * that key changes together) and replaces them. Five statements whatever the number of items.
 */
export async function refreshActionStates(tx: Prisma.TransactionClient, programmeId: string, stableKeys?: readonly string[]): Promise<number> {
  if (stableKeys !== undefined && stableKeys.length === 0) return 0;
  // Concurrency-critical: two approvals of one programme each read the approved reports and
  // rewrite rows; without this lock the later one could write from a snapshot that misses the
  // earlier one's report. NO KEY UPDATE so that inserting reports (whose foreign key takes KEY
  // SHARE on the programme) is never blocked by it. Raw SQL: Prisma has no row-lock API.
  await tx.$queryRaw`SELECT 1 FROM action_programme WHERE id = ${programmeId}::uuid FOR NO KEY UPDATE`;
  const keys = stableKeys === undefined ? null : [...stableKeys];
  // Raw SQL: each item with its focus area's goal numbers and its responsible organisations in one
  // statement (Prisma's nested select would read each relation level separately).
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT i.id::text, i.version_id::text, i.stable_key::text, i.timeframe_kind::text, i.start_year, i.end_year, i.start_date, i.end_date, v.valid_from,
      ARRAY(SELECT g.number FROM focus_area_goal fg JOIN long_term_goal g ON g.id = fg.goal_id WHERE fg.focus_area_id = i.focus_area_id ORDER BY g.number) AS goal_numbers,
      ARRAY(SELECT l.organisation_id::text FROM action_item_organisation l WHERE l.item_id = i.id AND l.role = 'RESPONSIBLE' ORDER BY l.organisation_id) AS responsible_ids
    FROM action_item i JOIN programme_version v ON v.id = i.version_id
    WHERE v.programme_id = ${programmeId}::uuid
      AND v.status::text = ANY(${[...publicStatuses]}::text[])
      AND (${keys}::uuid[] IS NULL OR i.stable_key = ANY(${keys}::uuid[]))`;
  const items = z.array(itemRowSchema).parse(rows);
  if (items.length === 0) return 0;
  const reports = await tx.followUpReport.findMany({
    where: { programmeId, reviewStatus: publicReviewStatus, ...(keys === null ? {} : { actionStableKey: { in: keys } }) },
    select: { actionStableKey: true, organisationId: true, year: true, status: true },
  });
  const states = computeActionStates(
    items.map((item) => ({
      itemId: item.id,
      versionId: item.version_id,
      stableKey: item.stable_key,
      goalNumbers: item.goal_numbers,
      timeframe: { kind: item.timeframe_kind, startYear: item.start_year, endYear: item.end_year, startDate: item.start_date, endDate: item.end_date },
      responsibleIds: item.responsible_ids,
      validFrom: item.valid_from,
    })),
    reports,
  );
  await tx.followUpActionState.deleteMany({ where: { itemId: { in: items.map((item) => item.id) } } });
  const { count } = await tx.followUpActionState.createMany({ data: states });
  return count;
}
