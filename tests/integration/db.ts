// The test database: a PrismaClient on the URL global-setup.ts provides, and the table reset the
// setup file runs before each test.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { inject } from "vitest";
import { PrismaClient, type VersionStatus } from "@/lib/db/generated/client";
import { sqlStateOf } from "@/lib/errors/sql-state";

/** The test database as the app's role: lib's client and testDb (the factories) use it. */
export const testDatabaseUrl: string = inject("databaseUrl");
/** The same database as the owner of the schema (migrations run as it). */
export const ownerDatabaseUrl: string = inject("ownerDatabaseUrl");
/** The same database as the cluster's superuser: only the reset below and tests of superuser sessions. */
export const superuserDatabaseUrl: string = inject("superuserDatabaseUrl");

/**
 * pg-pool discards a connection after any failed query (Pool.query releases it with the error),
 * so every refusal a test provokes would pay for a new backend (~7 ms). A failed statement leaves
 * the connection usable, so the test client's pool releases it normally. Only the test client
 * does this; lib's own client (lib/db/client.ts) keeps pg's default.
 */
function createTestPool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: testDatabaseUrl });
  const query = async (config: pg.QueryConfig): Promise<pg.QueryResult> => {
    const client = await pool.connect();
    try {
      return await client.query(config);
    } finally {
      client.release();
    }
  };
  return Object.assign(pool, { query });
}

// errorFormat "minimal": the default format renders each error with the calling source line,
// which costs time on every refusal the tests provoke and adds nothing to an assertion.
export const testDb = new PrismaClient({
  adapter: new PrismaPg(createTestPool(), { disposeExternalPool: true }),
  errorFormat: "minimal",
});

// The reset runs over its own pg connection: one round trip for the whole script (Prisma's raw
// queries take one statement each). It is the one deliberate bypass of the database's guards:
// the app role may not TRUNCATE or DELETE guarded rows, and TRUNCATE is refused for everyone by
// trigger, so the reset connects as the superuser and switches triggers off for its transaction.
const resetPool = new pg.Pool({ connectionString: superuserDatabaseUrl, max: 1 });
let resetScript: string | undefined;

/**
 * Empties every application table (not _prisma_migrations) before each test.
 *
 * DELETE under session_replication_role = replica rather than TRUNCATE: TRUNCATE is refused by
 * trigger on the content, endorsement and audit tables (LP006), and it replaces each table's files
 * (~200 ms for the whole schema) where DELETE of a few rows costs ~5 ms. Replica mode (superuser
 * only: test setup, never the app) skips triggers and foreign key checks, so frozen versions,
 * ratified endorsements and insert-only audit rows go too, in any table order. Identity sequences
 * keep counting: tests must not depend on generated ids.
 */
export async function truncateAllTables(): Promise<void> {
  if (resetScript === undefined) {
    const { rows } = await resetPool.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables
       WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
       ORDER BY tablename`,
    );
    const deletes = rows.map((row) => `DELETE FROM "${row.tablename.replaceAll('"', '""')}";`);
    resetScript = ["BEGIN;", "SET LOCAL session_replication_role = replica;", ...deletes, "COMMIT;"].join("\n");
  }
  await resetPool.query(resetScript);
}

/**
 * Runs a script as the owner of the schema: for tests that add and remove a test-only trigger or
 * function (the app's role, which testDb uses, may not create or drop anything).
 */
export async function runAsOwner(script: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerDatabaseUrl });
  await client.connect();
  try {
    await client.query(script);
  } finally {
    await client.end();
  }
}

/**
 * Runs one statement past the database's triggers, as a seed of published content or a forced
 * state would have been written: only for tests that arrange such data or prove a read filters on
 * the status whatever the row says. The same deliberate superuser bypass as the reset above.
 */
export async function writePastTriggers(statement: string, params: unknown[] = []): Promise<void> {
  const client = await resetPool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(statement, params);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** Puts a version into a status the life cycle can no longer reach from where it is (e.g. PUBLISHED → WITHDRAWN). */
export async function forceVersionStatus(versionId: string, status: VersionStatus): Promise<void> {
  await writePastTriggers(`UPDATE programme_version SET status = $2::"VersionStatus" WHERE id = $1::uuid`, [versionId, status]);
}

/** Closes the test database connections (setup.ts, after each file). */
export async function disconnectTestDb(): Promise<void> {
  await Promise.all([testDb.$disconnect(), resetPool.end()]);
}

/**
 * Awaits an operation that the database should refuse and returns the SQLSTATE it refused with,
 * "resolved" when it was not refused, so `expect(await refusalOf(p)).toBe("LP001")` reads well.
 */
export async function refusalOf(operation: Promise<unknown>): Promise<string> {
  try {
    await operation;
  } catch (error) {
    return sqlStateOf(error) ?? `no SQLSTATE (${error instanceof Error ? error.message : String(error)})`;
  }
  return "resolved";
}
