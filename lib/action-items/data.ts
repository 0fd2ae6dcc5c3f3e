import "server-only";
import { getDb } from "@/lib/db/client";
import { z } from "zod";
import { Prisma, type ItemOrganisationRole, type TimeframeKind } from "@/lib/db/generated/client";
import { newItemFormValues, toItemFormValues } from "@/lib/action-items/schema";
import type {
  ActionItemContent,
  ActionItemEditorView,
  FocusAreaChoice,
  NewActionItemEditorView,
} from "@/lib/action-items/types";
import { findEditorVersion, type ReadDb, type VersionRef } from "@/lib/focus-areas/data";
import type { EditorScope } from "@/lib/focus-areas/types";
import { versionStatuses } from "@/lib/programmes/lifecycle";
import { listOrganisationOptions } from "@/lib/organisations/data";

const timeframeKinds = ["YEARS", "DATES", "ONGOING"] as const satisfies readonly TimeframeKind[];
const itemRoles = ["RESPONSIBLE", "PARTNER"] as const satisfies readonly ItemOrganisationRole[];

// The raw row of findItemContent, checked rather than cast.
const itemContentRowSchema = z.object({
  id: z.string(),
  stableKey: z.string(),
  revision: z.number(),
  versionId: z.string(),
  focusAreaId: z.string(),
  position: z.number(),
  number: z.string(),
  title: z.string(),
  description: z.string(),
  timeframeKind: z.enum(timeframeKinds),
  startYear: z.number().nullable(),
  endYear: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  followUpText: z.string(),
  organisations: z.array(z.object({ organisationId: z.string(), role: z.enum(itemRoles), lead: z.boolean().nullable() })),
  indicators: z.array(
    z.object({
      stableKey: z.string(),
      name: z.string(),
      unit: z.string(),
      baseline: z.string(),
      baselineYear: z.number().nullable(),
      target: z.string(),
      targetYear: z.number().nullable(),
      dataSource: z.string(),
    }),
  ),
  version: z.object({
    status: z.enum(versionStatuses),
    programmeId: z.string(),
    number: z.number(),
    countyId: z.string(),
    autoNumbering: z.boolean(),
  }),
  requestedOrganisations: z.array(z.object({ id: z.string(), countyId: z.string().nullable(), active: z.boolean(), slug: z.string() })),
});

/** The stored content of an item, with what the mutations need to scope, audit and diagnose. */
export type ItemContentRow = z.output<typeof itemContentRowSchema>;

export function toActionItemContent(row: ItemContentRow): ActionItemContent {
  return {
    number: row.number,
    title: row.title,
    description: row.description,
    timeframeKind: row.timeframeKind,
    startYear: row.startYear,
    endYear: row.endYear,
    startDate: row.startDate,
    endDate: row.endDate,
    followUpText: row.followUpText,
    // lead is TRUE or NULL in the database (see the schema), a plain boolean here.
    organisations: row.organisations.map((o) => ({ organisationId: o.organisationId, role: o.role, lead: o.lead === true })),
    indicators: row.indicators.map((indicator) => ({ ...indicator })),
  };
}

/**
 * The item (by id, or by stable key in a version) when its version belongs to one of the scope's
 * counties, else null; with its organisations, indicators and version, and the organisations of
 * `requestedOrganisationIds` (the ones a save names, to check them). Raw SQL on purpose: this is
 * the first statement of every save, and one round trip here instead of Prisma's one query per
 * relation (item, organisations, indicators, version, organisations named) is what keeps saves
 * fast under many concurrent editors.
 */
export async function findItemContent(
  scope: Pick<EditorScope, "countyIds">,
  where: { versionId: string; stableKey: string } | { id: string },
  db: ReadDb = getDb(),
  requestedOrganisationIds: readonly string[] = [],
): Promise<ItemContentRow | null> {
  const match =
    "id" in where
      ? Prisma.sql`ai.id = ${where.id}::uuid`
      : Prisma.sql`ai.version_id = ${where.versionId}::uuid AND ai.stable_key = ${where.stableKey}::uuid`;
  const rows = await db.$queryRaw<unknown[]>`
    SELECT ai.id::text AS "id",
           ai.stable_key::text AS "stableKey",
           ai.revision AS "revision",
           ai.version_id::text AS "versionId",
           ai.focus_area_id::text AS "focusAreaId",
           ai.position AS "position",
           ai.number AS "number",
           ai.title AS "title",
           ai.description AS "description",
           ai.timeframe_kind::text AS "timeframeKind",
           ai.start_year AS "startYear",
           ai.end_year AS "endYear",
           to_char(ai.start_date, 'YYYY-MM-DD') AS "startDate",
           to_char(ai.end_date, 'YYYY-MM-DD') AS "endDate",
           ai.follow_up_text AS "followUpText",
           coalesce((SELECT json_agg(json_build_object('organisationId', o.organisation_id, 'role', o.role, 'lead', o.lead)
                                     ORDER BY o.role, o.organisation_id)
                       FROM action_item_organisation o WHERE o.item_id = ai.id), '[]'::json) AS "organisations",
           coalesce((SELECT json_agg(json_build_object('stableKey', i.stable_key, 'name', i.name, 'unit', i.unit,
                                                       'baseline', i.baseline, 'baselineYear', i.baseline_year,
                                                       'target', i.target, 'targetYear', i.target_year,
                                                       'dataSource', i.data_source)
                                     ORDER BY i.position, i.stable_key)
                       FROM indicator i WHERE i.item_id = ai.id), '[]'::json) AS "indicators",
           json_build_object('status', pv.status, 'programmeId', pv.programme_id, 'number', pv.number,
                             'countyId', pv.county_id, 'autoNumbering', pv.auto_numbering) AS "version",
           coalesce((SELECT json_agg(json_build_object('id', org.id, 'countyId', org.county_id, 'active', org.active, 'slug', org.slug))
                       FROM organisation org WHERE org.id = ANY(${[...requestedOrganisationIds]}::uuid[])), '[]'::json)
             AS "requestedOrganisations"
      FROM action_item ai
      JOIN programme_version pv ON pv.id = ai.version_id
     WHERE ${match}
       AND pv.county_id = ANY(${[...scope.countyIds]}::uuid[])`;
  return z.array(itemContentRowSchema).parse(rows)[0] ?? null;
}

/** The item form page of one action: the item, its focus area's title and the organisation picker. */
export async function findActionItemForEditor(
  scope: Pick<EditorScope, "countyIds">,
  ref: VersionRef & { stableKey: string },
  db: ReadDb = getDb(),
): Promise<ActionItemEditorView | null> {
  const version = await findEditorVersion(scope, ref, db);
  if (version === null) return null;
  const item = await findItemContent(scope, { versionId: version.id, stableKey: ref.stableKey }, db);
  if (item === null) return null;
  const [focusArea, organisations] = await Promise.all([
    db.focusArea.findFirst({ where: { id: item.focusAreaId }, select: { title: true, stableKey: true } }),
    listOrganisationOptions(
      version.countyId,
      item.organisations.map((o) => o.organisationId),
    ),
  ]);
  const content = toActionItemContent(item);
  const { nationalStrategyId: _strategy, ...summary } = version;
  return {
    version: summary,
    item: {
      id: item.id,
      stableKey: item.stableKey,
      revision: item.revision,
      focusAreaTitle: focusArea?.title ?? "",
      focusAreaStableKey: focusArea?.stableKey ?? "",
      content,
    },
    organisations,
    formValues: toItemFormValues(content),
  };
}

/**
 * The next number in a focus area, as the coordinator would write it: "<area>.<count + 1>", the
 * area counted from 1 in order. Only a suggestion: the number is the coordinator's to write.
 */
function suggestNumber(areaIndex: number, itemCount: number): string {
  return `${areaIndex + 1}.${itemCount + 1}`;
}

/** The form page for a new action; the focus area of `focusAreaStableKey`, else the first one. */
export async function findNewActionItemContext(
  scope: Pick<EditorScope, "countyIds">,
  ref: VersionRef & { focusAreaStableKey: string | undefined },
  db: ReadDb = getDb(),
): Promise<NewActionItemEditorView | null> {
  const version = await findEditorVersion(scope, ref, db);
  if (version === null) return null;
  const [areas, organisations] = await Promise.all([
    db.focusArea.findMany({
      where: { versionId: version.id },
      orderBy: [{ position: "asc" }, { title: "asc" }, { id: "asc" }],
      select: { id: true, stableKey: true, title: true, position: true, _count: { select: { items: true } } },
    }),
    listOrganisationOptions(version.countyId),
  ]);
  const chosen = areas.find((area) => area.stableKey === ref.focusAreaStableKey) ?? areas[0];
  if (chosen === undefined) return null;
  const focusAreas: FocusAreaChoice[] = areas.map(({ id, stableKey, title, position }) => ({ id, stableKey, title, position }));
  const suggestedNumbers = Object.fromEntries(areas.map((area, index) => [area.id, suggestNumber(index, area._count.items)]));
  const { nationalStrategyId: _strategy, ...summary } = version;
  return {
    version: summary,
    focusAreas,
    focusAreaId: chosen.id,
    organisations,
    formValues: { ...newItemFormValues(suggestedNumbers[chosen.id] ?? ""), focusAreaId: chosen.id },
    suggestedNumbers,
  };
}
