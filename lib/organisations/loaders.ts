import "server-only";
import { cache } from "react";
import { can, canSeeMembers, countyScopeOf, isGrantableRole } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listActiveDelegations, listDelegableVersions } from "@/lib/delegations/data";
import type { DelegationPanel } from "@/lib/delegations/types";
import { listPendingInvitations } from "@/lib/invitations/data";
import { invitableRoles } from "@/lib/invitations/schema";
import { listOrganisationMembers } from "@/lib/memberships/data";
import type { OrganisationMember } from "@/lib/memberships/types";
import {
  findOrganisationDetail,
  findOrganisationDirectory,
  listCountyChoices,
  listCountylessOrganisations,
  listCountyOrganisations,
  listOrganisationsById,
} from "@/lib/organisations/data";
import type { NewOrganisationPage, OrganisationDetail, OrganisationDirectory, OrganisationPage, OrganisationsOverview } from "@/lib/organisations/types";

/**
 * The organisation pages of the workspace. Every loader resolves the actor itself; an organisation
 * the actor may not see is null, which the page turns into a 404.
 */

/** /arbetsyta/organisationer?lan=…: own organisations, and those whose memberships the actor manages. */
export async function loadOrganisationsOverview(countySlug: string | null): Promise<OrganisationsOverview> {
  const actor = await requireActor();
  const scope = countyScopeOf(actor, "membership.manage");
  const mine = await listOrganisationsById([...new Set(actor.memberships.map((m) => m.organisationId))]);
  if (!scope.all) {
    return {
      mine,
      managed: await listCountyOrganisations(scope.countyIds),
      countyChoices: null,
      selectedCountySlug: null,
      national: [],
      canCreate: can(actor, "organisation.manage"),
    };
  }
  const counties = await listCountyChoices();
  const selected = counties.find((c) => c.slug === countySlug) ?? null;
  const [managed, national] = await Promise.all([
    listCountyOrganisations(selected === null ? [] : [selected.id]),
    listCountylessOrganisations(),
  ]);
  return {
    mine,
    managed,
    countyChoices: counties.map((c) => ({ slug: c.slug, name: c.name })),
    selectedCountySlug: selected?.slug ?? null,
    national,
    canCreate: can(actor, "organisation.manage"),
  };
}

function delegateOptions(members: readonly OrganisationMember[]): { userId: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const m of members) if (!seen.has(m.userId)) seen.set(m.userId, m.name === null ? m.email : `${m.name} (${m.email})`);
  return [...seen].map(([userId, label]) => ({ userId, label }));
}

async function loadDelegationPanel(organisation: OrganisationDetail, members: readonly OrganisationMember[]): Promise<DelegationPanel> {
  const [versions, delegations] = await Promise.all([listDelegableVersions(organisation), listActiveDelegations(organisation.id)]);
  return { versions, delegations, members: delegateOptions(members) };
}

/** /arbetsyta/organisationer/[organisationId]; null when missing or not visible to the actor. */
export async function loadOrganisationPage(organisationId: string, now: Date): Promise<OrganisationPage | null> {
  const actor = await requireActor();
  const organisation = await findOrganisationDetail(organisationId);
  if (organisation === null || !canSeeMembers(actor, organisation)) return null;
  const canManageMembers = can(actor, "membership.manage", { countyId: organisation.countyId ?? undefined });
  const mayDelegate = organisation.active && organisation.allowsDelegation && can(actor, "delegation.grant", { organisationId });
  const [members, pendingInvitations] = await Promise.all([
    listOrganisationMembers(organisationId),
    canManageMembers ? listPendingInvitations(organisationId, now) : Promise.resolve([]),
  ]);
  return {
    organisation,
    members,
    canManageMembers: canManageMembers && organisation.active,
    grantableRoles: invitableRoles.filter((role) => isGrantableRole(role, organisation.kind)),
    pendingInvitations,
    delegation: mayDelegate ? await loadDelegationPanel(organisation, members) : null,
    canAdminister: can(actor, "organisation.manage"),
  };
}

/** /arbetsyta/organisationer/ny; null for anyone but an administrator. */
export async function loadNewOrganisationPage(): Promise<NewOrganisationPage | null> {
  const actor = await requireActor();
  if (!can(actor, "organisation.manage")) return null;
  const counties = await listCountyChoices();
  return { counties: counties.map((c) => ({ id: c.id, name: c.name })) };
}

/** Public, no session: every active organisation by county (the /organisation page and the home page's "Hitta din kommun"). */
export const loadOrganisationDirectory = cache(async (): Promise<OrganisationDirectory> => findOrganisationDirectory());
