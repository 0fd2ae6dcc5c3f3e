import "server-only";
import { getDb } from "@/lib/db/client";
import { z } from "zod";
import type { Prisma, TimeframeKind } from "@/lib/db/generated/client";
import type {
  EditorFocusArea,
  EditorItemSummary,
  EditorScope,
  EditorVersionSummary,
  GoalOption,
  LinkedGoal,
  VersionContentForEditor,
} from "@/lib/focus-areas/types";
import { listOrganisationOptions } from "@/lib/organisations/data";
import { isEditable } from "@/lib/programmes/lifecycle";

/** A PrismaClient or an interactive transaction's client: reads run on either. */
export type ReadDb = Prisma.TransactionClient;

export type VersionRef = { programmeId: string; versionNumber: number };

const editorVersionSelect = {
  id: true,
  programmeId: true,
  countyId: true,
  number: true,
  title: true,
  status: true,
  autoNumbering: true,
  nationalStrategyId: true,
} satisfies Prisma.ProgrammeVersionSelect;

export type EditorVersionRow = EditorVersionSummary & { nationalStrategyId: string };

/**
 * The version of `ref` when it belongs to one of the scope's counties, else null (not found and
 * not permitted look the same). One query.
 */
export async function findEditorVersion(
  scope: Pick<EditorScope, "countyIds">,
  ref: VersionRef,
  db: ReadDb = getDb(),
): Promise<EditorVersionRow | null> {
  const version = await db.programmeVersion.findFirst({
    where: { programmeId: ref.programmeId, number: ref.versionNumber, countyId: { in: [...scope.countyIds] } },
    select: editorVersionSelect,
  });
  if (version === null) return null;
  return { ...version, canEdit: isEditable(version.status) };
}

const timeframeKinds = ["YEARS", "DATES", "ONGOING"] as const satisfies readonly TimeframeKind[];

// The raw row of the item overview query below, checked rather than cast.
const itemRowSchema = z.object({
  id: z.string(),
  stableKey: z.string(),
  focusAreaId: z.string(),
  position: z.number(),
  number: z.string(),
  title: z.string(),
  timeframeKind: z.enum(timeframeKinds),
  startYear: z.number().nullable(),
  endYear: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  leadOrganisationName: z.string().nullable(),
});

/**
 * The items of a version with their lead organisation, in order. Raw SQL on purpose: Prisma loads
 * every relation level with a query of its own (item → link → organisation = 3), this is one query
 * whatever the number of items, which keeps the editor page at a fixed number of queries.
 */
async function listItemSummaries(db: ReadDb, versionId: string): Promise<(EditorItemSummary & { focusAreaId: string })[]> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT ai.id::text AS "id",
           ai.stable_key::text AS "stableKey",
           ai.focus_area_id::text AS "focusAreaId",
           ai.position AS "position",
           ai.number AS "number",
           ai.title AS "title",
           ai.timeframe_kind::text AS "timeframeKind",
           ai.start_year AS "startYear",
           ai.end_year AS "endYear",
           to_char(ai.start_date, 'YYYY-MM-DD') AS "startDate",
           to_char(ai.end_date, 'YYYY-MM-DD') AS "endDate",
           o.name AS "leadOrganisationName"
      FROM action_item ai
      LEFT JOIN action_item_organisation aio ON aio.item_id = ai.id AND aio.lead
      LEFT JOIN organisation o ON o.id = aio.organisation_id
     WHERE ai.version_id = ${versionId}::uuid
     ORDER BY ai.position, ai.number, ai.id`;
  return z.array(itemRowSchema).parse(rows);
}

/**
 * Everything the content editor page shows for one version: its focus areas in order, each with
 * its linked national goals (flagged when they belong to another strategy) and its items (number,
 * title, lead organisation, timeframe). Six queries whatever the number of focus areas and items:
 * the version, the goals, the focus areas, their goal links, the items and (in a draft) the
 * organisations a new action's lead can be chosen from.
 */
export async function findVersionContentForEditor(
  scope: Pick<EditorScope, "countyIds">,
  ref: VersionRef,
  db: ReadDb = getDb(),
): Promise<VersionContentForEditor | null> {
  const version = await findEditorVersion(scope, ref, db);
  if (version === null) return null;

  const [goals, focusAreas, links, items, organisations] = await Promise.all([
    // The strategy's own goals (checkboxes) and any goal a focus area still links to (flags).
    db.longTermGoal.findMany({
      where: {
        OR: [
          { strategyId: version.nationalStrategyId },
          { focusAreaLinks: { some: { focusArea: { versionId: version.id } } } },
        ],
      },
      orderBy: [{ number: "asc" }, { id: "asc" }],
      select: { id: true, number: true, shortLabel: true, title: true, strategyId: true },
    }),
    db.focusArea.findMany({
      where: { versionId: version.id },
      orderBy: [{ position: "asc" }, { title: "asc" }, { id: "asc" }],
      select: { id: true, stableKey: true, title: true, description: true, revision: true },
    }),
    db.focusAreaGoal.findMany({
      where: { focusArea: { versionId: version.id } },
      select: { focusAreaId: true, goalId: true },
    }),
    listItemSummaries(db, version.id),
    // The lead organisations "Lägg till åtgärd" offers: one query, only where the page can add.
    version.canEdit ? listOrganisationOptions(version.countyId) : Promise.resolve([]),
  ]);

  const strategyGoals: GoalOption[] = goals
    .filter((goal) => goal.strategyId === version.nationalStrategyId)
    .map(({ id, number, shortLabel, title }) => ({ id, number, shortLabel, title }));
  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  const itemsByArea = new Map<string, EditorItemSummary[]>();
  for (const { focusAreaId, ...item } of items) {
    const list = itemsByArea.get(focusAreaId) ?? [];
    list.push(item);
    itemsByArea.set(focusAreaId, list);
  }
  const goalsByArea = new Map<string, LinkedGoal[]>();
  for (const link of links) {
    const goal = goalById.get(link.goalId);
    if (goal === undefined) continue;
    const list = goalsByArea.get(link.focusAreaId) ?? [];
    list.push({
      id: goal.id,
      number: goal.number,
      shortLabel: goal.shortLabel,
      title: goal.title,
      isOtherStrategy: goal.strategyId !== version.nationalStrategyId,
    });
    goalsByArea.set(link.focusAreaId, list);
  }

  const editorFocusAreas: EditorFocusArea[] = focusAreas.map((area) => {
    const areaGoals = (goalsByArea.get(area.id) ?? []).sort((a, b) => Number(a.isOtherStrategy) - Number(b.isOtherStrategy) || a.number - b.number);
    return {
      ...area,
      goals: areaGoals,
      items: itemsByArea.get(area.id) ?? [],
      lacksGoalLink: strategyGoals.length > 0 && areaGoals.length === 0,
      hasOtherStrategyGoal: areaGoals.some((goal) => goal.isOtherStrategy),
    };
  });

  const { nationalStrategyId: _strategy, ...summary } = version;
  const leadOptions = organisations
    .filter((organisation) => organisation.selectable)
    .map(({ id, name, group }) => ({ id, name, group }));
  return { version: summary, strategyGoals, focusAreas: editorFocusAreas, leadOptions };
}

/** The county of a version, focus area or item (one query): what the policy checks an action against. */
export async function findContentCountyId(
  record: { versionId: string } | { focusAreaId: string } | { itemId: string },
  db: ReadDb = getDb(),
): Promise<string | undefined> {
  const where: Prisma.ProgrammeVersionWhereInput =
    "versionId" in record
      ? { id: record.versionId }
      : "focusAreaId" in record
        ? { focusAreas: { some: { id: record.focusAreaId } } }
        : { items: { some: { id: record.itemId } } };
  const version = await db.programmeVersion.findFirst({ where, select: { countyId: true } });
  return version?.countyId;
}
