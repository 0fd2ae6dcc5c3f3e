import { AppError } from "@/lib/errors/app-error";
import type { Actor, OrganisationKind, Role } from "@/lib/users/types";

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
   * Roles that hold the permission whatever the resource (administrators acting in any county's
   * membership administration). Checked before the scope, so keep it to ADMIN.
   */
  readonly anywhere?: readonly Role[];
  /**
   * Organisation scope only: a member of the organisation may also act when a signatory delegated
   * this to them for the record (signing delegation for one programme version, where the
   * organisation allows delegation). The resource says so in `signingDelegationFor`.
   */
  readonly delegable?: true;
  /**
   * County scope only: a person the county's coordinator invited to review the draft version (a
   * member of one of the county's organisations) may also act: on any record ("all") or only on
   * records they wrote themselves ("own"). The resource says so in `reviewerInCounty` (and
   * `authorId`), looked up by the action, never taken from the form.
   */
  readonly reviewers?: "all" | "own";
};

export const permissionNames = [
  // Coordinator-driven: always within the coordinator's own county.
  "strategy.edit",
  "programme.create",
  "programme.edit",
  "programme.import",
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
  "membership.manage",
  "reviewer.manage",
  // Comments while drafting: the county's coordinators and the reviewers they invited.
  "comment.view",
  "comment.write",
  "comment.resolve",
  // Signatory-driven: always on behalf of the signatory's own organisation.
  "consultation.respond",
  "endorsement.decide",
  "followup.report",
  "delegation.grant",
  // Reading inside the app.
  "workspace.view",
  "programme.viewDraft",
  "organisation.viewMembers",
  "decisionBasis.read",
  // Administration.
  "organisation.manage",
  "nationalStrategy.manage",
] as const;

export type Permission = (typeof permissionNames)[number];

const countyCoordinator: PermissionRule = { roles: ["COORDINATOR"], scope: "county" };
const organisationSignatory: PermissionRule = { roles: ["SIGNATORY"], scope: "organisation" };
const administrator: PermissionRule = { roles: ["ADMIN"], scope: "global" };
/** The county's coordinator, or an administrator in any county. */
const countyCoordinatorOrAdministrator: PermissionRule = { roles: ["COORDINATOR"], scope: "county", anywhere: ["ADMIN"] };

export const permissions = {
  "strategy.edit": countyCoordinator,
  "programme.create": countyCoordinator,
  "programme.edit": countyCoordinator,
  // Spreadsheet import into a DRAFT version of the county (lib/imports); the lifecycle says DRAFT only.
  "programme.import": countyCoordinator,
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
  // The resource is the county of the organisation the invitation or membership belongs to.
  // Which roles may be given (never ADMIN; COORDINATOR only at a county board) is checked in
  // lib/invitations and lib/memberships, see `isGrantableRole`.
  "membership.invite": countyCoordinatorOrAdministrator,
  "membership.manage": countyCoordinatorOrAdministrator,
  "reviewer.manage": countyCoordinator,
  "comment.view": { ...countyCoordinator, reviewers: "all" },
  "comment.write": { ...countyCoordinator, reviewers: "all" },
  // A reviewer resolves and reopens only their own threads; a coordinator any of the county's.
  "comment.resolve": { ...countyCoordinator, reviewers: "own" },

  "consultation.respond": organisationSignatory,
  "endorsement.decide": { ...organisationSignatory, delegable: true },
  "followup.report": organisationSignatory,
  "delegation.grant": organisationSignatory,

  "workspace.view": { roles: ["ADMIN", "COORDINATOR", "SIGNATORY", "MEMBER"], scope: "global" },
  "programme.viewDraft": countyCoordinator,
  "organisation.viewMembers": { roles: ["ADMIN", "COORDINATOR", "SIGNATORY", "MEMBER"], scope: "organisation" },
  // The beslutsunderlag of the organisation's own request; the county's coordinators through
  // `mayReadDecisionBasis`.
  "decisionBasis.read": { roles: ["ADMIN", "COORDINATOR", "SIGNATORY", "MEMBER"], scope: "organisation" },

  "organisation.manage": administrator,
  "nationalStrategy.manage": administrator,
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
  /**
   * The county of the version the actor holds an active reviewer invitation for (looked up in the
   * database by the action, never taken from the form). Counts only for rules with `reviewers`.
   */
  reviewerInCounty?: string;
  /** The user who wrote the record (a comment), for rules with `reviewers: "own"`. */
  authorId?: string;
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

/** Roles an invitation or a role change may give: never ADMIN; COORDINATOR only at a county board. */
export function isGrantableRole(role: Role, organisationKind: OrganisationKind): boolean {
  if (role === "ADMIN") return false;
  return role !== "COORDINATOR" || organisationKind === "COUNTY_BOARD";
}

/**
 * Whether the actor sees the member list of this organisation: everyone in it, and whoever may
 * manage its memberships (the county's coordinator, an administrator).
 */
export function canSeeMembers(actor: Actor, organisation: { id: string; countyId: string | null }): boolean {
  return (
    can(actor, "organisation.viewMembers", { organisationId: organisation.id }) ||
    can(actor, "membership.manage", { countyId: organisation.countyId ?? undefined })
  );
}

/** Holds any role in this organisation. */
export function isMemberOfOrganisation(actor: Actor, organisationId: string): boolean {
  return holdsRoleInOrganisation(actor, roles, organisationId);
}

/**
 * Who may read an organisation's beslutsunderlag of a version (the version as sent, with that
 * organisation's changes first): anyone in the organisation, and the coordinators of the county.
 */
export function mayReadDecisionBasis(actor: Actor, subject: { organisationId: string; countyId: string }): boolean {
  return can(actor, "decisionBasis.read", { organisationId: subject.organisationId }) || can(actor, "programme.viewDraft", { countyId: subject.countyId });
}

/**
 * An invited reviewer of the record's version may act under `rule`. Security-critical: the
 * invitation counts only for its own version's county, held by someone who still belongs to one of
 * that county's organisations, and under "own" only on what they wrote.
 */
export function actsAsReviewer(actor: Actor, rule: PermissionRule, resource: PolicyResource): boolean {
  if (rule.reviewers === undefined || !nonEmpty(resource.countyId) || resource.reviewerInCounty !== resource.countyId) return false;
  if (!actor.memberships.some((m) => m.countyId === resource.countyId)) return false;
  return rule.reviewers === "all" || (nonEmpty(resource.authorId) && resource.authorId === actor.userId);
}

/** Holds one of the rule's `anywhere` roles (in any organisation). */
function holdsRoleAnywhere(actor: Actor, rule: PermissionRule): boolean {
  const anywhere = rule.anywhere ?? [];
  return actor.memberships.some((m) => anywhere.includes(m.role));
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
  if (holdsRoleAnywhere(actor, rule)) return true;
  switch (rule.scope) {
    case "county":
      if (!nonEmpty(resource.countyId)) return false;
      return holdsRoleAtCountyBoard(actor, rule.roles, resource.countyId) || actsAsReviewer(actor, rule, resource);
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
 * The organisations in which `actor` may use an organisation-scoped `permission` through their own
 * roles (delegations are per record and come with the resource), for the `where` of a write.
 */
export function organisationsWhere(actor: Actor, permission: Permission): string[] {
  const organisations = new Set<string>();
  for (const m of actor.memberships) if (can(actor, permission, { organisationId: m.organisationId })) organisations.add(m.organisationId);
  return [...organisations];
}

/**
 * Where a county-scoped permission reaches, for the `where` of a read or write: every county (an
 * administrator through `anywhere`) or the listed counties.
 */
export type CountyScope = { readonly all: true } | { readonly all: false; readonly countyIds: readonly string[] };

export function countyScopeOf(actor: Actor, permission: Permission): CountyScope {
  const rule: PermissionRule = permissions[permission];
  if (holdsRoleAnywhere(actor, rule)) return { all: true };
  return { all: false, countyIds: countiesWhere(actor, permission) };
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
