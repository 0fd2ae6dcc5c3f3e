import { after } from "next/server";

/**
 * Empties the server's store of public pages (lib/http/public-page-store.mjs, set up by
 * scripts/serve.mjs) in this process. Called beside Next's own revalidation whenever public pages
 * change: after a publish and after a follow-up review. Without that server (`next dev`, tests
 * that import lib directly) there is nothing to empty.
 */
export function purgePublicPageStore(): void {
  purgeNow();
  // Correctness-critical: Next applies revalidatePath only once the server action has returned. A
  // reader served in between gets the old page from Next's cache, and the store would keep it; so
  // the store is emptied again once the response is out (a response that began before a purge is
  // never kept: see the store's generation).
  try {
    after(purgeNow);
  } catch {
    // Not inside a request (scripts, tests): there is no pending revalidation to wait for.
  }
}

function purgeNow(): void {
  const store: unknown = Reflect.get(globalThis, Symbol.for("lansplan.publicPageStore"));
  if (typeof store === "object" && store !== null && "purge" in store && typeof store.purge === "function") store.purge();
}
