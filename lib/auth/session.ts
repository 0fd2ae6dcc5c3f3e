import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { readRequestSession } from "@/lib/auth/request-session";
import { isDemoMode } from "@/lib/env";
import { requestPathHeader, toCallbackPath } from "@/lib/auth/schema";
import { sessionStanding } from "@/lib/auth/session-timing";
import { findActiveActor } from "@/lib/users/data";
import type { Actor } from "@/lib/users/types";

const userIdSchema = z.guid();

/**
 * The signed-in actor of this request, or null (signed out, unknown or disabled user).
 * Security-critical: the JWT only says who; the user and memberships are read from the database
 * on every request, so disabling a user or removing a membership takes effect on the next request.
 * The session ends 12 h after sign-in and 30 min after the last request (lib/auth/session-timing.ts),
 * checked here whatever the proxy did.
 * Cached per request (React cache), so layouts, loaders and actions share one read.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await readRequestSession();
  const userId = userIdSchema.safeParse(session?.userId);
  if (!userId.success) return null;
  if (!sessionStanding({ signedInAt: session?.signedInAt, lastSeenAt: session?.lastSeenAt }, Date.now()).live) return null;
  // Security-critical: a session from demo sign-in, or of a seeded demo user however it was
  // issued, ends when the app runs without demo mode (e.g. restarted against a real database).
  if (session?.viaDemo === true && !isDemoMode()) return null;
  const actor = await findActiveActor(userId.data);
  return actor !== null && actor.isDemo && !isDemoMode() ? null : actor;
});

/** The actor, or a redirect to the sign-in page that comes back to the requested path. */
export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (actor !== null) return actor;
  const callbackUrl = toCallbackPath((await headers()).get(requestPathHeader));
  redirect(`/logga-in?${new URLSearchParams({ callbackUrl }).toString()}`);
}
