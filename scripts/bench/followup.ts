/**
 * `npm run bench:followup`: the national follow-up roll-up (/uppfoljning) with every county reporting.
 *
 * Seeds a throwaway database with the reference data and, in each of the 21 counties, a published
 * programme of 200 actions (two responsible municipalities each, focus areas linked to the goals of
 * the ANDTS strategy 2022–2025, in force today), then builds and starts the app (scripts/serve.mjs, as `npm start` runs it) and:
 * - renders the national roll-up page with one year of approved reports and again with four years
 *   (21 × 200 × 2 organisations × 4 = 33 600 reports), counting the SQL statements of each render in
 *   the Postgres log (they must not grow with the number of reports). The reports are inserted
 *   approved; after each batch every programme's roll-up state (follow_up_action_state) is refreshed
 *   through lib/follow-up/action-states.ts, as the approvals would;
 * - times 15 renders of the page with four years, each forced anew past the page cache
 *   (x-prerender-revalidate): the median is rollup_ms (the page must render in ≤ 200 ms);
 * - prints the same count for one programme's follow-up page.
 * Also times the page's data alone (lib/follow-up data and roll-up, no rendering). Runs under
 * `tsx --conditions=react-server` so lib's `import "server-only"` resolves as inside Next.js.
 * Last line: rollup_ms=… dashboard_queries=…  (dashboard_queries: statements of one render of the
 * national roll-up with four years). BENCH_SKIP_BUILD=1 reuses .next. A benchmark prints figures;
 * it asserts nothing.
 */
import { randomUUID } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../../lib/db/generated/client";
import { refreshActionStates } from "../../lib/follow-up/action-states";
import { seedDatabase } from "../../prisma/seed/index";
import { findFreePort, REPO_ROOT, startEmbeddedPostgres } from "../db/embedded";
import { migrateAndGrant } from "../db/roles";
import { buildApp, children, countLoggedStatements, logAllStatements, say, startApp, stopChildren } from "./support";

const AREAS = 5;
const ITEMS_PER_AREA = 40;
const YEARS = [2023, 2024, 2025, 2026] as const;
const RUNS = 15;
const ladder = ["NOT_STARTED", "STARTED", "HALF", "DONE"] as const;

type Seeded = { programmes: { id: string; versionId: string; countySlug: string; slug: string; items: { stableKey: string; organisationIds: string[] }[] }[] };

async function seedProgrammes(db: PrismaClient): Promise<Seeded> {
  await seedDatabase(db, { demo: false });
  const strategy = await db.nationalStrategy.findUniqueOrThrow({ where: { slug: "andts-2022-2025" }, select: { id: true, goals: { select: { id: true, number: true } } } });
  const goalId = (number: number) => strategy.goals.find((g) => g.number === number)?.id ?? "";
  const counties = await db.county.findMany({ orderBy: { code: "asc" }, select: { id: true, slug: true, organisations: { where: { kind: "MUNICIPALITY" }, select: { id: true } } } });
  const programmes: Seeded["programmes"] = [];
  for (const county of counties) {
    const municipalities = county.organisations.map((o) => o.id);
    const regional = await db.regionalStrategy.create({
      data: { countyId: county.id, slug: "andts-2023-2026", title: "Regional ANDTS-strategi 2023–2026", validFrom: new Date("2023-01-01"), validTo: new Date("2026-12-31"), nationalStrategyId: strategy.id },
    });
    const programme = await db.actionProgramme.create({ data: { countyId: county.id, regionalStrategyId: regional.id, slug: "atgardsprogram-uppfoljning", title: "Åtgärdsprogram (uppföljningstest)" } });
    const versionId = randomUUID();
    await db.programmeVersion.create({
      data: { id: versionId, programmeId: programme.id, countyId: county.id, number: 1, kind: "NEW", title: "Åtgärdsprogram 2023–2026", validFrom: new Date("2026-01-01"), validTo: new Date("2026-12-31"), substances: ["A", "N", "D", "T", "S"], nationalStrategyId: strategy.id },
    });
    // Validity 2023–2026 (set after creation so the rows above stay short): in force on the bench's date.
    await db.programmeVersion.update({ where: { id: versionId }, data: { validFrom: new Date("2023-01-01") } });
    const areas: Prisma.FocusAreaCreateManyInput[] = [];
    const goalLinks: Prisma.FocusAreaGoalCreateManyInput[] = [];
    const itemRows: Prisma.ActionItemCreateManyInput[] = [];
    const links: Prisma.ActionItemOrganisationCreateManyInput[] = [];
    const indicators: Prisma.IndicatorCreateManyInput[] = [];
    const items: Seeded["programmes"][number]["items"] = [];
    for (let a = 0; a < AREAS; a++) {
      const areaId = randomUUID();
      areas.push({ id: areaId, versionId, stableKey: randomUUID(), position: a, title: `Fokusområde ${a + 1}` });
      for (const number of new Set([(a % 7) + 1, ((a + 3) % 7) + 1])) goalLinks.push({ focusAreaId: areaId, goalId: goalId(number) });
      for (let i = 0; i < ITEMS_PER_AREA; i++) {
        const n = a * ITEMS_PER_AREA + i;
        const itemId = randomUUID();
        const stableKey = randomUUID();
        const organisationIds = [...new Set([municipalities[n % municipalities.length] ?? "", municipalities[(n + 1) % municipalities.length] ?? ""])].filter((id) => id !== "");
        itemRows.push({ id: itemId, versionId, focusAreaId: areaId, stableKey, number: `${a + 1}.${i + 1}`, position: i, title: `Åtgärd ${a + 1}.${i + 1}`, timeframeKind: n % 3 === 0 ? "ONGOING" : "YEARS", startYear: n % 3 === 0 ? null : 2023, endYear: n % 3 === 0 ? null : 2024 + (n % 3) });
        organisationIds.forEach((organisationId, index) => links.push({ itemId, organisationId, role: "RESPONSIBLE", lead: index === 0 ? true : null }));
        indicators.push({ itemId, stableKey: randomUUID(), position: 0, name: "Andel", unit: "%", baseline: "40 %", baselineYear: 2022, target: "25 %", targetYear: 2026 });
        items.push({ stableKey, organisationIds });
      }
    }
    await db.focusArea.createMany({ data: areas });
    await db.focusAreaGoal.createMany({ data: goalLinks });
    await db.actionItem.createMany({ data: itemRows });
    await db.actionItemOrganisation.createMany({ data: links });
    await db.indicator.createMany({ data: indicators });
    // One life-cycle step at a time, as the database requires (prisma/migrations/*_lifecycle_guards).
    await db.programmeVersion.update({ where: { id: versionId }, data: { status: "ENDORSEMENT", endorsementRound: 1, frozenAt: new Date("2022-12-01"), contentHash: "0".repeat(64) } });
    await db.programmeVersion.update({ where: { id: versionId }, data: { status: "RATIFIED", ratifiedAt: new Date("2023-01-10"), ratificationBody: "Länsstyrelsen", ratificationDate: new Date("2023-01-10") } });
    await db.programmeVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED", publishedAt: new Date("2023-01-15") } });
    await db.reportingPeriod.createMany({ data: YEARS.map((year) => ({ versionId, year, status: year === 2026 ? ("OPEN" as const) : ("CLOSED" as const) })) });
    programmes.push({ id: programme.id, versionId, countySlug: county.slug, slug: programme.slug, items });
  }
  return { programmes };
}

async function addReports(db: PrismaClient, seeded: Seeded, years: readonly number[]): Promise<number> {
  let count = 0;
  for (const programme of seeded.programmes) {
    const rows: Prisma.FollowUpReportCreateManyInput[] = [];
    programme.items.forEach((item, n) => {
      for (const year of years) {
        item.organisationIds.forEach((organisationId, o) => {
          const status = (n + o) % 17 === 0 ? "NOT_RELEVANT" : ladder[Math.min(3, (n + o + year) % 4)];
          rows.push({ programmeId: programme.id, actionStableKey: item.stableKey, year, organisationId, versionId: programme.versionId, status: status ?? "STARTED", reviewStatus: "APPROVED", comment: "Rapporterat enligt plan." });
        });
      }
    });
    count += (await db.followUpReport.createMany({ data: rows })).count;
    // The reports are inserted approved, without reviewReport: refresh the roll-up state as the approvals would.
    await db.$transaction((tx) => refreshActionStates(tx, programme.id));
  }
  // Statistics as autovacuum keeps them after bulk inserts, so the planner sees the real table sizes.
  await db.$executeRaw`ANALYZE`;
  return count;
}

function previewModeId(): string {
  const manifest: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, ".next/prerender-manifest.json"), "utf8"));
  if (typeof manifest === "object" && manifest !== null && "preview" in manifest) {
    const preview = manifest.preview;
    if (typeof preview === "object" && preview !== null && "previewModeId" in preview && typeof preview.previewModeId === "string") return preview.previewModeId;
  }
  throw new Error("inget previewModeId i .next/prerender-manifest.json");
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "lansplan-bench-followup-"));
  chmodSync(dir, 0o755);
  const postgresLog: string[] = [];
  const database = await startEmbeddedPostgres({ ephemeral: true, databaseName: "lansplan_bench", log: (line) => postgresLog.push(line) });
  // The arrangement (seed, bulk inserts, ANALYZE) as the owner; the app below as the app's role.
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.ownerUrl }) });
  try {
    await migrateAndGrant(database);
    const seeded = await seedProgrammes(db);
    const firstYear = await addReports(db, seeded, YEARS.slice(0, 1));
    say(`${seeded.programmes.length} län × ${AREAS * ITEMS_PER_AREA} åtgärder publicerade; ${firstYear} godkända rapporter för ${YEARS[0]}.`);

    buildApp();
    await logAllStatements(database.url, "lansplan_bench");
    const appUrl = await startApp(database.appUrl, await findFreePort(), path.join(dir, "app.log"));
    const fresh = { "x-prerender-revalidate": previewModeId() };
    const render = async (pathname: string) => {
      const started = performance.now();
      const response = await fetch(`${appUrl}${pathname}`, { headers: fresh });
      const html = await response.text();
      if (response.status !== 200) throw new Error(`${pathname} gav ${response.status}`);
      return { ms: performance.now() - started, bytes: html.length };
    };

    const oneYear = await countLoggedStatements(database.url, postgresLog, () => render("/uppfoljning"));
    const more = await addReports(db, seeded, YEARS.slice(1));
    say(`Ytterligare ${more} godkända rapporter (${YEARS.slice(1).join(", ")}): ${firstYear + more} totalt.`);
    const fourYears = await countLoggedStatements(database.url, postgresLog, () => render("/uppfoljning"));
    if (process.env.BENCH_DEBUG === "1") for (const line of fourYears.statements) say(line.slice(0, 200));
    // The page's data alone (the loader's two statements and the counting), without rendering.
    process.env.DATABASE_URL = database.appUrl;
    const { findRollupRows, findRollupStrategy } = await import("../../lib/follow-up/data");
    const { buildRollup } = await import("../../lib/follow-up/rollup");
    const dataTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const now = new Date();
      const strategy = await findRollupStrategy(null, now);
      if (strategy === null) throw new Error("ingen nationell strategi gäller");
      buildRollup({ strategy, county: null, goals: strategy.goals, ...(await findRollupRows(strategy.id, null, now)), now });
      dataTimes.push(performance.now() - started);
    }
    dataTimes.sort((a, b) => a - b);
    if (process.env.BENCH_DEBUG === "1") {
      const timed = await countLoggedStatements(database.url, postgresLog, async () => {
        const now = new Date();
        const strategy = await findRollupStrategy(null, now);
        const t0 = performance.now();
        const { groups } = await findRollupRows(strategy?.id ?? "", null, now);
        say(`findRollupRows ${(performance.now() - t0).toFixed(0)} ms, ${groups.length} grupper`);
      });
      for (const line of timed.statements) say(line.slice(0, 120));
    }
    say(`Rollupens data (SQL och räkning, utan rendering): median ${(dataTimes[Math.floor(RUNS / 2)] ?? NaN).toFixed(0)} ms.`);
    say(`/uppfoljning: ${oneYear.statements.length} SQL-satser med ett års rapporter, ${fourYears.statements.length} med fyra år; ${(fourYears.result.bytes / 1024).toFixed(0)} kB HTML.`);

    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push((await render("/uppfoljning")).ms);
    times.sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)] ?? Number.NaN;
    say(`/uppfoljning renderad på nytt ${RUNS} gånger: median ${median.toFixed(0)} ms, snabbast ${(times[0] ?? NaN).toFixed(0)} ms, långsammast ${(times[RUNS - 1] ?? NaN).toFixed(0)} ms.`);
    const cachedStarted = performance.now();
    await (await fetch(`${appUrl}/uppfoljning`)).text();
    say(`/uppfoljning ur sidcachen: ${(performance.now() - cachedStarted).toFixed(0)} ms.`);

    const [programme] = seeded.programmes;
    if (programme !== undefined) {
      const programmePage = await countLoggedStatements(database.url, postgresLog, () => render(`/lan/${programme.countySlug}/${programme.slug}/uppfoljning`));
      say(`Ett programs uppföljningssida (200 åtgärder, fyra år): ${programmePage.statements.length} SQL-satser, ${programmePage.result.ms.toFixed(0)} ms, ${(programmePage.result.bytes / 1024).toFixed(0)} kB HTML.`);
    }
    if (process.env.BENCH_DEBUG === "1") {
      for (const line of postgresLog.join("\n").split("\n")) if (/duration: \d{2,}/.test(line)) say(line.slice(0, 140));
    }
    say(`rollup_ms=${median.toFixed(1)} dashboard_queries=${fourYears.statements.length}`);
  } finally {
    await db.$disconnect();
    await stopChildren();
    await database.stop();
    if (process.env.BENCH_DEBUG === "1") say(`Loggar kvar i ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}${cause}\n`);
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exit(1);
});
