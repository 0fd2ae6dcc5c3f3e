import "server-only";
import { getDb } from "@/lib/db/client";
import type { OrganisationMember } from "@/lib/memberships/types";

/** The county of the organisation a membership belongs to; null when the membership does not exist. */
export async function findMembershipCounty(membershipId: string): Promise<{ countyId: string | null } | null> {
  const row = await getDb().membership.findUnique({
    where: { id: membershipId },
    select: { organisation: { select: { countyId: true } } },
  });
  return row === null ? null : { countyId: row.organisation.countyId };
}

/** Everyone with a role in the organisation (disabled users left out), by name. */
export async function listOrganisationMembers(organisationId: string): Promise<OrganisationMember[]> {
  const rows = await getDb().membership.findMany({
    where: { organisationId, user: { disabledAt: null } },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }, { role: "asc" }],
    select: { id: true, role: true, user: { select: { id: true, name: true, email: true, lastSignInAt: true } } },
  });
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    lastSignInAt: row.user.lastSignInAt,
  }));
}
