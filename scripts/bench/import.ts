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
 *   the run's NEXTAUTH_SECRET, one user each), back to back for BENCH_SECONDS (default 15) s; p99,
 *   from one instance and then from two as docs/deployment.md runs the app on one machine (the
 *   figure; pages uncompressed as nginx asks for them), with each run's CPU per request.
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
import { startEmbeddedPostgres } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { describeLoad, fetchPage, measureSignedInPage, ms, percentile, seedImportCounty, sessionCookies, workbook } from "./fixtures";
import { buildApp, countLoggedStatements, logAllStatements, say, startAppInstances, stopChildren } from "./support";

const ACTIONS = 200;
const EDITORS = 20;
/** As docs/deployment.md runs the app on one machine: two instances behind nginx. */
const INSTANCES = 2;
const IMPORT_RUNS = 5;
const seconds = Number(process.env.BENCH_SECONDS ?? "15");

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
  const bench = await seedImportCounty(EDITORS);
  const { db, names, users } = bench;
  const bytes = await workbook(ACTIONS, names);
  say(`Arbetsbok: ${ACTIONS} åtgärder, ${(bytes.length / 1024).toFixed(0)} kB.`);

  const runs: Awaited<ReturnType<typeof bench.importInto>>[] = [];
  let large = { programmeId: "", versionId: "" };
  for (let i = 0; i < IMPORT_RUNS; i++) {
    large = await bench.newProgramme(`Åtgärdsprogram ${i + 1} (import)`);
    runs.push(await bench.importInto(large.versionId, bytes));
  }
  const sorted = [...runs].sort((a, b) => a.total - b.total);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (median === undefined) throw new Error("no runs");
  say(`Import av ${ACTIONS} åtgärder (median av ${IMPORT_RUNS}): ${ms(median.total)} ms = läsa+tolka+spara utkast ${ms(median.upload)} ms, förhandsgranskning ${ms(median.preview)} ms, genomföra ${ms(median.apply)} ms; ${JSON.stringify(median.outcome)}.`);
  const again = await bench.importInto(large.versionId, bytes);
  say(`Samma fil igen (oförändrad): ${ms(again.total)} ms, ${JSON.stringify(again.outcome)}.`);

  const small = await bench.newProgramme("Åtgärdsprogram med 3 åtgärder");
  await bench.importInto(small.versionId, await workbook(3, names));
  await db.$disconnect();

  // ── The content page in the built app ──
  buildApp();
  await logAllStatements(databaseUrl, "lansplan_bench");
  const secret = randomBytes(32).toString("base64url");
  const dir = mkdtempSync(path.join(tmpdir(), "lansplan-bench-import-"));
  const app = await startAppInstances({ databaseUrl, count: INSTANCES, dir, env: { NEXTAUTH_SECRET: secret } });
  const cookies = await sessionCookies(users, secret);
  const [cookie = ""] = cookies;
  const contentPath = (programmeId: string) => `/arbetsyta/program/${programmeId}/version/1/innehall`;
  const firstInstance = app.urls[0] ?? "";

  // One editor alone: the cost of one render, without queueing behind the others (also the warm-up).
  const alone = async (pagePath: string) => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await fetchPage(`${firstInstance}${pagePath}`, cookie);
      times.push(performance.now() - t0);
    }
    return percentile(times.sort((a, b) => a - b), 50);
  };
  const largeAlone = await alone(contentPath(large.programmeId));
  const smallAlone = await alone(contentPath(small.programmeId));
  const smallCount = await countLoggedStatements(databaseUrl, postgresLog, () => fetchPage(`${firstInstance}${contentPath(small.programmeId)}`, cookie));
  const page = await measureSignedInPage({ app, path: contentPath(large.programmeId), cookies, seconds, databaseUrl, postgresLog });
  const actionsShown = (page.html.match(/\/atgard\/[0-9a-f-]{36}"/g) ?? []).length;
  say(`Innehållssidan: ${page.statements.length} SQL-frågor för ${ACTIONS} åtgärder (${actionsShown} åtgärdslänkar i sidan, ${(page.html.length / 1024).toFixed(0)} kB HTML), ${smallCount.statements.length} för 3 åtgärder.`);
  say(`Innehållssidan, en redaktör i taget: median ${ms(largeAlone)} ms för ${ACTIONS} åtgärder, ${ms(smallAlone)} ms för 3 åtgärder.`);
  for (const load of page.loads) say(`Innehållssidan, ${describeLoad(load, cookies.length)}.`);
  say(`import_200_ms=${ms(median.total)} content_page_200_p99_ms=${ms(page.load.p99)} content_page_queries=${page.statements.length}`);
}

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await stopChildren();
  process.exit(1);
});
