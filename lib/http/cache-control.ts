/**
 * HTTP caching of the public site, in one place (next.config.ts applies the page rules, route
 * handlers set their own header with the same values).
 *
 * - A published version never changes: its URLs are cacheable for a year and immutable.
 * - The "current version" of a programme, the county, national, organisation and home pages change
 *   when something is published (and "in force" changes with the date): public, one minute.
 * - Search results are rendered per request and not stored (Next's default for dynamic pages).
 * - Signed-in pages are dynamic: Next sends `private, no-cache, no-store` for them.
 */
export const cacheControl = {
  immutable: "public, max-age=31536000, immutable",
  shortPublic: "public, max-age=60",
  noStore: "no-store",
} as const;

/** Public URL prefixes (Swedish without prefix, English under /en). */
export const publicSections = ["lan", "nationell-strategi", "organisation", "sok", "tillganglighet", "oppna-data", "uppfoljning"] as const;

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/**
 * next.config.ts `headers()` rules. The version rule is listed last so that it wins over the
 * shorter rule for the same path prefix (Next applies every matching rule in order).
 */
export function publicCacheHeaderRules(): HeaderRule[] {
  const shortLived = ["/", "/en", "/:en(en)?/lan/:county", "/:en(en)?/lan/:county/:programme", "/:en(en)?/nationell-strategi", "/:en(en)?/nationell-strategi/:slug", "/:en(en)?/organisation/:slug", "/:en(en)?/tillganglighet", "/:en(en)?/oppna-data", "/:en(en)?/uppfoljning", "/:en(en)?/uppfoljning/:county", "/:en(en)?/lan/:county/:programme/uppfoljning", "/:en(en)?/lan/:county/:programme/uppfoljning/:year"];
  const immutable = ["/:en(en)?/lan/:county/:programme/version/:number", "/:en(en)?/lan/:county/:programme/version/:number/andringar"];
  return [
    ...shortLived.map((source) => ({ source, headers: [{ key: "Cache-Control", value: cacheControl.shortPublic }] })),
    ...immutable.map((source) => ({ source, headers: [{ key: "Cache-Control", value: cacheControl.immutable }] })),
  ];
}

/**
 * Security- and correctness-critical: next.config headers are applied before Next knows the
 * status, and Next's own ISR header for a cached `notFound()` is `s-maxage=31536000`. An error
 * response (a version that is not published yet, a mistyped URL) must never be cached, or a
 * version published later would stay "not found" in browsers and proxies for a year. Installed
 * once per server process (instrumentation.ts); every response passes through writeHead.
 */
export type PatchableResponse = {
  writeHead: (...args: never[]) => unknown;
  getHeader(name: string): number | string | string[] | undefined;
  setHeader(name: string, value: string): unknown;
};

export function installErrorResponseCacheGuard(prototype: PatchableResponse): void {
  const marker = Symbol.for("lansplan.errorResponseCacheGuard");
  if (Reflect.get(prototype, marker) === true) return;
  Reflect.set(prototype, marker, true);
  const original = prototype.writeHead;
  prototype.writeHead = function guardedWriteHead(this: PatchableResponse, ...args: never[]): unknown {
    const [statusCode] = args;
    if (typeof statusCode === "number" && statusCode >= 400 && isStorable(this.getHeader("cache-control"))) {
      this.setHeader("Cache-Control", cacheControl.noStore);
    }
    return original.apply(this, args);
  };
}

function isStorable(header: number | string | string[] | undefined): boolean {
  if (header === undefined) return false;
  const value = String(header).toLowerCase();
  return !value.includes("no-store") && !value.includes("private");
}
