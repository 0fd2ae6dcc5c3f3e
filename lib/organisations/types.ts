import type { OrganisationKind } from "@/lib/db/generated/client";
import type { DelegationPanel } from "@/lib/delegations/types";
import type { InvitableRole } from "@/lib/invitations/schema";
import type { PendingInvitation } from "@/lib/invitations/types";
import type { OrganisationMember } from "@/lib/memberships/types";

export type { OrganisationKind };

/**
 * Where an organisation is listed in the picker: the county's own organisations first
 * (Länsstyrelsen, Region, police area, municipalities), then national agencies and others.
 */
export type OrganisationPickerGroup = "COUNTY" | "NATIONAL";

/** One organisation the coordinator may make responsible for or partner in an action. */
export type OrganisationOption = {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  group: OrganisationPickerGroup;
  /**
   * False for organisations an action may no longer name: inactive ones (e.g. Landstinget Sörmland,
   * now Region Sörmland) and other counties' ones. They are listed only when the action still names
   * them, so the coordinator sees them and can remove them; saving with one of them involved is
   * refused.
   */
  selectable: boolean;
};

export type OrganisationSaved = { organisationId: string };

export type OrganisationListItem = { id: string; name: string; kind: OrganisationKind; active: boolean };

export type CountyOrganisations = { countyId: string; countyName: string; organisations: readonly OrganisationListItem[] };

/** /arbetsyta/organisationer. */
export type OrganisationsOverview = {
  /** The actor's own organisations (where they hold a role). */
  mine: readonly OrganisationListItem[];
  /** Counties whose memberships the actor manages: their own as coordinator; the chosen one for an administrator. */
  managed: readonly CountyOrganisations[];
  /** Administrators choose a county (null for everyone else). */
  countyChoices: readonly { slug: string; name: string }[] | null;
  selectedCountySlug: string | null;
  /** Organisations without a county (national agencies …): administrators only. */
  national: readonly OrganisationListItem[];
  canCreate: boolean;
};

export type OrganisationDetail = {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  countyId: string | null;
  countyName: string | null;
  active: boolean;
  validFrom: Date | null;
  validTo: Date | null;
  allowsDelegation: boolean;
  predecessor: { id: string; name: string } | null;
  successors: readonly { id: string; name: string }[];
};

/** /arbetsyta/organisationer/[organisationId]. */
export type OrganisationPage = {
  organisation: OrganisationDetail;
  members: readonly OrganisationMember[];
  /** Coordinator of the county or administrator: change roles, remove, invite, revoke invitations. */
  canManageMembers: boolean;
  /** The roles an invitation or role change can give in this organisation. */
  grantableRoles: readonly InvitableRole[];
  pendingInvitations: readonly PendingInvitation[];
  /** Signatories of an organisation that allows delegation; null otherwise. */
  delegation: DelegationPanel | null;
  /** Administrators: rename and deactivate. */
  canAdminister: boolean;
};

/** /arbetsyta/organisationer/ny (administrators). */
export type NewOrganisationPage = { counties: readonly { id: string; name: string }[] };

/** The public directory (/organisation and "Hitta din kommun"): every active organisation by county, A–Ö. */
export type DirectoryOrganisation = { slug: string; name: string; kind: OrganisationKind };
export type OrganisationDirectory = {
  counties: readonly { slug: string; name: string; organisations: readonly DirectoryOrganisation[] }[];
  /** National agencies and bodies without a county. */
  national: readonly DirectoryOrganisation[];
};
