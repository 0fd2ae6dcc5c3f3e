import "server-only";
import { commentSelect, toCommentView } from "@/lib/consultations/data";
import { getDb } from "@/lib/db/client";
import type { EndorsementStatus, Prisma } from "@/lib/db/generated/client";
import type { FollowUpStatus } from "@/lib/follow-up/types";
import type { ContentHashInput } from "@/lib/programmes/content-hash";
import { publicProgrammeWhere, publicVersionWhere } from "@/lib/programmes/data";
import { isPublic, publicStatuses, validityAt, type PublicStatus } from "@/lib/programmes/lifecycle";
import type {
  PublicConsultationPage,
  ConsultationSummary,
  HomeOverview,
  LongTermGoalRef,
  NationalRollup,
  NationalStrategyRef,
  OrganisationAction,
  OrganisationProgramme,
  OrganisationRef,
  PublicActionItem,
  PublicCounty,
  PublicEndorsement,
  PublicFocusArea,
  PublicItemOrganisation,
  PublicOrganisation,
  PublicStanding,
  PublicVersion,
  PublicVersionComparison,
  PublicVersionSummary,
  PublishedVersionListing,
  RollupGoal,
  RollupProgramme,
  StandingRole,
} from "@/lib/publications/types";

/*
 * Every public read. Security-critical: each query reaches programme content only through
 * publicVersionWhere() (PUBLISHED and SUPERSEDED), reads endorsements only when decided, and
 * selects no person (no user, no e-mail, no "decided by"). Query counts are fixed: nested selects
 * cost one statement per relation level, never one per item.
 */

/** Decided endorsements only: a pending decision is not public, whatever the version's status. */
const decidedEndorsementStatuses = ["ENDORSED", "ENDORSED_WITH_RESERVATION", "DECLINED"] as const satisfies readonly EndorsementStatus[];
type DecidedStatus = (typeof decidedEndorsementStatuses)[number];
const isDecided = (status: EndorsementStatus): status is DecidedStatus => decidedEndorsementStatuses.some((s) => s === status);

function requirePublic(status: string): PublicStatus {
  // The where-builder already filtered; this narrows the type and fails loudly if it ever did not.
  const found = publicStatuses.find((s) => s === status);
  if (found === undefined) throw new Error("A non-public version reached a public read.");
  return found;
}

// ───────────── Selects ─────────────

export const nationalStrategyRefSelect = {
  slug: true,
  title: true,
  shortTitle: true,
  titleEn: true,
  shortTitleEn: true,
  documentRef: true,
  periodFrom: true,
  periodTo: true,
} satisfies Prisma.NationalStrategySelect;

export const goalSelect = { number: true, shortLabel: true, title: true, titleEn: true, shortLabelEn: true } satisfies Prisma.LongTermGoalSelect;

const versionSummarySelect = {
  number: true,
  kind: true,
  status: true,
  title: true,
  validFrom: true,
  validTo: true,
  publishedAt: true,
  changeSummary: true,
} satisfies Prisma.ProgrammeVersionSelect;

type VersionSummaryRow = Prisma.ProgrammeVersionGetPayload<{ select: typeof versionSummarySelect }>;

function toSummary(row: VersionSummaryRow): PublicVersionSummary {
  return { ...row, status: requirePublic(row.status) };
}

const itemSelect = {
  stableKey: true,
  number: true,
  position: true,
  title: true,
  description: true,
  timeframeKind: true,
  startYear: true,
  endYear: true,
  startDate: true,
  endDate: true,
  followUpText: true,
  organisations: {
    select: { role: true, lead: true, organisation: { select: { id: true, slug: true, name: true } } },
  },
  indicators: {
    orderBy: [{ position: "asc" }, { stableKey: "asc" }],
    select: {
      stableKey: true,
      position: true,
      name: true,
      unit: true,
      baseline: true,
      baselineYear: true,
      target: true,
      targetYear: true,
      dataSource: true,
    },
  },
} satisfies Prisma.ActionItemSelect;

type ItemRow = Prisma.ActionItemGetPayload<{ select: typeof itemSelect }>;

export const focusAreaSelect = {
  stableKey: true,
  position: true,
  title: true,
  description: true,
  goals: { select: { goal: { select: goalSelect } } },
  items: { orderBy: [{ position: "asc" }, { stableKey: "asc" }], select: itemSelect },
} satisfies Prisma.FocusAreaSelect;

type FocusAreaRow = Prisma.FocusAreaGetPayload<{ select: typeof focusAreaSelect }>;

const roleOrder = (link: { role: string; lead: boolean }) => (link.lead ? 0 : link.role === "RESPONSIBLE" ? 1 : 2);

function toOrganisations(rows: ItemRow["organisations"]): PublicItemOrganisation[] {
  return rows
    .map((row) => ({ ...row.organisation, role: row.role, lead: row.lead === true }))
    .sort((a, b) => roleOrder(a) - roleOrder(b) || a.name.localeCompare(b.name, "sv"));
}

function toItem(row: ItemRow): PublicActionItem {
  return {
    stableKey: row.stableKey,
    number: row.number,
    position: row.position,
    title: row.title,
    description: row.description,
    timeframe: {
      kind: row.timeframeKind,
      startYear: row.startYear,
      endYear: row.endYear,
      startDate: row.startDate,
      endDate: row.endDate,
    },
    followUpText: row.followUpText,
    organisations: toOrganisations(row.organisations),
    indicators: row.indicators,
  };
}

export function toFocusArea(row: FocusAreaRow): PublicFocusArea {
  return {
    stableKey: row.stableKey,
    position: row.position,
    title: row.title,
    description: row.description,
    goals: row.goals.map((link) => link.goal).sort((a, b) => a.number - b.number),
    items: row.items.map(toItem),
  };
}

const publicVersionSelect = {
  ...versionSummarySelect,
  substances: true,
  contentHash: true,
  ratificationBody: true,
  ratificationDate: true,
  ratificationDnr: true,
  isExample: true,
  county: { select: { slug: true, name: true } },
  programme: {
    select: {
      slug: true,
      title: true,
      isExample: true,
      regionalStrategy: { select: { title: true, overarchingText: true } },
      versions: { where: publicVersionWhere(), orderBy: { number: "desc" }, select: versionSummarySelect },
    },
  },
  nationalStrategy: { select: { id: true, ...nationalStrategyRefSelect, goals: { orderBy: { number: "asc" }, select: goalSelect } } },
  focusAreas: { orderBy: [{ position: "asc" }, { stableKey: "asc" }], select: focusAreaSelect },
  endorsementRound: true,
  endorsements: {
    // Security-critical: only the live row of each organisation. A pending row shows only that a
    // decision is pending (toStandings), never its fields; `endorsements` keeps the decided ones.
    where: { current: true },
    select: {
      status: true,
      required: true,
      decisionBody: true,
      decisionDate: true,
      paragraph: true,
      diarienummer: true,
      reservation: true,
      carriedOverFromId: true,
      carriedOverFrom: { select: { version: { select: { number: true } } } },
      id: true,
      minutesFileId: true,
      organisation: { select: { slug: true, name: true } },
    },
  },
  endorsementsLeftOut: { select: { round: true, reason: true, organisation: { select: { slug: true, name: true } } } },
  consultationRounds: {
    select: {
      invitations: {
        select: {
          response: {
            select: {
              status: true,
              comments: { select: { disposition: { select: { decision: true } } } },
            },
          },
        },
      },
    },
  },
} satisfies Prisma.ProgrammeVersionSelect;

type PublicVersionRow = Prisma.ProgrammeVersionGetPayload<{ select: typeof publicVersionSelect }>;

function toEndorsement(row: PublicVersionRow["endorsements"][number]): PublicEndorsement | null {
  if (!isDecided(row.status)) return null;
  return {
    organisation: row.organisation,
    status: row.status,
    decisionBody: row.decisionBody,
    decisionDate: row.decisionDate,
    paragraph: row.paragraph,
    diarienummer: row.diarienummer,
    // A reservation is part of the decision only when the decision says so.
    reservation: row.status === "ENDORSED_WITH_RESERVATION" ? row.reservation : null,
    carriedOver: row.carriedOverFromId !== null,
    minutesPath: row.minutesFileId === null ? null : `/api/protokoll/${row.id}`,
  };
}

const byOrganisationName = (a: { organisation: OrganisationRef }, b: { organisation: OrganisationRef }) => a.organisation.name.localeCompare(b.organisation.name, "sv");

function toEndorsements(rows: PublicVersionRow["endorsements"]): PublicEndorsement[] {
  return rows.flatMap((row) => toEndorsement(row) ?? []).sort(byOrganisationName);
}

const standingRoleOrder: readonly StandingRole[] = ["RESPONSIBLE", "PARTNER", "SIGNATORY"];

/**
 * Every organisation the version names (responsible, partner) or asked to decide, with its
 * standing on this version; none silently absent. A named organisation without a decision row was
 * not asked: with the coordinator's reason when it was left out of the last round, else without.
 */
function toStandings(row: PublicVersionRow, focusAreas: readonly PublicFocusArea[]): PublicStanding[] {
  const entries = new Map<string, { organisation: OrganisationRef; roles: Set<StandingRole> }>();
  const entry = (organisation: OrganisationRef) => {
    const found = entries.get(organisation.slug) ?? { organisation: { slug: organisation.slug, name: organisation.name }, roles: new Set<StandingRole>() };
    entries.set(organisation.slug, found);
    return found;
  };
  for (const area of focusAreas) for (const item of area.items) for (const o of item.organisations) entry(o).roles.add(o.role);
  const decisions = new Map(row.endorsements.map((e) => [e.organisation.slug, e]));
  for (const e of row.endorsements) if (e.required) entry(e.organisation).roles.add("SIGNATORY");
  const reasons = new Map(row.endorsementsLeftOut.filter((l) => l.round === row.endorsementRound).map((l) => [l.organisation.slug, l.reason]));
  for (const l of row.endorsementsLeftOut) if (l.round === row.endorsementRound) entry(l.organisation);
  return [...entries.values()]
    .map(({ organisation, roles }): PublicStanding => {
      const e = decisions.get(organisation.slug);
      const base = { organisation, roles: standingRoleOrder.filter((r) => roles.has(r)), decision: null, carriedOverFromVersion: null, notAskedReason: null };
      if (e === undefined) return { ...base, standing: "NOT_ASKED", notAskedReason: reasons.get(organisation.slug) ?? null };
      const decision = toEndorsement(e);
      if (decision === null) return { ...base, standing: "PENDING" };
      if (decision.status === "DECLINED") return { ...base, standing: "DECLINED", decision };
      if (e.carriedOverFromId !== null) return { ...base, standing: "CARRIED_OVER", decision, carriedOverFromVersion: e.carriedOverFrom?.version.number ?? null };
      return { ...base, standing: "STOOD_BEHIND", decision };
    })
    .sort(byOrganisationName);
}

function toConsultation(rounds: PublicVersionRow["consultationRounds"]): ConsultationSummary | null {
  if (rounds.length === 0) return null;
  const invitations = rounds.flatMap((round) => round.invitations);
  // Only submitted responses count: a response still being written is the organisation's draft.
  const submitted = invitations.flatMap((invitation) =>
    invitation.response !== null && invitation.response.status === "SUBMITTED" ? [invitation.response] : [],
  );
  const decisions = submitted.flatMap((response) => response.comments.map((comment) => comment.disposition?.decision ?? null));
  return {
    rounds: rounds.length,
    invited: invitations.length,
    responded: submitted.length,
    comments: decisions.length,
    accepted: decisions.filter((d) => d === "ACCEPTED").length,
    partlyAccepted: decisions.filter((d) => d === "PARTLY_ACCEPTED").length,
    notAccepted: decisions.filter((d) => d === "NOT_ACCEPTED").length,
  };
}

function toPublicVersion(row: PublicVersionRow): PublicVersion {
  const focusAreas = row.focusAreas.map(toFocusArea);
  return {
    county: row.county,
    programme: { slug: row.programme.slug, title: row.programme.title, isExample: row.programme.isExample },
    regionalStrategy: row.programme.regionalStrategy,
    nationalStrategy: row.nationalStrategy,
    number: row.number,
    kind: row.kind,
    status: requirePublic(row.status),
    title: row.title,
    validFrom: row.validFrom,
    validTo: row.validTo,
    substances: row.substances,
    changeSummary: row.changeSummary,
    contentHash: row.contentHash,
    publishedAt: row.publishedAt,
    ratification: { body: row.ratificationBody, date: row.ratificationDate, diarienummer: row.ratificationDnr },
    isExample: row.isExample || row.programme.isExample,
    focusAreas,
    endorsements: toEndorsements(row.endorsements),
    standings: toStandings(row, focusAreas),
    consultation: toConsultation(row.consultationRounds),
    history: row.programme.versions.map(toSummary),
    itemCount: focusAreas.reduce((sum, area) => sum + area.items.length, 0),
  };
}

/** Where a programme's versions are addressed by its public URL (county slug, programme slug). */
function programmeVersionWhere(countySlug: string, programmeSlug: string): Prisma.ProgrammeVersionWhereInput {
  return { ...publicVersionWhere(), programme: { slug: programmeSlug, county: { slug: countySlug } } };
}

/**
 * One public version by its URL. `number` null: the newest public version (the "current version"
 * URL). Null when the programme has no such public version, exactly as when it does not exist.
 */
export async function findPublicVersion(countySlug: string, programmeSlug: string, number: number | null): Promise<PublicVersion | null> {
  const row = await getDb().programmeVersion.findFirst({
    where: number === null ? programmeVersionWhere(countySlug, programmeSlug) : { ...programmeVersionWhere(countySlug, programmeSlug), number },
    orderBy: { number: "desc" },
    select: publicVersionSelect,
  });
  return row === null ? null : toPublicVersion(row);
}

// ───────────── Diff between two public versions ─────────────

const contentSelect = {
  number: true,
  title: true,
  validFrom: true,
  validTo: true,
  substances: true,
  nationalStrategyId: true,
  changeSummary: true,
  nationalStrategy: { select: { id: true, shortTitle: true } },
  focusAreas: {
    select: {
      stableKey: true,
      position: true,
      title: true,
      description: true,
      goals: { select: { goal: { select: { number: true } } } },
      items: {
        select: {
          stableKey: true,
          number: true,
          position: true,
          title: true,
          description: true,
          timeframeKind: true,
          startYear: true,
          endYear: true,
          startDate: true,
          endDate: true,
          followUpText: true,
          organisations: { select: { organisationId: true, role: true, lead: true, organisation: { select: { name: true } } } },
          indicators: {
            select: {
              stableKey: true,
              position: true,
              name: true,
              unit: true,
              baseline: true,
              baselineYear: true,
              target: true,
              targetYear: true,
              dataSource: true,
            },
          },
        },
      },
    },
  },
} satisfies Prisma.ProgrammeVersionSelect;

type ContentRow = Prisma.ProgrammeVersionGetPayload<{ select: typeof contentSelect }>;

function toContent(row: ContentRow): ContentHashInput {
  return {
    title: row.title,
    validFrom: row.validFrom,
    validTo: row.validTo,
    substances: row.substances,
    nationalStrategyId: row.nationalStrategyId,
    changeSummary: row.changeSummary,
    focusAreas: row.focusAreas.map((area) => ({
      stableKey: area.stableKey,
      position: area.position,
      title: area.title,
      description: area.description,
      goalNumbers: area.goals.map((link) => link.goal.number),
      items: area.items.map((item) => ({
        stableKey: item.stableKey,
        number: item.number,
        position: item.position,
        title: item.title,
        description: item.description,
        timeframeKind: item.timeframeKind,
        startYear: item.startYear,
        endYear: item.endYear,
        startDate: item.startDate,
        endDate: item.endDate,
        followUpText: item.followUpText,
        organisations: item.organisations.map((link) => ({ organisationId: link.organisationId, role: link.role, lead: link.lead })),
        indicators: item.indicators,
      })),
    })),
  };
}

/**
 * Version `number` and the public version before it (the highest public number below it), for the
 * public diff. Null when `number` is not public or has no public predecessor.
 */
export async function findPublicVersionComparison(
  countySlug: string,
  programmeSlug: string,
  number: number,
): Promise<PublicVersionComparison | null> {
  const rows = await getDb().programmeVersion.findMany({
    where: { ...programmeVersionWhere(countySlug, programmeSlug), number: { lte: number } },
    orderBy: { number: "desc" },
    take: 2,
    select: { ...contentSelect, county: { select: { slug: true, name: true } }, programme: { select: { slug: true, title: true } } },
  });
  const [after, before] = rows;
  if (after === undefined || before === undefined || after.number !== number) return null;
  const organisations: Record<string, string> = {};
  const focusAreas: Record<string, string> = {};
  for (const row of [before, after]) {
    for (const area of row.focusAreas) {
      focusAreas[area.stableKey] = area.title;
      for (const item of area.items) for (const link of item.organisations) organisations[link.organisationId] = link.organisation.name;
    }
  }
  return {
    county: after.county,
    programme: after.programme,
    before: { number: before.number, content: toContent(before) },
    after: { number: after.number, content: toContent(after) },
    names: {
      organisations,
      focusAreas,
      nationalStrategies: {
        [before.nationalStrategy.id]: before.nationalStrategy.shortTitle,
        [after.nationalStrategy.id]: after.nationalStrategy.shortTitle,
      },
    },
  };
}

// ───────────── County and home ─────────────

/** A county with its regional strategies and the programmes that have a public version. */
export async function findPublicCounty(countySlug: string, now: Date): Promise<PublicCounty | null> {
  const row = await getDb().county.findUnique({
    where: { slug: countySlug },
    select: {
      slug: true,
      name: true,
      regionalStrategies: {
        orderBy: { validFrom: "desc" },
        where: { programmes: { some: publicProgrammeWhere() } },
        select: {
          title: true,
          validFrom: true,
          validTo: true,
          extensions: { orderBy: { decisionDate: "desc" }, take: 1, select: { newValidTo: true } },
          nationalStrategy: { select: nationalStrategyRefSelect },
          programmes: {
            where: publicProgrammeWhere(),
            orderBy: { title: "asc" },
            select: {
              slug: true,
              title: true,
              isExample: true,
              versions: { where: publicVersionWhere(), orderBy: { number: "desc" }, select: { ...versionSummarySelect, isExample: true } },
            },
          },
        },
      },
    },
  });
  if (row === null) return null;
  return {
    slug: row.slug,
    name: row.name,
    strategies: row.regionalStrategies.map((strategy) => ({
      title: strategy.title,
      validFrom: strategy.validFrom,
      validTo: strategy.validTo,
      extendedTo: strategy.extensions[0]?.newValidTo ?? null,
      nationalStrategy: strategy.nationalStrategy,
      programmes: strategy.programmes.flatMap((programme) => {
        const [latest] = programme.versions;
        if (latest === undefined) return [];
        return [
          {
            slug: programme.slug,
            title: programme.title,
            isExample: programme.isExample || latest.isExample,
            latest: { ...toSummary(latest), validity: validityAt(latest.validFrom, latest.validTo, now) },
            versions: programme.versions.map(toSummary),
          },
        ];
      }),
    })),
  };
}

/** The newest national strategy that has started by `now`. */
async function findNationalStrategyInForce(now: Date) {
  return getDb().nationalStrategy.findFirst({
    where: { periodFrom: { lte: now.getUTCFullYear() } },
    orderBy: { periodFrom: "desc" },
    select: { ...nationalStrategyRefSelect, overarchingGoal: true, overarchingGoalEn: true, goals: { orderBy: { number: "asc" }, select: goalSelect } },
  });
}

/** Home page: the national strategy in force and every county with its programmes' newest public version. */
export async function findHomeOverview(now: Date): Promise<HomeOverview> {
  const [nationalStrategy, counties] = await Promise.all([
    findNationalStrategyInForce(now),
    getDb().county.findMany({
      orderBy: { code: "asc" },
      select: {
        slug: true,
        name: true,
        programmes: {
          where: publicProgrammeWhere(),
          orderBy: { title: "asc" },
          select: {
            slug: true,
            title: true,
            isExample: true,
            versions: { where: publicVersionWhere(), orderBy: { number: "desc" }, take: 1, select: { ...versionSummarySelect, isExample: true } },
          },
        },
      },
    }),
  ]);
  return {
    nationalStrategy,
    counties: counties.map((county) => ({
      slug: county.slug,
      name: county.name,
      programmes: county.programmes.flatMap((programme) => {
        const [latest] = programme.versions;
        if (latest === undefined || !isPublic(latest.status)) return [];
        return [
          {
            slug: programme.slug,
            title: programme.title,
            isExample: programme.isExample || latest.isExample,
            latest: { ...toSummary(latest), validity: validityAt(latest.validFrom, latest.validTo, now) },
          },
        ];
      }),
    })),
  };
}

// ───────────── National roll-up ─────────────

/**
 * For each long-term goal of a national strategy, what every county's programme does for it: the
 * newest public version of each programme that implements the strategy, its focus areas linked to
 * the goal and their actions. Three statements whatever the number of counties and actions.
 */
export async function findNationalRollup(strategySlug: string, now: Date): Promise<NationalRollup | null> {
  const [strategy, others] = await Promise.all([
    getDb().nationalStrategy.findUnique({
      where: { slug: strategySlug },
      select: {
        id: true,
        ...nationalStrategyRefSelect,
        overarchingGoal: true,
        overarchingGoalEn: true,
        goals: { orderBy: { number: "asc" }, select: { ...goalSelect, priorityAreas: { orderBy: { number: "asc" }, select: { number: true, title: true, titleEn: true } } } },
      },
    }),
    getDb().nationalStrategy.findMany({ where: { slug: { not: strategySlug } }, orderBy: { periodFrom: "desc" }, select: nationalStrategyRefSelect }),
  ]);
  if (strategy === null) return null;
  const versions = await getDb().programmeVersion.findMany({
    where: { ...publicVersionWhere(), nationalStrategyId: strategy.id },
    orderBy: [{ programmeId: "asc" }, { number: "desc" }],
    select: {
      programmeId: true,
      number: true,
      validFrom: true,
      validTo: true,
      county: { select: { slug: true, name: true, code: true } },
      programme: { select: { slug: true, title: true } },
      focusAreas: {
        where: { goals: { some: {} } },
        orderBy: [{ position: "asc" }, { stableKey: "asc" }],
        select: {
          title: true,
          goals: { select: { goal: { select: { number: true } } } },
          items: {
            orderBy: [{ position: "asc" }, { stableKey: "asc" }],
            select: {
              number: true,
              title: true,
              organisations: { where: { lead: true }, select: { organisation: { select: { slug: true, name: true } } } },
            },
          },
        },
      },
    },
  });
  // The newest public version of each programme (rows are ordered by programme, newest first).
  const newest = versions.filter((version, index) => index === 0 || versions[index - 1]?.programmeId !== version.programmeId);
  newest.sort((a, b) => a.county.code.localeCompare(b.county.code) || a.programme.title.localeCompare(b.programme.title, "sv"));

  const goals: RollupGoal[] = strategy.goals.map((goal) => {
    const programmes: RollupProgramme[] = newest.flatMap((version) => {
      const areas = version.focusAreas.filter((area) => area.goals.some((link) => link.goal.number === goal.number));
      if (areas.length === 0) return [];
      return [
        {
          county: { slug: version.county.slug, name: version.county.name },
          programme: version.programme,
          versionNumber: version.number,
          validity: validityAt(version.validFrom, version.validTo, now),
          focusAreas: areas.map((area) => ({
            title: area.title,
            items: area.items.map((item) => ({ number: item.number, title: item.title, lead: item.organisations[0]?.organisation ?? null })),
          })),
        },
      ];
    });
    return {
      ...goal,
      programmes,
      countyCount: new Set(programmes.map((p) => p.county.slug)).size,
      itemCount: programmes.reduce((sum, p) => sum + p.focusAreas.reduce((s, a) => s + a.items.length, 0), 0),
    };
  });
  const { id: _id, goals: _goals, ...strategyRef } = strategy;
  return {
    strategy: strategyRef,
    goals,
    programmeCount: newest.length,
    inForceCount: newest.filter((v) => validityAt(v.validFrom, v.validTo, now) === "IN_FORCE").length,
    otherStrategies: others,
  };
}

export async function listNationalStrategies(): Promise<NationalStrategyRef[]> {
  return getDb().nationalStrategy.findMany({ orderBy: { periodFrom: "desc" }, select: nationalStrategyRefSelect });
}

export async function listLongTermGoals(strategySlug: string): Promise<LongTermGoalRef[]> {
  return getDb().longTermGoal.findMany({ where: { strategy: { slug: strategySlug } }, orderBy: { number: "asc" }, select: goalSelect });
}

// ───────────── Organisation ─────────────

/** An organisation's actions in the newest public version of each programme, and its decisions. */
function followUpOf(state: { status: FollowUpStatus | null; latestYear: number | null } | null): OrganisationAction["followUp"] {
  return state === null || state.latestYear === null ? null : { status: state.status, year: state.latestYear };
}

export async function findPublicOrganisation(organisationSlug: string, now: Date): Promise<PublicOrganisation | null> {
  const organisation = await getDb().organisation.findUnique({
    where: { slug: organisationSlug },
    select: { id: true, slug: true, name: true, kind: true, county: { select: { slug: true, name: true } } },
  });
  if (organisation === null) return null;
  const [links, endorsements] = await Promise.all([
    getDb().actionItemOrganisation.findMany({
      where: { organisationId: organisation.id, item: { version: publicVersionWhere() } },
      select: {
        role: true,
        lead: true,
        item: {
          select: {
            number: true,
            position: true,
            title: true,
            timeframeKind: true,
            startYear: true,
            endYear: true,
            startDate: true,
            endDate: true,
            focusArea: { select: { title: true, position: true } },
            // Kept in step with approved reports (lib/follow-up): the public may see it.
            followUpState: { select: { status: true, latestYear: true } },
            version: {
              select: {
                programmeId: true,
                number: true,
                validFrom: true,
                validTo: true,
                county: { select: { slug: true, name: true } },
                programme: { select: { slug: true, title: true, versions: { where: publicVersionWhere(), orderBy: { number: "desc" }, take: 1, select: { number: true } } } },
              },
            },
          },
        },
      },
    }),
    getDb().endorsement.findMany({
      where: { organisationId: organisation.id, current: true, status: { in: [...decidedEndorsementStatuses] }, version: publicVersionWhere() },
      orderBy: { decisionDate: "desc" },
      select: {
        status: true,
        decisionBody: true,
        decisionDate: true,
        paragraph: true,
        diarienummer: true,
        version: { select: { number: true, county: { select: { slug: true, name: true } }, programme: { select: { slug: true, title: true } } } },
      },
    }),
  ]);

  const byProgramme = new Map<string, OrganisationProgramme & { actions: OrganisationAction[]; sortKey: string }>();
  for (const link of links) {
    const { version } = link.item;
    // Only the programme's newest public version: what the organisation is responsible for now.
    if (version.programme.versions[0]?.number !== version.number) continue;
    const entry = byProgramme.get(version.programmeId) ?? {
      county: version.county,
      programme: { slug: version.programme.slug, title: version.programme.title },
      versionNumber: version.number,
      validity: validityAt(version.validFrom, version.validTo, now),
      actions: [],
      sortKey: `${version.county.name} ${version.programme.title}`,
    };
    entry.actions.push({
      number: link.item.number,
      title: link.item.title,
      role: link.role,
      lead: link.lead === true,
      focusArea: link.item.focusArea.title,
      timeframe: {
        kind: link.item.timeframeKind,
        startYear: link.item.startYear,
        endYear: link.item.endYear,
        startDate: link.item.startDate,
        endDate: link.item.endDate,
      },
      followUp: followUpOf(link.item.followUpState),
    });
    byProgramme.set(version.programmeId, entry);
  }
  const compareNumbers = (a: string, b: string) => a.localeCompare(b, "sv", { numeric: true });
  return {
    slug: organisation.slug,
    name: organisation.name,
    kind: organisation.kind,
    county: organisation.county,
    programmes: [...byProgramme.values()]
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey, "sv"))
      .map(({ sortKey: _sortKey, actions, ...programme }) => ({ ...programme, actions: actions.sort((a, b) => compareNumbers(a.number, b.number)) })),
    endorsements: endorsements.flatMap((row) =>
      isDecided(row.status)
        ? [
            {
              county: row.version.county,
              programme: row.version.programme,
              versionNumber: row.version.number,
              status: row.status,
              decisionBody: row.decisionBody,
              decisionDate: row.decisionDate,
              paragraph: row.paragraph,
              diarienummer: row.diarienummer,
            },
          ]
        : [],
    ),
  };
}

// ───────────── Open data ─────────────

/** Every public version of every programme, for the machine-readable list. */
export async function listPublishedVersions(): Promise<PublishedVersionListing[]> {
  const rows = await getDb().programmeVersion.findMany({
    where: publicVersionWhere(),
    orderBy: [{ county: { code: "asc" } }, { programme: { slug: "asc" } }, { number: "asc" }],
    select: {
      number: true,
      status: true,
      title: true,
      validFrom: true,
      validTo: true,
      publishedAt: true,
      contentHash: true,
      county: { select: { slug: true, name: true } },
      programme: { select: { slug: true, title: true } },
      nationalStrategy: { select: { slug: true } },
    },
  });
  return rows.map((row) => ({
    county: row.county,
    programme: row.programme,
    number: row.number,
    status: requirePublic(row.status),
    title: row.title,
    validFrom: row.validFrom,
    validTo: row.validTo,
    publishedAt: row.publishedAt,
    contentHash: row.contentHash,
    nationalStrategySlug: row.nationalStrategy.slug,
  }));
}

// ───────────── Remissammanställning ─────────────

/**
 * The consultation summary of a public version: every round, how many were invited, and the
 * submitted responses with their comments and dispositions. Organisations only, never a person;
 * a response still being written is never read.
 */
export async function findPublicConsultation(countySlug: string, programmeSlug: string, number: number): Promise<PublicConsultationPage | null> {
  const row = await getDb().programmeVersion.findFirst({
    where: { ...programmeVersionWhere(countySlug, programmeSlug), number },
    select: {
      number: true,
      title: true,
      programme: { select: { slug: true, title: true, county: { select: { slug: true, name: true } } } },
      consultationRounds: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          deadline: true,
          _count: { select: { invitations: true } },
          invitations: {
            // Security-critical: submitted responses only.
            where: { response: { status: "SUBMITTED" } },
            orderBy: { organisation: { name: "asc" } },
            select: { organisation: { select: { name: true } }, response: { select: { generalText: true, comments: { orderBy: { position: "asc" }, select: commentSelect } } } },
          },
        },
      },
    },
  });
  if (row === null) return null;
  return {
    county: row.programme.county,
    programme: { slug: row.programme.slug, title: row.programme.title },
    number: row.number,
    title: row.title,
    rounds: row.consultationRounds.map((round) => ({
      number: round.number,
      deadline: round.deadline,
      invitedCount: round._count.invitations,
      responses: round.invitations.map((invitation) => ({
        organisationName: invitation.organisation.name,
        generalText: invitation.response?.generalText ?? "",
        comments: (invitation.response?.comments ?? []).map(toCommentView),
      })),
    })),
  };
}
