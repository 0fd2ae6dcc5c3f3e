// Memberships: everyone sees who in their organisation holds which role; the county's coordinator
// (or an administrator) changes roles and removes memberships, which takes effect on that person's
// next request; nobody else can, and a refusal changes nothing.
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { getCurrentActor } from "@/lib/auth/session";
import { changeMembershipRoleAction, removeMembershipAction } from "@/lib/memberships/actions";
import { loadOrganisationPage } from "@/lib/organisations/loaders";
import { createMember, createProgrammeVersion, createProgramme, createRegionalStrategy } from "../factories/index.ts";
import type { User } from "@/lib/db/generated/client";
import { accountDigest, createAccountWorld, createOutsider, expectRefused, type AccountWorld } from "./accounts-support.ts";
import { testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";
import { form, stateOf } from "./versions-support.ts";

/** Who may not manage the municipality's memberships: wrong county, wrong role, nobody, signed out. */
function managementOutsiders(world: AccountWorld, outsider: User) {
  return [
    { who: "a coordinator of another county", user: world.foreignCoordinator },
    { who: "a signatory of the organisation", user: world.municipalSignatory },
    { who: "a member of the county board", user: world.boardMember },
    { who: "a user without any role", user: outsider },
    { who: "a signed-out visitor", user: null },
  ];
}

async function membershipOf(userId: string, organisationId: string) {
  return db.membership.findFirstOrThrow({ where: { userId, organisationId } });
}

describe("seeing an organisation's members", () => {
  test("a member sees who holds which role in their own organisation, not in another", async () => {
    const world = await createAccountWorld();
    signInAs(world.municipalMember);
    const page = await loadOrganisationPage(world.municipality.id, new Date());
    expect(page?.members.map((m) => [m.userId, m.role]).sort()).toEqual(
      [
        [world.municipalSignatory.id, "SIGNATORY"],
        [world.municipalMember.id, "MEMBER"],
      ].sort(),
    );
    expect(page).toMatchObject({ canManageMembers: false, pendingInvitations: [], canAdminister: false });
    expect(await loadOrganisationPage(world.foreignMunicipality.id, new Date())).toBeNull();
    expect(await loadOrganisationPage(world.board.id, new Date())).toBeNull();
  });

  test("the county's coordinator sees and manages every organisation of the county; an administrator any", async () => {
    const world = await createAccountWorld();
    signInAs(world.coordinator);
    expect(await loadOrganisationPage(world.municipality.id, new Date())).toMatchObject({
      canManageMembers: true,
      grantableRoles: ["SIGNATORY", "MEMBER"],
    });
    expect(await loadOrganisationPage(world.board.id, new Date())).toMatchObject({ grantableRoles: ["COORDINATOR", "SIGNATORY", "MEMBER"] });
    expect(await loadOrganisationPage(world.foreignMunicipality.id, new Date())).toBeNull();
    signInAs(world.admin);
    expect(await loadOrganisationPage(world.foreignMunicipality.id, new Date())).toMatchObject({ canManageMembers: true, canAdminister: true });
  });
});

describe("changing a role", () => {
  test("the coordinator makes a member a signatory: it applies on the person's next request, audited", async () => {
    const world = await createAccountWorld();
    const membership = await membershipOf(world.municipalMember.id, world.municipality.id);
    signInAs(world.coordinator);
    const state = await stateOf(changeMembershipRoleAction(idleFormState, form({ membershipId: membership.id, role: "SIGNATORY" })));
    expect(state).toMatchObject({ status: "success", data: { role: "SIGNATORY", organisationId: world.municipality.id } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "membership.role_change", entityId: membership.id } });
    expect(audit).toMatchObject({ actorId: world.coordinator.id, countyId: world.countyId, before: { role: "MEMBER" }, after: { role: "SIGNATORY" } });
    signInAs(world.municipalMember);
    expect((await getCurrentActor())?.memberships).toMatchObject([{ organisationId: world.municipality.id, role: "SIGNATORY" }]);
  });

  test("COORDINATOR only at the county board and ADMIN never", async () => {
    const world = await createAccountWorld();
    const membership = await membershipOf(world.municipalMember.id, world.municipality.id);
    signInAs(world.admin);
    const before = await accountDigest();
    expect(await stateOf(changeMembershipRoleAction(idleFormState, form({ membershipId: membership.id, role: "COORDINATOR" })))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { role: ["coordinatorOnlyAtCountyBoard"] },
    });
    expect(await stateOf(changeMembershipRoleAction(idleFormState, form({ membershipId: membership.id, role: "ADMIN" })))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { role: ["invalidRole"] },
    });
    expect(await accountDigest()).toEqual(before);
  });

  test("an administrator's membership is not changed or removed here, even by an administrator", async () => {
    const world = await createAccountWorld();
    const adminMembership = await db.membership.findFirstOrThrow({ where: { userId: world.admin.id } });
    await expectRefused([{ who: "an administrator", user: world.admin, code: "NOT_FOUND" }], () =>
      changeMembershipRoleAction(idleFormState, form({ membershipId: adminMembership.id, role: "MEMBER" })),
    );
    await expectRefused([{ who: "an administrator", user: world.admin, code: "NOT_FOUND" }], () =>
      removeMembershipAction(idleFormState, form({ membershipId: adminMembership.id })),
    );
  });

  test("wrong role, wrong organisation and wrong county are refused and nothing changes", async () => {
    const world = await createAccountWorld();
    const outsider = await createOutsider();
    const membership = await membershipOf(world.municipalMember.id, world.municipality.id);
    await expectRefused(
      [...managementOutsiders(world, outsider), { who: "a signatory of another county's municipality", user: world.foreignSignatory }],
      () => changeMembershipRoleAction(idleFormState, form({ membershipId: membership.id, role: "SIGNATORY" })),
    );
  });
});

describe("removing a membership", () => {
  test("revokes access on the person's next request, and their delegations with it", async () => {
    const world = await createAccountWorld();
    const member = world.municipalMember;
    signInAs(member);
    expect(await loadOrganisationPage(world.municipality.id, new Date())).not.toBeNull();
    const version = await createProgrammeVersion(db, {
      programmeId: (await createProgramme(db, { regionalStrategyId: (await createRegionalStrategy(db, { countyId: world.countyId })).id })).id,
      status: "CONSULTATION",
    });
    await db.signingDelegation.create({
      data: { versionId: version.version.id, organisationId: world.municipality.id, userId: member.id, grantedById: world.municipalSignatory.id },
    });
    const membership = await membershipOf(member.id, world.municipality.id);

    signInAs(world.coordinator);
    const state = await stateOf(removeMembershipAction(idleFormState, form({ membershipId: membership.id })));
    expect(state).toMatchObject({ status: "success", data: { membershipId: membership.id } });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "membership.remove", entityId: membership.id } })).toMatchObject({
      actorId: world.coordinator.id,
      before: { role: "MEMBER", userId: member.id },
      meta: { delegationsRevoked: 1 },
    });
    expect((await db.signingDelegation.findFirstOrThrow({ where: { userId: member.id } })).revokedAt).not.toBeNull();

    // The same session, next request: no role, no organisation page.
    signInAs(member);
    expect((await getCurrentActor())?.memberships).toEqual([]);
    expect(await loadOrganisationPage(world.municipality.id, new Date())).toBeNull();
  });

  test("wrong role, wrong organisation and wrong county are refused and nothing changes", async () => {
    const world = await createAccountWorld();
    const outsider = await createOutsider();
    const membership = await membershipOf(world.municipalMember.id, world.municipality.id);
    await expectRefused(
      [...managementOutsiders(world, outsider), { who: "the member themself", user: world.municipalMember }],
      () => removeMembershipAction(idleFormState, form({ membershipId: membership.id })),
    );
  });

  test("an administrator can remove a membership in any county", async () => {
    const world = await createAccountWorld();
    const extra = await createMember(db, { role: "MEMBER", organisationId: world.foreignMunicipality.id });
    signInAs(world.admin);
    expect(await stateOf(removeMembershipAction(idleFormState, form({ membershipId: extra.membership.id })))).toMatchObject({ status: "success" });
    expect(await db.membership.count({ where: { id: extra.membership.id } })).toBe(0);
  });
});
