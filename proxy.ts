import { NextResponse, type NextRequest } from "next/server";
import { requestPathHeader } from "@/lib/auth/schema";
import { sessionCookieOptions, slideSessionToken } from "@/lib/auth/session-cookie";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-timing";
import { newNonce, nonceContentSecurityPolicy } from "@/lib/http/security-headers";
import { IMPORT_MAX_REQUEST_BYTES } from "@/lib/imports/limits";

/**
 * Niceties only, never the security boundary (a request can skip it):
 * - passes the requested path on to the server so that the sign-in redirect can come back to it;
 * - gives the dynamic pages a per-request CSP nonce (lib/http/security-headers.ts);
 * - slides the session's idle window: every request it sees counts as activity. The session loader
 *   checks the window itself (lib/auth/session.ts), so a request that skips the proxy is only ever
 *   treated more strictly.
 * Authorization happens in loaders and actions through lib/auth.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  // A spreadsheet import larger than its 5 MB limit is refused before its body is read (Next's own
  // server-action limit is 11 MB, for the minutes extracts); lib/imports refuses it again.
  if (request.method === "POST" && /\/innehall\/import(?:\/|$)/.test(request.nextUrl.pathname) && Number(request.headers.get("content-length") ?? "0") > IMPORT_MAX_REQUEST_BYTES) {
    return new NextResponse("Filen är större än 5 MB.", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const cookie = sessionCookieOptions(process.env.NEXTAUTH_URL);
  const current = request.cookies.get(cookie.name)?.value;
  const secret = process.env.NEXTAUTH_SECRET;
  // Activity is what a person does: loading a page, posting a form or server action. The router's
  // own fetches (prefetches of every link in view) are not, and Next hides its flight headers from
  // the proxy, so client-side navigations are reported by the browser instead
  // (components/auth/session-timeout-warning.tsx).
  const isPersonRequest = request.method === "POST" || (request.headers.get("sec-fetch-dest") ?? "document") === "document";
  const slid = current !== undefined && secret !== undefined && isPersonRequest ? await slideSessionToken(current, secret, Date.now()) : null;
  if (slid !== null) request.cookies.set(cookie.name, slid);

  const nonce = newNonce();
  const csp = nonceContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set(requestPathHeader, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  // Next reads the nonce from the request's policy and puts it on every script it renders.
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (slid !== null) {
    response.cookies.set(cookie.name, slid, {
      httpOnly: true,
      sameSite: "lax",
      secure: cookie.secure,
      path: "/",
      maxAge: sessionMaxAgeSeconds,
    });
  }
  return response;
}

// Not for the public site ("/", "/en", /lan, /sok … see lib/http/cache-control.ts publicSections):
// it needs no session, and skipping the proxy keeps its cached pages fast.
export const config = {
  matcher: [
    "/((?!api/|_next/|en(?:/|$)|lan(?:/|$)|nationell-strategi(?:/|$)|organisation(?:/|$)|sok(?:/|$)|tillganglighet(?:/|$)|oppna-data(?:/|$)|uppfoljning(?:/|$)|favicon\\.ico|.*\\.[a-z0-9]+$).+)",
  ],
};
