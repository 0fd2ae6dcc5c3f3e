import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import { computeContentHash, type ContentHashInput } from "@/lib/programmes/content-hash";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { testDb } from "./db.ts";

// The national reference file is read here on its own (not through the seed's loader), so the
// test checks the database against the file rather than against the seed's reading of it.
const nationalReference = z
  .object({
    strategies: z.array(
      z.object({
        id: z.string(),
        longTermGoals: z.array(z.object({ number: z.number(), title: z.string(), titleVerification: z.string() })).optional(),
      }),
    ),
  })
  .parse(JSON.parse(readFileSync(new URL("../../prisma/reference/national-strategies.json", import.meta.url), "utf8")));

const VERIFICATION_BY_LABEL: Record<string, string> = {
  verified: "VERIFIED",
  "partially-verified": "PARTIALLY_VERIFIED",
  "best-knowledge": "BEST_KNOWLEDGE",
};

async function seed(options: { demo?: boolean } = {}) {
  return seedDatabase(testDb, options);
}

async function sodermanlandVersions() {
  const county = await testDb.county.findUniqueOrThrow({ where: { slug: "sodermanland" } });
  const versions = await testDb.programmeVersion.findMany({
    // Södermanland's ANDT programme (the county also has the follow-up demo's youth programme).
    where: { countyId: county.id, programme: { slug: "atgardsprogram-andt" } },
    orderBy: { number: "asc" },
    include: {
      nationalStrategy: { select: { slug: true } },
      focusAreas: {
        orderBy: { position: "asc" },
        include: { goals: { include: { goal: { select: { number: true, strategyId: true } } } } },
      },
      items: {
        orderBy: [{ focusAreaId: "asc" }, { position: "asc" }],
        include: { organisations: true, indicators: { orderBy: { position: "asc" } } },
      },
      endorsements: { include: { organisation: { select: { slug: true, kind: true } } } },
    },
  });
  const [v1, v2] = versions;
  if (v1 === undefined || v2 === undefined) throw new Error(`expected two Södermanland versions, found ${versions.length}`);
  return { county, v1, v2, count: versions.length };
}

type TableSnapshot = Record<string, { rows: number; digest: string | null }>;

/** Row count and an md5 over every row's full text, per table: any insert, update or delete shows. */
async function snapshotAllTables(): Promise<TableSnapshot> {
  const tables = await testDb.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
    ORDER BY tablename`;
  const snapshot: TableSnapshot = {};
  for (const { tablename } of tables) {
    // Identifier from the catalogue, quoted: tables cannot be bound as parameters.
    const table = Prisma.raw(`"${tablename.replaceAll('"', '""')}"`);
    const [row] = await testDb.$queryRaw<{ rows: bigint; digest: string | null }[]>`
      SELECT count(*) AS rows, md5(string_agg(t::text, E'\n' ORDER BY t::text)) AS digest FROM ${table} AS t`;
    snapshot[tablename] = { rows: Number(row?.rows ?? -1), digest: row?.digest ?? null };
  }
  return snapshot;
}

describe("seedDatabase", () => {
  test("a fresh database gets every county, municipality, police region and police area", async () => {
    await seed({ demo: false });

    expect(await testDb.county.count()).toBe(21);
    expect(await testDb.municipality.count()).toBe(290);
    expect(await testDb.policeRegion.count()).toBe(7);
    expect(await testDb.policeArea.count()).toBe(21);

    const counties = await testDb.county.findMany({ select: { slug: true, shortName: true } });
    expect(counties.map((county) => county.slug)).toEqual(expect.arrayContaining(["sodermanland", "vastra-gotaland", "orebro"]));
    for (const county of counties) expect(county.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);

    // Håbo and Habo both slugify to "habo": neither may silently take the other's slug.
    const habo = await testDb.municipality.findMany({ where: { shortName: { in: ["Håbo", "Habo"] } }, select: { slug: true } });
    expect(habo.map((municipality) => municipality.slug).sort()).toEqual(["habo-jonkoping", "habo-uppsala"]);
  });

  test("every county gets its Länsstyrelse, region and police organisation, and every municipality one organisation", async () => {
    await seed({ demo: false });

    const byKind = await testDb.organisation.groupBy({ by: ["kind"], where: { active: true }, _count: { _all: true } });
    const count = (kind: string) => byKind.find((group) => group.kind === kind)?._count._all;
    expect(count("COUNTY_BOARD")).toBe(21);
    expect(count("REGION")).toBe(21);
    expect(count("POLICE")).toBe(21);
    expect(count("MUNICIPALITY")).toBe(290);
    expect(await testDb.organisation.count({ where: { kind: "NATIONAL_AGENCY", countyId: null } })).toBeGreaterThanOrEqual(4);
    expect(await testDb.organisation.count({ where: { kind: "CIVIL_SOCIETY" } })).toBeGreaterThanOrEqual(2);

    const slugs = (await testDb.organisation.findMany({ select: { slug: true } })).map((row) => row.slug);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);

    const region = await testDb.organisation.findUniqueOrThrow({ where: { slug: "region-sormland" }, include: { predecessor: true } });
    expect(region.validFrom?.toISOString().slice(0, 10)).toBe("2019-01-01");
    expect(region.predecessor).toMatchObject({ name: "Landstinget Sörmland", active: false });
    expect(region.predecessor?.validTo?.toISOString().slice(0, 10)).toBe("2018-12-31");
  });

  test("the three national strategies carry exactly the goals of the reference file", async () => {
    await seed({ demo: false });

    const strategies = await testDb.nationalStrategy.findMany({ include: { goals: { orderBy: { number: "asc" } } } });
    const goalCounts = Object.fromEntries(strategies.map((strategy) => [strategy.slug, strategy.goals.length]));
    expect(goalCounts).toEqual({ "andt-2011-2015": 7, "andt-2016-2020": 6, "andts-2022-2025": 7 });

    for (const strategy of strategies) {
      const reference = nationalReference.strategies.find((candidate) => candidate.id === strategy.slug);
      expect(strategy.goals.map((goal) => ({ number: goal.number, title: goal.title, verification: goal.titleVerification }))).toEqual(
        (reference?.longTermGoals ?? []).map((goal) => ({
          number: goal.number,
          title: goal.title,
          verification: VERIFICATION_BY_LABEL[goal.titleVerification],
        })),
      );
      for (const goal of strategy.goals) expect(goal.shortLabel.length).toBeGreaterThan(0);
    }

    const substances = Object.fromEntries(strategies.map((strategy) => [strategy.slug, strategy.substances]));
    expect(substances).toEqual({
      "andt-2011-2015": ["A", "N", "D", "T"],
      "andt-2016-2020": ["A", "N", "D", "T"],
      "andts-2022-2025": ["A", "N", "D", "T", "S"],
    });
    // Only the 2011–2015 strategy has priority areas in the file (its prioriterade mål).
    expect(await testDb.priorityArea.count()).toBe(10);

    // English for /en, labelled like the sources: Länsplan's own translation, best-knowledge.
    for (const strategy of strategies) {
      expect(strategy).toMatchObject({ titleEn: expect.stringMatching(/strategy/), shortTitleEn: expect.stringMatching(/^The ANDTS? strategy \d{4}–\d{4}$/), translationVerification: "BEST_KNOWLEDGE" });
      for (const goal of strategy.goals) expect(goal).toMatchObject({ titleEn: expect.any(String), shortLabelEn: expect.any(String), titleEnVerification: "BEST_KNOWLEDGE" });
      expect(strategy).toMatchObject({ overarchingGoalEn: expect.stringMatching(/^A society free from narcotics and doping/), overarchingGoalEnVerification: "BEST_KNOWLEDGE" });
    }
    const areas = await testDb.priorityArea.findMany({ select: { titleEn: true, titleEnVerification: true } });
    for (const area of areas) expect(area).toMatchObject({ titleEn: expect.stringMatching(/\S/), titleEnVerification: "BEST_KNOWLEDGE" });
  });

  test("Södermanland's published version has ~25 actions with one lead each and 12 endorsements", async () => {
    await seed();
    const { county, v1 } = await sodermanlandVersions();

    expect(v1).toMatchObject({ number: 1, kind: "NEW", status: "PUBLISHED", isExample: true, endorsementRound: 1 });
    expect(v1.nationalStrategy.slug).toBe("andt-2016-2020");
    expect(v1.substances).toEqual(["A", "N", "D", "T"]);
    expect(v1.publishedAt).not.toBeNull();
    expect(v1.ratificationBody).toBe("Länsstyrelsen i Södermanlands län");

    expect(v1.items.length).toBeGreaterThanOrEqual(22);
    expect(v1.items.length).toBeLessThanOrEqual(28);
    for (const item of v1.items) {
      const leads = item.organisations.filter((link) => link.lead === true);
      expect(leads, item.title).toHaveLength(1);
      expect(leads[0]?.role).toBe("RESPONSIBLE");
    }
    expect(v1.items.filter((item) => item.indicators.length > 2)).toEqual([]);

    const unlinked = v1.focusAreas.filter((area) => area.goals.length === 0);
    expect(unlinked.map((area) => area.title)).toEqual(["Förutsättningar och samordning"]);

    const current = v1.endorsements.filter((endorsement) => endorsement.current === true);
    expect(current).toHaveLength(12);
    for (const endorsement of current) {
      expect(["ENDORSED", "ENDORSED_WITH_RESERVATION"]).toContain(endorsement.status);
      expect(endorsement).toMatchObject({ round: 1, required: true });
      expect(endorsement.decisionBody).toBeTruthy();
      expect(endorsement.diarienummer).toBeTruthy();
      expect(endorsement.decisionDate?.getUTCFullYear()).toBe(2018);
    }
    const withReservation = current.filter((endorsement) => endorsement.status === "ENDORSED_WITH_RESERVATION");
    expect(withReservation.length).toBeGreaterThanOrEqual(1);
    for (const endorsement of withReservation) expect(endorsement.reservation).toBeTruthy();

    const municipalities = await testDb.organisation.findMany({ where: { countyId: county.id, kind: "MUNICIPALITY" }, select: { slug: true } });
    expect(municipalities).toHaveLength(9);
    expect(current.map((endorsement) => endorsement.organisation.slug).sort()).toEqual(
      [
        ...municipalities.map((municipality) => municipality.slug),
        "polisomrade-sodermanland",
        // The 2018 decision was the county council's; it became Region Sörmland in 2019.
        "landstinget-sormland",
        "lansstyrelsen-sodermanland",
      ].sort(),
    );

    const strategy = await testDb.regionalStrategy.findFirstOrThrow({ where: { countyId: county.id }, include: { extensions: true } });
    expect(strategy.extensions.map((extension) => extension.newValidTo.toISOString().slice(0, 10))).toEqual(["2023-12-31"]);
  });

  test("the published version's content hash is the hash of its content as stored", async () => {
    await seed();
    const { v1 } = await sodermanlandVersions();

    const input: ContentHashInput = {
      title: v1.title,
      validFrom: v1.validFrom,
      validTo: v1.validTo,
      substances: v1.substances,
      nationalStrategyId: v1.nationalStrategyId,
      changeSummary: v1.changeSummary,
      focusAreas: v1.focusAreas.map((area) => ({
        stableKey: area.stableKey,
        position: area.position,
        title: area.title,
        description: area.description,
        goalNumbers: area.goals.map((link) => link.goal.number),
        items: v1.items
          .filter((item) => item.focusAreaId === area.id)
          .map((item) => ({ ...item, organisations: item.organisations, indicators: item.indicators })),
      })),
    };
    expect(v1.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(computeContentHash(input)).toBe(v1.contentHash);
  });

  test("the revision draft keeps version 1's stable keys, drops two actions and adds spel om pengar", async () => {
    await seed();
    const { v1, v2 } = await sodermanlandVersions();

    expect(v2).toMatchObject({ number: 2, kind: "REVISION", status: "DRAFT", supersedesId: v1.id, isExample: true, contentHash: null });
    expect(v2.nationalStrategy.slug).toBe("andts-2022-2025");
    expect(v2.substances).toEqual(["A", "N", "D", "T", "S"]);
    expect(v2.validFrom.toISOString().slice(0, 10)).toBe("2023-01-01");
    expect(v2.validTo.toISOString().slice(0, 10)).toBe("2025-12-31");
    expect(v2.changeSummary).not.toBe("");
    expect(v2.endorsements).toEqual([]);

    expect(v2.focusAreas.map((area) => area.stableKey)).toEqual(v1.focusAreas.map((area) => area.stableKey));
    const v2Strategy = await testDb.nationalStrategy.findUniqueOrThrow({ where: { slug: "andts-2022-2025" } });
    for (const area of v2.focusAreas) {
      for (const link of area.goals) expect(link.goal.strategyId).toBe(v2Strategy.id);
    }

    const v1Keys = new Set(v1.items.map((item) => item.stableKey));
    const v2Keys = new Set(v2.items.map((item) => item.stableKey));
    const removed = v1.items.filter((item) => !v2Keys.has(item.stableKey));
    const added = v2.items.filter((item) => !v1Keys.has(item.stableKey));
    expect(removed).toHaveLength(2);
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(added.length).toBeLessThanOrEqual(3);
    for (const item of added) expect(item.title.toLowerCase()).toMatch(/spel/);

    const kept = v2.items.filter((item) => v1Keys.has(item.stableKey));
    const changedTitles = kept.filter((item) => v1.items.find((old) => old.stableKey === item.stableKey)?.title !== item.title);
    expect(changedTitles.length).toBeGreaterThanOrEqual(2);
    for (const item of kept) {
      const previous = v1.items.find((old) => old.stableKey === item.stableKey);
      expect(item.id).not.toBe(previous?.id);
      expect(item.indicators.map((indicator) => indicator.stableKey)).toEqual(previous?.indicators.map((indicator) => indicator.stableKey));
    }
    for (const item of v2.items) expect(item.organisations.filter((link) => link.lead === true)).toHaveLength(1);
  });

  test("Kronoberg has its own published programme endorsed by its 8 municipalities, police, region and Länsstyrelse", async () => {
    await seed();
    const county = await testDb.county.findUniqueOrThrow({ where: { slug: "kronoberg" } });
    const versions = await testDb.programmeVersion.findMany({
      where: { countyId: county.id },
      include: { nationalStrategy: true, endorsements: { include: { organisation: true } }, _count: { select: { items: true } } },
    });
    expect(versions).toHaveLength(1);
    const [version] = versions;
    expect(version).toMatchObject({ status: "PUBLISHED", isExample: true });
    expect(version?.nationalStrategy.slug).toBe("andts-2022-2025");
    expect(version?._count.items).toBeGreaterThanOrEqual(6);
    const endorsers = version?.endorsements.filter((endorsement) => endorsement.current === true) ?? [];
    expect(endorsers).toHaveLength(11);
    for (const endorsement of endorsers) expect(endorsement.organisation.countyId).toBe(county.id);
  });

  test("the demo draft has one invited reviewer from Nyköping and one answered comment thread on an action", async () => {
    await seed();
    const { v2 } = await sodermanlandVersions();
    const reviewers = await testDb.draftReviewer.findMany({ where: { versionId: v2.id }, include: { user: { select: { email: true } } } });
    expect(reviewers.map((r) => [r.user.email, r.removedAt])).toEqual([["medarbetare@nykoping.example", null]]);
    const comments = await testDb.draftComment.findMany({ where: { versionId: v2.id }, orderBy: { createdAt: "asc" }, include: { actionItem: { select: { title: true } } } });
    expect(comments.map((c) => [c.parentId === null, c.actionItem?.title ?? null, c.resolvedAt])).toEqual([
      [true, "Föräldrastöd för att skjuta upp alkoholdebuten", null],
      [false, null, null],
    ]);
  });

  test("running the seed a second time changes nothing", async () => {
    await seed();
    const before = await snapshotAllTables();

    const second = await seed();

    expect(Object.values(second.reference).every((count) => count.created === 0 && count.updated === 0)).toBe(true);
    expect(second.demo).toEqual({ createdStories: [], createdUsers: 0, createdMemberships: 0 });
    expect(await snapshotAllTables()).toEqual(before);
    expect(before.county?.rows).toBe(21);
  });

  test("every demo row is marked as example content and every demo account as demo", async () => {
    await seed();

    expect(await testDb.regionalStrategy.count({ where: { isExample: false } })).toBe(0);
    expect(await testDb.actionProgramme.count({ where: { isExample: false } })).toBe(0);
    expect(await testDb.programmeVersion.count({ where: { isExample: false } })).toBe(0);
    expect(await testDb.programmeVersion.count()).toBe(4);

    const users = await testDb.user.findMany({ include: { memberships: { include: { organisation: true } } } });
    expect(users).toHaveLength(demoAccounts.length);
    for (const user of users) {
      expect(user.isDemo).toBe(true);
      expect(user.email).toBe(user.email.toLowerCase());
      expect(user.email).toMatch(/\.example$/);
    }
    for (const account of demoAccounts) {
      const user = users.find((candidate) => candidate.email === account.email);
      expect(user?.memberships.map((membership) => [membership.role, membership.organisation.name])).toEqual([
        [account.role, account.organisationName],
      ]);
    }

    const audit = await testDb.auditEvent.findMany({ where: { action: "seed.demo" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.entityType).toBe("seed");
  });

  test("a reference-only seed creates no demo content", async () => {
    const summary = await seed({ demo: false });

    expect(summary.demo).toBeNull();
    expect(await testDb.regionalStrategy.count()).toBe(0);
    expect(await testDb.user.count()).toBe(0);
    expect(await testDb.auditEvent.count()).toBe(0);
  });
});
