/**
 * Start-up checks for the Node.js server (loaded by instrumentation.ts): a wrong setting or an
 * unreachable database stops the app with one Swedish sentence naming the variable, instead of
 * failing on the first request. No stack trace.
 */
import { ServerResponse } from "node:http";
import pg from "pg";
import { installErrorResponseCacheGuard } from "@/lib/http/cache-control";
import { installErrorPageScriptHashes } from "@/lib/http/error-page-csp";
import { getServerEnv } from "@/lib/env";

const databaseTimeoutMs = 5000;

function describeTarget(databaseUrl: string): { where: string; database: string } {
  try {
    const url = new URL(databaseUrl);
    return { where: `${url.hostname}:${url.port || "5432"}`, database: decodeURIComponent(url.pathname.slice(1)) };
  } catch {
    return { where: "okänd adress", database: "" };
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** One sentence for each way the database check can fail. */
function describeDatabaseFailure(error: unknown, databaseUrl: string): string {
  const { where, database } = describeTarget(databaseUrl);
  switch (errorCode(error)) {
    case "28P01":
    case "28000":
      return `DATABASE_URL: databasen på ${where} nekade inloggningen – kontrollera användarnamn och lösenord i adressen.`;
    case "3D000":
      return `DATABASE_URL: databasen "${database}" finns inte på ${where} – kontrollera databasnamnet i adressen.`;
    case "MISSING_TABLES":
      return `DATABASE_URL: databasen på ${where} saknar Länsplans tabeller – kör migreringarna först (npm start gör det automatiskt).`;
    case "MISSING_RIGHTS":
      return `DATABASE_URL: rollen i adressen får inte läsa och skriva Länsplans tabeller på ${where} – kör npm run db:migrate med MIGRATION_DATABASE_URL satt till ägarrollen, så får appens roll sina rättigheter.`;
    default:
      return `DATABASE_URL: kan inte ansluta till databasen på ${where} – kontrollera adressen och att servern är igång.`;
  }
}

async function checkDatabase(databaseUrl: string): Promise<void> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: databaseTimeoutMs,
    query_timeout: databaseTimeoutMs,
  });
  // A failed connection also emits "error" on the client; without a listener Node would crash on it.
  client.on("error", () => undefined);
  try {
    await client.connect();
    const result = await client.query<{ ready: boolean; granted: boolean | null }>(
      `SELECT t.oid IS NOT NULL AS ready,
              has_table_privilege(t.oid, 'SELECT') AND has_table_privilege(t.oid, 'INSERT')
                AND has_table_privilege(t.oid, 'UPDATE') AND has_table_privilege(t.oid, 'DELETE') AS granted
       FROM (SELECT to_regclass('public.app_user') AS oid) AS t`,
    );
    if (result.rows[0]?.ready !== true) throw Object.assign(new Error("missing tables"), { code: "MISSING_TABLES" });
    // The app's role (owning nothing) gets its rights from the owner's grants (scripts/db/roles.ts).
    if (result.rows[0]?.granted !== true) throw Object.assign(new Error("missing rights"), { code: "MISSING_RIGHTS" });
  } finally {
    await client.end().catch(() => undefined);
  }
}

function stop(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

/** An error response is never cacheable (see lib/http/cache-control.ts). */
export function installResponseGuards(): void {
  installErrorResponseCacheGuard(ServerResponse.prototype);
  installErrorPageScriptHashes(ServerResponse.prototype);
}

export async function checkServerStartup(): Promise<void> {
  let databaseUrl: string;
  try {
    databaseUrl = getServerEnv().DATABASE_URL;
  } catch (error) {
    stop(error instanceof Error ? error.message : String(error));
  }
  try {
    await checkDatabase(databaseUrl);
  } catch (error) {
    stop(describeDatabaseFailure(error, databaseUrl));
  }
}

/**
 * An upgraded database gets the follow-up roll-up's state rows it lacks (see
 * backfillActionStates); a failure is logged and the server starts anyway (the roll-up then
 * leaves out the programmes concerned until the next start or their next approval). With several
 * instances starting at once only the one that holds the lock fills in (lib/db/leader.ts).
 */
export async function backfillFollowUpStates(): Promise<void> {
  try {
    const [{ backfillActionStates }, { runAsLeader }] = await Promise.all([import("@/lib/follow-up/mutations"), import("@/lib/db/leader")]);
    const run = await runAsLeader("followUpBackfill", backfillActionStates);
    const programmes = run.ran ? run.value : 0;
    if (programmes > 0) console.info(`[start] uppföljningens sammanställning fylld i för ${programmes} program`);
  } catch (error) {
    console.error("[start] uppföljningens sammanställning kunde inte fyllas i", error);
  }
}

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Every minute: queue the consultation "deadline in 3 days" and follow-up "closes in a week"
 * reminders, then send queued mail that is due (retries included). Mail is also sent right after each change; this catches retries and restarts.
 * With several instances each minute's run happens on one of them: the one that gets the sweep's
 * advisory lock (lib/db/leader.ts); the others skip that minute.
 */
export function startBackgroundSweep(): void {
  const sweep = async () => {
    const [{ deliverQueuedMail }, { queueDeadlineReminders }, { queueClosingReminders }, { runAsLeader }] = await Promise.all([
      import("@/lib/mail/mutations"),
      import("@/lib/consultations/mutations"),
      import("@/lib/follow-up/mutations"),
      import("@/lib/db/leader"),
    ]);
    await runAsLeader("sweep", async () => {
      await queueDeadlineReminders();
      await queueClosingReminders(new Date());
      await deliverQueuedMail();
    });
  };
  const run = () => {
    sweep().catch((error: unknown) => console.error("[sweep] e-post och påminnelser misslyckades", error));
  };
  setInterval(run, SWEEP_INTERVAL_MS).unref();
  run();
}
