import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { getDb } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/errors/sql-state";

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: "DATABASE_UNAVAILABLE" | "MIGRATIONS_PENDING" | "MIGRATIONS_UNKNOWN"; pending?: readonly string[] };

/** The migration folders this build ships (prisma/migrations/<timestamp>_<name>), sorted. */
async function shippedMigrations(): Promise<string[] | null> {
  try {
    const entries = await readdir(path.resolve("prisma", "migrations"), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    // A deployment without the migrations folder cannot say whether it is current.
    return null;
  }
}

/**
 * For a load balancer's readiness check: the database answers within its timeout and every
 * migration this build ships has been applied (finished, not rolled back). Never throws.
 */
export async function checkReadiness(timeoutMs = 2_000): Promise<Readiness> {
  const shipped = await shippedMigrations();
  let applied: { migration_name: string }[];
  try {
    // Raw SQL: Prisma's bookkeeping table is not part of the schema.
    const query = getDb().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), timeoutMs).unref());
    const result = await Promise.race([query, timeout]);
    if (result === "timeout") return { ready: false, reason: "DATABASE_UNAVAILABLE" };
    applied = result;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ready: false, reason: "DATABASE_UNAVAILABLE" };
    console.error("[ready] readiness query failed", error);
    return { ready: false, reason: "DATABASE_UNAVAILABLE" };
  }
  if (shipped === null) return { ready: false, reason: "MIGRATIONS_UNKNOWN" };
  const done = new Set(applied.map((row) => row.migration_name));
  const pending = shipped.filter((name) => !done.has(name));
  return pending.length === 0 ? { ready: true, migrations: shipped.length } : { ready: false, reason: "MIGRATIONS_PENDING", pending };
}
