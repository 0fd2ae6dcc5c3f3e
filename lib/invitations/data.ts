import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { CountyScope } from "@/lib/auth/policy";
import type { PendingInvitation } from "@/lib/invitations/types";

/** An organisation's county, or null when the organisation does not exist. */
export async function findOrganisationCounty(organisationId: string): Promise<{ countyId: string | null } | null> {
  return getDb().organisation.findUnique({ where: { id: organisationId }, select: { countyId: true } });
}

/** The county of the organisation an invitation is for; null when the invitation does not exist. */
export async function findInvitationCounty(invitationId: string): Promise<{ countyId: string | null } | null> {
  const row = await getDb().accountInvitation.findUnique({
    where: { id: invitationId },
    select: { organisation: { select: { countyId: true } } },
  });
  return row === null ? null : { countyId: row.organisation.countyId };
}

/** Organisations inside a county scope (for the `where` of reads and writes). */
export function organisationInScope(scope: CountyScope): Prisma.OrganisationWhereInput {
  return scope.all ? {} : { countyId: { in: [...scope.countyIds] } };
}

const invitationDetailSelect = {
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  invitedById: true,
  organisation: { select: { name: true, kind: true, active: true } },
} satisfies Prisma.AccountInvitationSelect;

export type InvitationDetail = Prisma.AccountInvitationGetPayload<{ select: typeof invitationDetailSelect }>;

export async function findInvitationByTokenHash(tokenHash: string): Promise<InvitationDetail | null> {
  return getDb().accountInvitation.findUnique({ where: { tokenHash }, select: invitationDetailSelect });
}

export async function findUserSummary(userId: string): Promise<{ name: string | null; disabled: boolean } | null> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { name: true, disabledAt: true } });
  return user === null ? null : { name: user.name, disabled: user.disabledAt !== null };
}

export async function findUserByEmail(email: string): Promise<{ id: string; disabled: boolean } | null> {
  const user = await getDb().user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, disabledAt: true } });
  return user === null ? null : { id: user.id, disabled: user.disabledAt !== null };
}

/** Open invitations of an organisation (not accepted, not revoked, not expired), newest first. */
export async function listPendingInvitations(organisationId: string, now: Date): Promise<PendingInvitation[]> {
  return getDb().accountInvitation.findMany({
    where: { organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}
