// What the signatory sees: "what changed for <organisation>" on the decision and remiss pages,
// and the beslutsunderlag PDF, which only the organisation's members and the county's
// coordinators get (everyone else: null, which the route answers with 404).
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { closeConsultationAction, sendToConsultationAction } from "@/lib/consultations/actions";
import { loadInvitationPage } from "@/lib/consultations/loaders";
import { loadEndorsementDecisionBasis, loadInvitationDecisionBasis } from "@/lib/decision-basis/loaders";
import { sendForEndorsementAction } from "@/lib/endorsements/actions";
import { loadDecisionPage } from "@/lib/endorsements/loaders";
import { startRevisionAction } from "@/lib/programmes/actions";
import basisMessages from "@/messages/decision-basis.sv.json";
import coreMessages from "@/messages/sv.json";
import { setVersionStatus } from "../factories/index.ts";
import { extractPdfText } from "../support/pdf-text.ts";
import { testDb as db } from "./db.ts";
import { createFlowWorld, inDays, type FlowWorld } from "./endorsement-world.ts";
import { signInAs } from "./session.ts";
import { form, outcome, redirectOf } from "./versions-support.ts";

const pdfLabels = coreMessages.openData.pdf;
const labels = basisMessages.decisionBasis.pdf;

/**
 * Version 1 published; version 2 a revision in which the target of item 1.1's indicator (led by
 * municipality A) moves from 25 to 27 % and municipality C becomes a partner on it.
 */
async function revisionWorld() {
  const world = await createFlowWorld();
  const { municipalityC } = world.organisations;
  await setVersionStatus(db, world.version.id, "PUBLISHED");
  signInAs(world.people.coordinator);
  await outcome(startRevisionAction(idleFormState, form({ programmeId: world.programme.id, nationalStrategyId: "" })));
  const revision = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: world.programme.id, number: 2 } });
  const item = await db.actionItem.findFirstOrThrow({ where: { versionId: revision.id, stableKey: world.items[0]?.stableKey ?? "" } });
  await db.indicator.updateMany({ where: { itemId: item.id }, data: { target: "27 %", targetYear: 2027 } });
  await db.actionItemOrganisation.create({ data: { itemId: item.id, organisationId: municipalityC.id, role: "PARTNER", lead: null } });
  await db.programmeVersion.update({ where: { id: revision.id }, data: { changeSummary: "Målvärdet för tillsynen är skärpt." } });
  return { ...world, version: revision };
}

async function sendForEndorsement(world: FlowWorld, organisationIds: string[]) {
  signInAs(world.people.coordinator);
  const result = await outcome(sendForEndorsementAction(idleFormState, form({ versionId: world.version.id, organisationIds })));
  expect(result).toHaveProperty("redirectedTo");
  return (organisationId: string) => db.endorsement.findFirstOrThrow({ where: { versionId: world.version.id, organisationId, current: true } });
}

describe("what changed for the organisation", () => {
  test("a municipality whose indicator target changed sees the old and new target, and who was added, before it decides", async () => {
    const world = await revisionWorld();
    const { municipalityA, municipalityC } = world.organisations;
    const endorsementOf = await sendForEndorsement(world, [municipalityA.id, municipalityC.id]);
    signInAs(world.people.signatoryA);
    const page = await loadDecisionPage((await endorsementOf(municipalityA.id)).id);
    expect(page?.changes.basisNumber).toBe(1);
    expect(page?.changes.organisationName).toBe(municipalityA.name);
    expect(page?.changes.changeSummary).toBe("Målvärdet för tillsynen är skärpt.");
    expect(page?.changes.changes).toHaveLength(1);
    const change = page?.changes.changes[0];
    expect(change).toMatchObject({ kind: "changed", number: world.items[0]?.number, roleBefore: "LEAD", roleAfter: "LEAD" });
    expect(change?.indicators).toEqual([{ kind: "changed", key: world.items[0]?.indicators[0]?.stableKey, name: "Indikator 1", changes: [{ aspect: "target", before: "25", after: "27 % (2027)" }] }]);
    expect(change?.responsibility).toEqual([{ kind: "added", organisation: municipalityC.name, role: "PARTNER" }]);
    expect(page?.fullDiff?.basisNumber).toBe(1);
    expect(page?.hasDecisionBasis).toBe(true);

    // The new partner sees the same action as one it now partners in.
    signInAs(world.people.signatoryC);
    const forC = await loadDecisionPage((await endorsementOf(municipalityC.id)).id);
    expect(forC?.changes.changes.map((c) => [c.number, c.roleBefore, c.roleAfter])).toEqual([[world.items[0]?.number, null, "PARTNER"]]);
  });

  test("a first version says so and lists the actions the organisation is responsible for", async () => {
    const world = await createFlowWorld();
    const { municipalityA, police } = world.organisations;
    const endorsementOf = await sendForEndorsement(world, [municipalityA.id, police.id]);
    signInAs(world.people.policeSignatory);
    const page = await loadDecisionPage((await endorsementOf(police.id)).id);
    expect(page?.changes.basisNumber).toBeNull();
    expect(page?.fullDiff).toBeNull();
    expect(page?.changes.items.map((item) => [item.number, item.role])).toEqual([[world.items[1]?.number, "PARTNER"]]);
  });
});

describe("the beslutsunderlag PDF", () => {
  test("the organisation's members and the county's coordinator get it; another municipality, another county and a visitor do not", async () => {
    const world = await revisionWorld();
    const { municipalityA, municipalityC } = world.organisations;
    const endorsementOf = await sendForEndorsement(world, [municipalityA.id, municipalityC.id]);
    const endorsement = await endorsementOf(municipalityA.id);
    const { contentHash } = await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } });
    const { people } = world;
    for (const user of [people.signatoryA, people.memberA, people.coordinator]) {
      signInAs(user);
      const file = await loadEndorsementDecisionBasis(endorsement.id, pdfLabels, labels);
      expect(file?.contentHash).toBe(contentHash);
    }
    for (const user of [people.signatoryB, people.signatoryC, people.foreignSignatory, people.foreignCoordinator, people.boardSignatory, null]) {
      signInAs(user);
      expect(await loadEndorsementDecisionBasis(endorsement.id, pdfLabels, labels)).toBeNull();
    }
  });

  test("carries the band on every page, the content hash, and the organisation's changes before the content", async () => {
    const world = await revisionWorld();
    const { municipalityA, municipalityC } = world.organisations;
    // Municipality C became a partner: a changed organisation is asked (or left out with a reason).
    const endorsementOf = await sendForEndorsement(world, [municipalityA.id, municipalityC.id]);
    const { contentHash } = await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } });
    signInAs(world.people.memberA);
    const file = await loadEndorsementDecisionBasis((await endorsementOf(municipalityA.id)).id, pdfLabels, labels);
    const text = extractPdfText(file?.body ?? new Uint8Array());
    expect(file?.filename).toMatch(/^beslutsunderlag-.+-version-2\.pdf$/);
    const pages = Buffer.from(file?.body ?? new Uint8Array()).toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    // On every page (pdftotext ends each page with a form feed); the cover names it as the status too.
    const pageTexts = text.split("\f").filter((page) => page.trim() !== "");
    expect(pageTexts).toHaveLength(pages);
    expect(pageTexts.every((page) => page.includes("Underlag för ställningstagande – ej fastställt"))).toBe(true);
    expect(text).toContain(contentHash ?? "no hash");
    expect(text).toContain(`Det här har ändrats för ${municipalityA.name}`);
    // Listed under its indicator (the PDF's list indents the value line).
    expect(text).toMatch(/Indikator: Indikator 1\n•\s+Målvärde: från 25 till 27 % \(2027\)/u);
    expect(text).toContain(`${world.organisations.municipalityC.name} är ny som samverkanspartner.`);
    // Own changes first, then the whole version (after the cover and the table of contents).
    const body = pageTexts.slice(2).join("\f");
    expect(body.indexOf("Målvärde: från 25")).toBeGreaterThanOrEqual(0);
    expect(body.indexOf("Målvärde: från 25")).toBeLessThan(body.indexOf(pdfLabels.focusAreasTitle));
    // Not ratified, not published: those sections are left out.
    expect(text).not.toContain(pdfLabels.ratificationTitle);
  });

  test("a remiss invitation's beslutsunderlag exists while the round is open, with the hash of the content as sent", async () => {
    const world = await revisionWorld();
    const { municipalityA } = world.organisations;
    signInAs(world.people.coordinator);
    await redirectOf(sendToConsultationAction(idleFormState, form({ versionId: world.version.id, organisationIds: [municipalityA.id], deadline: inDays(30), message: "" })));
    const invitation = await db.consultationInvitation.findFirstOrThrow({ where: { organisationId: municipalityA.id } });

    signInAs(world.people.memberA);
    const page = await loadInvitationPage(invitation.id);
    expect(page?.changes.changes[0]?.indicators[0]).toMatchObject({ kind: "changed", changes: [{ aspect: "target", before: "25", after: "27 % (2027)" }] });
    const file = await loadInvitationDecisionBasis(invitation.id, pdfLabels, labels);
    expect(file?.contentHash).toBe(page?.contentHash);
    expect(extractPdfText(file?.body ?? new Uint8Array())).toContain(page?.contentHash ?? "no hash");
    signInAs(world.people.signatoryB);
    expect(await loadInvitationDecisionBasis(invitation.id, pdfLabels, labels)).toBeNull();

    // Closed: the draft may change again, so there is no document "as sent" any more.
    signInAs(world.people.coordinator);
    await redirectOf(closeConsultationAction(idleFormState, form({ versionId: world.version.id })));
    expect(await loadInvitationDecisionBasis(invitation.id, pdfLabels, labels)).toBeNull();
    signInAs(world.people.memberA);
    expect(await loadInvitationDecisionBasis(invitation.id, pdfLabels, labels)).toBeNull();
  });
});
