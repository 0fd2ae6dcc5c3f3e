import type { VersionStatus } from "@/lib/db/generated/client";

/** Versions signing can be delegated for: those the organisation is being asked about. */
export const delegableStatuses = ["CONSULTATION", "ENDORSEMENT"] as const satisfies readonly VersionStatus[];

export type DelegableVersion = { id: string; label: string; status: VersionStatus };

export type ActiveDelegation = {
  id: string;
  versionId: string;
  versionLabel: string;
  userId: string;
  delegateName: string | null;
  delegateEmail: string;
  grantedAt: Date;
};

/** The delegation section of an organisation page (shown only where the organisation allows it). */
export type DelegationPanel = {
  versions: readonly DelegableVersion[];
  members: readonly { userId: string; label: string }[];
  delegations: readonly ActiveDelegation[];
};

export type DelegationGranted = { delegationId: string; organisationId: string };
export type DelegationRevoked = { delegationId: string; organisationId: string };
