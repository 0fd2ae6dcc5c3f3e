import "server-only";
import pg from "pg";
import { getServerEnv } from "@/lib/env";

/*
 * Scheduled background work runs on one instance at a time: each run takes a session-level
 * advisory lock with pg_try_advisory_lock on a connection of its own, and an instance that does
 * not get it skips that run (another instance is doing the same work right now). The lock goes with
 * the connection, so an instance that dies never leaves it held. The work itself stays safe without
 * the lock (mail is claimed with FOR UPDATE SKIP LOCKED, reminders by compare-and-set); the lock
 * keeps N instances from doing N times the queries each minute.
 *
 * Why not pg-boss: it would add a schema of its own, its own migrations and a polling worker per
 * instance for three jobs that are already idempotent and need only "one at a time".
 */

/** Two-integer advisory lock keys: 0x4c50 ("LP") and one number per kind of work. */
const LOCK_CLASS = 0x4c50;
export const leaderLocks = { sweep: 1, followUpBackfill: 2 } as const;
export type LeaderLock = keyof typeof leaderLocks;

export type LeaderRun<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `work` if this instance gets the lock `name`, else returns `{ ran: false }` at once.
 * `databaseUrl` defaults to DATABASE_URL (tests pass the same URL to act as two instances).
 */
export async function runAsLeader<T>(name: LeaderLock, work: () => Promise<T>, databaseUrl: string = getServerEnv().DATABASE_URL): Promise<LeaderRun<T>> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ leader: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS leader", [LOCK_CLASS, leaderLocks[name]]);
    if (rows[0]?.leader !== true) return { ran: false };
    try {
      return { ran: true, value: await work() };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1, $2)", [LOCK_CLASS, leaderLocks[name]]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
