import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { delegableStatuses, type ActiveDelegation, type DelegableVersion } from "@/lib/delegations/types";

/**
 * Versions an organisation can delegate signing for: in consultation or up for endorsement, in the
 * organisation's county or naming the organisation among those asked to endorse.
 */
export function delegableVersionWhere(organisation: { id: string; countyId: string | null }): Prisma.ProgrammeVersionWhereInput {
  return {
    status: { in: [...delegableStatuses] },
    OR: [
      ...(organisation.countyId === null ? [] : [{ countyId: organisation.countyId }]),
      { endorsements: { some: { organisationId: organisation.id } } },
    ],
  };
}

const versionLabelSelect = { id: true, number: true, title: true, status: true } satisfies Prisma.ProgrammeVersionSelect;

function versionLabel(version: { number: number; title: string }): string {
  return `${version.title} (version ${version.number})`;
}

/** The organisation of a delegation; null when it does not exist. */
export async function findDelegationOrganisation(delegationId: string): Promise<{ organisationId: string } | null> {
  return getDb().signingDelegation.findUnique({ where: { id: delegationId }, select: { organisationId: true } });
}

export async function listDelegableVersions(organisation: { id: string; countyId: string | null }): Promise<DelegableVersion[]> {
  const rows = await getDb().programmeVersion.findMany({
    where: delegableVersionWhere(organisation),
    orderBy: [{ title: "asc" }, { number: "asc" }],
    select: versionLabelSelect,
  });
  return rows.map((row) => ({ id: row.id, label: versionLabel(row), status: row.status }));
}

/** Delegations of the organisation that are in force (not revoked). */
export async function listActiveDelegations(organisationId: string): Promise<ActiveDelegation[]> {
  const rows = await getDb().signingDelegation.findMany({
    where: { organisationId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      version: { select: versionLabelSelect },
      user: { select: { id: true, name: true, email: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    versionId: row.version.id,
    versionLabel: versionLabel(row.version),
    userId: row.user.id,
    delegateName: row.user.name,
    delegateEmail: row.user.email,
    grantedAt: row.createdAt,
  }));
}
