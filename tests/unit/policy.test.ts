import { describe, expect, it } from "vitest";
import {
  authorize,
  can,
  canSeeMembers,
  countyScopeOf,
  isCoordinatorOfCounty,
  isGrantableRole,
  isMemberOfOrganisation,
  mayReadDecisionBasis,
  permissionNames,
  permissions,
  roles,
  speaksForOrganisation,
  type Permission,
  type PermissionRule,
  type PolicyResource,
} from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import type { Actor, ActorMembership, OrganisationKind, Role } from "@/lib/users/types";

// Two counties, each with a county board and a municipality; one national agency without a county.
const countyA = "00000000-0000-4000-8000-00000000000a";
const countyB = "00000000-0000-4000-8000-00000000000b";
const orgs = {
  boardA: { id: "10000000-0000-4000-8000-00000000000a", kind: "COUNTY_BOARD", countyId: countyA },
  boardB: { id: "10000000-0000-4000-8000-00000000000b", kind: "COUNTY_BOARD", countyId: countyB },
  municipalityA: { id: "20000000-0000-4000-8000-00000000000a", kind: "MUNICIPALITY", countyId: countyA },
  municipalityB: { id: "20000000-0000-4000-8000-00000000000b", kind: "MUNICIPALITY", countyId: countyB },
  agency: { id: "30000000-0000-4000-8000-000000000000", kind: "NATIONAL_AGENCY", countyId: null },
} satisfies Record<string, { id: string; kind: OrganisationKind; countyId: string | null }>;

type OrgKey = keyof typeof orgs;

function membership(org: OrgKey, role: Role): ActorMembership {
  const o = orgs[org];
  return { organisationId: o.id, organisationName: org, organisationKind: o.kind, countyId: o.countyId, role };
}

function actorWith(...memberships: ActorMembership[]): Actor {
  return { userId: "40000000-0000-4000-8000-000000000000", email: "a@example.se", name: "A", isDemo: false, memberships };
}

/** Where each role naturally sits: coordinators at a county board, signatories and members in a municipality. */
function homeOf(role: Role): OrgKey {
  if (role === "COORDINATOR") return "boardA";
  if (role === "ADMIN") return "agency";
  return "municipalityA";
}

/** The resource that is "own" for a permission's scope when the actor sits at `org`. */
function ownResource(permission: Permission, org: OrgKey): PolicyResource {
  const scope = permissions[permission].scope;
  if (scope === "county") return { countyId: orgs[org].countyId ?? countyA };
  if (scope === "organisation") return { organisationId: orgs[org].id };
  return {};
}

describe("the permission table", () => {
  it("lists every permission exactly once, each with at least one role", () => {
    expect(Object.keys(permissions).sort()).toEqual([...permissionNames].sort());
    for (const name of permissionNames) expect(permissions[name].roles.length).toBeGreaterThan(0);
  });

  it("knows all four roles", () => {
    expect([...roles].sort()).toEqual(["ADMIN", "COORDINATOR", "MEMBER", "SIGNATORY"]);
  });

  it("scopes every coordinator-driven permission to the county and every signatory-driven one to the organisation", () => {
    for (const name of permissionNames) {
      const rule: PermissionRule = permissions[name];
      if (rule.roles.includes("COORDINATOR") && rule.roles.length === 1) expect(rule.scope).toBe("county");
      if (rule.roles.includes("SIGNATORY") && rule.roles.length === 1) expect(rule.scope).toBe("organisation");
    }
  });
});

// The whole role × permission matrix, generated from the table: a role listed for a permission may
// act on its own resource; a role not listed never may.
describe.each(roles)("role %s", (role) => {
  const org = homeOf(role);
  const actor = actorWith(membership(org, role));

  it.each(permissionNames)(`%s: allowed exactly when the table lists ${role}`, (permission) => {
    const rule: PermissionRule = permissions[permission];
    const allowed = rule.roles.includes(role) || (rule.anywhere ?? []).includes(role);
    expect(can(actor, permission, ownResource(permission, org))).toBe(allowed);
    if (allowed) expect(() => authorize(actor, permission, ownResource(permission, org))).not.toThrow();
    else expect(() => authorize(actor, permission, ownResource(permission, org))).toThrowError(AppError);
  });
});

const countyPermissions = permissionNames.filter((p) => permissions[p].scope === "county");
const organisationPermissions = permissionNames.filter((p) => permissions[p].scope === "organisation");

describe("refusals", () => {
  const coordinatorA = actorWith(membership("boardA", "COORDINATOR"));
  const signatoryA = actorWith(membership("municipalityA", "SIGNATORY"));

  it.each(countyPermissions)("a coordinator of another county cannot %s", (permission) => {
    expect(can(coordinatorA, permission, { countyId: countyB })).toBe(false);
    expect(() => authorize(coordinatorA, permission, { countyId: countyB })).toThrowError(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });

  it.each(countyPermissions)("a coordinator role outside a county board does not grant %s", (permission) => {
    const coordinatorAtMunicipality = actorWith(membership("municipalityA", "COORDINATOR"));
    expect(can(coordinatorAtMunicipality, permission, { countyId: countyA })).toBe(false);
  });

  it.each(countyPermissions)("%s without a county on the resource is refused", (permission) => {
    expect(can(coordinatorA, permission, {})).toBe(false);
    expect(can(coordinatorA, permission, { countyId: "" })).toBe(false);
  });

  it.each(organisationPermissions)("a signatory of another organisation cannot %s", (permission) => {
    expect(can(signatoryA, permission, { organisationId: orgs.municipalityB.id })).toBe(false);
    expect(() => authorize(signatoryA, permission, { organisationId: orgs.municipalityB.id })).toThrowError(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });

  it.each(organisationPermissions)("%s without an organisation on the resource is refused", (permission) => {
    expect(can(signatoryA, permission, {})).toBe(false);
  });

  it.each(permissionNames)("an anonymous visitor (or a disabled user: no actor) cannot %s", (permission) => {
    expect(can(null, permission, { countyId: countyA, organisationId: orgs.municipalityA.id })).toBe(false);
    expect(() => authorize(null, permission, { countyId: countyA })).toThrowError(
      expect.objectContaining({ code: "UNAUTHENTICATED" }),
    );
  });

  it.each(permissionNames)("a signed-in user without any membership cannot %s", (permission) => {
    const nobody = actorWith();
    expect(can(nobody, permission, { countyId: countyA, organisationId: orgs.municipalityA.id })).toBe(false);
  });

  it("an unknown permission is refused even for an administrator", () => {
    const admin = actorWith(membership("agency", "ADMIN"));
    const unknown: string = "programme.delete";
    expect(permissionNames.some((p) => p === unknown)).toBe(false);
    // Called the way untyped code (a form field, a JS caller) could: method parameters are bivariant.
    const untyped: { check(actor: Actor | null, permission: string): boolean } = { check: can };
    expect(untyped.check(admin, unknown)).toBe(false);
    expect(untyped.check(admin, "__proto__")).toBe(false);
    expect(untyped.check(admin, "toString")).toBe(false);
  });

  it("a coordinator's county role does not let them speak for a municipality in that county", () => {
    expect(can(coordinatorA, "endorsement.decide", { organisationId: orgs.municipalityA.id })).toBe(false);
  });

  it("a member of an organisation may view its members but not decide for it", () => {
    const member = actorWith(membership("municipalityA", "MEMBER"));
    expect(can(member, "organisation.viewMembers", { organisationId: orgs.municipalityA.id })).toBe(true);
    expect(can(member, "organisation.viewMembers", { organisationId: orgs.municipalityB.id })).toBe(false);
    expect(can(member, "endorsement.decide", { organisationId: orgs.municipalityA.id })).toBe(false);
  });

  it("roles in several organisations are checked one by one, never combined", () => {
    const mixed = actorWith(membership("municipalityA", "SIGNATORY"), membership("municipalityB", "MEMBER"));
    expect(can(mixed, "endorsement.decide", { organisationId: orgs.municipalityA.id })).toBe(true);
    expect(can(mixed, "endorsement.decide", { organisationId: orgs.municipalityB.id })).toBe(false);
  });
});

describe("named predicates", () => {
  it("isCoordinatorOfCounty holds only at the county board of that county", () => {
    expect(isCoordinatorOfCounty(actorWith(membership("boardA", "COORDINATOR")), countyA)).toBe(true);
    expect(isCoordinatorOfCounty(actorWith(membership("boardA", "COORDINATOR")), countyB)).toBe(false);
    expect(isCoordinatorOfCounty(actorWith(membership("boardA", "MEMBER")), countyA)).toBe(false);
    expect(isCoordinatorOfCounty(actorWith(membership("municipalityA", "COORDINATOR")), countyA)).toBe(false);
  });

  it("speaksForOrganisation needs the SIGNATORY role in that very organisation", () => {
    expect(speaksForOrganisation(actorWith(membership("municipalityA", "SIGNATORY")), orgs.municipalityA.id)).toBe(true);
    expect(speaksForOrganisation(actorWith(membership("municipalityA", "MEMBER")), orgs.municipalityA.id)).toBe(false);
    expect(speaksForOrganisation(actorWith(membership("municipalityA", "SIGNATORY")), orgs.municipalityB.id)).toBe(false);
  });

  it("isMemberOfOrganisation accepts any role there and nothing elsewhere", () => {
    for (const role of roles) {
      expect(isMemberOfOrganisation(actorWith(membership("municipalityA", role)), orgs.municipalityA.id)).toBe(true);
      expect(isMemberOfOrganisation(actorWith(membership("municipalityA", role)), orgs.municipalityB.id)).toBe(false);
    }
  });
});

describe("signing delegations", () => {
  const delegated = (org: OrgKey, delegatedOrg: OrgKey | undefined): PolicyResource => ({
    organisationId: orgs[org].id,
    ...(delegatedOrg === undefined ? {} : { signingDelegationFor: orgs[delegatedOrg].id }),
  });

  it("lets a member with a delegation for the record decide for that organisation", () => {
    expect(can(actorWith(membership("municipalityA", "MEMBER")), "endorsement.decide", delegated("municipalityA", "municipalityA"))).toBe(true);
  });

  it("refuses a member without one, a delegation for another organisation, and a delegate who is not a member", () => {
    expect(can(actorWith(membership("municipalityA", "MEMBER")), "endorsement.decide", delegated("municipalityA", undefined))).toBe(false);
    expect(can(actorWith(membership("municipalityA", "MEMBER")), "endorsement.decide", delegated("municipalityA", "municipalityB"))).toBe(false);
    expect(can(actorWith(membership("municipalityB", "MEMBER")), "endorsement.decide", delegated("municipalityA", "municipalityA"))).toBe(false);
  });

  it("counts only for delegable permissions", () => {
    expect(can(actorWith(membership("municipalityA", "MEMBER")), "consultation.respond", delegated("municipalityA", "municipalityA"))).toBe(false);
    expect(can(actorWith(membership("municipalityA", "MEMBER")), "followup.report", delegated("municipalityA", "municipalityA"))).toBe(false);
  });
});

describe("membership administration", () => {
  const coordinatorA = actorWith(membership("boardA", "COORDINATOR"));
  const admin = actorWith(membership("agency", "ADMIN"));

  it.each(["membership.invite", "membership.manage"] as const)("%s: the county's coordinator, or an administrator in any county", (permission) => {
    expect(can(coordinatorA, permission, { countyId: countyA })).toBe(true);
    expect(can(coordinatorA, permission, { countyId: countyB })).toBe(false);
    expect(can(admin, permission, { countyId: countyA })).toBe(true);
    expect(can(admin, permission, { countyId: countyB })).toBe(true);
    // A county-less organisation (a national agency): only an administrator.
    expect(can(coordinatorA, permission, {})).toBe(false);
    expect(can(admin, permission, {})).toBe(true);
    for (const role of ["SIGNATORY", "MEMBER"] as const) {
      expect(can(actorWith(membership("boardA", role)), permission, { countyId: countyA })).toBe(false);
    }
  });

  it("a spreadsheet import is the county coordinator's alone (programme.import)", () => {
    expect(can(coordinatorA, "programme.import", { countyId: countyA })).toBe(true);
    expect(can(coordinatorA, "programme.import", { countyId: countyB })).toBe(false);
    expect(can(admin, "programme.import", { countyId: countyA })).toBe(false);
    for (const role of ["SIGNATORY", "MEMBER"] as const) {
      expect(can(actorWith(membership("boardA", role)), "programme.import", { countyId: countyA })).toBe(false);
    }
  });

  it("an administrator's reach through `anywhere` grants nothing else of the county", () => {
    expect(can(admin, "programme.edit", { countyId: countyA })).toBe(false);
    expect(can(admin, "endorsement.decide", { organisationId: orgs.municipalityA.id })).toBe(false);
    expect(can(admin, "delegation.grant", { organisationId: orgs.municipalityA.id })).toBe(false);
  });

  it("countyScopeOf: every county for an administrator, the own county for a coordinator, none for others", () => {
    expect(countyScopeOf(admin, "membership.manage")).toEqual({ all: true });
    expect(countyScopeOf(coordinatorA, "membership.manage")).toEqual({ all: false, countyIds: [countyA] });
    expect(countyScopeOf(actorWith(membership("municipalityA", "SIGNATORY")), "membership.manage")).toEqual({ all: false, countyIds: [] });
  });

  it("invitations and role changes never give ADMIN, and COORDINATOR only at a county board", () => {
    for (const kind of ["COUNTY_BOARD", "MUNICIPALITY", "NATIONAL_AGENCY"] as const) {
      expect(isGrantableRole("ADMIN", kind)).toBe(false);
      expect(isGrantableRole("SIGNATORY", kind)).toBe(true);
      expect(isGrantableRole("MEMBER", kind)).toBe(true);
      expect(isGrantableRole("COORDINATOR", kind)).toBe(kind === "COUNTY_BOARD");
    }
  });

  it("members see their own organisation's members; the county's coordinator and administrators see any there", () => {
    const municipalityA = { id: orgs.municipalityA.id, countyId: countyA };
    const municipalityB = { id: orgs.municipalityB.id, countyId: countyB };
    const agency = { id: orgs.agency.id, countyId: null };
    const memberA = actorWith(membership("municipalityA", "MEMBER"));
    expect(canSeeMembers(memberA, municipalityA)).toBe(true);
    expect(canSeeMembers(memberA, municipalityB)).toBe(false);
    expect(canSeeMembers(coordinatorA, municipalityA)).toBe(true);
    expect(canSeeMembers(coordinatorA, municipalityB)).toBe(false);
    expect(canSeeMembers(coordinatorA, agency)).toBe(false);
    expect(canSeeMembers(admin, municipalityB)).toBe(true);
    expect(canSeeMembers(admin, agency)).toBe(true);
  });
});

describe("the beslutsunderlag", () => {
  const municipalityA = { organisationId: orgs.municipalityA.id, countyId: countyA };
  it("is read by anyone in the organisation and by the county's coordinators, nobody else", () => {
    expect(mayReadDecisionBasis(actorWith(membership("municipalityA", "MEMBER")), municipalityA)).toBe(true);
    expect(mayReadDecisionBasis(actorWith(membership("municipalityA", "SIGNATORY")), municipalityA)).toBe(true);
    expect(mayReadDecisionBasis(actorWith(membership("boardA", "COORDINATOR")), municipalityA)).toBe(true);
    expect(mayReadDecisionBasis(actorWith(membership("municipalityB", "SIGNATORY")), municipalityA)).toBe(false);
    expect(mayReadDecisionBasis(actorWith(membership("boardB", "COORDINATOR")), municipalityA)).toBe(false);
    // A signatory at the county board is not its coordinator.
    expect(mayReadDecisionBasis(actorWith(membership("boardA", "SIGNATORY")), municipalityA)).toBe(false);
    expect(mayReadDecisionBasis(actorWith(membership("agency", "ADMIN")), municipalityA)).toBe(false);
  });
});

describe("draft reviewers (comments while drafting)", () => {
  const reviewerId = "40000000-0000-4000-8000-000000000000";
  const otherId = "50000000-0000-4000-8000-000000000000";
  const memberA = actorWith(membership("municipalityA", "MEMBER"));
  const memberB = actorWith(membership("municipalityB", "MEMBER"));
  const coordinatorA = actorWith(membership("boardA", "COORDINATOR"));
  const invited = (countyId: string, authorId?: string): PolicyResource => ({
    countyId,
    reviewerInCounty: countyId,
    ...(authorId === undefined ? {} : { authorId }),
  });

  it.each([
    // [who, permission, allowed, actor, resource]
    ["the county's coordinator", "comment.write", true, coordinatorA, { countyId: countyA }],
    ["the county's coordinator", "comment.resolve", true, coordinatorA, { countyId: countyA, authorId: otherId }],
    ["the county's coordinator", "reviewer.manage", true, coordinatorA, { countyId: countyA }],
    ["another county's coordinator", "comment.write", false, coordinatorA, { countyId: countyB }],
    ["another county's coordinator, even named as reviewer there", "comment.write", false, coordinatorA, invited(countyB)],
    ["an invited member of the county", "comment.view", true, memberA, invited(countyA)],
    ["an invited member of the county", "comment.write", true, memberA, invited(countyA)],
    ["an invited member, on their own thread", "comment.resolve", true, memberA, invited(countyA, reviewerId)],
    ["an invited member, on someone else's thread", "comment.resolve", false, memberA, invited(countyA, otherId)],
    ["an invited member", "reviewer.manage", false, memberA, invited(countyA)],
    ["an invited member", "programme.edit", false, memberA, invited(countyA)],
    ["an uninvited member of the county", "comment.write", false, memberA, { countyId: countyA }],
    ["an uninvited member of the county", "comment.view", false, memberA, { countyId: countyA }],
    ["an invitation for another county's version", "comment.write", false, memberA, { countyId: countyA, reviewerInCounty: countyB }],
    ["a member of another county, invited (no longer belongs to it)", "comment.write", false, memberB, invited(countyA)],
  ] as const)("%s: %s allowed = %s", (_who, permission, allowed, actor, resource) => {
    expect(can(actor, permission, resource)).toBe(allowed);
  });

  it("an invitation counts only for rules that accept reviewers", () => {
    const reviewerRules = permissionNames.filter((p) => permissions[p].scope === "county" && "reviewers" in permissions[p]);
    expect(reviewerRules.sort()).toEqual(["comment.resolve", "comment.view", "comment.write"]);
    for (const permission of countyPermissions.filter((p) => !reviewerRules.includes(p))) {
      expect(can(memberA, permission, invited(countyA, reviewerId))).toBe(false);
    }
  });

  it("an anonymous caller is refused whatever the resource says", () => {
    expect(() => authorize(null, "comment.write", invited(countyA))).toThrowError(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });
});
