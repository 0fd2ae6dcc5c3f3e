// Arrangements for the public-site tests: published programmes with content, endorsements and
// later versions that keep their stable keys (so the diff has something to say).
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { VersionStatus } from "@/lib/db/generated/client";
import { computeContentHash, type ContentHashInput } from "@/lib/programmes/content-hash";
import {
  createCounty,
  createEndorsement,
  createNationalStrategy,
  createOrganisation,
  createProgrammeVersion,
  setVersionStatus,
  type FocusAreaSpec,
} from "../factories/index.ts";
import { testDb as db } from "./db.ts";

/**
 * A county with a published programme: two focus areas (goals 1 and 2, and none), three items.
 * `status` arranges the same programme in another status (its version never was public then).
 */
/**
 * `endorse` records the decisions while version 1 awaits them: once it is ratified the database
 * refuses new endorsement rows, so a test's decisions are written on the way, as the app would.
 */
export async function arrangePublishedProgramme(
  input: { itemTitles?: [string, string, string]; focusAreas?: FocusAreaSpec[]; status?: VersionStatus; endorse?: (world: { countyId: string; versionId: string; organisations: { lead: { id: string } } }) => Promise<void> } = {},
) {
  const strategy = await createNationalStrategy(db, { goalCount: 3 });
  const county = await createCounty(db);
  const countyId = county.id;
  const lead = await createOrganisation(db, { countyId, kind: "MUNICIPALITY", name: `Leadkommun ${randomUUID().slice(0, 6)}` });
  const partner = await createOrganisation(db, { countyId: null, kind: "NATIONAL_AGENCY" });
  const [first = "Tillsyn av serveringsställen", second = "Föräldrastöd i skolorna", third = "Regional samordning"] = input.itemTitles ?? [];
  const [goal1, goal2] = strategy.goals;
  if (goal1 === undefined || goal2 === undefined) throw new Error("strategy without goals");
  const regional = await db.regionalStrategy.create({
    data: {
      countyId,
      slug: `strategi-${randomUUID().slice(0, 8)}`,
      title: "Regional strategi",
      validFrom: new Date("2024-01-01"),
      validTo: new Date("2030-12-31"),
      nationalStrategyId: strategy.id,
    },
  });
  const programme = await db.actionProgramme.create({
    data: { countyId, regionalStrategyId: regional.id, slug: `program-${randomUUID().slice(0, 8)}`, title: `Åtgärdsprogram ${randomUUID().slice(0, 6)}` },
  });
  const draft = await createProgrammeVersion(db, {
    programmeId: programme.id,
    validFrom: new Date("2024-01-01"),
    validTo: new Date("2030-12-31"),
    focusAreas: input.focusAreas ?? [
      {
        title: "Tillgång",
        goalIds: [goal1.id],
        items: [
          { title: first, responsible: [lead.id], partners: [partner.id], indicators: 1 },
          { title: second, responsible: [lead.id], indicators: 0 },
        ],
      },
      { title: "Förutsättningar", goalIds: [goal2.id], items: [{ title: third, responsible: [partner.id], indicators: 0 }] },
    ],
  });
  // The real content hash, recorded on the way through ENDORSEMENT (it is written once).
  const contentHash = await contentHashOf(draft.version.id);
  if (input.endorse !== undefined) {
    await setVersionStatus(db, draft.version.id, "ENDORSEMENT", { contentHash });
    await input.endorse({ countyId, versionId: draft.version.id, organisations: { lead } });
  }
  const v1 = { ...draft, version: await setVersionStatus(db, draft.version.id, input.status ?? "PUBLISHED", { contentHash }) };
  return { county, strategy, programme, regional, v1, organisations: { lead, partner } };
}

/** The version content as stored, in the form the content hash and the diff take. */
export async function readContent(versionId: string): Promise<ContentHashInput> {
  const version = await db.programmeVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      title: true,
      validFrom: true,
      validTo: true,
      substances: true,
      nationalStrategyId: true,
      changeSummary: true,
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
              organisations: { select: { organisationId: true, role: true, lead: true } },
              indicators: {
                select: { stableKey: true, position: true, name: true, unit: true, baseline: true, baselineYear: true, target: true, targetYear: true, dataSource: true },
              },
            },
          },
        },
      },
    },
  });
  return {
    ...version,
    focusAreas: version.focusAreas.map((area) => ({ ...area, goalNumbers: area.goals.map((g) => g.goal.number) })),
  };
}

/** The content hash of a version's stored content (recorded by setVersionStatus when it is frozen). */
export async function contentHashOf(versionId: string): Promise<string> {
  return computeContentHash(await readContent(versionId));
}

/**
 * A new version copied from `fromVersionId` with the same stable keys, changed by `edit` while it
 * is a DRAFT, then moved to `status` (and the source to SUPERSEDED when the copy is published).
 */
export async function createNextVersion(
  fromVersionId: string,
  status: VersionStatus,
  edit: (ids: { versionId: string; areas: { id: string; stableKey: string }[] }) => Promise<void> = async () => {},
) {
  const from = await db.programmeVersion.findUniqueOrThrow({ where: { id: fromVersionId }, include: { focusAreas: { include: { goals: true, items: { include: { organisations: true, indicators: true } } } } } });
  const latest = await db.programmeVersion.aggregate({ where: { programmeId: from.programmeId }, _max: { number: true } });
  const version = await db.programmeVersion.create({
    data: {
      programmeId: from.programmeId,
      countyId: from.countyId,
      number: (latest._max.number ?? 0) + 1,
      kind: "REVISION",
      supersedesId: from.id,
      title: from.title,
      validFrom: from.validFrom,
      validTo: from.validTo,
      substances: from.substances,
      nationalStrategyId: from.nationalStrategyId,
      changeSummary: "Reviderad version",
    },
  });
  const areas: { id: string; stableKey: string }[] = [];
  for (const area of from.focusAreas) {
    const copy = await db.focusArea.create({
      data: {
        versionId: version.id,
        stableKey: area.stableKey,
        position: area.position,
        title: area.title,
        description: area.description,
        goals: { create: area.goals.map((g) => ({ goalId: g.goalId })) },
      },
    });
    areas.push({ id: copy.id, stableKey: area.stableKey });
    for (const item of area.items) {
      await db.actionItem.create({
        data: {
          versionId: version.id,
          focusAreaId: copy.id,
          stableKey: item.stableKey,
          number: item.number,
          position: item.position,
          title: item.title,
          description: item.description,
          timeframeKind: item.timeframeKind,
          startYear: item.startYear,
          endYear: item.endYear,
          followUpText: item.followUpText,
          organisations: { create: item.organisations.map((o) => ({ organisationId: o.organisationId, role: o.role, lead: o.lead })) },
          indicators: {
            create: item.indicators.map((i) => ({
              stableKey: i.stableKey,
              position: i.position,
              name: i.name,
              unit: i.unit,
              baseline: i.baseline,
              target: i.target,
              dataSource: i.dataSource,
            })),
          },
        },
      });
    }
  }
  await edit({ versionId: version.id, areas });
  if (status !== "DRAFT") await setVersionStatus(db, version.id, status, { contentHash: await contentHashOf(version.id) });
  if (status === "PUBLISHED") await setVersionStatus(db, from.id, "SUPERSEDED");
  return version;
}

export async function addEndorsement(versionId: string, overrides: Omit<Parameters<typeof createEndorsement>[1], "versionId">) {
  return createEndorsement(db, { current: true, ...overrides, versionId });
}

/**
 * Counts the SQL statements `run` sends (every statement of lib's Prisma client goes through a
 * pg Client). For "the number of queries does not depend on the number of items".
 */
export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const prototype = pg.Client.prototype;
  const original: unknown = Reflect.get(prototype, "query");
  if (typeof original !== "function") throw new Error("pg.Client has no query method");
  let queries = 0;
  Reflect.set(prototype, "query", function counting(this: unknown, ...args: unknown[]): unknown {
    queries += 1;
    return Reflect.apply(original, this, args);
  });
  try {
    const result = await run();
    return { result, queries };
  } finally {
    Reflect.set(prototype, "query", original);
  }
}
