/**
 * `npm run bench:import`: the spreadsheet import and the content page it fills, on a throwaway
 * PostgreSQL.
 *
 * - import_200: a 200-action workbook in the template layout (5 focus areas, 1–2 indicators per
 *   action, county organisations by the names people write) uploaded, previewed and applied into
 *   an empty DRAFT with the real lib code the server actions call (read + parse + draft row; the
 *   preview's loads and plan; the one-transaction apply). Server time, median of 5 runs, each into
 *   a fresh programme. The re-import of the same file (200 unchanged) is printed alongside.
 * - content_page_200: the built app (scripts/serve.mjs, as `npm start`) serving the DRAFT content
 *   page of the 200-action version to 20 signed-in coordinators at once (session cookies minted with
 *   the run's NEXTAUTH_SECRET, one user each), back to back for BENCH_SECONDS (default 15) s; p99.
 * - content_page_queries: SQL statements of one content-page request in the Postgres log; the same
 *   count for a 3-action version is printed on the line before, to show it does not grow.
 *
 * The last line is machine-readable: import_200_ms=… content_page_200_p99_ms=… content_page_queries=…
 * Runs under `tsx --conditions=react-server` so lib's `import "server-only"` resolves to its empty
 * server build. BENCH_SKIP_BUILD=1 reuses `.next`. A benchmark prints figures; it asserts nothing.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { encode } from "next-auth/jwt";
import { findFreePort, startEmbeddedPostgres } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { buildApp, countLoggedStatements, logAllStatements, say, startApp, stopChildren } from "./support";

const ACTIONS = 200;
const AREAS = 5;
const EDITORS = 20;
const IMPORT_RUNS = 5;
const seconds = Number(process.env.BENCH_SECONDS ?? "15");

const ms = (value: number) => value.toFixed(0);

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

async function workbook(actions: number, names: { municipalities: string[]; region: string }): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Åtgärder");
  sheet.addRow(["Fokusområde", "Nr", "Åtgärd", "Beskrivning", "Ansvarig", "Samverkanspartner", "Tidsplan", "Uppföljning", "Indikator", "Enhet", "Utgångsläge år", "Utgångsläge", "Målvärde år", "Målvärde", "Datakälla", "Nyckel"]);
  const perArea = Math.ceil(actions / AREAS);
  for (let n = 0; n < actions; n++) {
    const area = Math.floor(n / perArea);
    const lead = names.municipalities[n % names.municipalities.length] ?? "";
    const other = names.municipalities[(n + 3) % names.municipalities.length] ?? "";
    const number = `${area + 1}.${(n % perArea) + 1}`;
    sheet.addRow([
      `${area + 1}. Fokusområde ${area + 1}`,
      number,
      `Åtgärd ${number}: samordnad tillsyn och förebyggande arbete`,
      "Kommunerna genomför åtgärden tillsammans med Länsstyrelsen och följer upp den årligen i Länsrapporten.",
      `${lead}; ${other}`,
      `Polisen; ${names.region}`,
      n % 3 === 0 ? "Löpande" : "2026–2029",
      "Följs upp i Länsrapporten.",
      "Andel genomförda",
      "%",
      2025,
      40,
      2029,
      80,
      "Länsrapporten",
      "",
    ]);
    if (n % 2 === 0) sheet.addRow(["", number, "", "", "", "", "", "", "Antal deltagare", "st", 2025, 12, 2029, 30, "Egen uppföljning", ""]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const postgresLog: string[] = [];
  const database = await startEmbeddedPostgres({ ephemeral: true, databaseName: "lansplan_bench", log: (line) => postgresLog.push(line) });
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    await run(database.url, postgresLog);
  } finally {
    await stopChildren();
    await database.stop();
  }
}

async function run(databaseUrl: string, postgresLog: string[]): Promise<void> {
  const { getDb } = await import("../../lib/db/client");
  const { seedDatabase } = await import("../../prisma/seed/index");
  const { createStrategy } = await import("../../lib/strategies/mutations");
  const { createProgramme } = await import("../../lib/programmes/mutations");
  const { createImportDraft, applyImportDraft } = await import("../../lib/imports/mutations");
  const { findImportDraft, findVersionSnapshot, listImportOrganisations } = await import("../../lib/imports/data");
  const { planImport } = await import("../../lib/imports/plan");

  const db = getDb();
  await seedDatabase(db, { demo: false });
  const county = await db.county.findFirstOrThrow({ where: { code: "04" }, select: { id: true } });
  const board = await db.organisation.findFirstOrThrow({ where: { countyId: county.id, kind: "COUNTY_BOARD" } });
  const municipalities = await db.organisation.findMany({ where: { countyId: county.id, kind: "MUNICIPALITY" }, orderBy: { name: "asc" } });
  const region = await db.organisation.findFirstOrThrow({ where: { countyId: county.id, kind: "REGION", active: true } });
  const national = await db.nationalStrategy.findFirstOrThrow({ where: { slug: "andts-2022-2025" } });
  const users = await Promise.all(
    Array.from({ length: EDITORS }, (_, i) =>
      db.user.create({ data: { email: `samordnare${i + 1}@bank.example`, name: `Samordnare ${i + 1}`, memberships: { create: { organisationId: board.id, role: "COORDINATOR" } } } }),
    ),
  );
  const [first] = users;
  if (first === undefined) throw new Error("no users");
  const actor = {
    userId: first.id,
    email: first.email,
    name: first.name,
    isDemo: false,
    memberships: [{ organisationId: board.id, organisationName: board.name, organisationKind: board.kind, countyId: county.id, role: "COORDINATOR" as const }],
  };
  const countyIds = [county.id];
  const scope = { userId: first.id, actorEmail: first.email, countyIds };
  const strategy = await createStrategy(actor, county.id, {
    countyId: county.id,
    title: "Regional ANDTS-strategi (bänk)",
    validFrom: new Date("2026-01-01"),
    validTo: new Date("2029-12-31"),
    nationalStrategyId: national.id,
    overarchingText: "",
  });
  const newProgramme = (title: string) =>
    createProgramme(actor, countyIds, { strategyId: strategy.strategyId, title, validFrom: new Date("2026-01-01"), validTo: new Date("2029-12-31"), substances: ["A", "N", "D", "T", "S"], templateVersionId: null });
  const names = { municipalities: municipalities.map((m) => m.shortName ?? m.name), region: region.name };
  const bytes = await workbook(ACTIONS, names);
  say(`Arbetsbok: ${ACTIONS} åtgärder, ${(bytes.length / 1024).toFixed(0)} kB.`);

  /** Upload → preview (the loader's reads and the plan) → apply, as the three requests do. */
  async function importOnce(versionId: string, file: Uint8Array) {
    const t0 = performance.now();
    const uploaded = await createImportDraft(scope, { versionId, filename: "bank.xlsx", bytes: file }, new Date());
    const tUpload = performance.now();
    const draft = await findImportDraft(scope, { draftId: uploaded.draftId }, new Date());
    if (draft === null) throw new Error("draft not found");
    const version = await db.programmeVersion.findUniqueOrThrow({ where: { id: versionId } });
    const [snapshot, organisations] = await Promise.all([findVersionSnapshot(version), listImportOrganisations(version.countyId)]);
    const plan = planImport({ parsed: draft.parsed, snapshot, organisations, resolutions: draft.resolutions });
    const tPreview = performance.now();
    if (plan.unresolved > 0) throw new Error(`${plan.unresolved} olösta problem, t.ex. ${JSON.stringify(plan.rows.find((r) => r.problems.length > 0)?.problems[0])}`);
    const outcome = await applyImportDraft(scope, { draftId: draft.id, revision: draft.revision, stamp: plan.stamp }, new Date());
    const tApply = performance.now();
    return { total: tApply - t0, upload: tUpload - t0, preview: tPreview - tUpload, apply: tApply - tPreview, outcome };
  }

  const runs: Awaited<ReturnType<typeof importOnce>>[] = [];
  let largeProgrammeId = "";
  for (let i = 0; i < IMPORT_RUNS; i++) {
    const programme = await newProgramme(`Åtgärdsprogram ${i + 1} (import)`);
    const version = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: programme.programmeId, number: 1 }, select: { id: true } });
    runs.push(await importOnce(version.id, bytes));
    largeProgrammeId = programme.programmeId;
  }
  const sorted = [...runs].sort((a, b) => a.total - b.total);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (median === undefined) throw new Error("no runs");
  say(`Import av ${ACTIONS} åtgärder (median av ${IMPORT_RUNS}): ${ms(median.total)} ms = läsa+tolka+spara utkast ${ms(median.upload)} ms, förhandsgranskning ${ms(median.preview)} ms, genomföra ${ms(median.apply)} ms; ${JSON.stringify(median.outcome)}.`);
  const largeVersion = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: largeProgrammeId, number: 1 }, select: { id: true } });
  const again = await importOnce(largeVersion.id, bytes);
  say(`Samma fil igen (oförändrad): ${ms(again.total)} ms, ${JSON.stringify(again.outcome)}.`);

  const small = await newProgramme("Åtgärdsprogram med 3 åtgärder");
  const smallVersion = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: small.programmeId, number: 1 }, select: { id: true } });
  await importOnce(smallVersion.id, await workbook(3, names));
  await db.$disconnect();

  // ── The content page in the built app ──
  buildApp();
  await logAllStatements(databaseUrl, "lansplan_bench");
  const secret = randomBytes(32).toString("base64url");
  const port = await findFreePort();
  const dir = mkdtempSync(path.join(tmpdir(), "lansplan-bench-import-"));
  const appUrl = await startApp(databaseUrl, port, path.join(dir, "app.log"), { NEXTAUTH_SECRET: secret });
  const now = Date.now();
  const cookies = await Promise.all(
    users.map(async (user) => `next-auth.session-token=${await encode({ token: { sub: user.id, email: user.email, signedInAt: now, lastSeenAt: now }, secret })}`),
  );
  const contentUrl = (programmeId: string) => `${appUrl}/arbetsyta/program/${programmeId}/version/1/innehall`;
  const fetchPage = async (url: string, cookie: string) => {
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${url} svarade ${response.status}`);
    return body;
  };
  // Warm up (the first render compiles nothing in production, but fills Node's caches).
  for (let i = 0; i < 5; i++) await fetchPage(contentUrl(largeProgrammeId), cookies[0] ?? "");
  const largeCount = await countLoggedStatements(databaseUrl, postgresLog, () => fetchPage(contentUrl(largeProgrammeId), cookies[0] ?? ""));
  const smallCount = await countLoggedStatements(databaseUrl, postgresLog, () => fetchPage(contentUrl(small.programmeId), cookies[0] ?? ""));
  const actionsShown = (largeCount.result.match(/\/atgard\/[0-9a-f-]{36}"/g) ?? []).length;
  say(`Innehållssidan: ${largeCount.statements.length} SQL-frågor för ${ACTIONS} åtgärder (${actionsShown} åtgärdslänkar i sidan, ${(largeCount.result.length / 1024).toFixed(0)} kB HTML), ${smallCount.statements.length} för 3 åtgärder.`);

  // One editor alone: the cost of one render, without queueing behind the others.
  const alone: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await fetchPage(contentUrl(largeProgrammeId), cookies[0] ?? "");
    alone.push(performance.now() - t0);
  }
  const smallAlone: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await fetchPage(contentUrl(small.programmeId), cookies[0] ?? "");
    smallAlone.push(performance.now() - t0);
  }
  alone.sort((a, b) => a - b);
  smallAlone.sort((a, b) => a - b);
  say(`Innehållssidan, en redaktör i taget: median ${ms(percentile(alone, 50))} ms för ${ACTIONS} åtgärder, ${ms(percentile(smallAlone, 50))} ms för 3 åtgärder.`);

  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    cookies.map(async (cookie) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await fetchPage(contentUrl(largeProgrammeId), cookie);
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  say(`Innehållssidan under ${EDITORS} samtidiga inloggade redaktörer i ${seconds} s: ${latencies.length} svar (${(latencies.length / seconds).toFixed(1)}/s), p50 ${ms(percentile(latencies, 50))} ms, p99 ${ms(percentile(latencies, 99))} ms, ${errors} fel.`);
  say(`import_200_ms=${ms(median.total)} content_page_200_p99_ms=${ms(percentile(latencies, 99))} content_page_queries=${largeCount.statements.length}`);
}

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await stopChildren();
  process.exit(1);
});
