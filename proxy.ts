import { NextResponse, type NextRequest } from "next/server";
import { requestPathHeader } from "@/lib/auth/schema";

/**
 * Niceties only, never the security boundary (a request can skip it): passes the requested path on
 * to the server so that the sign-in redirect can come back to it. Authorization happens in loaders
 * and actions through lib/auth.
 */
export function proxy(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(requestPathHeader, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

// Not for the public site ("/", "/en", /lan, /sok … see lib/http/cache-control.ts publicSections):
// it needs no session, and skipping the proxy keeps its cached pages fast.
export const config = {
  matcher: [
    "/((?!api/|_next/|en(?:/|$)|lan(?:/|$)|nationell-strategi(?:/|$)|organisation(?:/|$)|sok(?:/|$)|tillganglighet(?:/|$)|oppna-data(?:/|$)|favicon\\.ico|.*\\.[a-z0-9]+$).+)",
  ],
};
