/**
 * What the benchmarks that run the built app share: building or reusing `.next`, starting
 * the production server against a database, waiting for it, stopping every child process, and counting the
 * SQL statements of one request in the Postgres log (log_statement = 'all', between two markers).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { findFreePort, REPO_ROOT } from "../db/embedded";

export const say = (line: string) => process.stdout.write(`${line}\n`);

export const children: ChildProcess[] = [];

export function start(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const chunks: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  child.on("exit", () => writeFileSync(logFile, chunks.join("")));
  children.push(child);
  return child;
}

/** SIGTERM, and SIGKILL if it still runs 10 s later (a server stuck in a loop must not outlive the benchmark). */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function stopChildren(): Promise<void> {
  for (const child of children.reverse()) await stopChild(child);
}

export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} svarade inte inom ${timeoutMs / 1000} s`);
}

/** `next build`, or the existing build with BENCH_SKIP_BUILD=1 (its cached pages removed: they come from another database). */
export function buildApp(): void {
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(REPO_ROOT, ".next/BUILD_ID"))) {
    say("Använder befintligt bygge (.next).");
    rmSync(path.join(REPO_ROOT, ".next/server/route-cache"), { recursive: true, force: true });
    return;
  }
  say("Bygger appen (next build) …");
  const build = spawnSync(path.join(REPO_ROOT, "node_modules/.bin/next"), ["build"], { cwd: REPO_ROOT, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build misslyckades: kör npm run build för detaljer.");
}

/** Logs every statement of every new session of `databaseName` from here on (the app's connections included). */
export async function logAllStatements(databaseUrl: string, databaseName: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${databaseName} SET log_statement = 'all'`);
  if (process.env.BENCH_DEBUG === "1") await admin.query(`ALTER DATABASE ${databaseName} SET log_min_duration_statement = 0`);
  await admin.end();
}

/** The production server (scripts/serve.mjs, as `npm start` runs it) on `port` against `databaseUrl`; resolves once it answers. */
export async function startApp(databaseUrl: string, port: number, logFile: string, extraEnv: Record<string, string> = {}): Promise<string> {
  return (await startAppProcess(databaseUrl, port, logFile, extraEnv)).url;
}

/** startApp, with the server's process id (for its CPU time, scripts/bench/cpu.ts). */
export async function startAppProcess(databaseUrl: string, port: number, logFile: string, extraEnv: Record<string, string> = {}): Promise<{ url: string; pid: number }> {
  const appUrl = `http://127.0.0.1:${port}`;
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (for looking, not for figures).
  const profile = process.env.BENCH_CPU_PROF === undefined ? [] : ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF];
  const app = start(process.execPath, [...profile, path.join(REPO_ROOT, "scripts/serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: appUrl,
    LANSPLAN_DEMO: "0",
    // e.g. a known NEXTAUTH_SECRET, for a benchmark that signs its users in with minted session cookies.
    ...extraEnv,
  }, logFile);
  try {
    await waitFor(`${appUrl}/api/open-data/schema/v1.json`, 60_000);
  } catch (error) {
    await stopChild(app);
    throw new Error(`${error instanceof Error ? error.message : String(error)}; appens logg:\n${readFileSync(logFile, "utf8").slice(-4000)}`);
  }
  if (app.pid === undefined) throw new Error("appens process saknar pid");
  return { url: appUrl, pid: app.pid };
}

/** The running app: its instances' addresses and process ids, and the port of its PostgreSQL. */
export type RunningApp = { urls: readonly string[]; pids: readonly number[]; postgresPort: number };

/**
 * `count` instances of the built app on one database, as docs/deployment.md runs them on one
 * machine (two, behind nginx); logs in `dir`. `databaseUrl` is the app's role.
 */
export async function startAppInstances(input: { databaseUrl: string; count: number; dir: string; env: Record<string, string> }): Promise<RunningApp> {
  const urls: string[] = [];
  const pids: number[] = [];
  for (let i = 0; i < input.count; i++) {
    const started = await startAppProcess(input.databaseUrl, await findFreePort(), path.join(input.dir, `app-${i + 1}.log`), input.env);
    urls.push(started.url);
    pids.push(started.pid);
  }
  return { urls, pids, postgresPort: Number(new URL(input.databaseUrl).port) };
}

/**
 * Runs `request` between two marker statements and returns what it returned with the SQL
 * statements the Postgres log shows between the markers (log output arrives in chunks that may
 * hold several lines, or half of one: whole lines are counted).
 */
export async function countLoggedStatements<T>(databaseUrl: string, postgresLog: readonly string[], request: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const tag = randomBytes(4).toString("hex");
  const sentinel = new pg.Client({ connectionString: databaseUrl });
  await sentinel.connect();
  await sentinel.query(`SELECT 'lansplan-bench-begin-${tag}'`);
  const result = await request();
  await sentinel.query(`SELECT 'lansplan-bench-end-${tag}'`);
  await sentinel.end();
  const logLines = () => postgresLog.join("\n").split("\n");
  const deadline = Date.now() + 5000;
  while (!logLines().some((line) => line.includes(`lansplan-bench-end-${tag}`)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const lines = logLines();
  const begin = lines.findIndex((line) => line.includes(`lansplan-bench-begin-${tag}`));
  const end = lines.findIndex((line) => line.includes(`lansplan-bench-end-${tag}`));
  return { result, statements: lines.slice(begin + 1, end).filter((line) => /LOG:\s+(statement|execute [^:]*):/.test(line)) };
}
