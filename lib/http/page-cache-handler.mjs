// @ts-check
/**
 * Next.js's own file-system page cache, serving cached pages as bytes, and the public site's
 * pages without the scripts that could never run there.
 *
 * 1. Next keeps a rendered page's HTML in its cache as a JavaScript string and, on every cache hit,
 *    hands that string to Node's `res.end()`, which encodes it to UTF-8 again for each request. For
 *    a published 200-action programme (~0.7 MB of Swedish text) that encoding was most of the cost
 *    of serving the page: on the same machine Node alone served that page at ~190 req/s as a string
 *    and ~4,900 req/s as a Buffer. Here each cached page is encoded once, the first time it is read,
 *    and kept as a Buffer in Next's in-memory entry; Next then streams the bytes as they are.
 * 2. A public page's HTML also carries the page once more as React's payload for the browser
 *    (`<script>self.__next_f.push(…)</script>`, ~60 % of the bytes of a programme page) and the
 *    Next.js runtime's `<script src>` tags. The public site's Content-Security-Policy is
 *    `script-src 'none'` (lib/http/security-headers.ts): none of them can run, so the cached copy
 *    of a public page drops them. Only the public site (Next's internal /site/<locale> segment,
 *    see next.config.ts) is touched; signed-in pages are dynamic and never cached.
 *
 * Everything else (disk layout, tags, revalidation, the memory limit) is Next's FileSystemCache
 * unchanged. Loaded by the server through next.config.ts `cacheHandler` (plain JavaScript: Next
 * imports it at run time and bundles a copy for proxy.ts). It subclasses an internal class of the
 * pinned Next.js; tests/e2e/public-site.spec.ts checks that a cached public page comes without
 * scripts, and npm run bench:public measures the effect.
 */
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";

// Node's own import gives the CommonJS exports object; the bundled copy (proxy.ts) its default export.
const FileSystemCache = typeof fileSystemCacheModule === "function" ? fileSystemCacheModule : fileSystemCacheModule.default;

/** Cache keys of the public site's pages: …/$/site/sv/… or …/$/site/en/… */
const publicSiteKey = /\/site\/(?:sv|en)(?:\/|$)/;

/**
 * React escapes `</script` inside its payload and HTML-escapes text, so in a page React rendered the
 * first `</script>` after a `<script` closes it.
 */
const scriptElement = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const scriptPreload = /<link\b[^>]*\bas="script"[^>]*\/?>/g;

/** @param {string} html */
export function withoutScripts(html) {
  return html.replace(scriptElement, "").replace(scriptPreload, "");
}

export default class PageCacheHandler extends FileSystemCache {
  /** @param {Parameters<FileSystemCache["get"]>} args */
  async get(...args) {
    const entry = await super.get(...args);
    const value = entry?.value;
    if (value?.kind === "APP_PAGE" && typeof value.html === "string") {
      // Only a page as such: an error page (a cached `notFound()`) is an empty shell that its own
      // inline scripts fill in under a policy of its own (lib/http/error-page-csp.ts).
      const isPage = value.status === undefined || value.status === 200;
      const html = isPage && publicSiteKey.test(args[0]) ? withoutScripts(value.html) : value.html;
      value.html = Buffer.from(html, "utf8");
    }
    return entry;
  }
}
