import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor, AuthUser, DemoAccount } from "@/lib/users/types";

export const authUserSelect = { id: true, email: true, name: true, emailVerified: true } satisfies Prisma.UserSelect;

// Disabled users do not exist for sign-in and sessions: every read below filters them out.
const activeUser = { disabledAt: null } satisfies Prisma.UserWhereInput;
// Memberships of deactivated organisations (renamed, merged) grant nothing.
const activeMembership = { organisation: { active: true } } satisfies Prisma.MembershipWhereInput;

export async function findActiveUserByEmail(email: string): Promise<AuthUser | null> {
  return getDb().user.findFirst({ where: { ...activeUser, email: email.toLowerCase() }, select: authUserSelect });
}

export async function findActiveUserById(userId: string): Promise<AuthUser | null> {
  return getDb().user.findFirst({ where: { ...activeUser, id: userId }, select: authUserSelect });
}

/** Demo sign-in only ever finds seeded demo users (isDemo = true). */
export async function findActiveDemoUserByEmail(email: string): Promise<AuthUser | null> {
  return getDb().user.findFirst({
    where: { ...activeUser, isDemo: true, email: email.toLowerCase() },
    select: authUserSelect,
  });
}

const actorSelect = {
  id: true,
  email: true,
  name: true,
  isDemo: true,
  memberships: {
    where: activeMembership,
    orderBy: [{ organisation: { name: "asc" } }, { role: "asc" }],
    select: {
      role: true,
      organisation: { select: { id: true, name: true, kind: true, countyId: true } },
    },
  },
} satisfies Prisma.UserSelect;

/** The actor for a session's user id, with current memberships; null when missing or disabled. */
export async function findActiveActor(userId: string): Promise<Actor | null> {
  const user = await getDb().user.findFirst({ where: { ...activeUser, id: userId }, select: actorSelect });
  if (user === null) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isDemo: user.isDemo,
    memberships: user.memberships.map((m) => ({
      organisationId: m.organisation.id,
      organisationName: m.organisation.name,
      organisationKind: m.organisation.kind,
      countyId: m.organisation.countyId,
      role: m.role,
    })),
  };
}

/** Seeded demo users that may be signed in as, in demo mode only (the loader decides that). */
export async function listDemoAccounts(): Promise<DemoAccount[]> {
  const users = await getDb().user.findMany({
    where: { ...activeUser, isDemo: true },
    orderBy: [{ email: "asc" }],
    select: {
      email: true,
      name: true,
      memberships: {
        where: activeMembership,
        orderBy: { role: "asc" },
        select: { role: true, organisation: { select: { name: true } } },
      },
    },
  });
  return users.map((u) => ({
    email: u.email,
    name: u.name,
    memberships: u.memberships.map((m) => ({ role: m.role, organisationName: m.organisation.name })),
  }));
}
