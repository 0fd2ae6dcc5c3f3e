import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { publicCacheHeaderRules, publicSections } from "./lib/http/cache-control";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Every response; proxy.ts replaces the Content-Security-Policy of the dynamic pages with one that
// carries a per-request nonce (lib/http/security-headers.ts says why there are two).
const securityHeaders = staticSecurityHeaders(process.env.NODE_ENV === "production");

/**
 * The public site lives in app/(public)/site/[locale]/ with a static root layout of its own. Its
 * readable URLs carry the language (Swedish without prefix, English under /en) and are rewritten
 * onto that internal segment, so every public page is cached by its URL alone.
 */
const sectionPattern = publicSections.join("|");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // No ETag hashing of every cached page on every response (a 200-action programme page is ~0.8 MB):
  // public pages are immutable or fresh for 60 s (lib/http/cache-control.ts), and serving them
  // was 2.5× faster without it (npm run bench:public). Downloads set their own ETag.
  generateEtags: false,
  // Next's page cache, handing cached pages to Node as bytes rather than text (see the file: it is
  // most of the cost of serving a large published programme).
  cacheHandler: path.resolve("lib/http/page-cache-handler.mjs"),
  reactStrictMode: true,
  // Node-only packages loaded at run time rather than bundled (pdfkit reads its font metrics from disk).
  serverExternalPackages: ["pg", "nodemailer", "pdfkit", "exceljs"],
  experimental: {
    // Unmatched URLs: with several root layouts there is no single layout to render a 404 in.
    globalNotFound: true,
    // One request-size limit at every layer: a decision's minutes extract may be up to 10 MB
    // (10,485,760 bytes, lib/endorsements/schema.ts), and the form's other fields and the multipart
    // framing need a little more. The proxy (proxy.ts runs for the workspace) buffers request
    // bodies with a limit of its own, 10 MB by default, which cut exactly-10-MB uploads short and
    // made the action fail: both are the same 11 MB. nginx allows 12 MB (docs/nginx-reverse-proxy.conf).
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }, ...publicCacheHeaderRules()];
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/site/sv" },
        { source: "/en", destination: "/site/en" },
        { source: `/en/:section(${sectionPattern})/:path*`, destination: "/site/en/:section/:path*" },
        { source: `/:section(${sectionPattern})/:path*`, destination: "/site/sv/:section/:path*" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async redirects() {
    // The internal segment is never a public address.
    return [{ source: "/site/:path*", destination: "/", permanent: false }];
  },
};

export default withNextIntl(nextConfig);
