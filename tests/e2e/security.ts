import { expect, type BrowserContext, type Page } from "@playwright/test";
import { e2ePorts } from "./paths";

const appOrigin = `http://localhost:${e2ePorts.app}`;

type Seen = { url: string; status: number; headers: Record<string, string> };

/**
 * Collects every response of the app (documents, scripts, styles, RSC and API calls, redirects)
 * that `page` receives; `expectAllSecure()` then asserts the security headers on each of them.
 */
export function watchSecurityHeaders(page: Page): { expectAllSecure: () => Promise<void> } {
  const pending: Promise<Seen>[] = [];
  page.on("response", (response) => {
    if (!response.url().startsWith(appOrigin)) return;
    pending.push(response.allHeaders().then((headers) => ({ url: response.url(), status: response.status(), headers })));
  });
  return {
    async expectAllSecure() {
      const seen = await Promise.all(pending);
      expect(seen.length, "responses seen").toBeGreaterThan(0);
      for (const { url, status, headers } of seen) {
        const where = `${status} ${url}`;
        const csp = headers["content-security-policy"] ?? "";
        expect(csp, where).toContain("frame-ancestors 'none'");
        expect(csp, where).toMatch(/script-src ('none'|'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic')/);
        expect(csp, where).not.toContain("unsafe-inline");
        expect(headers["x-content-type-options"], where).toBe("nosniff");
        expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
        expect(headers["permissions-policy"], where).toContain("camera=()");
        // The e2e app is a production build: HSTS is sent (browsers honour it only over https).
        expect(headers["strict-transport-security"], where).toMatch(/^max-age=\d{7,}/);
      }
    },
  };
}

/** The session cookies: HttpOnly and SameSite=Lax; Secure exactly when the app runs over https (not here). */
export async function expectStrictSessionCookies(context: BrowserContext): Promise<void> {
  const cookies = await context.cookies(appOrigin);
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session, "session cookie").toBeDefined();
  for (const cookie of cookies.filter((c) => c.name.includes("next-auth") || c.name.startsWith("lansplan"))) {
    expect({ name: cookie.name, httpOnly: cookie.httpOnly, sameSite: cookie.sameSite }).toEqual({ name: cookie.name, httpOnly: true, sameSite: "Lax" });
    expect(cookie.secure, cookie.name).toBe(appOrigin.startsWith("https://"));
  }
}
