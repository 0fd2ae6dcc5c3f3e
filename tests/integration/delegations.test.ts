// Signing delegations: a signatory, where the organisation allows it, lets a named member of the
// organisation record its endorsement for one programme version; recorded, audited, revocable.
// Only the organisation's signatories can; a refusal changes nothing.
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { grantDelegationAction, revokeDelegationAction } from "@/lib/delegations/actions";
import { loadOrganisationPage } from "@/lib/organisations/loaders";
import { createMember, createProgramme, createProgrammeVersion, createRegionalStrategy } from "../factories/index.ts";
import { accountDigest, createAccountWorld, createOutsider, expectRefused, type AccountWorld } from "./accounts-support.ts";
import { testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";
import { form, stateOf } from "./versions-support.ts";

async function versionIn(countyId: string, status: "CONSULTATION" | "ENDORSEMENT" | "DRAFT" | "PUBLISHED") {
  const strategy = await createRegionalStrategy(db, { countyId });
  const programme = await createProgramme(db, { regionalStrategyId: strategy.id });
  return (await createProgrammeVersion(db, { programmeId: programme.id, status })).version;
}

async function arrange(): Promise<{ world: AccountWorld; versionId: string }> {
  const world = await createAccountWorld();
  const version = await versionIn(world.countyId, "ENDORSEMENT");
  return { world, versionId: version.id };
}

describe("delegating signing", () => {
  test("a signatory delegates one version to a member: recorded, audited, listed, revocable", async () => {
    const { world, versionId } = await arrange();
    signInAs(world.municipalSignatory);
    const page = await loadOrganisationPage(world.municipality.id, new Date());
    expect(page?.delegation?.versions.map((v) => v.id)).toEqual([versionId]);
    const state = await stateOf(
      grantDelegationAction(idleFormState, form({ organisationId: world.municipality.id, versionId, userId: world.municipalMember.id })),
    );
    expect(state).toMatchObject({ status: "success" });
    const delegation = await db.signingDelegation.findFirstOrThrow();
    expect(delegation).toMatchObject({ versionId, organisationId: world.municipality.id, userId: world.municipalMember.id, grantedById: world.municipalSignatory.id, revokedAt: null });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "delegation.grant" } })).toMatchObject({ entityId: delegation.id, countyId: world.countyId });
    expect((await loadOrganisationPage(world.municipality.id, new Date()))?.delegation?.delegations).toMatchObject([{ id: delegation.id, userId: world.municipalMember.id }]);

    const revoked = await stateOf(revokeDelegationAction(idleFormState, form({ delegationId: delegation.id })));
    expect(revoked).toMatchObject({ status: "success" });
    expect((await db.signingDelegation.findUniqueOrThrow({ where: { id: delegation.id } })).revokedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "delegation.revoke", entityId: delegation.id } })).toBe(1);
    // Granted again after revocation: the same row comes back in force.
    expect(
      await stateOf(grantDelegationAction(idleFormState, form({ organisationId: world.municipality.id, versionId, userId: world.municipalMember.id }))),
    ).toMatchObject({ status: "success" });
    expect(await db.signingDelegation.findMany({ where: { revokedAt: null } })).toHaveLength(1);
  });

  test("only where the organisation allows delegation", async () => {
    const { world, versionId } = await arrange();
    await db.organisation.update({ where: { id: world.municipality.id }, data: { allowsDelegation: false } });
    signInAs(world.municipalSignatory);
    expect((await loadOrganisationPage(world.municipality.id, new Date()))?.delegation).toBeNull();
    await expectRefused([{ who: "the signatory", user: world.municipalSignatory, code: "FORBIDDEN" }], () =>
      grantDelegationAction(idleFormState, form({ organisationId: world.municipality.id, versionId, userId: world.municipalMember.id })),
    );
  });

  test("only to a member of the organisation, and only for a version it is asked about", async () => {
    const { world, versionId } = await arrange();
    const draft = await versionIn(world.countyId, "DRAFT");
    const foreign = await versionIn((await db.organisation.findUniqueOrThrow({ where: { id: world.foreignMunicipality.id } })).countyId ?? "", "ENDORSEMENT");
    signInAs(world.municipalSignatory);
    const before = await accountDigest();
    expect(
      await stateOf(grantDelegationAction(idleFormState, form({ organisationId: world.municipality.id, versionId, userId: world.foreignSignatory.id }))),
    ).toMatchObject({ code: "VALIDATION", fieldErrors: { userId: ["notAMember"] } });
    for (const other of [draft.id, foreign.id]) {
      expect(
        await stateOf(grantDelegationAction(idleFormState, form({ organisationId: world.municipality.id, versionId: other, userId: world.municipalMember.id }))),
      ).toMatchObject({ code: "VALIDATION", fieldErrors: { versionId: ["versionNotDelegable"] } });
    }
    expect(await accountDigest()).toEqual(before);
  });

  test("wrong role, wrong organisation and wrong county are refused and nothing changes", async () => {
    const { world, versionId } = await arrange();
    const outsider = await createOutsider();
    const attempt = () =>
      grantDelegationAction(idleFormState, form({ organisationId: world.municipality.id, versionId, userId: world.municipalMember.id }));
    await expectRefused(
      [
        { who: "a member of the organisation", user: world.municipalMember },
        { who: "the county's coordinator", user: world.coordinator },
        { who: "an administrator", user: world.admin },
        { who: "a signatory of another county's municipality", user: world.foreignSignatory },
        { who: "a user without any role", user: outsider },
        { who: "a signed-out visitor", user: null },
      ],
      attempt,
    );
    // A signatory of another organisation in the same county.
    const neighbour = await createMember(db, { role: "SIGNATORY", organisationId: world.board.id });
    await expectRefused([{ who: "a signatory of another organisation in the county", user: neighbour.user }], attempt);
  });

  test("revoking: only the organisation's signatories", async () => {
    const { world, versionId } = await arrange();
    const delegation = await db.signingDelegation.create({
      data: { versionId, organisationId: world.municipality.id, userId: world.municipalMember.id, grantedById: world.municipalSignatory.id },
    });
    await expectRefused(
      [
        { who: "the delegate (a member)", user: world.municipalMember, code: "FORBIDDEN" },
        { who: "a signatory of another county's municipality", user: world.foreignSignatory },
        { who: "the county's coordinator", user: world.coordinator },
        { who: "a signed-out visitor", user: null },
      ],
      () => revokeDelegationAction(idleFormState, form({ delegationId: delegation.id })),
    );
  });
});
