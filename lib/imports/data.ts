import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { importResolutionsSchema, parsedImportSchema } from "@/lib/imports/schema";
import type { ExistingItem, ImportOrganisation, ImportOutcome, ImportResolutions, ParsedImport, VersionSnapshot } from "@/lib/imports/types";
import { isEditable } from "@/lib/programmes/lifecycle";

/** A PrismaClient or an interactive transaction's client: reads run on either. */
export type ReadDb = Prisma.TransactionClient;

export type ImportScope = { userId: string; countyIds: readonly string[] };

const versionSelect = {
  id: true,
  programmeId: true,
  countyId: true,
  number: true,
  title: true,
  status: true,
  editRevision: true,
  validFrom: true,
  validTo: true,
  programme: { select: { title: true } },
} satisfies Prisma.ProgrammeVersionSelect;

export type ImportVersionRow = Prisma.ProgrammeVersionGetPayload<{ select: typeof versionSelect }> & { canImport: boolean };

/** The version of (programme, number) when it is in one of the scope's counties, else null. */
export async function findImportVersion(
  scope: Pick<ImportScope, "countyIds">,
  ref: { programmeId: string; versionNumber: number },
  db: ReadDb = getDb(),
): Promise<ImportVersionRow | null> {
  const version = await db.programmeVersion.findFirst({
    where: { programmeId: ref.programmeId, number: ref.versionNumber, countyId: { in: [...scope.countyIds] } },
    select: versionSelect,
  });
  return version === null ? null : { ...version, canImport: isEditable(version.status) };
}

/** The county of a version or of an import draft (what the policy checks an action against). */
export async function findImportCountyId(record: { versionId: string } | { draftId: string }, db: ReadDb = getDb()): Promise<string | undefined> {
  if ("versionId" in record) return (await db.programmeVersion.findFirst({ where: { id: record.versionId }, select: { countyId: true } }))?.countyId;
  return (await db.importDraft.findFirst({ where: { id: record.draftId }, select: { countyId: true } }))?.countyId;
}

// The raw rows of the snapshot queries below, checked rather than cast.
const itemRowSchema = z.object({
  id: z.string(),
  stableKey: z.string(),
  revision: z.number(),
  focusAreaId: z.string(),
  position: z.number(),
  number: z.string(),
  title: z.string(),
  description: z.string(),
  timeframeKind: z.enum(["YEARS", "DATES", "ONGOING"]),
  startYear: z.number().nullable(),
  endYear: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  followUpText: z.string(),
  organisations: z.array(z.object({ id: z.string(), role: z.enum(["RESPONSIBLE", "PARTNER"]), lead: z.boolean().nullable() })),
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
});

/**
 * The version's content as the import plans against it, in two queries whatever its size: focus
 * areas, and items with their organisations and indicators aggregated in SQL (raw on purpose:
 * Prisma would load each relation level with a query of its own). `stamp` is a hash of everything
 * an editor can change (the version's revision; each focus area's and item's id, revision, place
 * and number), so a preview made before any change of the content no longer matches.
 */
export async function findVersionSnapshot(
  version: { id: string; countyId: string; editRevision: number; validFrom: Date; validTo: Date },
  db: ReadDb = getDb(),
): Promise<VersionSnapshot> {
  const [areas, rawItems] = await Promise.all([
    db.focusArea.findMany({
      where: { versionId: version.id },
      orderBy: [{ position: "asc" }, { title: "asc" }, { id: "asc" }],
      select: { id: true, title: true, position: true, revision: true },
    }),
    db.$queryRaw<unknown[]>`
      SELECT ai.id::text AS "id", ai.stable_key::text AS "stableKey", ai.revision AS "revision",
             ai.focus_area_id::text AS "focusAreaId", ai.position AS "position", ai.number AS "number",
             ai.title AS "title", ai.description AS "description", ai.timeframe_kind::text AS "timeframeKind",
             ai.start_year AS "startYear", ai.end_year AS "endYear",
             to_char(ai.start_date, 'YYYY-MM-DD') AS "startDate", to_char(ai.end_date, 'YYYY-MM-DD') AS "endDate",
             ai.follow_up_text AS "followUpText",
             coalesce((SELECT json_agg(json_build_object('id', aio.organisation_id::text, 'role', aio.role::text, 'lead', aio.lead)
                                       ORDER BY aio.lead IS NULL, aio.role, aio.organisation_id)
                         FROM action_item_organisation aio WHERE aio.item_id = ai.id), '[]'::json) AS "organisations",
             coalesce((SELECT json_agg(json_build_object('stableKey', i.stable_key::text, 'name', i.name, 'unit', i.unit,
                                                         'baseline', i.baseline, 'baselineYear', i.baseline_year, 'target', i.target,
                                                         'targetYear', i.target_year, 'dataSource', i.data_source) ORDER BY i.position, i.id)
                         FROM indicator i WHERE i.item_id = ai.id), '[]'::json) AS "indicators"
        FROM action_item ai
       WHERE ai.version_id = ${version.id}::uuid
       ORDER BY ai.position, ai.number, ai.id`,
  ]);
  const rows = z.array(itemRowSchema).parse(rawItems);
  const items: ExistingItem[] = rows.map((row) => ({
    id: row.id,
    stableKey: row.stableKey,
    revision: row.revision,
    focusAreaId: row.focusAreaId,
    position: row.position,
    number: row.number,
    title: row.title,
    description: row.description,
    timeframeKind: row.timeframeKind,
    startYear: row.startYear,
    endYear: row.endYear,
    startDate: row.startDate,
    endDate: row.endDate,
    followUpText: row.followUpText,
    leadId: row.organisations.find((o) => o.lead === true)?.id ?? null,
    responsible: row.organisations.filter((o) => o.role === "RESPONSIBLE").map((o) => o.id),
    partners: row.organisations.filter((o) => o.role === "PARTNER").map((o) => o.id),
    indicators: row.indicators,
  }));
  const hash = createHash("sha256");
  hash.update(`v${version.editRevision}|`);
  for (const area of areas) hash.update(`a${area.id}:${area.revision}:${area.position}:${area.title}|`);
  for (const row of rows) hash.update(`i${row.id}:${row.revision}:${row.focusAreaId}:${row.position}:${row.number}|`);
  return {
    versionId: version.id,
    countyId: version.countyId,
    focusAreas: areas.map(({ id, title, position }) => ({ id, title, position })),
    items,
    validity: { startYear: version.validFrom.getUTCFullYear(), endYear: version.validTo.getUTCFullYear() },
    stamp: hash.digest("hex").slice(0, 32),
  };
}

/** The organisations an action of the county may name (active; the county's own or national). One query. */
export async function listImportOrganisations(countyId: string, db: ReadDb = getDb()): Promise<ImportOrganisation[]> {
  return db.organisation.findMany({
    where: { active: true, OR: [{ countyId }, { countyId: null }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, shortName: true, kind: true, countyId: true },
  });
}

export type ImportDraftRow = {
  id: string;
  versionId: string;
  countyId: string;
  filename: string;
  parsed: ParsedImport;
  resolutions: ImportResolutions;
  revision: number;
  result: ImportOutcome | null;
  createdAt: Date;
};

const outcomeSchema = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
  focusAreasCreated: z.number(),
});

/**
 * The actor's own, unexpired draft for this version, or null. Scoped to the uploader and the
 * scope's counties: another coordinator's draft is not found. The JSON columns are checked.
 */
export async function findImportDraft(
  scope: ImportScope,
  ref: { draftId: string; versionId?: string },
  now: Date,
  db: ReadDb = getDb(),
): Promise<ImportDraftRow | null> {
  const row = await db.importDraft.findFirst({
    where: {
      id: ref.draftId,
      userId: scope.userId,
      countyId: { in: [...scope.countyIds] },
      expiresAt: { gt: now },
      ...(ref.versionId === undefined ? {} : { versionId: ref.versionId }),
    },
    select: { id: true, versionId: true, countyId: true, filename: true, parsed: true, resolutions: true, revision: true, result: true, createdAt: true },
  });
  if (row === null) return null;
  return {
    ...row,
    parsed: parsedImportSchema.parse(row.parsed),
    resolutions: importResolutionsSchema.parse(row.resolutions),
    result: row.result === null ? null : outcomeSchema.parse(row.result),
  };
}
