import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

export type StoredVerificationToken = { identifier: string; token: string; expires: Date };

const tokenSelect = { identifier: true, token: true, expires: true } satisfies Prisma.VerificationTokenSelect;

/** Stores a sign-in token (next-auth hands it over already hashed with the secret). */
export async function createVerificationToken(token: StoredVerificationToken): Promise<StoredVerificationToken> {
  return getDb().verificationToken.create({
    data: { identifier: token.identifier.toLowerCase(), token: token.token, expires: token.expires },
    select: tokenSelect,
  });
}

/**
 * Consumes a sign-in token: one DELETE that returns the row, so a link works exactly once even when
 * it is opened twice at the same moment. Null when unknown or already used.
 */
export async function consumeVerificationToken(identifier: string, token: string): Promise<StoredVerificationToken | null> {
  try {
    return await getDb().verificationToken.delete({
      where: { identifier_token: { identifier: identifier.toLowerCase(), token } },
      select: tokenSelect,
    });
  } catch (error) {
    // P2025: no such row. That is the normal answer for a used or forged link, not a failure.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return null;
    throw error;
  }
}

/**
 * Counts one attempt in each fixed-window bucket and returns every bucket's count after it.
 * Raw SQL because the increment must be atomic under concurrency: one INSERT … ON CONFLICT DO
 * UPDATE … RETURNING per call, no read-then-write race, one round trip for all keys.
 */
export async function incrementRateLimitBuckets(keys: readonly string[], windowStart: Date): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await getDb().$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO rate_limit_bucket (key, window_start, count)
    SELECT k, ${windowStart}::timestamptz, 1 FROM unnest(${[...new Set(keys)]}::text[]) AS k
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1
    RETURNING key, count`;
  return new Map(rows.map((row) => [row.key, Number(row.count)]));
}
