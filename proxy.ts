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

export const config = {
  matcher: ["/((?!api/|_next/|favicon\\.ico|.*\\.[a-z0-9]+$).*)"],
};
