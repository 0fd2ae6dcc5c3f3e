/**
 * `npm run bench:documents`: the documents of a published 200-action version.
 *
 * Seeds a throwaway database with the reference data and one published programme of 200 actions
 * (5 focus areas, two responsible municipalities and a partner each, descriptions of a realistic
 * length, an indicator on every other action, a decision from each municipality of the county), reads
 * it as the public download does (lib/publications/data.ts findPublicVersion) and times, in this
 * process, the programme PDF (lib/publications/pdf.ts) and the actions spreadsheet
 * (lib/publications/xlsx.ts): one warm-up each (font files read, code compiled), then the median of
 * RUNS renders. Runs under `tsx --conditions=react-server` so lib's `import "server-only"` resolves.
 * Last line: pdf_200_ms=… pdf_200_kb=… xlsx_200_ms=…  A benchmark prints figures; it asserts nothing.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../../lib/db/generated/client";
import { findPublicVersion } from "../../lib/publications/data";
import { renderVersionPdf } from "../../lib/publications/pdf";
import { buildActionsXlsx } from "../../lib/publications/xlsx";
import sv from "../../messages/sv.json";
import { seedDatabase } from "../../prisma/seed/index";
import { startEmbeddedPostgres } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { say } from "./support";

const AREAS = 5;
const ITEMS_PER_AREA = 40;
const RUNS = 5;

const description =
  "Kommunerna genomför samordnad tillsyn av serveringsställen tillsammans med polisen och länsstyrelsen. Utbildning i ansvarsfull alkoholservering erbjuds alla serveringsställen, och resultaten följs upp årligen i Länsrapporten. Åtgärden riktar sig särskilt till unga vuxna ≥ 18 år.";

async function seedProgramme(db: PrismaClient): Promise<{ countySlug: string; programmeSlug: string }> {
  await seedDatabase(db, { demo: false });
  const strategy = await db.nationalStrategy.findUniqueOrThrow({ where: { slug: "andts-2022-2025" }, select: { id: true, goals: { select: { id: true, number: true } } } });
  const county = await db.county.findFirstOrThrow({ where: { code: "07" }, select: { id: true, slug: true, organisations: { select: { id: true, kind: true } } } });
  const municipalities = county.organisations.filter((o) => o.kind === "MUNICIPALITY").map((o) => o.id);
  const partner = county.organisations.find((o) => o.kind !== "MUNICIPALITY")?.id ?? municipalities[0] ?? "";
  const regional = await db.regionalStrategy.create({
    data: { countyId: county.id, slug: "andts-2026-2029", title: "Regional ANDTS-strategi 2026–2029", validFrom: new Date("2026-01-01"), validTo: new Date("2029-12-31"), nationalStrategyId: strategy.id, overarchingText: description },
  });
  const programme = await db.actionProgramme.create({ data: { countyId: county.id, regionalStrategyId: regional.id, slug: "atgardsprogram-dokument", title: "Åtgärdsprogram för ANDTS-arbetet" } });
  const versionId = randomUUID();
  await db.programmeVersion.create({
    data: { id: versionId, programmeId: programme.id, countyId: county.id, number: 1, kind: "NEW", title: "Åtgärdsprogram för ANDTS-arbetet 2026–2029", validFrom: new Date("2026-01-01"), validTo: new Date("2029-12-31"), substances: ["A", "N", "D", "T", "S"], nationalStrategyId: strategy.id },
  });
  const areas: Prisma.FocusAreaCreateManyInput[] = [];
  const goalLinks: Prisma.FocusAreaGoalCreateManyInput[] = [];
  const itemRows: Prisma.ActionItemCreateManyInput[] = [];
  const links: Prisma.ActionItemOrganisationCreateManyInput[] = [];
  const indicators: Prisma.IndicatorCreateManyInput[] = [];
  for (let a = 0; a < AREAS; a++) {
    const areaId = randomUUID();
    areas.push({ id: areaId, versionId, stableKey: randomUUID(), position: a, title: `Fokusområde ${a + 1}`, description });
    const goal = strategy.goals.find((g) => g.number === a + 1);
    if (goal !== undefined) goalLinks.push({ focusAreaId: areaId, goalId: goal.id });
    for (let i = 0; i < ITEMS_PER_AREA; i++) {
      const n = a * ITEMS_PER_AREA + i;
      const itemId = randomUUID();
      itemRows.push({
        id: itemId,
        versionId,
        focusAreaId: areaId,
        stableKey: randomUUID(),
        number: `${a + 1}.${i + 1}`,
        position: i,
        title: `Tillsyn och utbildning i ansvarsfull alkoholservering, del ${a + 1}.${i + 1}`,
        description,
        followUpText: "Antal genomförda tillsynsbesök per år.",
        timeframeKind: n % 3 === 0 ? "ONGOING" : "YEARS",
        startYear: n % 3 === 0 ? null : 2026,
        endYear: n % 3 === 0 ? null : 2029,
      });
      const responsible = [...new Set([municipalities[n % municipalities.length] ?? "", municipalities[(n + 1) % municipalities.length] ?? ""])].filter((id) => id !== "");
      responsible.forEach((organisationId, index) => links.push({ itemId, organisationId, role: "RESPONSIBLE", lead: index === 0 ? true : null }));
      if (!responsible.includes(partner)) links.push({ itemId, organisationId: partner, role: "PARTNER", lead: null });
      if (n % 2 === 0) {
        indicators.push({ itemId, stableKey: randomUUID(), position: 0, name: "Andel elever i årskurs 9 som druckit alkohol senaste året", unit: "%", baseline: "31,5", baselineYear: 2024, target: "25", targetYear: 2029, dataSource: "CAN:s skolundersökning" });
      }
    }
  }
  await db.focusArea.createMany({ data: areas });
  await db.focusAreaGoal.createMany({ data: goalLinks });
  await db.actionItem.createMany({ data: itemRows });
  await db.actionItemOrganisation.createMany({ data: links });
  await db.indicator.createMany({ data: indicators });
  await db.endorsement.createMany({
    data: municipalities.map((organisationId, index) => ({ versionId, organisationId, round: 1, current: true, status: "ENDORSED" as const, decisionBody: "Kommunstyrelsen", decisionDate: new Date("2026-02-20"), paragraph: `§ ${index + 10}`, diarienummer: `KS 2026/${index + 100}` })),
  });
  await db.programmeVersion.update({
    where: { id: versionId },
    data: { status: "PUBLISHED", publishedAt: new Date("2026-03-12"), contentHash: "0".repeat(64), ratificationBody: "Landshövdingen", ratificationDate: new Date("2026-03-10"), ratificationDnr: "703-1234-2025" },
  });
  return { countySlug: county.slug, programmeSlug: programme.slug };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] ?? 0);
}

async function main(): Promise<void> {
  const database = await startEmbeddedPostgres({ ephemeral: true, databaseName: "lansplan_bench" });
  // lib/db reads DATABASE_URL on its first query.
  process.env.DATABASE_URL = database.url;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    await applyMigrations(database.url);
    const { countySlug, programmeSlug } = await seedProgramme(db);
    const version = await findPublicVersion(countySlug, programmeSlug, 1);
    if (version === null) throw new Error("versionen är inte publik");
    say(`${version.itemCount} åtgärder, ${version.endorsements.length} ställningstaganden.`);
    let pdfBytes = 0;
    const pdfMs = await median(async () => {
      pdfBytes = (await renderVersionPdf(version, sv.openData.pdf)).byteLength;
    });
    const xlsxMs = await median(() => buildActionsXlsx(version));
    say(`pdf_200_ms=${pdfMs} pdf_200_kb=${Math.round(pdfBytes / 1024)} xlsx_200_ms=${xlsxMs}`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

await main();
