// The migration runner (scripts/db/migrate.ts) on fresh databases of the test server: it applies
// each migration once, writes the bookkeeping Prisma Migrate writes, and refuses a history it
// cannot trust.
import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, test } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, MigrationError, readMigrations } from "../../scripts/db/migrate.ts";
import { superuserDatabaseUrl } from "./db.ts";

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function urlFor(database: string): string {
  // As the superuser: these tests create and drop whole databases.
  const url = new URL(superuserDatabaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test server, dropped after the test. */
async function createEmptyDatabase(): Promise<string> {
  const name = `migrations_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await withClient(urlFor("postgres"), (client) => client.query(`CREATE DATABASE "${name}"`));
  cleanups.push(() =>
    withClient(urlFor("postgres"), (client) => client.query(`DROP DATABASE "${name}" WITH (FORCE)`)).then(() => {}),
  );
  return urlFor(name);
}

/** A migrations directory of its own, with the given migration scripts, removed after the test. */
async function createMigrationsDir(scripts: Record<string, string>): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), "lansplan-migrations-"));
  cleanups.push(() => rm(directory, { recursive: true, force: true }));
  for (const [name, script] of Object.entries(scripts)) await writeMigration(directory, name, script);
  return directory;
}

async function writeMigration(directory: string, name: string, script: string): Promise<void> {
  await mkdir(path.join(directory, name), { recursive: true });
  await writeFile(path.join(directory, name, "migration.sql"), script);
}

async function tableExists(url: string, table: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const result = await client.query("SELECT to_regclass($1) IS NOT NULL AS present", [table]);
    return result.rows[0]?.present === true;
  });
}

async function recordedNames(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const result = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name",
    );
    return result.rows.map((row) => row.migration_name);
  });
}

/** The error applyMigrations rejected with, as { code, migration }. */
async function migrationRefusal(run: Promise<unknown>): Promise<{ code: string; migration?: string } | "applied"> {
  try {
    await run;
  } catch (error) {
    if (error instanceof MigrationError) return { code: error.code, migration: error.migration };
    throw error;
  }
  return "applied";
}

const first = "20260101000000_first";
const second = "20260102000000_second";
const third = "20260103000000_third";

describe("the project's migrations", () => {
  test("migrating an empty database applies every migration once; a second run applies nothing", async () => {
    const url = await createEmptyDatabase();
    const names = (await readMigrations()).map((migration) => migration.name);

    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(await applyMigrations(url)).toEqual({ applied: names });
    expect(await applyMigrations(url)).toEqual({ applied: [] });
    expect(await recordedNames(url)).toEqual(names);
  });

  test("_prisma_migrations has Prisma's columns, and each row the sha256 of its migration.sql", async () => {
    const url = await createEmptyDatabase();
    await applyMigrations(url);

    const { columns, rows } = await withClient(url, async (client) => ({
      columns: (
        await client.query<{ column_name: string; data_type: string; length: number | null; nullable: string; fallback: string | null }>(
          `SELECT column_name, data_type, character_maximum_length AS length, is_nullable AS nullable,
                  column_default AS fallback
           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
        )
      ).rows,
      rows: (
        await client.query<{
          id: string;
          checksum: string;
          migration_name: string;
          finished_at: Date | null;
          started_at: Date;
          logs: string | null;
          rolled_back_at: Date | null;
          applied_steps_count: number;
        }>("SELECT * FROM _prisma_migrations ORDER BY migration_name")
      ).rows,
    }));

    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", length: 36, nullable: "NO", fallback: null },
      { column_name: "checksum", data_type: "character varying", length: 64, nullable: "NO", fallback: null },
      { column_name: "finished_at", data_type: "timestamp with time zone", length: null, nullable: "YES", fallback: null },
      { column_name: "migration_name", data_type: "character varying", length: 255, nullable: "NO", fallback: null },
      { column_name: "logs", data_type: "text", length: null, nullable: "YES", fallback: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, nullable: "YES", fallback: null },
      { column_name: "started_at", data_type: "timestamp with time zone", length: null, nullable: "NO", fallback: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, nullable: "NO", fallback: "0" },
    ]);

    const expected = await Promise.all(
      (await readMigrations()).map(async (migration) => ({
        name: migration.name,
        // Computed here from the file on disk, independently of the runner.
        checksum: createHash("sha256")
          .update(await readFile(path.join(MIGRATIONS_DIR, migration.name, "migration.sql")))
          .digest("hex"),
      })),
    );
    expect(rows.map((row) => ({ name: row.migration_name, checksum: row.checksum }))).toEqual(expected);
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row).toEqual(
        expect.objectContaining({ logs: null, rolled_back_at: null, applied_steps_count: 1, finished_at: expect.any(Date) }),
      );
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });
});

describe("a history the runner refuses", () => {
  test("an applied migration whose file changed is refused, and nothing after it is applied", async () => {
    const url = await createEmptyDatabase();
    const directory = await createMigrationsDir({ [first]: "CREATE TABLE first_table (id int);\n" });
    await applyMigrations(url, { migrationsDir: directory });

    await writeMigration(directory, first, "CREATE TABLE first_table (id bigint);\n");
    await writeMigration(directory, second, "CREATE TABLE second_table (id int);\n");

    expect(await migrationRefusal(applyMigrations(url, { migrationsDir: directory }))).toEqual({
      code: "CHANGED",
      migration: first,
    });
    expect(await tableExists(url, "second_table")).toBe(false);
    expect(await recordedNames(url)).toEqual([first]);
  });

  test("only line endings converted by git (LF to CRLF) do not count as a change, as in Prisma", async () => {
    const url = await createEmptyDatabase();
    const directory = await createMigrationsDir({ [first]: "CREATE TABLE first_table (\n  id int\n);\n" });
    await applyMigrations(url, { migrationsDir: directory });

    await writeMigration(directory, first, "CREATE TABLE first_table (\r\n  id int\r\n);\r\n");

    expect(await applyMigrations(url, { migrationsDir: directory })).toEqual({ applied: [] });
  });

  test("an applied migration missing from the directory is refused", async () => {
    const url = await createEmptyDatabase();
    const directory = await createMigrationsDir({
      [first]: "CREATE TABLE first_table (id int);\n",
      [second]: "CREATE TABLE second_table (id int);\n",
    });
    await applyMigrations(url, { migrationsDir: directory });

    await rm(path.join(directory, first), { recursive: true });
    await writeMigration(directory, third, "CREATE TABLE third_table (id int);\n");

    expect(await migrationRefusal(applyMigrations(url, { migrationsDir: directory }))).toEqual({
      code: "MISSING",
      migration: first,
    });
    expect(await tableExists(url, "third_table")).toBe(false);
  });

  test("a failed migration recorded in _prisma_migrations blocks every further run", async () => {
    const url = await createEmptyDatabase();
    const directory = await createMigrationsDir({ [first]: "CREATE TABLE first_table (id int);\n" });
    await applyMigrations(url, { migrationsDir: directory });
    // What Prisma's engine leaves behind when a migration fails half way.
    await withClient(url, (client) =>
      client.query(
        "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)",
        [randomUUID(), "0".repeat(64), second],
      ),
    );
    await writeMigration(directory, second, "CREATE TABLE second_table (id int);\n");

    expect(await migrationRefusal(applyMigrations(url, { migrationsDir: directory }))).toEqual({
      code: "FAILED",
      migration: second,
    });
    expect(await tableExists(url, "second_table")).toBe(false);
  });

  test("a migration that fails is rolled back together with its bookkeeping row", async () => {
    const url = await createEmptyDatabase();
    const directory = await createMigrationsDir({
      [first]: "CREATE TABLE first_table (id int);\n",
      [second]: "CREATE TABLE second_table (id int);\nINSERT INTO no_such_table VALUES (1);\n",
    });

    const refusal = applyMigrations(url, { migrationsDir: directory });
    await expect(refusal).rejects.toThrow(/20260102000000_second misslyckades och rullades tillbaka \(rad 2\)/);
    expect(await tableExists(url, "first_table")).toBe(true);
    expect(await tableExists(url, "second_table")).toBe(false);
    expect(await recordedNames(url)).toEqual([first]);

    // Fixed before it was ever applied: the next run applies it.
    await writeMigration(directory, second, "CREATE TABLE second_table (id int);\n");
    expect(await applyMigrations(url, { migrationsDir: directory })).toEqual({ applied: [second] });
  });
});

test("two runners started together apply each migration exactly once (Prisma's advisory lock)", async () => {
  const url = await createEmptyDatabase();
  const names = (await readMigrations()).map((migration) => migration.name);

  const [one, other] = await Promise.all([applyMigrations(url), applyMigrations(url)]);

  expect([...one.applied, ...other.applied].sort()).toEqual(names);
  expect(await recordedNames(url)).toEqual(names);
});
