import "server-only";
import { roles } from "@/lib/auth/policy";
import { getCurrentActor, requireActor } from "@/lib/auth/session";
import { getOidcSettings, isDemoMode } from "@/lib/env";
import { listDemoAccounts } from "@/lib/users/data";
import type { DemoAccount, SignedInUserSummary, Workspace } from "@/lib/users/types";

/** For the page header: who is signed in, if anyone. */
export async function loadSignedInUser(): Promise<SignedInUserSummary | null> {
  const actor = await getCurrentActor();
  return actor === null ? null : { name: actor.name, email: actor.email };
}

/** For the signed-in area's layout: the user, or a redirect to /logga-in?callbackUrl=…. */
export async function loadSignedInUserOrRedirect(): Promise<SignedInUserSummary> {
  const actor = await requireActor();
  return { name: actor.name, email: actor.email };
}

/**
 * The signed-in user's own workspace: name, organisations and roles. Everyone may see their own
 * memberships; a user without any (e.g. just removed) sees an empty list, not an error.
 */
export async function loadWorkspace(): Promise<Workspace> {
  const actor = await requireActor();
  return {
    name: actor.name,
    email: actor.email,
    isDemo: actor.isDemo,
    memberships: actor.memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      role: m.role,
    })),
  };
}

/** The e-identification sign-in offered on the sign-in page; null when OIDC is not configured. */
export async function loadOidcSignIn(): Promise<{ name: string } | null> {
  const settings = getOidcSettings();
  return settings === null ? null : { name: settings.name };
}

function highestRoleRank(account: DemoAccount): number {
  return Math.min(roles.length, ...account.memberships.map((m) => roles.indexOf(m.role)));
}

/** The demo accounts offered on the sign-in page, administrators first; none outside demo mode. */
export async function loadDemoAccounts(): Promise<DemoAccount[]> {
  if (!isDemoMode()) return [];
  const accounts = await listDemoAccounts();
  return accounts.sort((a, b) => highestRoleRank(a) - highestRoleRank(b) || a.email.localeCompare(b.email));
}
