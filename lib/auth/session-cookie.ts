import { encode } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { sessionMaxAgeSeconds, sessionStanding } from "@/lib/auth/session-timing";

/**
 * The next-auth session cookie as proxy.ts slides its idle window. next-auth's own rule: the cookie
 * is `__Secure-`-prefixed and Secure exactly when NEXTAUTH_URL is https (lib/env.ts requires https
 * in production); always HttpOnly and SameSite=Lax.
 */
export function sessionCookieOptions(appUrl: string | undefined): { name: string; secure: boolean } {
  const secure = appUrl?.startsWith("https://") === true;
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/** The idle window is slid at most once a minute: most requests then set no cookie at all. */
export const slideIntervalMs = 60 * 1000;

/**
 * The session token with `lastSeenAt` moved to `now`, or null when nothing is to be sent: the token
 * is unreadable, the session has already ended (an ended session is never revived by a request),
 * or it was slid less than a minute ago.
 */
export async function slideSessionToken(value: string, secret: string, now: number): Promise<string | null> {
  const token = await decodeSessionToken({ token: value, secret }).catch(() => null);
  if (token === null) return null;
  const lastSeenAt = token["lastSeenAt"];
  if (!sessionStanding({ signedInAt: token["signedInAt"], lastSeenAt }, now).live) return null;
  if (typeof lastSeenAt === "number" && now - lastSeenAt < slideIntervalMs) return null;
  return encode({ token: { ...token, lastSeenAt: now }, secret, maxAge: sessionMaxAgeSeconds });
}
