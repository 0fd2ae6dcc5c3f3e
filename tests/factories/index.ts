// Test data factories: every call creates rows with values no other call uses (slugs, codes,
// e-mails), so tests never collide with each other or with seeded reference data. Each factory
// takes the client first (a PrismaClient or an interactive transaction) and optional overrides;
// missing parents are created on the way (a version without a programme gets one, with its
// county, regional and national strategy).
//
// Programme content can only be written while its version is DRAFT (database trigger, see
// prisma/migrations/*_invariants), a version is born a DRAFT and its status moves one life-cycle
// step at a time (prisma/migrations/*_lifecycle_guards): createProgrammeVersion therefore inserts
// the version as DRAFT, adds the content and only then walks it to the requested status.
import { randomUUID } from "node:crypto";
import { refreshActionStates } from "@/lib/follow-up/action-states";
import { versionTransitions } from "@/lib/programmes/lifecycle";
import type {
  ActionItem,
  ActionItemOrganisation,
  ActionProgramme,
  AuditEvent,
  County,
  Endorsement,
  FocusArea,
  Indicator,
  LongTermGoal,
  Membership,
  Municipality,
  NationalStrategy,
  Organisation,
  PoliceRegion,
  Prisma,
  ProgrammeVersion,
  RegionalStrategy,
  Role,
  User,
  VersionStatus,
} from "@/lib/db/generated/client";

/** A PrismaClient or the client of an interactive transaction. */
export type FactoryDb = Prisma.TransactionClient;

// ───────────────────────────── Unique values ─────────────────────────────

let sequence = 0;
// Distinguishes this process's rows from any other's (parallel runs against one server).
const runTag = randomUUID().slice(0, 6);

/** A value no other call in this process returns, e.g. "county-3f9a1c-12". */
export function uniqueSlug(prefix: string): string {
  sequence += 1;
  return `${prefix}-${runTag}-${sequence}`;
}

/** `length` lower-case letters, unique per call within 26^length calls. Real codes are digits. */
function uniqueLetters(length: number): string {
  sequence += 1;
  let value = sequence;
  let letters = "";
  for (let index = 0; index < length; index++) {
    letters = String.fromCharCode(97 + (value % 26)) + letters;
    value = Math.floor(value / 26);
  }
  return letters;
}

// ───────────────────────────── Geography and organisations ─────────────────────────────

export async function createPoliceRegion(
  db: FactoryDb,
  overrides: Partial<Prisma.PoliceRegionUncheckedCreateInput> = {},
): Promise<PoliceRegion> {
  const id = overrides.id ?? uniqueSlug("region");
  return db.policeRegion.create({ data: { name: `Polisregion ${id}`, ...overrides, id } });
}

export async function createCounty(
  db: FactoryDb,
  overrides: Partial<Prisma.CountyUncheckedCreateInput> = {},
): Promise<County> {
  const slug = overrides.slug ?? uniqueSlug("lan");
  // Two letters: SCB county codes are two digits, so factory codes never meet seeded ones.
  const code = overrides.code ?? uniqueLetters(2);
  return db.county.create({
    data: {
      code,
      isoCode: `SE-T${code.toUpperCase()}-${slug}`,
      name: `Testlän ${slug}`,
      shortName: `Test ${slug}`,
      ...overrides,
      slug,
      policeRegionId: overrides.policeRegionId ?? (await createPoliceRegion(db)).id,
    },
  });
}

export async function createMunicipality(
  db: FactoryDb,
  overrides: Partial<Prisma.MunicipalityUncheckedCreateInput> = {},
): Promise<Municipality> {
  const slug = overrides.slug ?? uniqueSlug("kommun");
  return db.municipality.create({
    data: {
      code: uniqueLetters(4),
      name: `${slug} kommun`,
      shortName: slug,
      ...overrides,
      slug,
      countyId: overrides.countyId ?? (await createCounty(db)).id,
    },
  });
}

/**
 * An organisation in a county (a new one unless countyId is given; countyId: null for a national
 * agency). Default kind COUNTY_BOARD.
 */
export async function createOrganisation(
  db: FactoryDb,
  overrides: Partial<Prisma.OrganisationUncheckedCreateInput> = {},
): Promise<Organisation> {
  const slug = overrides.slug ?? uniqueSlug("org");
  const countyId = overrides.countyId === undefined ? (await createCounty(db)).id : overrides.countyId;
  return db.organisation.create({
    data: { kind: "COUNTY_BOARD", name: `Organisation ${slug}`, ...overrides, slug, countyId },
  });
}

export type UserOverrides = Partial<Omit<Prisma.UserUncheckedCreateInput, "memberships">> & {
  /** Memberships to create with the user. */
  memberships?: { organisationId: string; role: Role }[];
};

export async function createUser(
  db: FactoryDb,
  overrides: UserOverrides = {},
): Promise<User & { memberships: Membership[] }> {
  const { memberships = [], ...data } = overrides;
  const handle = uniqueSlug("user");
  return db.user.create({
    data: {
      email: `${handle}@test.lansplan.se`,
      name: `Testperson ${handle}`,
      ...data,
      memberships: { create: memberships.map(({ organisationId, role }) => ({ organisationId, role })) },
    },
    include: { memberships: true },
  });
}

/** A user with one role in one organisation (created in a new county unless given). */
export async function createMember(
  db: FactoryDb,
  input: { role: Role; organisationId?: string; user?: Omit<UserOverrides, "memberships"> },
): Promise<{ user: User; organisation: Organisation; membership: Membership }> {
  const organisation =
    input.organisationId === undefined
      ? await createOrganisation(db)
      : await db.organisation.findUniqueOrThrow({ where: { id: input.organisationId } });
  const user = await createUser(db, {
    ...input.user,
    memberships: [{ organisationId: organisation.id, role: input.role }],
  });
  const [membership] = user.memberships;
  if (membership === undefined) throw new Error("createMember: membership was not created");
  return { user, organisation, membership };
}

// ───────────────────────────── Strategies and programmes ─────────────────────────────

export async function createNationalStrategy(
  db: FactoryDb,
  overrides: Partial<Omit<Prisma.NationalStrategyUncheckedCreateInput, "goals">> & {
    /** Long-term goals numbered 1..goalCount. Default 3. */
    goalCount?: number;
  } = {},
): Promise<NationalStrategy & { goals: LongTermGoal[] }> {
  const { goalCount = 3, ...data } = overrides;
  const slug = data.slug ?? uniqueSlug("andts");
  return db.nationalStrategy.create({
    data: {
      title: `Nationell strategi ${slug}`,
      shortTitle: `Strategi ${slug}`,
      documentRef: `Skr. ${slug}`,
      periodFrom: 2022,
      periodTo: 2025,
      substances: ["A", "N", "D", "T", "S"],
      scope: [],
      overarchingGoal: "Ett samhälle fritt från narkotika och dopning, minskade medicinska och sociala skador.",
      overarchingGoalVerification: "BEST_KNOWLEDGE",
      ...data,
      slug,
      goals: {
        create: Array.from({ length: goalCount }, (_, index) => ({
          number: index + 1,
          title: `Långsiktigt mål ${index + 1}`,
          shortLabel: `Mål ${index + 1}`,
          titleVerification: "BEST_KNOWLEDGE" as const,
        })),
      },
    },
    include: { goals: { orderBy: { number: "asc" } } },
  });
}

export async function createRegionalStrategy(
  db: FactoryDb,
  overrides: Partial<Prisma.RegionalStrategyUncheckedCreateInput> = {},
): Promise<RegionalStrategy> {
  const slug = overrides.slug ?? uniqueSlug("strategi");
  return db.regionalStrategy.create({
    data: {
      title: `Regional strategi ${slug}`,
      validFrom: new Date("2022-01-01"),
      validTo: new Date("2025-12-31"),
      ...overrides,
      slug,
      countyId: overrides.countyId ?? (await createCounty(db)).id,
      nationalStrategyId: overrides.nationalStrategyId ?? (await createNationalStrategy(db)).id,
    },
  });
}

/** A programme; its county and regional strategy are those of regionalStrategyId when given. */
export async function createProgramme(
  db: FactoryDb,
  overrides: Partial<Prisma.ActionProgrammeUncheckedCreateInput> = {},
): Promise<ActionProgramme> {
  const slug = overrides.slug ?? uniqueSlug("program");
  const strategy =
    overrides.regionalStrategyId === undefined
      ? await createRegionalStrategy(db, overrides.countyId === undefined ? {} : { countyId: overrides.countyId })
      : await db.regionalStrategy.findUniqueOrThrow({ where: { id: overrides.regionalStrategyId } });
  return db.actionProgramme.create({
    data: {
      title: `Åtgärdsprogram ${slug}`,
      ...overrides,
      slug,
      countyId: strategy.countyId,
      regionalStrategyId: strategy.id,
    },
  });
}

// ───────────────────────────── Versions and their content ─────────────────────────────

export type ItemSpec = {
  title?: string;
  /** Responsible organisations; the first is the lead. Default: one organisation of the county. */
  responsible?: string[];
  /** Partner organisations (samverkanspartner). Default none. */
  partners?: string[];
  /** Number of indicators. Default 1. */
  indicators?: number;
};

export type FocusAreaSpec = {
  title?: string;
  /** Long-term goals this focus area serves. Default: the national strategy's first goal. */
  goalIds?: string[];
  /** Default: one item. */
  items?: ItemSpec[];
};

export type VersionOverrides = Partial<
  Omit<Prisma.ProgrammeVersionUncheckedCreateInput, "status" | "focusAreas" | "items" | keyof VersionBookkeeping>
> &
  VersionBookkeeping & {
  /** Final status; content is written while the version is still DRAFT. Default DRAFT. */
  status?: VersionStatus;
  /** Content. Default: one focus area with one item. [] for an empty version. */
  focusAreas?: FocusAreaSpec[];
};

export type ItemFixture = ActionItem & { organisations: ActionItemOrganisation[]; indicators: Indicator[] };
export type FocusAreaFixture = FocusArea & { goalIds: string[]; items: ItemFixture[] };
export type VersionFixture = { version: ProgrammeVersion; focusAreas: FocusAreaFixture[] };

/**
 * A programme version with content, in the requested status. Without programmeId a whole new
 * programme (county, strategies) is created; the number is the programme's next free one.
 */
export async function createProgrammeVersion(db: FactoryDb, overrides: VersionOverrides = {}): Promise<VersionFixture> {
  const {
    status = "DRAFT",
    focusAreas: requestedAreas,
    contentHash,
    frozenAt,
    endorsementRound,
    ratifiedAt,
    ratificationBody,
    ratificationDate,
    ratificationDnr,
    publishedAt,
    supersededAt,
    withdrawnAt,
    ...data
  } = overrides;
  const bookkeeping: VersionBookkeeping = { contentHash, frozenAt, endorsementRound, ratifiedAt, ratificationBody, ratificationDate, ratificationDnr, publishedAt, supersededAt, withdrawnAt };
  const areaSpecs: FocusAreaSpec[] = requestedAreas ?? [{}];
  const programme =
    data.programmeId === undefined
      ? await createProgramme(db)
      : await db.actionProgramme.findUniqueOrThrow({ where: { id: data.programmeId } });
  const regional = await db.regionalStrategy.findUniqueOrThrow({ where: { id: programme.regionalStrategyId } });
  const nationalStrategyId = data.nationalStrategyId ?? regional.nationalStrategyId;
  const latest = await db.programmeVersion.aggregate({ where: { programmeId: programme.id }, _max: { number: true } });

  const version = await db.programmeVersion.create({
    data: {
      number: (latest._max.number ?? 0) + 1,
      kind: "NEW",
      title: `${programme.title}, version ${(latest._max.number ?? 0) + 1}`,
      validFrom: regional.validFrom,
      validTo: regional.validTo,
      substances: ["A", "N", "D", "T", "S"],
      ...data,
      programmeId: programme.id,
      countyId: programme.countyId,
      nationalStrategyId,
      status: "DRAFT",
    },
  });

  const firstGoal = await db.longTermGoal.findFirst({
    where: { strategyId: nationalStrategyId },
    orderBy: { number: "asc" },
  });
  let defaultLead: string | undefined;
  const leadOrganisation = async () => {
    defaultLead ??= (await createOrganisation(db, { countyId: programme.countyId })).id;
    return defaultLead;
  };

  const focusAreas: FocusAreaFixture[] = [];
  for (const [areaIndex, areaSpec] of areaSpecs.entries()) {
    const goalIds = areaSpec.goalIds ?? (firstGoal ? [firstGoal.id] : []);
    const area = await db.focusArea.create({
      data: {
        versionId: version.id,
        stableKey: randomUUID(),
        position: areaIndex,
        title: areaSpec.title ?? `Fokusområde ${areaIndex + 1}`,
        goals: { create: goalIds.map((goalId) => ({ goalId })) },
      },
    });
    const items: ItemFixture[] = [];
    const itemSpecs: ItemSpec[] = areaSpec.items ?? [{}];
    for (const [itemIndex, itemSpec] of itemSpecs.entries()) {
      const responsible = itemSpec.responsible ?? [await leadOrganisation()];
      const partners = itemSpec.partners ?? [];
      const item = await db.actionItem.create({
        data: {
          versionId: version.id,
          focusAreaId: area.id,
          stableKey: randomUUID(),
          number: `${areaIndex + 1}.${itemIndex + 1}`,
          position: itemIndex,
          title: itemSpec.title ?? `Åtgärd ${areaIndex + 1}.${itemIndex + 1}`,
          organisations: {
            create: [
              // lead is TRUE for the one lead and NULL otherwise (see the schema).
              ...responsible.map((organisationId, index) => ({
                organisationId,
                role: "RESPONSIBLE" as const,
                lead: index === 0 ? true : null,
              })),
              ...partners.map((organisationId) => ({ organisationId, role: "PARTNER" as const, lead: null })),
            ],
          },
          indicators: {
            create: Array.from({ length: itemSpec.indicators ?? 1 }, (_, index) => ({
              stableKey: randomUUID(),
              position: index,
              name: `Indikator ${index + 1}`,
              unit: "%",
              baseline: "30",
              target: "25",
              dataSource: "Länsrapporten",
            })),
          },
        },
        include: { organisations: true, indicators: { orderBy: { position: "asc" } } },
      });
      items.push(item);
    }
    focusAreas.push({ ...area, goalIds, items });
  }

  const final = status === "DRAFT" ? version : await setVersionStatus(db, version.id, status, bookkeeping);
  return { version: final, focusAreas };
}

/** The lifecycle columns a factory records on the way (write-once ones included), never at insert. */
export type VersionBookkeeping = Partial<
  Pick<
    Prisma.ProgrammeVersionUncheckedUpdateInput,
    | "contentHash"
    | "frozenAt"
    | "endorsementRound"
    | "ratifiedAt"
    | "ratificationBody"
    | "ratificationDate"
    | "ratificationDnr"
    | "publishedAt"
    | "supersededAt"
    | "withdrawnAt"
  >
>;

/** The shortest way from one status to another along the life cycle (lib/programmes/lifecycle.ts). */
function pathBetween(from: VersionStatus, to: VersionStatus): VersionStatus[] | null {
  const previous = new Map<VersionStatus, VersionStatus>();
  const queue: VersionStatus[] = [from];
  const seen = new Set<VersionStatus>([from]);
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === undefined) break;
    if (current === to) {
      const steps: VersionStatus[] = [];
      for (let at: VersionStatus | undefined = to; at !== undefined && at !== from; at = previous.get(at)) steps.unshift(at);
      return steps;
    }
    const row: Partial<Record<string, VersionStatus>> = versionTransitions[current];
    for (const next of Object.values(row)) {
      if (next === undefined || seen.has(next)) continue;
      seen.add(next);
      previous.set(next, current);
      queue.push(next);
    }
  }
  return null;
}

/**
 * Moves a version to `status` with plausible lifecycle bookkeeping (frozen/ratified/published
 * timestamps, a placeholder content hash unless `bookkeeping.contentHash` gives the real one). It
 * walks the life cycle one legal step at a time, as the database requires (trigger, LP003), but
 * skips the app's rules (endorsements complete, audit rows): for arranging tests, not for testing
 * transitions. A status the life cycle cannot reach from the current one (PUBLISHED → DRAFT)
 * throws: create the version in the status the test needs instead.
 */
export async function setVersionStatus(
  db: FactoryDb,
  versionId: string,
  status: VersionStatus,
  bookkeeping: VersionBookkeeping = {},
): Promise<ProgrammeVersion> {
  const at = new Date("2026-01-15T10:00:00Z");
  let version = await db.programmeVersion.findUniqueOrThrow({ where: { id: versionId } });
  const steps = pathBetween(version.status, status);
  if (steps === null) throw new Error(`setVersionStatus: ${version.status} → ${status} finns inte i livscykeln`);
  for (const step of steps) {
    const data: Prisma.ProgrammeVersionUncheckedUpdateInput = { status: step };
    if (step === "ENDORSEMENT") {
      data.endorsementRound = bookkeeping.endorsementRound ?? version.endorsementRound + 1;
      data.frozenAt = bookkeeping.frozenAt ?? at;
      data.contentHash = bookkeeping.contentHash ?? "0".repeat(64);
    } else if (step === "RATIFIED") {
      data.ratifiedAt = bookkeeping.ratifiedAt ?? at;
      data.ratificationBody = bookkeeping.ratificationBody ?? "Länsstyrelsen";
      data.ratificationDate = bookkeeping.ratificationDate ?? at;
      data.ratificationDnr = bookkeeping.ratificationDnr;
    } else if (step === "PUBLISHED") {
      data.publishedAt = bookkeeping.publishedAt ?? at;
    } else if (step === "SUPERSEDED") {
      data.supersededAt = bookkeeping.supersededAt ?? at;
    } else if (step === "WITHDRAWN") {
      data.withdrawnAt = bookkeeping.withdrawnAt ?? at;
    } else if (step === "DRAFT" && version.status === "ENDORSEMENT") {
      // Reopened, as reopenVersion does: the abandoned round's hash goes.
      data.frozenAt = null;
      data.contentHash = null;
    }
    version = await db.programmeVersion.update({ where: { id: versionId }, data });
  }
  // As publishVersion does: a public version's actions get their follow-up roll-up state.
  if (status === "PUBLISHED" || status === "SUPERSEDED") await refreshActionStates(db, version.programmeId);
  return version;
}

/** Everything a programme test usually needs, in one call. */
export async function createProgrammeFixture(
  db: FactoryDb,
  input: { countyId?: string; status?: VersionStatus; focusAreas?: FocusAreaSpec[]; goalCount?: number } = {},
): Promise<{
  county: County;
  nationalStrategy: NationalStrategy & { goals: LongTermGoal[] };
  regionalStrategy: RegionalStrategy;
  programme: ActionProgramme;
} & VersionFixture> {
  const county =
    input.countyId === undefined
      ? await createCounty(db)
      : await db.county.findUniqueOrThrow({ where: { id: input.countyId } });
  const nationalStrategy = await createNationalStrategy(db, { goalCount: input.goalCount });
  const regionalStrategy = await createRegionalStrategy(db, {
    countyId: county.id,
    nationalStrategyId: nationalStrategy.id,
  });
  const programme = await createProgramme(db, { regionalStrategyId: regionalStrategy.id });
  const fixture = await createProgrammeVersion(db, {
    programmeId: programme.id,
    status: input.status,
    focusAreas: input.focusAreas,
  });
  return { county, nationalStrategy, regionalStrategy, programme, ...fixture };
}

// ───────────────────────────── Endorsements and audit ─────────────────────────────

export async function createEndorsement(
  db: FactoryDb,
  overrides: Partial<Prisma.EndorsementUncheckedCreateInput> & { versionId: string },
): Promise<Endorsement> {
  const version = await db.programmeVersion.findUniqueOrThrow({ where: { id: overrides.versionId } });
  return db.endorsement.create({
    data: {
      round: Math.max(version.endorsementRound, 1),
      ...overrides,
      organisationId:
        overrides.organisationId ?? (await createOrganisation(db, { countyId: version.countyId, kind: "MUNICIPALITY" })).id,
    },
  });
}

export async function createAuditEvent(
  db: FactoryDb,
  overrides: Partial<Prisma.AuditEventUncheckedCreateInput> = {},
): Promise<AuditEvent> {
  return db.auditEvent.create({
    data: {
      action: "test.event",
      entityType: "test",
      entityId: uniqueSlug("entity"),
      ...overrides,
    },
  });
}
