import "server-only";
import { getDb } from "@/lib/db/client";
import type { EndorsementStatus, Prisma, VersionKind, VersionStatus } from "@/lib/db/generated/client";
import type { ContentHashFocusArea, ContentHashInput, ContentHashItem } from "@/lib/programmes/content-hash";
import { publicStatuses, versionStatuses } from "@/lib/programmes/lifecycle";
import type { FocusAreaMissingGoal, TemplateVersionOption, VersionFieldsCurrent, VersionSummary } from "@/lib/programmes/types";
import { nationalStrategyOptionSelect } from "@/lib/strategies/data";

/**
 * The one public where-builder: every public read of programme versions filters through it, so a
 * draft can never reach a public page by a forgotten condition.
 */
export function publicVersionWhere(): Prisma.ProgrammeVersionWhereInput {
  return { status: { in: [...publicStatuses] } };
}

/** Programmes that have at least one public version. */
export function publicProgrammeWhere(): Prisma.ActionProgrammeWhereInput {
  return { versions: { some: publicVersionWhere() } };
}

// ───────────── Authorization lookups (the county of a record, never from a form) ─────────────

export async function findProgrammeCountyId(programmeId: string): Promise<string | null> {
  const row = await getDb().actionProgramme.findUnique({ where: { id: programmeId }, select: { countyId: true } });
  return row?.countyId ?? null;
}

export async function findVersionCountyId(versionId: string): Promise<string | null> {
  const row = await getDb().programmeVersion.findUnique({ where: { id: versionId }, select: { countyId: true } });
  return row?.countyId ?? null;
}

export async function findStrategyForProgramme(strategyId: string): Promise<{ countyId: string } | null> {
  return getDb().regionalStrategy.findUnique({ where: { id: strategyId }, select: { countyId: true } });
}

// ───────────── Templates for a new programme ─────────────

/**
 * Every public version (PUBLISHED or SUPERSEDED) of every county: what a new programme may start
 * from. Public already, so no county scope; by county name, programme title, newest version first.
 */
export async function listTemplateVersions(): Promise<TemplateVersionOption[]> {
  const rows = await getDb().programmeVersion.findMany({
    where: publicVersionWhere(),
    orderBy: [{ county: { name: "asc" } }, { programme: { title: "asc" } }, { number: "desc" }],
    select: { id: true, number: true, countyId: true, county: { select: { name: true } }, programme: { select: { title: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    programmeTitle: row.programme.title,
    number: row.number,
    countyId: row.countyId,
    countyName: row.county.name,
  }));
}

// ───────────── Workspace reads, scoped to the counties the actor may see ─────────────

export const versionSummarySelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  title: true,
  validFrom: true,
  validTo: true,
  createdAt: true,
  frozenAt: true,
  ratifiedAt: true,
  publishedAt: true,
  supersededAt: true,
  withdrawnAt: true,
  supersedes: { select: { number: true } },
} satisfies Prisma.ProgrammeVersionSelect;

type VersionSummaryRow = Prisma.ProgrammeVersionGetPayload<{ select: typeof versionSummarySelect }>;

function toVersionSummary(row: VersionSummaryRow): VersionSummary {
  const { supersedes, ...rest } = row;
  return { ...rest, supersedesNumber: supersedes?.number ?? null };
}

/** A programme with every version (newest first), when it belongs to one of `countyIds`. */
export async function findProgrammeWithVersions(programmeId: string, countyIds: readonly string[]) {
  const row = await getDb().actionProgramme.findFirst({
    where: { id: programmeId, countyId: { in: [...countyIds] } },
    select: {
      id: true,
      title: true,
      countyId: true,
      county: { select: { name: true } },
      regionalStrategy: { select: { id: true, title: true } },
      versions: {
        orderBy: { number: "desc" },
        select: { ...versionSummarySelect, nationalStrategyId: true },
      },
    },
  });
  if (row === null) return null;
  return {
    id: row.id,
    title: row.title,
    countyId: row.countyId,
    countyName: row.county.name,
    strategy: row.regionalStrategy,
    versions: row.versions.map((v) => ({ ...toVersionSummary(v), nationalStrategyId: v.nationalStrategyId })),
  };
}

const versionDetailSelect = {
  ...versionSummarySelect,
  countyId: true,
  substances: true,
  changeSummary: true,
  editRevision: true,
  supersedesId: true,
  nationalStrategyId: true,
  nationalStrategy: { select: nationalStrategyOptionSelect },
  programme: { select: { id: true, title: true, slug: true, county: { select: { name: true, slug: true } } } },
  _count: { select: { focusAreas: true, items: true } },
} satisfies Prisma.ProgrammeVersionSelect;

/** One version of a programme by number, when the programme belongs to one of `countyIds`. */
export async function findVersionByNumber(programmeId: string, number: number, countyIds: readonly string[]) {
  const row = await getDb().programmeVersion.findFirst({
    where: { programmeId, number, countyId: { in: [...countyIds] } },
    select: versionDetailSelect,
  });
  if (row === null) return null;
  const { programme, _count, supersedes, ...version } = row;
  return {
    programme: { id: programme.id, title: programme.title, countyName: programme.county.name },
    version: { ...version, supersedesNumber: supersedes?.number ?? null },
    counts: { focusAreas: _count.focusAreas, items: _count.items },
    slugs: { county: programme.county.slug, programme: programme.slug },
  };
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The endorsement and ratification bookkeeping of a version in `countyIds`. */
export async function findVersionBookkeeping(versionId: string, countyIds: readonly string[]) {
  return getDb().programmeVersion.findFirst({
    where: { id: versionId, countyId: { in: [...countyIds] } },
    select: { contentHash: true, endorsementRound: true, ratificationBody: true, ratificationDate: true, ratificationDnr: true, validFrom: true, validTo: true },
  });
}

/** The version fields form's values as the database holds them now (for the conflict view). */
export async function findVersionFields(versionId: string, countyIds: readonly string[]): Promise<VersionFieldsCurrent | null> {
  const row = await getDb().programmeVersion.findFirst({
    where: { id: versionId, countyId: { in: [...countyIds] } },
    select: {
      title: true,
      validFrom: true,
      validTo: true,
      substances: true,
      nationalStrategyId: true,
      changeSummary: true,
      editRevision: true,
    },
  });
  return row === null ? null : toVersionFieldsCurrent(row);
}

export function toVersionFieldsCurrent(row: {
  title: string;
  validFrom: Date;
  validTo: Date;
  substances: readonly string[];
  nationalStrategyId: string;
  changeSummary: string;
  editRevision: number;
}): VersionFieldsCurrent {
  return {
    values: {
      title: row.title,
      validFrom: isoDate(row.validFrom),
      validTo: isoDate(row.validTo),
      substances: row.substances.join(","),
      nationalStrategyId: row.nationalStrategyId,
      changeSummary: row.changeSummary,
    },
    editRevision: row.editRevision,
  };
}

/**
 * Focus areas of a version that lost their links to national goals because the version maps to a
 * different national strategy than the version it was copied from (revision onto a newer strategy,
 * or a change of strategy in the draft), and that the coordinator has not re-linked yet. Areas that
 * had no goal link before (e.g. "Förutsättningar och samordning") are not flagged. Items are
 * flagged through their focus area: an item's goal links are its focus area's.
 *
 * Raw SQL: one statement compares each area with its namesake (same stable key) in the superseded
 * version, which the query API cannot express without loading both versions.
 */
export async function listFocusAreasMissingGoal(versionId: string): Promise<FocusAreaMissingGoal[]> {
  return getDb().$queryRaw<FocusAreaMissingGoal[]>`
    SELECT fa.stable_key::text AS "stableKey", fa.title,
           (SELECT count(*)::int FROM action_item i WHERE i.focus_area_id = fa.id) AS "itemCount"
    FROM focus_area fa
    JOIN programme_version v ON v.id = fa.version_id
    JOIN programme_version prev ON prev.id = v.supersedes_id
    JOIN focus_area prev_fa ON prev_fa.version_id = prev.id AND prev_fa.stable_key = fa.stable_key
    WHERE fa.version_id = ${versionId}::uuid
      AND v.national_strategy_id <> prev.national_strategy_id
      AND NOT EXISTS (SELECT 1 FROM focus_area_goal g WHERE g.focus_area_id = fa.id)
      AND EXISTS (SELECT 1 FROM focus_area_goal g WHERE g.focus_area_id = prev_fa.id)
    ORDER BY fa.position, fa.stable_key`;
}

// ───────────── Version content for the diff: four queries whatever the number of items ─────────────

export type VersionMeta = {
  id: string;
  number: number;
  kind: VersionKind;
  status: VersionStatus;
  title: string;
  validFrom: Date;
  validTo: Date;
  nationalStrategyId: string;
  nationalStrategyTitle: string;
  supersedesId: string | null;
};

export type OrganisationName = { id: string; name: string };

export type LoadedVersionContent = { meta: VersionMeta; content: ContentHashInput };

const versionKinds = ["NEW", "REVISION", "EXTENSION"] as const satisfies readonly VersionKind[];
const isVersionKind = (value: string): value is VersionKind => versionKinds.some((k) => k === value);
const isVersionStatus = (value: string): value is VersionStatus => versionStatuses.some((s) => s === value);

type VersionRow = {
  id: string;
  number: number;
  kind: string;
  status: string;
  title: string;
  valid_from: Date;
  valid_to: Date;
  substances: string[];
  national_strategy_id: string;
  national_strategy_title: string;
  change_summary: string;
  supersedes_id: string | null;
  programme_title: string;
};

type FocusAreaRow = {
  id: string;
  version_id: string;
  stable_key: string;
  position: number;
  title: string;
  description: string;
  goal_numbers: number[];
};

type ItemRow = {
  id: string;
  version_id: string;
  focus_area_id: string;
  stable_key: string;
  number: string;
  position: number;
  title: string;
  description: string;
  timeframe_kind: string;
  start_year: number | null;
  end_year: number | null;
  start_date: Date | null;
  end_date: Date | null;
  follow_up_text: string;
};

/**
 * An organisation link ("O") or an indicator ("I") of an item, in one result: the columns of the
 * other kind are NULL. One statement for both keeps the content at four queries in all.
 */
type ItemLinkRow = {
  kind: "O" | "I";
  item_id: string;
  key: string;
  name: string;
  role: string | null;
  lead: boolean | null;
  position: number | null;
  unit: string | null;
  baseline: string | null;
  baseline_year: number | null;
  target: string | null;
  target_year: number | null;
  data_source: string | null;
};

/**
 * Every version of a programme (metadata, oldest first) and the full content of the versions
 * `pick` chooses from them (by number), in four statements whatever the number of items: the
 * versions, then at once the focus areas with their goal numbers, the items, and the items'
 * organisation links (with names) and indicators. Raw SQL because the query API would issue one
 * statement per relation (six or more); flat rows rather than JSON aggregates, which measured
 * slower for 500-item versions. Scoped to `countyIds`; null when the programme is not in them.
 */
export async function loadProgrammeContents(
  programmeId: string,
  countyIds: readonly string[],
  pick: (versions: readonly VersionMeta[]) => readonly number[],
  /** A transaction to read in (e.g. the one freezing the version); the shared client otherwise. */
  db: Prisma.TransactionClient = getDb(),
): Promise<{
  programmeTitle: string;
  versions: VersionMeta[];
  contents: Map<number, LoadedVersionContent>;
  organisations: Map<string, string>;
} | null> {
  const versionRows = await db.$queryRaw<VersionRow[]>`
    SELECT v.id::text, v.number, v.kind::text, v.status::text, v.title, v.valid_from, v.valid_to,
           v.substances::text[] AS substances, v.national_strategy_id::text, ns.short_title AS national_strategy_title,
           v.change_summary, v.supersedes_id::text, p.title AS programme_title
    FROM programme_version v
    JOIN action_programme p ON p.id = v.programme_id
    JOIN national_strategy ns ON ns.id = v.national_strategy_id
    WHERE v.programme_id = ${programmeId}::uuid AND p.county_id = ANY(${[...countyIds]}::uuid[])
    ORDER BY v.number`;
  const first = versionRows[0];
  if (first === undefined) return null;

  const versions: VersionMeta[] = versionRows.flatMap((row) =>
    isVersionKind(row.kind) && isVersionStatus(row.status)
      ? [
          {
            id: row.id,
            number: row.number,
            kind: row.kind,
            status: row.status,
            title: row.title,
            validFrom: row.valid_from,
            validTo: row.valid_to,
            nationalStrategyId: row.national_strategy_id,
            nationalStrategyTitle: row.national_strategy_title,
            supersedesId: row.supersedes_id,
          },
        ]
      : [],
  );
  const numbers = pick(versions);
  const wanted = versionRows.filter((row) => numbers.includes(row.number));
  const contents = new Map<number, LoadedVersionContent>();
  const organisations = new Map<string, string>();
  if (wanted.length === 0) return { programmeTitle: first.programme_title, versions, contents, organisations };

  const versionIds = wanted.map((row) => row.id);
  const [areaRows, itemRows, linkRows] = await Promise.all([
    db.$queryRaw<FocusAreaRow[]>`
      SELECT fa.id::text, fa.version_id::text, fa.stable_key::text, fa.position, fa.title, fa.description,
             COALESCE(array_agg(g.number ORDER BY g.number) FILTER (WHERE g.number IS NOT NULL), '{}') AS goal_numbers
      FROM focus_area fa
      LEFT JOIN focus_area_goal fg ON fg.focus_area_id = fa.id
      LEFT JOIN long_term_goal g ON g.id = fg.goal_id
      WHERE fa.version_id = ANY(${versionIds}::uuid[])
      GROUP BY fa.id
      ORDER BY fa.position, fa.stable_key`,
    db.$queryRaw<ItemRow[]>`
      SELECT i.id::text, i.version_id::text, i.focus_area_id::text, i.stable_key::text, i.number, i.position, i.title,
             i.description, i.timeframe_kind::text, i.start_year, i.end_year, i.start_date, i.end_date, i.follow_up_text
      FROM action_item i
      WHERE i.version_id = ANY(${versionIds}::uuid[])
      ORDER BY i.position, i.stable_key`,
    db.$queryRaw<ItemLinkRow[]>`
      SELECT 'O' AS kind, o.item_id::text, o.organisation_id::text AS key, org.name, o.role::text AS role, o.lead,
             NULL::int AS position, NULL AS unit, NULL AS baseline, NULL::int AS baseline_year, NULL AS target,
             NULL::int AS target_year, NULL AS data_source
      FROM action_item_organisation o
      JOIN action_item i ON i.id = o.item_id
      JOIN organisation org ON org.id = o.organisation_id
      WHERE i.version_id = ANY(${versionIds}::uuid[])
      UNION ALL
      SELECT 'I', ind.item_id::text, ind.stable_key::text, ind.name, NULL, NULL, ind.position, ind.unit, ind.baseline,
             ind.baseline_year, ind.target, ind.target_year, ind.data_source
      FROM indicator ind
      JOIN action_item i ON i.id = ind.item_id
      WHERE i.version_id = ANY(${versionIds}::uuid[])`,
  ]);

  const linksByItem = new Map<string, { organisations: ContentHashItem["organisations"][number][]; indicators: ContentHashItem["indicators"][number][] }>();
  for (const link of linkRows) {
    let entry = linksByItem.get(link.item_id);
    if (entry === undefined) {
      entry = { organisations: [], indicators: [] };
      linksByItem.set(link.item_id, entry);
    }
    if (link.kind === "O") {
      organisations.set(link.key, link.name);
      entry.organisations.push({ organisationId: link.key, role: link.role ?? "", lead: link.lead });
    } else {
      entry.indicators.push({
        stableKey: link.key,
        position: link.position ?? 0,
        name: link.name,
        unit: link.unit ?? "",
        baseline: link.baseline ?? "",
        baselineYear: link.baseline_year,
        target: link.target ?? "",
        targetYear: link.target_year,
        dataSource: link.data_source ?? "",
      });
    }
  }

  const itemsByArea = new Map<string, ContentHashItem[]>();
  for (const row of itemRows) {
    const links = linksByItem.get(row.id);
    const item: ContentHashItem = {
      stableKey: row.stable_key,
      number: row.number,
      position: row.position,
      title: row.title,
      description: row.description,
      timeframeKind: row.timeframe_kind,
      startYear: row.start_year,
      endYear: row.end_year,
      startDate: row.start_date,
      endDate: row.end_date,
      followUpText: row.follow_up_text,
      organisations: links?.organisations ?? [],
      indicators: links?.indicators ?? [],
    };
    const list = itemsByArea.get(row.focus_area_id);
    if (list === undefined) itemsByArea.set(row.focus_area_id, [item]);
    else list.push(item);
  }

  const areasByVersion = new Map<string, ContentHashFocusArea[]>();
  for (const row of areaRows) {
    const area: ContentHashFocusArea = {
      stableKey: row.stable_key,
      position: row.position,
      title: row.title,
      description: row.description,
      goalNumbers: row.goal_numbers,
      items: itemsByArea.get(row.id) ?? [],
    };
    const list = areasByVersion.get(row.version_id);
    if (list === undefined) areasByVersion.set(row.version_id, [area]);
    else list.push(area);
  }

  for (const row of wanted) {
    const meta = versions.find((v) => v.id === row.id);
    if (meta === undefined) continue;
    contents.set(row.number, {
      meta,
      content: {
        title: row.title,
        validFrom: row.valid_from,
        validTo: row.valid_to,
        substances: row.substances,
        nationalStrategyId: row.national_strategy_id,
        changeSummary: row.change_summary,
        focusAreas: areasByVersion.get(row.id) ?? [],
      },
    });
  }
  return { programmeTitle: first.programme_title, versions, contents, organisations };
}

// ───────────── The workspace home: each programme's way to publication ─────────────

/** The statuses the workspace home shows: the version on its way and the one in force. */
const pipelineStatuses = ["DRAFT", "CONSULTATION", "ENDORSEMENT", "RATIFIED", "PUBLISHED"] as const satisfies readonly VersionStatus[];

export type ProgrammePipelineRow = {
  id: string;
  title: string;
  countyId: string;
  countyName: string;
  versions: {
    id: string;
    number: number;
    kind: VersionKind;
    status: VersionStatus;
    title: string;
    validTo: Date;
    ratificationDate: Date | null;
    /** Rounds of remiss, newest first, with each invited organisation and whether it has answered. */
    rounds: { number: number; deadline: Date; closedAt: Date | null; invitations: { organisationName: string; submitted: boolean }[] }[];
    /** The live endorsement rows (current round). */
    endorsements: { organisationId: string; organisationName: string; required: boolean; status: EndorsementStatus; carriedOver: boolean }[];
  }[];
};

/**
 * Every programme of `countyIds` with its versions in DRAFT … PUBLISHED, their remiss rounds and
 * live endorsements: a fixed number of statements however many programmes and versions (no query
 * per programme or version), the county scope in each `where`.
 */
export async function listProgrammePipelines(countyIds: readonly string[], db: Prisma.TransactionClient = getDb()): Promise<ProgrammePipelineRow[]> {
  if (countyIds.length === 0) return [];
  const programmes = await db.actionProgramme.findMany({
    where: { countyId: { in: [...countyIds] } },
    orderBy: [{ county: { name: "asc" } }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      countyId: true,
      county: { select: { name: true } },
      versions: {
        where: { status: { in: [...pipelineStatuses] } },
        orderBy: { number: "desc" },
        select: { id: true, number: true, kind: true, status: true, title: true, validTo: true, ratificationDate: true },
      },
    },
  });
  const endorsing = programmes.flatMap((p) => p.versions.filter((v) => v.status === "ENDORSEMENT").map((v) => v.id));
  const consulting = programmes.flatMap((p) => p.versions.filter((v) => v.status === "DRAFT" || v.status === "CONSULTATION").map((v) => v.id));
  const [invitations, endorsements] = await Promise.all([
    consulting.length === 0
      ? []
      : db.consultationInvitation.findMany({
          where: { round: { versionId: { in: consulting }, version: { countyId: { in: [...countyIds] } } } },
          select: {
            round: { select: { versionId: true, number: true, deadline: true, closedAt: true } },
            organisation: { select: { name: true } },
            response: { select: { status: true } },
          },
        }),
    endorsing.length === 0
      ? []
      : db.endorsement.findMany({
          where: { versionId: { in: endorsing }, current: true, version: { countyId: { in: [...countyIds] } } },
          orderBy: { organisation: { name: "asc" } },
          select: { versionId: true, organisationId: true, required: true, status: true, carriedOverFromId: true, organisation: { select: { name: true } } },
        }),
  ]);
  const roundsByVersion = new Map<string, Map<number, ProgrammePipelineRow["versions"][number]["rounds"][number]>>();
  for (const invitation of invitations) {
    const { versionId, number, deadline, closedAt } = invitation.round;
    const rounds = roundsByVersion.get(versionId) ?? new Map<number, ProgrammePipelineRow["versions"][number]["rounds"][number]>();
    const round = rounds.get(number) ?? { number, deadline, closedAt, invitations: [] };
    round.invitations.push({ organisationName: invitation.organisation.name, submitted: invitation.response?.status === "SUBMITTED" });
    rounds.set(number, round);
    roundsByVersion.set(versionId, rounds);
  }
  return programmes.map((p) => ({
    id: p.id,
    title: p.title,
    countyId: p.countyId,
    countyName: p.county.name,
    versions: p.versions.map((v) => ({
      ...v,
      rounds: [...(roundsByVersion.get(v.id)?.values() ?? [])].sort((a, b) => b.number - a.number),
      endorsements: endorsements
        .filter((e) => e.versionId === v.id)
        .map((e) => ({ organisationId: e.organisationId, organisationName: e.organisation.name, required: e.required, status: e.status, carriedOver: e.carriedOverFromId !== null })),
    })),
  }));
}
