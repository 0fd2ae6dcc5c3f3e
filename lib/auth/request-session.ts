import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { sessionCookieOptions } from "@/lib/auth/session-cookie";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { getServerEnv } from "@/lib/env";

/** What this request's session token says: who, since when, last seen when, and whether demo sign-in issued it. Unchecked values. */
export type RequestSession = { userId: unknown; signedInAt: unknown; lastSeenAt: unknown; viaDemo: boolean };

/**
 * The session token of this request, or null (no cookie, or one that does not decode with the
 * secret: forged, tampered with or expired). Decoded with next-auth's own decode (remembered per
 * token, lib/auth/session-token.ts) and read as its session callback reads it (lib/auth/config.ts),
 * but not through next-auth's session route: that route also encrypts a renewed token on every
 * call (a key derivation and an encryption per page) for a cookie a page cannot set; the proxy
 * slides the session instead (proxy.ts). What the claims mean is decided by the caller
 * (lib/auth/session.ts), the same either way.
 * Without a configured secret (development) or with a token split over several cookies, next-auth
 * reads the session itself.
 */
export async function readRequestSession(): Promise<RequestSession | null> {
  const env = getServerEnv();
  const { name } = sessionCookieOptions(env.NEXTAUTH_URL);
  const jar = await cookies();
  const secret = env.NEXTAUTH_SECRET;
  if (secret === undefined || jar.has(`${name}.0`)) {
    const { getAuthOptions } = await import("@/lib/auth/config");
    const session = await getServerSession(getAuthOptions());
    return session === null ? null : { userId: session.userId, signedInAt: session.signedInAt, lastSeenAt: session.lastSeenAt, viaDemo: session.viaDemo === true };
  }
  const value = jar.get(name)?.value;
  if (value === undefined || value === "") return null;
  const token = await decodeSessionToken({ token: value, secret }).catch(() => null);
  if (token === null) return null;
  return { userId: token.sub, signedInAt: token["signedInAt"], lastSeenAt: token["lastSeenAt"], viaDemo: token["viaDemo"] === true };
}
