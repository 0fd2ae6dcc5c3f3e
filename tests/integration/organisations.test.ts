// Organisation administration: administrators create, rename (a successor row with a predecessor;
// the old row ends and becomes inactive; members move along) and deactivate organisations. Nobody
// else can, and a refusal changes nothing.
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { getCurrentActor } from "@/lib/auth/session";
import { createOrganisationAction, deactivateOrganisationAction, renameOrganisationAction } from "@/lib/organisations/actions";
import { loadOrganisationsOverview } from "@/lib/organisations/loaders";
import { createMunicipality } from "../factories/index.ts";
import { createAccountWorld, createOutsider, expectRefused } from "./accounts-support.ts";
import { testDb as db } from "./db.ts";
import { signInAs } from "./session.ts";
import { form, stateOf } from "./versions-support.ts";

describe("creating an organisation", () => {
  test("an administrator creates one in a county, audited", async () => {
    const world = await createAccountWorld();
    signInAs(world.admin);
    const state = await stateOf(
      createOrganisationAction(idleFormState, form({ name: "Föreningen Länkarna", kind: "CIVIL_SOCIETY", countyId: world.countyId, allowsDelegation: "on" })),
    );
    expect(state).toMatchObject({ status: "success" });
    const created = await db.organisation.findFirstOrThrow({ where: { name: "Föreningen Länkarna" } });
    expect(created).toMatchObject({ kind: "CIVIL_SOCIETY", countyId: world.countyId, allowsDelegation: true, active: true, slug: "foreningen-lankarna" });
    expect(await db.auditEvent.count({ where: { action: "organisation.create", entityId: created.id } })).toBe(1);
  });

  test("nobody but an administrator, and nothing changes", async () => {
    const world = await createAccountWorld();
    const outsider = await createOutsider();
    await expectRefused(
      [
        { who: "a coordinator", user: world.coordinator },
        { who: "a signatory", user: world.municipalSignatory },
        { who: "a member", user: world.municipalMember },
        { who: "a user without any role", user: outsider },
        { who: "a signed-out visitor", user: null },
      ],
      () => createOrganisationAction(idleFormState, form({ name: "Ny", kind: "OTHER", countyId: world.countyId })),
    );
  });
});

describe("renaming an organisation", () => {
  test("Landstinget → Region: a successor from the date, the old row ends the day before, members keep their roles", async () => {
    const world = await createAccountWorld();
    const municipality = await createMunicipality(db, { countyId: world.countyId });
    await db.organisation.update({ where: { id: world.municipality.id }, data: { municipalityId: municipality.id } });
    signInAs(world.admin);
    const state = await stateOf(
      renameOrganisationAction(idleFormState, form({ organisationId: world.municipality.id, name: "Nya kommunen", validFrom: "2026-01-01", allowsDelegation: "on" })),
    );
    expect(state.status).toBe("success");
    const successor = await db.organisation.findFirstOrThrow({ where: { predecessorId: world.municipality.id } });
    expect(successor).toMatchObject({ name: "Nya kommunen", kind: "MUNICIPALITY", countyId: world.countyId, municipalityId: municipality.id, active: true, validFrom: new Date("2026-01-01") });
    const old = await db.organisation.findUniqueOrThrow({ where: { id: world.municipality.id } });
    expect(old).toMatchObject({ active: false, validTo: new Date("2025-12-31"), municipalityId: null });
    expect((await db.membership.findMany({ where: { organisationId: successor.id } })).map((m) => m.role).sort()).toEqual(["MEMBER", "SIGNATORY"]);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "organisation.rename" } })).toMatchObject({ entityId: successor.id, before: { name: world.municipality.name } });
    // The signatory now speaks for the successor; the old row grants nothing.
    signInAs(world.municipalSignatory);
    expect((await getCurrentActor())?.memberships).toMatchObject([{ organisationId: successor.id, role: "SIGNATORY" }]);
  });

  test("nobody but an administrator", async () => {
    const world = await createAccountWorld();
    await expectRefused(
      [
        { who: "the county's coordinator", user: world.coordinator },
        { who: "the organisation's signatory", user: world.municipalSignatory },
        { who: "a signed-out visitor", user: null },
      ],
      () => renameOrganisationAction(idleFormState, form({ organisationId: world.municipality.id, name: "X", validFrom: "2026-01-01" })),
    );
  });
});

describe("deactivating an organisation", () => {
  test("its memberships grant nothing from the next request on", async () => {
    const world = await createAccountWorld();
    signInAs(world.admin);
    expect(await stateOf(deactivateOrganisationAction(idleFormState, form({ organisationId: world.municipality.id, validTo: "2026-06-30" })))).toMatchObject({
      status: "success",
    });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: world.municipality.id } })).toMatchObject({ active: false, validTo: new Date("2026-06-30") });
    expect(await db.auditEvent.count({ where: { action: "organisation.deactivate" } })).toBe(1);
    signInAs(world.municipalSignatory);
    expect((await getCurrentActor())?.memberships).toEqual([]);
  });

  test("nobody but an administrator", async () => {
    const world = await createAccountWorld();
    await expectRefused(
      [
        { who: "the county's coordinator", user: world.coordinator },
        { who: "a coordinator of another county", user: world.foreignCoordinator },
        { who: "the organisation's signatory", user: world.municipalSignatory },
      ],
      () => deactivateOrganisationAction(idleFormState, form({ organisationId: world.municipality.id, validTo: "2026-06-30" })),
    );
  });
});

describe("the organisations overview", () => {
  test("a coordinator sees their county's organisations; an administrator chooses any county", async () => {
    const world = await createAccountWorld();
    signInAs(world.coordinator);
    const coordinatorView = await loadOrganisationsOverview(null);
    expect(coordinatorView.countyChoices).toBeNull();
    expect(coordinatorView.managed.map((c) => c.countyId)).toEqual([world.countyId]);
    expect(coordinatorView.managed[0]?.organisations.map((o) => o.id).sort()).toEqual([world.board.id, world.municipality.id].sort());
    signInAs(world.admin);
    const county = await db.county.findUniqueOrThrow({ where: { id: world.countyId } });
    const adminView = await loadOrganisationsOverview(county.slug);
    expect(adminView).toMatchObject({ selectedCountySlug: county.slug, canCreate: true });
    expect(adminView.managed.map((c) => c.countyId)).toEqual([world.countyId]);
    signInAs(world.municipalMember);
    const memberView = await loadOrganisationsOverview(county.slug);
    expect(memberView).toMatchObject({ managed: [], countyChoices: null, canCreate: false });
    expect(memberView.mine.map((o) => o.id)).toEqual([world.municipality.id]);
  });
});
