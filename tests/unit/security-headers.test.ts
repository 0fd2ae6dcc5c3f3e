import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "@/lib/http/error-page-csp";
import { hashedContentSecurityPolicy, nonceContentSecurityPolicy, staticContentSecurityPolicy, staticSecurityHeaders } from "@/lib/http/security-headers";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("Content-Security-Policy", () => {
  it("never allows inline script without a nonce or hash, nor framing", () => {
    for (const policy of [staticContentSecurityPolicy, nonceContentSecurityPolicy("abc", false), hashedContentSecurityPolicy([sha("x")])]) {
      expect(policy).not.toContain("unsafe-inline");
      expect(policy).not.toContain("unsafe-eval");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
    }
    expect(staticContentSecurityPolicy).toContain("script-src 'none'");
    expect(nonceContentSecurityPolicy("abc", false)).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
  });

  it("lists the hash of every inline script of a page and none of the external ones", () => {
    const html = `<html><head><script src="/_next/a.js" async=""></script></head><body>
<script id="_R_">(globalThis.T||[]).push(1)</script><script>self.__next_f.push([1,"<b>"])</script>
<script>self.__next_f.push([1,"<b>"])</script><script src="/b.js"></script></body></html>`;
    expect(inlineScriptHashes(html).sort()).toEqual([sha("(globalThis.T||[]).push(1)"), sha('self.__next_f.push([1,"<b>"])')].sort());
    expect(hashedContentSecurityPolicy([sha("a")])).toContain(`script-src 'self' 'sha256-${sha("a")}'`);
  });

  it("HSTS only from a production build", () => {
    const names = (production: boolean) => staticSecurityHeaders(production).map((h) => h.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(expect.arrayContaining(["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]));
  });
});
