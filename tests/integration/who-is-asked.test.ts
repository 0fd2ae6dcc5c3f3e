// Who is asked when a revision is sent for endorsement: every organisation whose commitments
// changed is required unless the coordinator writes why not (refused by the server otherwise, with
// nothing written); wound-up organisations are replaced by their successors and never asked,
// required or carried over; every organisation named has a public standing.
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { loadChangesForOrganisation } from "@/lib/decision-basis/loaders";
import { decideAction, publishVersionAction, ratifyVersionAction, sendForEndorsementAction } from "@/lib/endorsements/actions";
import { loadEndorsementAdmin } from "@/lib/endorsements/loaders";
import { leaveOutField } from "@/lib/endorsements/schema";
import { listOrganisationOptions, SYSTEM_ADMINISTRATION_SLUG } from "@/lib/organisations/data";
import { startRevisionAction } from "@/lib/programmes/actions";
import { findPublicVersion } from "@/lib/publications/data";
import { buildVersionDocument } from "@/lib/publications/open-data";
import { createEndorsement, createOrganisation, setVersionStatus } from "../factories/index.ts";
import { testDb as db } from "./db.ts";
import { createFlowWorld, flowDigest, type FlowWorld } from "./endorsement-world.ts";
import { signInAs } from "./session.ts";
import { form, redirectOf, stateOf } from "./versions-support.ts";

/** Publishes version 1 with every county organisation's decision, then starts the revision (version 2). */
async function publishedWithRevision(world: FlowWorld, before: () => Promise<void> = async () => {}) {
  const { municipalityA, municipalityB, municipalityC, police, region, board } = world.organisations;
  await before();
  // Decisions first: once the version is ratified the database refuses new endorsement rows.
  for (const organisationId of [municipalityA.id, municipalityB.id, municipalityC.id, police.id, region.id, board.id]) {
    await createEndorsement(db, { versionId: world.version.id, organisationId, status: "ENDORSED", decisionBody: "Kommunstyrelsen", decisionDate: new Date("2022-05-01"), paragraph: "55" });
  }
  await setVersionStatus(db, world.version.id, "PUBLISHED");
  signInAs(world.people.coordinator);
  await redirectOf(startRevisionAction(idleFormState, form({ programmeId: world.programme.id, nationalStrategyId: "" })));
  return db.programmeVersion.findFirstOrThrow({ where: { programmeId: world.programme.id, number: 2 } });
}

async function itemOf(versionId: string, stableKey: string | undefined) {
  return db.actionItem.findFirstOrThrow({ where: { versionId, stableKey: stableKey ?? "" } });
}

const send = (versionId: string, fields: Record<string, string | readonly string[]>) => sendForEndorsementAction(idleFormState, form({ versionId, ...fields }));

describe("a revision where Flen becomes responsible", () => {
  test("sending without Flen and without a reason is refused naming Flen, with nothing written", async () => {
    const world = await createFlowWorld();
    const flen = world.organisations.municipalityC;
    const revision = await publishedWithRevision(world);
    const item = await itemOf(revision.id, world.items[1]?.stableKey);
    await db.actionItemOrganisation.create({ data: { itemId: item.id, organisationId: flen.id, role: "RESPONSIBLE", lead: null } });

    const page = await loadEndorsementAdmin(world.programme.id, 2);
    expect(page?.changedOrganisations.map((c) => [c.organisationId, c.parts])).toEqual([[flen.id, [{ kind: "becameResponsible", items: [item.number] }]]]);
    expect(page?.organisations.find((o) => o.id === flen.id)?.isDefault).toBe(true);

    const before = await flowDigest();
    const state = await stateOf(send(revision.id, { organisationIds: [world.organisations.board.id] }));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { [leaveOutField(flen.id)]: ["reasonRequired"] } });
    expect(state.status === "error" ? state.details : undefined).toEqual({ refused: [{ organisationId: flen.id, name: flen.name, problem: "REASON_REQUIRED", successorName: null }] });
    expect(await flowDigest()).toEqual(before);
    // A blank reason is no reason.
    expect(await stateOf(send(revision.id, { organisationIds: [world.organisations.board.id], [leaveOutField(flen.id)]: "   " }))).toMatchObject({ code: "VALIDATION" });
    expect(await flowDigest()).toEqual(before);
  });

  test("with a reason Flen is left out, audited, its old decision does not carry over, and the public JSON shows it as not asked with the reason", async () => {
    const world = await createFlowWorld();
    const { board, municipalityA, municipalityB, municipalityC: flen, police } = world.organisations;
    const revision = await publishedWithRevision(world);
    const item = await itemOf(revision.id, world.items[1]?.stableKey);
    await db.actionItemOrganisation.create({ data: { itemId: item.id, organisationId: flen.id, role: "RESPONSIBLE", lead: null } });

    const reason = "Ändringen är redaktionell";
    expect(await redirectOf(send(revision.id, { organisationIds: [board.id], [leaveOutField(flen.id)]: ` ${reason} ` }))).toContain("?klart=skickad");
    expect(await db.endorsementLeftOut.findMany({ where: { versionId: revision.id }, select: { organisationId: true, reason: true, round: true } })).toEqual([{ organisationId: flen.id, reason, round: 1 }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "endorsement.request", entityId: revision.id } });
    expect(JSON.stringify(audit.after)).toContain(reason);
    expect(await db.endorsement.count({ where: { versionId: revision.id, organisationId: flen.id } })).toBe(0);
    const admin = await loadEndorsementAdmin(world.programme.id, 2);
    expect(admin?.leftOut).toEqual([{ organisationId: flen.id, organisationName: flen.name, reason }]);

    signInAs(world.people.boardSignatory);
    const endorsement = await db.endorsement.findFirstOrThrow({ where: { versionId: revision.id, organisationId: board.id, current: true } });
    const decision = form({ endorsementId: endorsement.id, decision: "ENDORSED", decisionBody: "Länsstyrelsen", decisionDate: "2026-10-01", paragraph: "", diarienummer: "Lst 2026/1", reservation: "", declineReason: "" });
    decision.append("minutes", new File([], ""));
    expect(await decideAction(idleFormState, decision)).toMatchObject({ status: "success" });
    signInAs(world.people.coordinator);
    await redirectOf(ratifyVersionAction(idleFormState, form({ versionId: revision.id, ratificationBody: "Landshövdingen", ratificationDate: "2026-11-01", ratificationDnr: "", confirmExpired: "on" })));
    await redirectOf(publishVersionAction(idleFormState, form({ versionId: revision.id, confirmExpired: "on" })));

    const county = await db.county.findUniqueOrThrow({ where: { id: world.county.id } });
    const published = await findPublicVersion(county.slug, world.programme.slug, 2);
    if (published === null) throw new Error("version 2 is not public");
    const json = buildVersionDocument(published);
    const standingOf = (slug: string) => json.standings.find((s) => s.organisation.slug === slug);
    expect(standingOf(flen.slug)).toMatchObject({ standing: "NOT_ASKED", roles: ["RESPONSIBLE"], notAskedReason: reason });
    expect(standingOf(board.slug)).toMatchObject({ standing: "STOOD_BEHIND", roles: ["SIGNATORY"] });
    expect(standingOf(municipalityA.slug)).toMatchObject({ standing: "CARRIED_OVER", carriedOverFromVersion: 1, roles: ["RESPONSIBLE"] });
    expect(standingOf(municipalityB.slug)).toMatchObject({ standing: "CARRIED_OVER", carriedOverFromVersion: 1 });
    expect(standingOf(police.slug)).toMatchObject({ standing: "CARRIED_OVER", roles: ["PARTNER"] });
    // Every organisation the version names is there: none silently absent.
    const named = await db.actionItemOrganisation.findMany({ where: { item: { versionId: revision.id } }, select: { organisation: { select: { slug: true } } } });
    for (const { organisation } of named) expect(standingOf(organisation.slug), organisation.slug).toBeDefined();
  });
});

describe("organisations are current", () => {
  test("a wound-up organisation is replaced by its successor in a revision, shown as such, and never offered, required or carried over", async () => {
    const world = await createFlowWorld();
    const { region } = world.organisations;
    const landsting = await createOrganisation(db, { countyId: world.county.id, kind: "REGION", name: "Landstinget Testlän", active: false });
    const revision = await publishedWithRevision(world, async () => {
      await db.organisation.update({ where: { id: region.id }, data: { predecessorId: landsting.id } });
      const first = await itemOf(world.version.id, world.items[0]?.stableKey);
      await db.actionItemOrganisation.create({ data: { itemId: first.id, organisationId: landsting.id, role: "RESPONSIBLE", lead: null } });
      await createEndorsement(db, { versionId: world.version.id, organisationId: landsting.id, status: "ENDORSED", decisionBody: "Landstingsstyrelsen", decisionDate: new Date("2018-05-15") });
    });

    const first = await itemOf(revision.id, world.items[0]?.stableKey);
    const links = await db.actionItemOrganisation.findMany({ where: { itemId: first.id }, select: { organisationId: true, role: true } });
    expect(links.map((l) => l.organisationId)).not.toContain(landsting.id);
    expect(links).toContainEqual({ organisationId: region.id, role: "RESPONSIBLE" });

    const page = await loadEndorsementAdmin(world.programme.id, 2);
    expect(page?.changedOrganisations).toEqual([{ organisationId: region.id, name: region.name, parts: [{ kind: "succeeded", predecessorId: landsting.id, items: [first.number] }] }]);
    expect(page?.organisationNames[landsting.id]).toBe(landsting.name);
    expect(page?.organisations.map((o) => o.id)).not.toContain(landsting.id);
    expect(page?.carryOverCandidates.map((c) => c.organisationId)).not.toContain(landsting.id);

    // Posting the wound-up organisation anyway is refused, naming it and its successor.
    const before = await flowDigest();
    const refused = await stateOf(send(revision.id, { organisationIds: [region.id, landsting.id] }));
    expect(refused.status === "error" ? refused.details : undefined).toEqual({ refused: [{ organisationId: landsting.id, name: landsting.name, problem: "WOUND_UP", successorName: region.name }] });
    expect(await flowDigest()).toEqual(before);

    // The default selection goes through; the landsting's 2018 decision does not carry over.
    const defaults = page?.organisations.filter((o) => o.isDefault).map((o) => o.id) ?? [];
    expect(defaults).toContain(region.id);
    await redirectOf(send(revision.id, { organisationIds: defaults }));
    expect(await db.endorsement.count({ where: { versionId: revision.id, organisationId: landsting.id } })).toBe(0);

    // The successor's own page says it took over from the landsting, not that it is new.
    const view = await loadChangesForOrganisation({ programmeId: world.programme.id, countyId: world.county.id, number: 2 }, { id: region.id, name: region.name });
    const responsibility = view?.changes.changes.flatMap((change) => change.responsibility) ?? [];
    expect(responsibility).toContainEqual({ kind: "replaced", before: landsting.name, after: region.name, role: "RESPONSIBLE" });
    expect(responsibility.filter((r) => r.kind === "added")).toEqual([]);
  });

  test("another county's organisation and the system administration are refused by name, with nothing written", async () => {
    const world = await createFlowWorld();
    const system = await createOrganisation(db, { countyId: null, kind: "OTHER", name: "Länsplan systemförvaltning", slug: SYSTEM_ADMINISTRATION_SLUG });
    expect((await listOrganisationOptions(world.county.id)).map((o) => o.id)).not.toContain(system.id);
    const { foreignMunicipality, municipalityA } = world.organisations;
    signInAs(world.people.coordinator);
    const before = await flowDigest();
    const state = await stateOf(send(world.version.id, { organisationIds: [municipalityA.id, foreignMunicipality.id, system.id] }));
    expect(state.status === "error" ? state.details : undefined).toEqual({
      refused: [
        { organisationId: foreignMunicipality.id, name: foreignMunicipality.name, problem: "OTHER_COUNTY", successorName: null },
        { organisationId: system.id, name: system.name, problem: "NOT_A_SIGNATORY", successorName: null },
      ],
    });
    expect(await flowDigest()).toEqual(before);
  });
});

describe("a version whose validity has already ended", () => {
  test("is ratified and published only with the confirmation; without it nothing changes", async () => {
    const world = await createFlowWorld();
    const { municipalityA } = world.organisations;
    signInAs(world.people.coordinator);
    await redirectOf(send(world.version.id, { organisationIds: [municipalityA.id] }));
    signInAs(world.people.signatoryA);
    const endorsement = await db.endorsement.findFirstOrThrow({ where: { versionId: world.version.id, organisationId: municipalityA.id, current: true } });
    const decision = form({ endorsementId: endorsement.id, decision: "ENDORSED", decisionBody: "Kommunstyrelsen", decisionDate: "2026-10-01", paragraph: "", diarienummer: "", reservation: "", declineReason: "" });
    decision.append("minutes", new File([], ""));
    await decideAction(idleFormState, decision);
    signInAs(world.people.coordinator);
    const ratify = (fields: Record<string, string>) => ratifyVersionAction(idleFormState, form({ versionId: world.version.id, ratificationBody: "Landshövdingen", ratificationDate: "2026-11-01", ratificationDnr: "", ...fields }));
    let before = await flowDigest();
    expect(await stateOf(ratify({}))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { confirmExpired: ["expiredConfirmationRequired"] } });
    expect(await flowDigest()).toEqual(before);
    await redirectOf(ratify({ confirmExpired: "on" }));
    before = await flowDigest();
    expect(await stateOf(publishVersionAction(idleFormState, form({ versionId: world.version.id })))).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(await flowDigest()).toEqual(before);
    await redirectOf(publishVersionAction(idleFormState, form({ versionId: world.version.id, confirmExpired: "on" })));
    expect((await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } })).status).toBe("PUBLISHED");
  });
});
