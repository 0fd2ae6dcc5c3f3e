/**
 * `npm run bench:workspace`: the signed-in pages under concurrency, on a throwaway PostgreSQL.
 *
 * Seeds, with the real lib code (scripts/bench/fixtures.ts): the reference data, 20 coordinators of
 * Länsstyrelsen in county 04, a regional strategy and a workspace as one looks in use:
 * - "Åtgärdsprogram 200" — 200 actions imported from a workbook into version 1 (DRAFT): the
 *   content page measured below;
 * - a programme of 200 actions sent for endorsement to 7 organisations, 4 of which have decided;
 * - a programme of 200 actions endorsed, ratified and published (version 1), with a revision
 *   started (version 2, DRAFT, a copy);
 * - a 3-action draft.
 * Then the built app (scripts/serve.mjs, as `npm start`, as the app's database role) serves, to the
 * 20 coordinators at once (session cookies minted with the run's NEXTAUTH_SECRET, one user each),
 * back to back for BENCH_SECONDS (default 15) s each: /arbetsyta, then the 200-action version's
 * content page (/arbetsyta/program/<id>/version/1/innehall); first from one instance, then from
 * two as docs/deployment.md runs the app on one machine (users split as nginx's round robin
 * would; pages uncompressed, as nginx asks for them). For each page: requests/s, p50, p99,
 * errors, CPU per request of the app, PostgreSQL and the load generator (all on this machine's
 * cores), HTML size and the SQL statements of one request (Postgres log). The last line is the
 * two-instance run.
 *
 * Last line: workspace_p99_ms=… content_p99_ms=… workspace_rps=… content_rps=…
 * BENCH_SKIP_BUILD=1 reuses .next; BENCH_CPU_PROF=<dir> has the server write a CPU profile there.
 * Runs under `tsx --conditions=react-server` (lib's `import "server-only"`). A benchmark prints
 * figures; it asserts nothing.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateAndGrant } from "../db/roles";
import { describeLoad, flightBytes, measureSignedInPage, ms, seedImportCounty, sessionCookies, workbook, type ImportCounty } from "./fixtures";
import { buildApp, logAllStatements, say, startAppInstances, stopChildren } from "./support";

const ACTIONS = 200;
const USERS = 20;
/** As docs/deployment.md runs the app on one machine: two instances behind nginx. */
const INSTANCES = 2;
const DATABASE = "lansplan_bench";
const seconds = Number(process.env.BENCH_SECONDS ?? "15");

async function main(): Promise<void> {
  const postgresLog: string[] = [];
  const database = await startEmbeddedPostgres({ ephemeral: true, databaseName: DATABASE, log: (line) => postgresLog.push(line) });
  const dir = mkdtempSync(path.join(tmpdir(), "lansplan-bench-workspace-"));
  try {
    await migrateAndGrant(database);
    // lib reads DATABASE_URL on first use: the app's role, as the server below.
    process.env.DATABASE_URL = database.appUrl;
    const started = performance.now();
    const bench = await seedImportCounty(USERS);
    const programmeId = await seedWorkspace(bench);
    await bench.db.$disconnect();
    say(`Förberett på ${((performance.now() - started) / 1000).toFixed(1)} s.`);

    buildApp();
    await logAllStatements(database.url, DATABASE);
    const secret = randomBytes(32).toString("base64url");
    const app = await startAppInstances({ databaseUrl: database.appUrl, count: INSTANCES, dir, env: { NEXTAUTH_SECRET: secret } });
    const cookies = await sessionCookies(bench.users, secret);
    const pages = {
      workspace: "/arbetsyta",
      content: `/arbetsyta/program/${programmeId}/version/1/innehall`,
    };
    const measured = { workspace: await measure(pages.workspace), content: await measure(pages.content) };
    async function measure(pagePath: string) {
      // CLOCK_MONOTONIC in µs, the clock of the samples in a V8 CPU profile: which samples belong to which page.
      const from = process.hrtime.bigint() / 1000n;
      const result = await measureSignedInPage({ app, path: pagePath, cookies, seconds, databaseUrl: database.url, postgresLog });
      if (process.env.BENCH_CPU_PROF !== undefined) say(`Profilens tid för ${pagePath}: ${from}–${process.hrtime.bigint() / 1000n} µs.`);
      const kb = (bytes: number) => (bytes / 1024).toFixed(0);
      say(`${pagePath}: ${kb(result.html.length)} kB HTML (varav ${kb(flightBytes(result.html))} kB RSC-data), ${result.statements.length} SQL-satser per begäran.`);
      for (const load of result.loads) say(`  ${describeLoad(load, cookies.length)}.`);
      if (process.env.BENCH_DEBUG === "1") {
        for (const line of result.statements) say(`  ${line.replace(/^.*?LOG:\s+/, "").slice(0, 200)}`);
        writeFileSync(path.join(dir, `${pagePath.split("/").at(-1) ?? "page"}.html`), result.html);
      }
      return result;
    }
    const actionLinks = (measured.content.html.match(/\/atgard\/[0-9a-f-]{36}"/g) ?? []).length;
    say(`Innehållssidan visar ${actionLinks} åtgärdslänkar; arbetsytan nämner ${(measured.workspace.html.match(/Åtgärdsprogram 200/g) ?? []).length > 0 ? "" : "INTE "}programmet.`);
    const { workspace, content } = measured;
    say(`workspace_p99_ms=${ms(workspace.load.p99)} content_p99_ms=${ms(content.load.p99)} workspace_rps=${workspace.load.rps.toFixed(1)} content_rps=${content.load.rps.toFixed(1)}`);
  } finally {
    await stopChildren();
    await database.stop();
    if (process.env.BENCH_DEBUG === "1") say(`Loggar kvar i ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** The programmes of the workspace (see the header); returns the id of the 200-action draft. */
async function seedWorkspace(bench: ImportCounty): Promise<string> {
  const { sendForEndorsement, recordDecision, ratifyVersion, publishVersion } = await import("../../lib/endorsements/mutations");
  const { decideSchema } = await import("../../lib/endorsements/schema");
  const { startRevision } = await import("../../lib/programmes/mutations");
  const { db, actor, countyIds, municipalities, region, names } = bench;
  const bytes = await workbook(ACTIONS, names);
  const asked = [...municipalities.slice(0, 6), region].map((o) => o.id);

  const draft = await bench.newProgramme("Åtgärdsprogram 200");
  await bench.importInto(draft.versionId, bytes);

  /** Sends the version for endorsement to `asked`; the first `decided` of them endorse it. */
  async function endorse(versionId: string, decided: number): Promise<void> {
    await sendForEndorsement(actor, countyIds, { versionId, organisationIds: asked, leaveOutReasons: {} });
    const rows = await db.endorsement.findMany({ where: { versionId, current: true }, select: { id: true, organisationId: true }, orderBy: { createdAt: "asc" } });
    for (const [index, row] of rows.slice(0, decided).entries()) {
      const input = decideSchema.parse({
        endorsementId: row.id,
        decision: "ENDORSED",
        reservation: "",
        declineReason: "",
        decisionBody: "Kommunstyrelsen",
        decisionDate: "2026-03-12",
        paragraph: `§ ${12 + index}`,
        diarienummer: `KS 2026/${100 + index}`,
      });
      await recordDecision(actor, [row.organisationId], input);
    }
  }

  const inEndorsement = await bench.newProgramme("Åtgärdsprogram på ställningstagande");
  await bench.importInto(inEndorsement.versionId, bytes);
  await endorse(inEndorsement.versionId, 4);

  const published = await bench.newProgramme("Åtgärdsprogram i kraft");
  await bench.importInto(published.versionId, bytes);
  await endorse(published.versionId, asked.length);
  await ratifyVersion(actor, countyIds, { versionId: published.versionId, ratificationBody: "Länsstyrelsen", ratificationDate: new Date("2026-04-01"), ratificationDnr: "705-123-2026", confirmExpired: false });
  await publishVersion(actor, countyIds, { versionId: published.versionId });
  await startRevision(actor, countyIds, { programmeId: published.programmeId, nationalStrategyId: null });

  const small = await bench.newProgramme("Åtgärdsprogram med 3 åtgärder");
  await bench.importInto(small.versionId, await workbook(3, names));

  const versions = await db.programmeVersion.groupBy({ by: ["status"], _count: true });
  const items = await db.actionItem.count();
  say(`Arbetsyta: 4 program, versioner ${versions.map((v) => `${v.status} ${v._count}`).join(", ")}; ${items} åtgärder; ${USERS} samordnare.`);
  return draft.programmeId;
}

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await stopChildren();
  process.exit(1);
});
