/**
 * `npm run bench:editor`: the coordinator's editor under load, on a throwaway PostgreSQL.
 *
 * Seeds the reference data and a 500-item programme (version 1 published, version 2 a revision
 * started with the app's own startRevision), then measures with the real lib code (no mocks, no
 * HTTP: the domain layer the server actions call):
 * - save: 20 concurrent editors, each saving its own action item (lib/action-items updateActionItem,
 *   the content editor's save) back to back for 30 s, every save from the revision the previous one
 *   returned (the figures on the last line); then 10 s at a human pace (one save per editor every
 *   500 ms), printed on the line before, since back-to-back saving measures saturation: its
 *   latency is the queue (Little's law), not the cost of one save;
 * - diff500: loading both 500-item versions (lib/programmes/data loadProgrammeContents, four SQL
 *   statements) plus the pure diffVersions, median of 15 runs;
 * - editor_page_queries: SQL statements the content editor page's data function
 *   (lib/focus-areas/data findVersionContentForEditor) issues for the 500-item version, counted on
 *   the pg client; the same count for a 3-item version is printed alongside to show it does not grow.
 *
 * - save_durable: the same save benchmark (30 s back to back, then 10 s paced) on a second cluster
 *   with fsync, synchronous_commit and full_page_writes on, as every production server has them
 *   (the figures above come from a cluster with all three off, which measures the app, not the
 *   disk). It runs in a child process (lib's database client is one per process) after the first
 *   cluster has stopped.
 *
 * The last line is machine-readable: save_p50_ms=… save_p99_ms=… errors=… diff500_ms=…
 * editor_page_queries=… save_p50_durable_ms=… save_p99_durable_ms=… durable_errors=…
 * Runs under `tsx --conditions=react-server` so lib's `import "server-only"` resolves to its
 * empty server build, exactly as inside Next.js. A benchmark prints figures; it asserts nothing.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { REPO_ROOT, startEmbeddedPostgres } from "../db/embedded";
import { migrateAndGrant } from "../db/roles";
import { percentile, seedImportCounty } from "./fixtures";

const EDITORS = 20;
const DURATION_MS = 30_000;
const FOCUS_AREAS = 10;
const ITEMS_PER_AREA = 50;
const DIFF_RUNS = 15;
const PACED_DURATION_MS = 10_000;
const PACED_PAUSE_MS = 500;
/** Set in the child process that runs the saves on the durable cluster. */
const DURABLE_CHILD = "LANSPLAN_BENCH_EDITOR_DURABLE";

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

// ───────────── Counting SQL statements on the pg client every Prisma query goes through ─────────────

let statements = 0;
const clientPrototype = pg.Client.prototype;
const originalQuery = clientPrototype.query;
Object.defineProperty(clientPrototype, "query", {
  configurable: true,
  writable: true,
  value: function countedQuery(this: unknown, ...args: unknown[]): unknown {
    statements += 1;
    return Reflect.apply(originalQuery, this, args);
  },
});

async function countStatements(run: () => Promise<unknown>): Promise<number> {
  const before = statements;
  await run();
  return statements - before;
}

const ms = (value: number) => value.toFixed(1);

type SavePhase = { latencies: number[]; errors: number; statements: number };
type SaveFigures = { load: SavePhase; paced: SavePhase; errorSamples: string[] };

/** The parent: everything on a fast (fsync off) cluster, then the saves again on a durable one in a child process. */
async function main(): Promise<void> {
  if (process.env[DURABLE_CHILD] === "1") return durableChild();
  const startedAt = performance.now();
  const database = await startEmbeddedPostgres({ ephemeral: true, databaseName: "bench" });
  let figures: Awaited<ReturnType<typeof run>>;
  try {
    await migrateAndGrant(database);
    // lib reads DATABASE_URL on first use (lib/env.ts): set before any lib module touches the
    // database. The app's role, as in production (no ownership, row rights only).
    process.env.DATABASE_URL = database.appUrl;
    figures = await run(startedAt);
  } finally {
    await database.stop();
  }
  const durable = await runDurableChild();
  const [loadAverage] = loadavg();
  say(`Maskinens belastning (1 min): ${ms(loadAverage ?? 0)} på ${cpus().length} kärnor.`);
  say(`Total tid ${ms((performance.now() - startedAt) / 1000)} s.`);
  const { saves, diffMs, editorQueries } = figures;
  say(
    `save_p50_ms=${ms(percentile(saves.load.latencies, 50))} save_p99_ms=${ms(percentile(saves.load.latencies, 99))} errors=${saves.load.errors + saves.paced.errors} diff500_ms=${ms(diffMs)} editor_page_queries=${editorQueries} ` +
      `save_p50_durable_ms=${durable.p50} save_p99_durable_ms=${durable.p99} durable_errors=${durable.errors}`,
  );
}

/**
 * The save benchmark on a cluster as durable as production (fsync, synchronous_commit,
 * full_page_writes on), in a child process: lib's database client is one per process.
 */
async function runDurableChild(): Promise<{ p50: string; p99: string; errors: string }> {
  const child = spawn(path.join(REPO_ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", fileURLToPath(import.meta.url)], {
    cwd: REPO_ROOT,
    env: { ...process.env, [DURABLE_CHILD]: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    process.stdout.write(text.replace(/^durable_.*\n?/gm, ""));
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const figure = (name: string) => output.match(new RegExp(`${name}=([0-9.]+|NaN)`))?.[1];
  const [p50, p99, errors] = [figure("durable_p50_ms"), figure("durable_p99_ms"), figure("durable_errors")];
  if (code !== 0 || p50 === undefined || p99 === undefined || errors === undefined) throw new Error(`the durable run failed (exit ${code})`);
  return { p50, p99, errors };
}

async function durableChild(): Promise<void> {
  const startedAt = performance.now();
  const database = await startEmbeddedPostgres({ ephemeral: true, databaseName: "bench", durable: true });
  try {
    await migrateAndGrant(database);
    process.env.DATABASE_URL = database.appUrl;
    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    const settings = await check.query<{ name: string; setting: string }>("SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name");
    await check.end();
    say(`Beständig databas (${settings.rows.map((row) => `${row.name}=${row.setting}`).join(", ")}):`);
    const prepared = await prepare(startedAt);
    try {
      const saves = await measureSaves(prepared);
      say(`durable_p50_ms=${ms(percentile(saves.load.latencies, 50))} durable_p99_ms=${ms(percentile(saves.load.latencies, 99))} durable_errors=${saves.load.errors + saves.paced.errors}`);
    } finally {
      await prepared.db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

/** The reference data, a coordinator, and a 500-item programme (published) with a revision started, plus a 3-item one. */
async function prepare(startedAt: number) {
  const { startRevision } = await import("../../lib/programmes/mutations");
  const bench = await seedImportCounty(1);
  const { db, actor, countyIds, municipalities, county } = bench;
  const police = await db.organisation.findFirstOrThrow({ where: { countyId: county.id, kind: "POLICE" } });
  const national = await db.nationalStrategy.findFirstOrThrow({ where: { slug: "andts-2022-2025" }, include: { goals: true } });
  const scope = { actorId: actor.userId, actorEmail: actor.email, countyIds };
  const large = await bench.newProgramme("Åtgärdsprogram med 500 åtgärder");
  const small = await bench.newProgramme("Åtgärdsprogram med 3 åtgärder");

  // Content with createMany.
  async function writeContent(versionId: string, areas: number, itemsPerArea: number): Promise<void> {
    const focusAreas = Array.from({ length: areas }, (_, a) => ({ id: randomUUID(), versionId, stableKey: randomUUID(), position: a, title: `Fokusområde ${a + 1}` }));
    await db.focusArea.createMany({ data: focusAreas });
    await db.focusAreaGoal.createMany({
      data: focusAreas.map((area, a) => ({ focusAreaId: area.id, goalId: national.goals[a % national.goals.length]?.id ?? "" })),
    });
    const items = focusAreas.flatMap((area, a) =>
      Array.from({ length: itemsPerArea }, (_, i) => ({
        id: randomUUID(),
        versionId,
        focusAreaId: area.id,
        stableKey: randomUUID(),
        number: `${a + 1}.${i + 1}`,
        position: i,
        title: `Åtgärd ${a + 1}.${i + 1}`,
        description: "Kommunerna genomför åtgärden tillsammans med Länsstyrelsen och följer upp den årligen i Länsrapporten.",
        timeframeKind: "YEARS" as const,
        startYear: 2026,
        endYear: 2029,
        followUpText: "Följs upp i Länsrapporten.",
      })),
    );
    await db.actionItem.createMany({ data: items });
    await db.actionItemOrganisation.createMany({
      data: items.flatMap((item, n) => {
        const lead = municipalities[n % municipalities.length];
        const other = municipalities[(n + 1) % municipalities.length];
        if (lead === undefined || other === undefined) return [];
        return [
          { itemId: item.id, organisationId: lead.id, role: "RESPONSIBLE" as const, lead: true },
          { itemId: item.id, organisationId: other.id, role: "RESPONSIBLE" as const, lead: null },
          { itemId: item.id, organisationId: police.id, role: "PARTNER" as const, lead: null },
        ];
      }),
    });
    await db.indicator.createMany({
      data: items.map((item) => ({ itemId: item.id, stableKey: randomUUID(), position: 0, name: "Andel genomförda", unit: "%", baseline: "40", target: "80", dataSource: "Länsrapporten" })),
    });
    // Published the way the lifecycle does it: compare-and-set from each status to the next.
    for (const [from, to] of [["DRAFT", "ENDORSEMENT"], ["ENDORSEMENT", "RATIFIED"], ["RATIFIED", "PUBLISHED"]] as const) {
      await db.programmeVersion.updateMany({ where: { id: versionId, status: from }, data: { status: to } });
    }
  }

  await writeContent(large.versionId, FOCUS_AREAS, ITEMS_PER_AREA);
  await writeContent(small.versionId, 1, 3);
  const copyStarted = performance.now();
  const revision = await startRevision(actor, countyIds, { programmeId: large.programmeId, nationalStrategyId: null });
  const copyMs = performance.now() - copyStarted;
  await startRevision(actor, countyIds, { programmeId: small.programmeId, nationalStrategyId: null });
  // Give the diff something to find: 50 retitled items, 10 removed.
  const revisionItems = await db.actionItem.findMany({ where: { versionId: revision.versionId }, orderBy: [{ number: "asc" }], select: { id: true } });
  for (const item of revisionItems.slice(100, 150)) await db.actionItem.update({ where: { id: item.id }, data: { title: "Omformulerad åtgärd" } });
  await db.actionItem.deleteMany({ where: { id: { in: revisionItems.slice(490).map((i) => i.id) } } });
  say(`Förberett på ${ms((performance.now() - startedAt) / 1000)} s: version 2 kopierad (${revision.copied.items} åtgärder, ${revision.copied.organisationLinks} organisationskopplingar, ${revision.copied.indicators} indikatorer) på ${ms(copyMs)} ms.`);
  return { db, scope, countyIds, large, small, revisionItems };
}

/** 20 concurrent editors, each saving its own item: 30 s back to back, then 10 s at a human pace. */
async function measureSaves(prepared: Awaited<ReturnType<typeof prepare>>): Promise<SaveFigures> {
  const { findItemContent, toActionItemContent } = await import("../../lib/action-items/data");
  const { updateActionItem } = await import("../../lib/action-items/mutations");
  const { toItemFormValues, updateActionItemSchema } = await import("../../lib/action-items/schema");
  const { scope, revisionItems } = prepared;
  const editorItems = revisionItems.slice(0, EDITORS);
  const editors = await Promise.all(
    editorItems.map(async (item) => {
      const row = await findItemContent(scope, { id: item.id });
      if (row === null) throw new Error(`item ${item.id} not found`);
      return { itemId: item.id, values: toItemFormValues(toActionItemContent(row)), revision: row.revision, saves: 0 };
    }),
  );
  const errorSamples = new Set<string>();

  /** One phase: every editor saves until the deadline, `pauseMs` between its saves. */
  async function savePhase(durationMs: number, pauseMs: number): Promise<SavePhase> {
    const latencies: number[] = [];
    let errors = 0;
    const statementsBefore = statements;
    const deadline = performance.now() + durationMs;
    await Promise.all(
      editors.map(async (editor, index) => {
        // Paced editors start spread over one pause, as people do, not all in the same millisecond.
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, (pauseMs * index) / editors.length));
        while (performance.now() < deadline) {
          editor.saves += 1;
          const input = updateActionItemSchema.parse({
            ...editor.values,
            title: `Redaktör ${index + 1}, sparning ${editor.saves}`,
            itemId: editor.itemId,
            revision: String(editor.revision),
          });
          const t0 = performance.now();
          try {
            const saved = await updateActionItem(scope, input);
            latencies.push(performance.now() - t0);
            editor.revision = saved.revision;
          } catch (error) {
            errors += 1;
            errorSamples.add(error instanceof Error ? error.message.slice(0, 200) : String(error));
          }
          if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return { latencies, errors, statements: statements - statementsBefore };
  }

  const load = await savePhase(DURATION_MS, 0);
  const seconds = DURATION_MS / 1000;
  const perSave = load.statements / Math.max(1, load.latencies.length + load.errors);
  say(
    `Sparningar utan paus: ${load.latencies.length} på ${seconds} s (${ms(load.latencies.length / seconds)}/s) av ${EDITORS} samtidiga redaktörer, ${ms(perSave)} SQL-satser per sparning, p50 ${ms(percentile(load.latencies, 50))} ms, p99 ${ms(percentile(load.latencies, 99))} ms; fel ${load.errors}.`,
  );
  const paced = await savePhase(PACED_DURATION_MS, PACED_PAUSE_MS);
  say(
    `Sparningar i mänsklig takt (en sparning per redaktör var ${PACED_PAUSE_MS} ms, ${PACED_DURATION_MS / 1000} s): ${paced.latencies.length} st, p50 ${ms(percentile(paced.latencies, 50))} ms, p99 ${ms(percentile(paced.latencies, 99))} ms; fel ${paced.errors}.`,
  );
  if (errorSamples.size > 0) say(`Fel: ${[...errorSamples].join(" | ")}`);
  return { load, paced, errorSamples: [...errorSamples] };
}

/** The fast cluster: diff, editor-page queries and saves; the figures for the last line. */
async function run(startedAt: number): Promise<{ saves: SaveFigures; diffMs: number; editorQueries: number }> {
  const { loadProgrammeContents } = await import("../../lib/programmes/data");
  const { diffVersions } = await import("../../lib/programmes/diff");
  const { findVersionContentForEditor } = await import("../../lib/focus-areas/data");
  const prepared = await prepare(startedAt);
  const { db, countyIds, large, small } = prepared;
  try {
    // ── Diff of two 500-item versions, loading included ──
    let diffQueries = 0;
    const diffTimes: number[] = [];
    let lastDiffItems = 0;
    for (let run = 0; run < DIFF_RUNS; run++) {
      const t0 = performance.now();
      const before = statements;
      const loaded = await loadProgrammeContents(large.programmeId, countyIds, () => [1, 2]);
      const from = loaded?.contents.get(1);
      const to = loaded?.contents.get(2);
      if (from === undefined || to === undefined) throw new Error("the two versions did not load");
      lastDiffItems = diffVersions(from.content, to.content).items.length;
      diffTimes.push(performance.now() - t0);
      diffQueries = statements - before;
    }
    diffTimes.sort((a, b) => a - b);
    say(`Jämförelse: ${lastDiffItems} ändrade åtgärder, ${diffQueries} SQL-frågor, median ${ms(percentile(diffTimes, 50))} ms (min ${ms(diffTimes[0] ?? 0)}, max ${ms(diffTimes[diffTimes.length - 1] ?? 0)}).`);

    // ── Queries behind the content editor page ──
    const editorQueries = await countStatements(() => findVersionContentForEditor({ countyIds }, { programmeId: large.programmeId, versionNumber: 2 }));
    const smallEditorQueries = await countStatements(() => findVersionContentForEditor({ countyIds }, { programmeId: small.programmeId, versionNumber: 2 }));
    say(`Redigeringssidan: ${editorQueries} SQL-frågor för 490 åtgärder, ${smallEditorQueries} för 3 åtgärder.`);

    say("Snabb databas (fsync, synchronous_commit och full_page_writes av):");
    const saves = await measureSaves(prepared);
    return { saves, diffMs: percentile(diffTimes, 50), editorQueries };
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\nBänken misslyckades: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
