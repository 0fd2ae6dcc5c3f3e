import type { PrismaClient } from "@/lib/db/generated/client";
import { seedDemoContent, type DemoResult } from "./demo-content";
import { seedGeography } from "./geography";
import { seedNationalStrategies } from "./national-strategies";
import { seedOrganisations } from "./organisations";
import { loadReferenceData } from "./reference-data";
import type { SyncCount } from "./sync";

export type SeedOptions = {
  /** Also create the example programmes and demo accounts (default true). */
  demo?: boolean;
  log?: (line: string) => void;
};

export type SeedSummary = {
  /** Rows created and updated per reference table; both 0 on a database that was already seeded. */
  reference: Record<string, SyncCount>;
  /** null when demo content was not requested. */
  demo: DemoResult | null;
  durationMs: number;
};

// Generous: the whole seed takes a few seconds, but a cold embedded Postgres on a busy CI
// machine can be slow, and a timeout here would leave nothing behind anyway (one transaction).
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 30_000 } as const;

/**
 * Loads the reference data (geography, organisations, national strategies) and, unless
 * `demo: false`, the example content. Idempotent: rows are matched on natural keys (county code,
 * municipality code, police region id, slugs, e-mail) and a second run changes nothing.
 * Reference data and demo content are one transaction each, so a failure leaves no half-seeded
 * county behind.
 */
export async function seedDatabase(db: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const reference = loadReferenceData();
  const counts: Record<string, SyncCount> = {};

  const seeded = await db.$transaction(async (tx) => {
    const geography = await seedGeography(tx, reference, counts);
    const organisations = await seedOrganisations(tx, geography, counts);
    const strategies = await seedNationalStrategies(tx, reference, counts);
    return { geography, organisations, strategies };
  }, TRANSACTION_OPTIONS);
  for (const [table, count] of Object.entries(counts)) {
    log(`  ${table}: ${count.created} nya, ${count.updated} uppdaterade`);
  }

  let demo: DemoResult | null = null;
  if (options.demo ?? true) {
    demo = await db.$transaction((tx) => seedDemoContent({ tx, ...seeded, log }), TRANSACTION_OPTIONS);
    if (demo.createdStories.length === 0 && demo.createdUsers === 0 && demo.createdMemberships === 0) {
      log("  Exempelinnehållet fanns redan: inget ändrat.");
    } else {
      log(`  Demokonton: ${demo.createdUsers} nya användare, ${demo.createdMemberships} nya medlemskap`);
    }
  }

  return { reference: counts, demo, durationMs: Math.round(performance.now() - started) };
}
