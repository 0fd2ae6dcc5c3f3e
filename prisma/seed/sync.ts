import type { Prisma } from "@/lib/db/generated/client";

/** The transaction client every seed step writes through. */
export type Tx = Prisma.TransactionClient;

type Comparable = string | number | boolean | Date | null | undefined | readonly (string | number)[];

/**
 * The fields of `desired` whose value differs from `existing`. The seed updates a row only with
 * these, and only when there are any: an unconditional upsert would bump updated_at on every run,
 * and a second run must change nothing.
 */
export function changedFields<T extends Record<string, Comparable>>(
  desired: T,
  existing: { readonly [K in keyof T]?: unknown },
): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(desired) as (keyof T)[]) {
    if (!sameValue(desired[key], existing[key])) changed[key] = desired[key];
  }
  return changed;
}

export function hasChanges(changed: object): boolean {
  return Object.keys(changed).length > 0;
}

function sameValue(a: Comparable, b: unknown): boolean {
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((value, index) => value === b[index]);
  return (a ?? null) === (b ?? null);
}

/** Calendar date at UTC midnight, the way Prisma reads and writes @db.Date columns. */
export function date(iso: string): Date {
  const parsed = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(parsed.getTime())) throw new Error(`Ogiltigt datum i seed-data: ${iso}`);
  return parsed;
}

/** Looks a value up in a map and fails loudly: a missing reference is a bug in the seed data. */
export function required<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed: ${what} saknas: ${String(key)}`);
  return value;
}

export type SyncCount = { created: number; updated: number };

/**
 * Upsert on a natural key without touching rows that already match: creates the missing rows in
 * one createMany and updates only the fields that differ. Returns what it did, for the summary.
 */
export async function syncByKey<D extends Record<string, Comparable>, E extends { readonly [K in keyof D]?: unknown }>(options: {
  desired: readonly D[];
  existing: readonly E[];
  keyOf: (row: D) => string;
  existingKeyOf: (row: E) => string;
  createMany: (rows: D[]) => Promise<unknown>;
  update: (existing: E, data: Partial<D>) => Promise<unknown>;
}): Promise<SyncCount> {
  const existingByKey = new Map(options.existing.map((row) => [options.existingKeyOf(row), row]));
  const toCreate = options.desired.filter((row) => !existingByKey.has(options.keyOf(row)));
  if (toCreate.length > 0) await options.createMany(toCreate);
  let updated = 0;
  for (const row of options.desired) {
    const current = existingByKey.get(options.keyOf(row));
    if (current === undefined) continue;
    const changed = changedFields(row, current);
    if (!hasChanges(changed)) continue;
    await options.update(current, changed);
    updated += 1;
  }
  return { created: toCreate.length, updated };
}
