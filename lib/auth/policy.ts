import { AppError } from "@/lib/errors/app-error";
import type { Actor, Role } from "@/lib/users/types";

/**
 * Who may try what: the one authorization table of the product (STYLE.md §4).
 * The policy says who may try; the lifecycle says whether it is legal now. Actions check both,
 * the UI uses `can()` only to hide what would be refused anyway. Unknown means no.
 */

/** Every role, in display order. The record makes a new Role fail to compile until it is placed. */
const roleOrder = { ADMIN: 0, COORDINATOR: 1, SIGNATORY: 2, MEMBER: 3 } satisfies Record<Role, number>;

function isRole(value: string): value is Role {
  return Object.hasOwn(roleOrder, value);
}

export const roles: readonly Role[] = Object.keys(roleOrder).filter(isRole);

/**
 * Which resource rule a permission is checked against:
 * - county: the role must be held at the county board (Länsstyrelsen) of the resource's county;
 * - organisation: the role must be held in the resource's organisation;
 * - global: the role held anywhere (administration, the actor's own workspace).
 */
export type PermissionScope = "county" | "organisation" | "global";

export type PermissionRule = {
  readonly roles: readonly Role[];
  readonly scope: PermissionScope;
  /**
   * Organisation scope only: a member of the organisation may also act when a signatory delegated
   * this to them for the record (signing delegation for one programme version, where the
   * organisation allows delegation). The resource says so in `signingDelegationFor`.
   */
  readonly delegable?: true;
};

export const permissionNames = [
  // Coordinator-driven: always within the coordinator's own county.
  "strategy.edit",
  "programme.create",
  "programme.edit",
  "version.withdraw",
  "version.startRevision",
  "version.sendToConsultation",
  "consultation.close",
  "consultation.dispose",
  "version.sendForEndorsement",
  "version.reopen",
  "version.ratify",
  "version.publish",
  "followup.managePeriods",
  "followup.review",
  "audit.view",
  "membership.invite",
  // Signatory-driven: always on behalf of the signatory's own organisation.
  "consultation.respond",
  "endorsement.decide",
  "followup.report",
  "delegation.grant",
  // Reading inside the app.
  "workspace.view",
  "programme.viewDraft",
  "organisation.viewMembers",
  // Administration.
  "organisation.manage",
  "nationalStrategy.manage",
  "membership.admin",
] as const;

export type Permission = (typeof permissionNames)[number];

const countyCoordinator: PermissionRule = { roles: ["COORDINATOR"], scope: "county" };
const organisationSignatory: PermissionRule = { roles: ["SIGNATORY"], scope: "organisation" };
const administrator: PermissionRule = { roles: ["ADMIN"], scope: "global" };

export const permissions = {
  "strategy.edit": countyCoordinator,
  "programme.create": countyCoordinator,
  "programme.edit": countyCoordinator,
  "version.withdraw": countyCoordinator,
  "version.startRevision": countyCoordinator,
  "version.sendToConsultation": countyCoordinator,
  "consultation.close": countyCoordinator,
  "consultation.dispose": countyCoordinator,
  "version.sendForEndorsement": countyCoordinator,
  "version.reopen": countyCoordinator,
  "version.ratify": countyCoordinator,
  "version.publish": countyCoordinator,
  "followup.managePeriods": countyCoordinator,
  "followup.review": countyCoordinator,
  "audit.view": countyCoordinator,
  // The resource is the county of the organisation the invitation is for.
  "membership.invite": countyCoordinator,

  "consultation.respond": organisationSignatory,
  "endorsement.decide": { ...organisationSignatory, delegable: true },
  "followup.report": organisationSignatory,
  "delegation.grant": organisationSignatory,

  "workspace.view": { roles: ["ADMIN", "COORDINATOR", "SIGNATORY", "MEMBER"], scope: "global" },
  "programme.viewDraft": countyCoordinator,
  "organisation.viewMembers": { roles: ["ADMIN", "COORDINATOR", "SIGNATORY", "MEMBER"], scope: "organisation" },

  "organisation.manage": administrator,
  "nationalStrategy.manage": administrator,
  "membership.admin": administrator,
} as const satisfies Record<Permission, PermissionRule>;

/** What a permission is checked against. Ids come from the record being acted on, never from the form. */
export type PolicyResource = {
  countyId?: string;
  organisationId?: string;
  /**
   * The organisation for which the actor holds an active signing delegation on this record (looked
   * up in the database by the action, never taken from the form). Counts only for delegable rules.
   */
  signingDelegationFor?: string;
};

// ───────────── Named resource predicates ─────────────

/** Holds one of `allowed` at the county board (Länsstyrelsen) of `countyId`. */
export function holdsRoleAtCountyBoard(actor: Actor, allowed: readonly Role[], countyId: string): boolean {
  return actor.memberships.some(
    (m) => allowed.includes(m.role) && m.organisationKind === "COUNTY_BOARD" && m.countyId !== null && m.countyId === countyId,
  );
}

/** Holds one of `allowed` in the organisation `organisationId`. */
export function holdsRoleInOrganisation(actor: Actor, allowed: readonly Role[], organisationId: string): boolean {
  return actor.memberships.some((m) => allowed.includes(m.role) && m.organisationId === organisationId);
}

/** A coordinator (länssamordnare) at the county board of this county: the only one who edits its plans. */
export function isCoordinatorOfCounty(actor: Actor, countyId: string): boolean {
  return holdsRoleAtCountyBoard(actor, ["COORDINATOR"], countyId);
}

/** May answer for this organisation: comment, endorse, report (SIGNATORY there). */
export function speaksForOrganisation(actor: Actor, organisationId: string): boolean {
  return holdsRoleInOrganisation(actor, ["SIGNATORY"], organisationId);
}

/** Holds any role in this organisation. */
export function isMemberOfOrganisation(actor: Actor, organisationId: string): boolean {
  return holdsRoleInOrganisation(actor, roles, organisationId);
}

function nonEmpty(value: string | undefined): value is string {
  return typeof value === "string" && value.length > 0;
}

function isPermission(value: string): value is Permission {
  return Object.hasOwn(permissions, value);
}

// ───────────── Decisions ─────────────

/**
 * True when `actor` may attempt `permission` on `resource`. A missing actor, an unknown permission
 * or a resource without the id its scope needs is always false.
 */
export function can(actor: Actor | null, permission: Permission, resource: PolicyResource = {}): boolean {
  // Security-critical: callers may pass strings that only claim to be permissions.
  if (actor === null || !isPermission(permission)) return false;
  const rule: PermissionRule = permissions[permission];
  switch (rule.scope) {
    case "county":
      return nonEmpty(resource.countyId) && holdsRoleAtCountyBoard(actor, rule.roles, resource.countyId);
    case "organisation":
      if (!nonEmpty(resource.organisationId)) return false;
      if (holdsRoleInOrganisation(actor, rule.roles, resource.organisationId)) return true;
      // Security-critical: a delegation counts only for the same organisation, held by a member of it.
      return (
        rule.delegable === true &&
        resource.signingDelegationFor === resource.organisationId &&
        isMemberOfOrganisation(actor, resource.organisationId)
      );
    case "global":
      return actor.memberships.some((m) => rule.roles.includes(m.role));
  }
}

/**
 * The counties in which `actor` may use a county-scoped `permission`: the scope to put in the
 * `where` of a read, so a list never needs a second check per row.
 */
export function countiesWhere(actor: Actor, permission: Permission): string[] {
  const counties = new Set<string>();
  for (const m of actor.memberships) {
    if (m.countyId !== null && can(actor, permission, { countyId: m.countyId })) counties.add(m.countyId);
  }
  return [...counties];
}

/**
 * The organisations for which `actor` may use an organisation-scoped `permission` through their own
 * roles (delegations are per record and come with the resource), for the `where` of a write.
 */
export function organisationsWhere(actor: Actor, permission: Permission): string[] {
  const organisations = new Set<string>();
  for (const m of actor.memberships) {
    if (can(actor, permission, { organisationId: m.organisationId })) organisations.add(m.organisationId);
  }
  return [...organisations];
}

/** Throws UNAUTHENTICATED without an actor and FORBIDDEN when `can` says no. */
export function authorize(
  actor: Actor | null,
  permission: Permission,
  resource: PolicyResource = {},
): asserts actor is Actor {
  if (actor === null) throw new AppError("UNAUTHENTICATED");
  if (!can(actor, permission, resource)) throw new AppError("FORBIDDEN", `${permission} refused`);
}
