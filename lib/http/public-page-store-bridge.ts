/**
 * Empties the server's store of public pages (lib/http/public-page-store.mjs, set up by
 * scripts/serve.mjs) in this process. Called beside Next's own revalidation whenever public pages
 * change: after a publish and after a follow-up review. Without that server (`next dev`, tests
 * that import lib directly) there is nothing to empty.
 */
export function purgePublicPageStore(): void {
  const store: unknown = Reflect.get(globalThis, Symbol.for("lansplan.publicPageStore"));
  if (typeof store === "object" && store !== null && "purge" in store && typeof store.purge === "function") store.purge();
}
