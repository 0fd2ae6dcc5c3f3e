// @ts-check
import { gzipSync } from "node:zlib";

/**
 * The public site's pages as the server sends them, kept in memory in front of Next.js.
 *
 * Next.js serves a cached page through its whole router (rewrites, header rules, route matching,
 * web streams): ~1.6 ms of CPU per request for a 200-action programme, which at 50 concurrent
 * readers put p99 latency over a second on this machine's two cores (npm run bench:public). A
 * public page is the same for every reader, so once Next has served a page from its own cache
 * (`x-nextjs-cache: HIT`) the server (scripts/serve.mjs) keeps the exact response, status and
 * headers, plus a gzip copy, and answers the next requests for that address itself.
 *
 * What may be kept (security- and correctness-critical: a kept response is served to everyone):
 * - only GET requests for a public address without a query string (not /sok, /api, /arbetsyta …),
 *   and not Next's router or revalidation requests (their headers change the response);
 * - only a 200 response that Next served from its page cache, says `Cache-Control: public`, sets
 *   no cookie and carries the public site's script-free Content-Security-Policy;
 * - only the site's own spelling of an address (lower case, no percent-encoding).
 * How long: the response's own max-age (≤ 60 s for pages that change with a publish, a year for a
 * published version), and never past a publish or an approved follow-up report: those call
 * `purge()` (lib/http/public-page-store-bridge.ts) in the same process; a response that began before a
 * purge is not kept. Each process keeps its own
 * copy (as Next's own page cache does). Bounded in bytes, least recently used out first.
 */

const sections = ["lan", "nationell-strategi", "organisation", "tillganglighet", "oppna-data", "uppfoljning"];
/** The public addresses that are pages (lib/http/cache-control.ts publicSections without the search). */
export const publicPagePath = new RegExp(`^/(?:en)?$|^/(?:en/)?(?:${sections.join("|")})(?:/[^?#]*)?$`);

/** Request headers with which Next answers something else than the page (RSC payloads, forced renders). */
const bypassHeaders = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "x-prerender-revalidate", "range"];

/** Hop-by-hop or per-response headers: never replayed. */
const perResponseHeaders = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding"]);

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * @typedef {{ status: number; headers: [string, string][]; body: Buffer; gzip: Buffer; expiresAt: number; bytes: number }} StoredPage
 * @typedef {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} RequestLike
 */

/** Lower-case letters, digits, hyphens and slashes: the site's own addresses, never another spelling of one. */
const canonicalPath = /^\/[a-z0-9/-]*$/;

/** @param {RequestLike} request */
export function isStorableRequest(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (typeof request.url !== "string" || !canonicalPath.test(request.url) || !publicPagePath.test(request.url)) return false;
  return bypassHeaders.every((name) => request.headers[name] === undefined);
}

/** @param {string | undefined} cacheControl */
function maxAgeSeconds(cacheControl) {
  if (cacheControl === undefined || !/(?:^|,)\s*public\s*(?:,|$)/.test(cacheControl)) return null;
  if (/no-store|no-cache|private/.test(cacheControl)) return null;
  const match = /max-age=(\d+)/.exec(cacheControl);
  return match === null ? null : Number(match[1]);
}

/** @param {string | string[] | undefined} value */
function acceptsGzip(value) {
  const header = Array.isArray(value) ? value.join(",") : (value ?? "");
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().split(";");
    if (coding?.trim().toLowerCase() !== "gzip") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export class PublicPageStore {
  /** @type {Map<string, StoredPage>} */
  #pages = new Map();
  #bytes = 0;
  #maxBytes;
  #now;
  #generation = 0;

  /** @param {{ maxBytes?: number; now?: () => number }} [options] */
  constructor(options = {}) {
    this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.#now = options.now ?? Date.now;
  }

  get size() {
    return this.#pages.size;
  }

  /** Counts the purges: a response that began under an earlier generation is never kept. */
  get generation() {
    return this.#generation;
  }

  /** Everything goes: a publish or an approval may change any public page. */
  purge() {
    this.#pages.clear();
    this.#bytes = 0;
    this.#generation += 1;
  }

  /** @param {string} url */
  #delete(url) {
    const page = this.#pages.get(url);
    if (page === undefined) return;
    this.#pages.delete(url);
    this.#bytes -= page.bytes;
  }

  /**
   * The kept response for this request, or null (then Next answers, and `keep` may store it).
   * @param {RequestLike} request
   * @returns {{ status: number; headers: [string, string][]; body: Buffer | null } | null}
   */
  lookup(request) {
    if (!isStorableRequest(request) || request.url === undefined) return null;
    const page = this.#pages.get(request.url);
    if (page === undefined) return null;
    if (page.expiresAt <= this.#now()) {
      this.#delete(request.url);
      return null;
    }
    // Most recently used last.
    this.#pages.delete(request.url);
    this.#pages.set(request.url, page);
    const gzip = acceptsGzip(request.headers["accept-encoding"]);
    const body = gzip ? page.gzip : page.body;
    /** @type {[string, string][]} */
    const headers = [...page.headers, ["content-length", String(body.length)]];
    if (gzip) headers.push(["content-encoding", "gzip"]);
    return { status: page.status, headers, body: request.method === "HEAD" ? null : body };
  }

  /**
   * Keeps Next's response to `request` when the rules above allow it.
   * @param {RequestLike} request
   * @param {{ status: number; headers: Record<string, number | string | string[] | undefined>; body: Buffer }} response
   * @param {number} generation the store's generation when the request began
   * @returns {boolean} whether it was kept
   */
  keep(request, response, generation) {
    if (generation !== this.#generation) return false;
    if (request.method !== "GET" || !isStorableRequest(request) || request.url === undefined) return false;
    const fresh = this.#pages.get(request.url);
    // Already kept (many readers were answered by Next at once): no second compression.
    if (fresh !== undefined && fresh.expiresAt > this.#now()) return false;
    const { headers } = response;
    if (response.status !== 200 || headers["set-cookie"] !== undefined || headers["x-nextjs-cache"] !== "HIT") return false;
    // Only the public site's own policy (no scripts): never a page with a per-request nonce.
    const policy = headers["content-security-policy"];
    if (typeof policy !== "string" || !policy.includes("script-src 'none'") || policy.includes("nonce-")) return false;
    // Bytes as they would go out: anything Next encoded itself is not what this store replays.
    if (headers["content-encoding"] !== undefined && headers["content-encoding"] !== "identity") return false;
    const cacheControl = headers["cache-control"];
    const maxAge = maxAgeSeconds(typeof cacheControl === "string" ? cacheControl : undefined);
    if (maxAge === null || maxAge === 0) return false;
    /** @type {[string, string][]} */
    const kept = [];
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || perResponseHeaders.has(name)) continue;
      for (const one of Array.isArray(value) ? value : [String(value)]) kept.push([name, one]);
    }
    const gzip = gzipSync(response.body);
    const bytes = response.body.length + gzip.length;
    if (bytes > this.#maxBytes) return false;
    this.#delete(request.url);
    this.#pages.set(request.url, { status: 200, headers: kept, body: response.body, gzip, expiresAt: this.#now() + maxAge * 1000, bytes });
    this.#bytes += bytes;
    for (const [url] of this.#pages) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#delete(url);
    }
    return true;
  }
}
