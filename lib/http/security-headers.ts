/**
 * Security headers of every response, in one place (next.config.ts sets the static ones, proxy.ts
 * the per-request Content-Security-Policy of the signed-in and sign-in pages).
 *
 * Content-Security-Policy, two policies (see docs/security-headers.md):
 * - Public site, open data and everything the proxy skips: `script-src 'none'`. These pages are
 *   rendered once and served from the cache to everyone, so a per-request nonce cannot be in their
 *   HTML, and the inline scripts Next writes into them (the RSC payload `self.__next_f.push(…)`)
 *   differ per page and per build, so no fixed hash can list them. The public site is built to need
 *   no JavaScript at all (plain links and GET forms, 0 kB of its own JS), so it runs none: no inline
 *   script runs without a nonce or hash, and none is needed.
 * - Signed-in workspace and sign-in pages (dynamic, rendered per request): a fresh nonce per request
 *   with 'strict-dynamic'; Next puts the nonce on every script it writes (it reads it from the
 *   request's Content-Security-Policy header, which proxy.ts sets).
 */

/** Directives both policies share. */
const shared = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const staticContentSecurityPolicy = [...shared, "script-src 'none'", "style-src 'self'", "connect-src 'self'"].join("; ");

/**
 * The static policy for one page whose inline scripts are listed by hash (error pages, see
 * lib/http/error-page-csp.ts): the page's own scripts run, nothing else inline does.
 */
export function hashedContentSecurityPolicy(scriptHashes: readonly string[]): string {
  const sources = ["'self'", ...scriptHashes.map((hash) => `'sha256-${hash}'`)].join(" ");
  return [...shared, `script-src ${sources}`, "style-src 'self'", "connect-src 'self'"].join("; ");
}

/** The dynamic pages' policy; development adds 'unsafe-eval' (React's dev tooling needs it). */
export function nonceContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    ...shared,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "connect-src 'self'",
  ].join("; ");
}

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Headers for every response (next.config.ts). HSTS only from a production build: browsers ignore
 * it over plain http (npm start on localhost), and behind TLS it keeps them on https for two years.
 */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: staticContentSecurityPolicy },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
