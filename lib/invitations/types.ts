import type { OrganisationKind, Role } from "@/lib/db/generated/client";

/** Days an invitation link stays valid. */
export const invitationValidDays = 7;

/** Why an invitation link cannot be used (the refusal page words each one). */
export type InvitationRefusal = "UNKNOWN" | "EXPIRED" | "USED" | "REVOKED" | "ORGANISATION_INACTIVE";

/** /inbjudan/[token]: what the invited person sees before accepting, or why they cannot. */
export type InvitationPage =
  | { usable: false; reason: InvitationRefusal }
  | {
      usable: true;
      email: string;
      role: Role;
      organisationName: string;
      organisationKind: OrganisationKind;
      invitedByName: string | null;
      expiresAt: Date;
      /** True when no account exists for the address yet: the page asks for a name. */
      isNewUser: boolean;
    };

export type PendingInvitation = {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  createdAt: Date;
};

export type InvitationSent = { invitationId: string; email: string };
export type InvitationRevoked = { invitationId: string; organisationId: string };
