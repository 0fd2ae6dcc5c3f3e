import "server-only";
import { getDb } from "@/lib/db/client";
import { PUBLIC_PAGES_CHANNEL, encodeChange, type PagePath } from "@/lib/http/cluster-events.mjs";

/**
 * Tells every other instance on the database that these public paths changed (call after the
 * commit, beside this process's own revalidatePath and purge): `pg_notify` outside a transaction
 * is delivered at once. Each instance's listener (lib/http/cluster-events.mjs, started by
 * scripts/serve.mjs) empties its page store and revalidates the paths; this process ignores its
 * own notification. A failure is logged and never undoes the change: the other instances then
 * renew their pages at the pages' own max-age.
 */
export async function announcePublicPageChange(paths: PagePath[]): Promise<void> {
  try {
    await getDb().$executeRaw`SELECT pg_notify(${PUBLIC_PAGES_CHANNEL}, ${encodeChange(paths)})`;
  } catch (error) {
    console.error("[kluster] andra instanser kunde inte meddelas om ändrade publika sidor", error);
  }
}
