import type { Role } from "@/lib/db/generated/client";

/** One person's role in an organisation, as the organisation page lists it. */
export type OrganisationMember = {
  membershipId: string;
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  lastSignInAt: Date | null;
};

export type MembershipChanged = { membershipId: string; organisationId: string; role: Role };
export type MembershipRemoved = { membershipId: string; organisationId: string };
