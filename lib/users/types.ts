import type { OrganisationKind, Role } from "@/lib/db/generated/client";

export type { OrganisationKind, Role };

/** One role the actor holds in one organisation, as loaded from the database on this request. */
export type ActorMembership = {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** The organisation's county; null for national agencies and other county-less bodies. */
  countyId: string | null;
  role: Role;
};

/**
 * The signed-in person on this request. Built from the database on every request (never from the
 * JWT alone), so a disabled user or a removed membership takes effect on the next request.
 */
export type Actor = {
  userId: string;
  email: string;
  name: string | null;
  isDemo: boolean;
  memberships: readonly ActorMembership[];
};

/** What next-auth's adapter needs to know about a user; only active (non-disabled) users. */
export type AuthUser = {
  id: string;
  email: string;
  name: string | null;
  emailVerified: Date | null;
};

export type DemoAccount = {
  email: string;
  name: string | null;
  memberships: readonly { role: Role; organisationName: string }[];
};

export type SignedInUserSummary = {
  name: string | null;
  email: string;
};

export type WorkspaceMembership = {
  organisationId: string;
  organisationName: string;
  role: Role;
};

export type Workspace = {
  name: string | null;
  email: string;
  isDemo: boolean;
  memberships: readonly WorkspaceMembership[];
};
