import "server-only";
import { createHash } from "node:crypto";
import { incrementRateLimitBuckets } from "@/lib/auth/mutations";

/**
 * Sign-in rate limits: fixed windows counted in the database (RateLimitBucket), so they hold
 * across restarts and several app processes. Both the account bucket and the address bucket
 * count every attempt; either one over its limit refuses the attempt.
 */
export const signInRateLimits = {
  // E-mail links: few per account (each one is a mail), more per address (offices share one).
  email: { windowSeconds: 15 * 60, perAccount: 5, perAddress: 20 },
  // Demo sign-in sends no mail and exists only in demo mode; the limit guards the database.
  demo: { windowSeconds: 15 * 60, perAccount: 50, perAddress: 300 },
} as const;

export type SignInMethod = keyof typeof signInRateLimits;

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 32);
}

function windowOf(now: Date, windowSeconds: number): { start: Date; retryAfterSeconds: number } {
  const windowMs = windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  return { start, retryAfterSeconds: Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000)) };
}

/** Invitations: each one is an e-mail to someone who never asked for it. Per inviting person. */
export const invitationRateLimit = { windowSeconds: 60 * 60, perInviter: 30 } as const;

/** Counts one invitation by `inviterId` at `now` and says whether it may be sent. */
export async function consumeInvitationAttempt(input: { inviterId: string; now: Date }): Promise<RateLimitDecision> {
  const { start, retryAfterSeconds } = windowOf(input.now, invitationRateLimit.windowSeconds);
  const key = `invite:inviter:${digest(input.inviterId)}`;
  const counts = await incrementRateLimitBuckets([key], start);
  return (counts.get(key) ?? 0) > invitationRateLimit.perInviter ? { allowed: false, retryAfterSeconds } : { allowed: true };
}

/** Counts one sign-in attempt for `email` from `address` at `now` and says whether it may proceed. */
export async function consumeSignInAttempt(input: {
  method: SignInMethod;
  email: string;
  address: string;
  now: Date;
}): Promise<RateLimitDecision> {
  const limits = signInRateLimits[input.method];
  const { start: windowStart, retryAfterSeconds } = windowOf(input.now, limits.windowSeconds);
  // Hashed: the table holds counters, not a list of who tried to sign in from where.
  const accountKey = `signin:${input.method}:account:${digest(input.email.trim().toLowerCase())}`;
  const addressKey = `signin:${input.method}:address:${digest(input.address)}`;
  const counts = await incrementRateLimitBuckets([accountKey, addressKey], windowStart);
  const overAccount = (counts.get(accountKey) ?? 0) > limits.perAccount;
  const overAddress = (counts.get(addressKey) ?? 0) > limits.perAddress;
  if (!overAccount && !overAddress) return { allowed: true };
  return { allowed: false, retryAfterSeconds };
}
