import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { publicSections } from "@/lib/http/cache-control";
import { withoutScripts } from "@/lib/http/page-cache-handler.mjs";
import { PublicPageStore, isStorableRequest, publicPagePath } from "@/lib/http/public-page-store.mjs";
import { staticContentSecurityPolicy } from "@/lib/http/security-headers";
import { config as proxyConfig } from "@/proxy";

const page = "<!DOCTYPE html><html lang=\"sv\"><body><h1>Åtgärdsprogram för Södermanland</h1></body></html>";

function nextResponse(overrides: Record<string, number | string | string[] | undefined> = {}, status = 200) {
  return {
    status,
    body: Buffer.from(page, "utf8"),
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "public, max-age=60",
      "content-security-policy": staticContentSecurityPolicy,
      "x-nextjs-cache": "HIT",
      "transfer-encoding": "chunked",
      connection: "keep-alive",
      ...overrides,
    },
  };
}

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("which requests the public page store answers", () => {
  it("every public section except the search is a storable page address, in both languages", () => {
    for (const section of publicSections.filter((s) => s !== "sok")) {
      expect(publicPagePath.test(`/${section}`), section).toBe(true);
      expect(publicPagePath.test(`/en/${section}/x/y`), section).toBe(true);
    }
    for (const url of ["/", "/en"]) expect(publicPagePath.test(url), url).toBe(true);
    for (const url of ["/sok", "/sok?q=alkohol", "/lan/sodermanland?x=1", "/arbetsyta", "/api/open-data/versions.json", "/logga-in", "/enlan", "/lanx", "/_next/static/a.css"]) {
      expect(publicPagePath.test(url), url).toBe(false);
    }
  });

  it("not for other methods, nor Next's router, server action or forced-render requests", () => {
    expect(isStorableRequest(get("/lan/sodermanland"))).toBe(true);
    expect(isStorableRequest({ method: "HEAD", url: "/lan/sodermanland", headers: {} })).toBe(true);
    expect(isStorableRequest({ method: "POST", url: "/lan/sodermanland", headers: {} })).toBe(false);
    for (const header of ["rsc", "next-router-prefetch", "next-action", "x-prerender-revalidate", "range"]) {
      expect(isStorableRequest(get("/lan/sodermanland", { [header]: "1" })), header).toBe(false);
    }
  });
});

describe("what the store keeps and replays", () => {
  it("replays Next's response byte for byte with its headers, without per-response headers, and gzipped when accepted", () => {
    const store = new PublicPageStore();
    expect(store.lookup(get("/lan/sodermanland"))).toBeNull();
    expect(store.keep(get("/lan/sodermanland"), nextResponse(), store.generation)).toBe(true);
    const plain = store.lookup(get("/lan/sodermanland"));
    expect(plain?.status).toBe(200);
    expect(plain?.body?.toString("utf8")).toBe(page);
    const headers = new Map(plain?.headers);
    expect(headers.get("content-security-policy")).toBe(staticContentSecurityPolicy);
    expect(headers.get("cache-control")).toBe("public, max-age=60");
    expect(headers.get("content-length")).toBe(String(Buffer.byteLength(page)));
    expect(headers.has("transfer-encoding")).toBe(false);
    expect(headers.has("connection")).toBe(false);
    expect(headers.has("content-encoding")).toBe(false);

    const zipped = store.lookup(get("/lan/sodermanland", { "accept-encoding": "br, gzip;q=0.8" }));
    expect(new Map(zipped?.headers).get("content-encoding")).toBe("gzip");
    expect(gunzipSync(zipped?.body ?? Buffer.alloc(0)).toString("utf8")).toBe(page);
    expect(new Map(store.lookup(get("/lan/sodermanland", { "accept-encoding": "gzip;q=0" }))?.headers).has("content-encoding")).toBe(false);

    const head = store.lookup({ method: "HEAD", url: "/lan/sodermanland", headers: {} });
    expect(head?.body).toBeNull();
    expect(new Map(head?.headers).get("content-length")).toBe(String(Buffer.byteLength(page)));
  });

  it("keeps nothing that is not a public 200 from Next's cache without cookies, or that Next encoded", () => {
    const store = new PublicPageStore();
    const refused = [
      nextResponse({}, 404),
      nextResponse({ "x-nextjs-cache": "MISS" }),
      nextResponse({ "x-nextjs-cache": undefined }),
      nextResponse({ "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" }),
      nextResponse({ "cache-control": "no-store" }),
      nextResponse({ "cache-control": "public, max-age=0" }),
      nextResponse({ "set-cookie": "next-auth.session-token=x" }),
      nextResponse({ "content-encoding": "gzip" }),
      nextResponse({ "content-security-policy": undefined }),
      nextResponse({ "content-security-policy": "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'" }),
    ];
    for (const response of refused) expect(store.keep(get("/lan/sodermanland"), response, store.generation), JSON.stringify(response.headers)).toBe(false);
    expect(store.keep(get("/sok?q=alkohol"), nextResponse(), store.generation)).toBe(false);
    // Another spelling of an address is not a second copy of the page.
    expect(store.keep(get("/lan/%73odermanland"), nextResponse(), store.generation)).toBe(false);
    expect(store.keep(get("/lan/Sodermanland"), nextResponse(), store.generation)).toBe(false);
    expect(store.keep({ method: "HEAD", url: "/lan/sodermanland", headers: {} }, nextResponse(), store.generation)).toBe(false);
    expect(store.size).toBe(0);
    expect(store.lookup(get("/lan/sodermanland"))).toBeNull();
  });

  it("forgets a page when its max-age has passed, and everything on purge", () => {
    let now = 1_000_000;
    const store = new PublicPageStore({ now: () => now });
    store.keep(get("/lan/sodermanland"), nextResponse(), store.generation);
    store.keep(get("/lan/sodermanland/program/version/2"), nextResponse({ "cache-control": "public, max-age=31536000, immutable" }), store.generation);
    now += 59_000;
    expect(store.lookup(get("/lan/sodermanland"))).not.toBeNull();
    now += 1_000;
    expect(store.lookup(get("/lan/sodermanland"))).toBeNull();
    expect(store.lookup(get("/lan/sodermanland/program/version/2"))).not.toBeNull();
    store.purge();
    expect(store.size).toBe(0);
    expect(store.lookup(get("/lan/sodermanland/program/version/2"))).toBeNull();
  });

  it("never keeps a response that began before a purge, nor compresses a page it already keeps", () => {
    const store = new PublicPageStore();
    const began = store.generation;
    store.purge();
    expect(store.keep(get("/lan/sodermanland"), nextResponse(), began)).toBe(false);
    expect(store.lookup(get("/lan/sodermanland"))).toBeNull();
    expect(store.keep(get("/lan/sodermanland"), nextResponse(), store.generation)).toBe(true);
    const other = { ...nextResponse(), body: Buffer.from("<html><body><h1>En annan sida</h1></body></html>") };
    expect(store.keep(get("/lan/sodermanland"), other, store.generation)).toBe(false);
    expect(store.lookup(get("/lan/sodermanland"))?.body?.toString("utf8")).toBe(page);
  });

  it("stays within its byte budget, the least recently read page out first", () => {
    const one = nextResponse().body.length + 200;
    const store = new PublicPageStore({ maxBytes: one * 2 });
    store.keep(get("/lan/a"), nextResponse(), store.generation);
    store.keep(get("/lan/b"), nextResponse(), store.generation);
    store.lookup(get("/lan/a"));
    store.keep(get("/lan/c"), nextResponse(), store.generation);
    expect(store.size).toBe(2);
    expect(store.lookup(get("/lan/b"))).toBeNull();
    expect(store.lookup(get("/lan/a"))).not.toBeNull();
    expect(store.lookup(get("/lan/c"))).not.toBeNull();
  });
});

describe("the proxy (session, nonce) stays off the public site", () => {
  it("its matcher skips every public section and keeps the workspace", () => {
    const [pattern] = proxyConfig.matcher;
    const matches = new RegExp(`^${pattern ?? ""}$`);
    for (const section of publicSections) {
      for (const url of [`/${section}`, `/${section}/x/y`, `/en/${section}`]) expect(matches.test(url), url).toBe(false);
    }
    for (const url of ["/arbetsyta", "/arbetsyta/uppfoljning", "/logga-in"]) expect(matches.test(url), url).toBe(true);
  });
});

describe("the public site's cached pages without scripts", () => {
  it("drops React's payload, the runtime's script tags and their preloads, and nothing else", () => {
    const html =
      '<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/>' +
      '<script src="/_next/static/chunks/y.js" async=""></script></head><body><p>1 &lt;script&gt; 2</p>' +
      '<script>self.__next_f.push([1,"<\\u003c/script> text"])</script><script>self.__next_f.push([1,"b"])</script></body></html>';
    expect(withoutScripts(html)).toBe('<html><head><link rel="stylesheet" href="/a.css"/></head><body><p>1 &lt;script&gt; 2</p></body></html>');
  });
});
