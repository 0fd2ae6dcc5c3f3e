import { expect, type BrowserContext, type Page } from "@playwright/test";
import { e2ePorts } from "./paths";

const appOrigin = `http://localhost:${e2ePorts.app}`;

type Seen = { url: string; status: number; type: string; headers: Record<string, string> };

/**
 * Collects every response of the app (documents, scripts, styles, RSC and API calls, redirects)
 * that `page` receives; `expectAllSecure()` then asserts the security headers on each of them.
 */
export function watchSecurityHeaders(page: Page): { expectAllSecure: () => Promise<void> } {
  const pending: Promise<Seen | null>[] = [];
  page.on("response", (response) => {
    if (!response.url().startsWith(appOrigin)) return;
    const type = response.request().resourceType();
    // A response still arriving while the test closes its page can no longer be read; it came after
    // the test's last check (expectAllSecure reads every earlier one while the page is open), so it
    // is left out instead of failing the run with an unhandled rejection.
    pending.push(
      response.allHeaders().then(
        (headers) => ({ url: response.url(), status: response.status(), type, headers }),
        () => null,
      ),
    );
  });
  return {
    async expectAllSecure() {
      const seen = (await Promise.all(pending)).filter((entry): entry is Seen => entry !== null);
      expect(seen.length, "responses seen").toBeGreaterThan(0);
      // Every problem at once, each with its response, so a failure says which response lacks what.
      const problems = seen.flatMap(({ url, status, type, headers }) => {
        const csp = headers["content-security-policy"] ?? "";
        const checks: [string, boolean][] = [
          ["CSP frame-ancestors 'none'", csp.includes("frame-ancestors 'none'")],
          ["CSP script-src without inline", /script-src ('none'|'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'|'self'( 'sha256-[A-Za-z0-9+/=]+')*)(;|$)/.test(csp) && !csp.includes("unsafe-inline")],
          ["X-Content-Type-Options", headers["x-content-type-options"] === "nosniff"],
          ["Referrer-Policy", headers["referrer-policy"] === "strict-origin-when-cross-origin"],
          ["Permissions-Policy", (headers["permissions-policy"] ?? "").includes("camera=()")],
          // The e2e app is a production build: HSTS is sent. Over plain http Chromium honours HSTS
          // nowhere and leaves it out of responses it serves from its cache (scripts, styles, RSC
          // prefetches), so it is asserted on documents here and on every kind of response straight
          // from the server in accounts.spec.ts ("security headers").
          ["HSTS", type !== "document" || /^max-age=\d{7,}/.test(headers["strict-transport-security"] ?? "")],
        ];
        return checks.filter(([, ok]) => !ok).map(([name]) => `${status} ${url}: ${name}`);
      });
      expect(problems).toEqual([]);
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
