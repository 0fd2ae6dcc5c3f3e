// Consultation (remiss): the coordinator sends a draft on consultation, invited organisations
// answer (draft, comments, submit once), the coordinator disposes of each comment and closes the
// round; the summary becomes public with the version. Every action refused for the wrong people
// with no row changed.
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import {
  addCommentAction,
  closeConsultationAction,
  deleteCommentAction,
  disposeCommentAction,
  saveResponseAction,
  sendToConsultationAction,
} from "@/lib/consultations/actions";
import { loadConsultationAdmin, loadInvitationPage, loadMyInvitations } from "@/lib/consultations/loaders";
import { queueDeadlineReminders } from "@/lib/consultations/mutations";
import { findPublicConsultation } from "@/lib/publications/data";
import { setVersionStatus } from "../factories/index.ts";
import { testDb as db } from "./db.ts";
import { createFlowWorld, expectRefused, flowDigest, inDays, type FlowWorld } from "./endorsement-world.ts";
import { signInAs } from "./session.ts";
import { form, redirectOf } from "./versions-support.ts";

async function sendOnConsultation(world: FlowWorld, organisationIds?: string[]) {
  const { municipalityA, municipalityB, police } = world.organisations;
  signInAs(world.people.coordinator);
  const target = await redirectOf(
    sendToConsultationAction(
      idleFormState,
      form({ versionId: world.version.id, organisationIds: organisationIds ?? [municipalityA.id, municipalityB.id, police.id], deadline: inDays(30), message: "Svara gärna före sommaren." }),
    ),
  );
  expect(target).toBe(`/arbetsyta/program/${world.programme.id}/version/${world.version.number}/remiss?klart=remiss-skickad`);
  const invitation = await db.consultationInvitation.findFirstOrThrow({ where: { organisationId: municipalityA.id, round: { versionId: world.version.id } } });
  return invitation.id;
}

describe("sending a draft on consultation", () => {
  test("the coordinator sends it: status, round, invitations, inbox rows and queued mail in one go", async () => {
    const world = await createFlowWorld();
    await sendOnConsultation(world);
    const version = await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } });
    expect(version.status).toBe("CONSULTATION");
    const round = await db.consultationRound.findFirstOrThrow({ where: { versionId: version.id }, include: { invitations: true } });
    expect(round.number).toBe(1);
    expect(round.invitations).toHaveLength(3);
    // Signatories of A, B and the police (and A's member) are told, in the app and by mail.
    const notified = await db.notification.findMany({ where: { kind: "consultation.invited" }, select: { userId: true } });
    expect(new Set(notified.map((n) => n.userId))).toEqual(new Set([world.people.signatoryA.id, world.people.memberA.id, world.people.signatoryB.id, world.people.policeSignatory.id]));
    const mail = await db.outboxMail.findMany({ select: { to: true, status: true, text: true } });
    expect(mail.map((m) => m.to).sort()).toEqual([world.people.signatoryA.email, world.people.memberA.email, world.people.signatoryB.email, world.people.policeSignatory.email].sort());
    expect(mail.every((m) => m.status === "QUEUED" && m.text.includes("Svara gärna före sommaren."))).toBe(true);
  });

  test("the page offers the county's municipalities, police and region by default, not the board", async () => {
    const world = await createFlowWorld();
    const page = await loadConsultationAdmin(world.programme.id, world.version.number);
    const defaults = page?.organisations.filter((o) => o.isDefault).map((o) => o.id).sort();
    const { municipalityA, municipalityB, municipalityC, police, region } = world.organisations;
    expect(defaults).toEqual([municipalityA.id, municipalityB.id, municipalityC.id, police.id, region.id].sort());
    expect(page?.canSend).toBe(true);
  });

  test("a deadline in the past and an organisation of another county are refused with field messages", async () => {
    const world = await createFlowWorld();
    const before = await flowDigest();
    const past = await sendToConsultationAction(idleFormState, form({ versionId: world.version.id, organisationIds: [world.organisations.municipalityA.id], deadline: inDays(-1), message: "" }));
    expect(past).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { deadline: ["deadlineInPast"] } });
    const foreign = await sendToConsultationAction(idleFormState, form({ versionId: world.version.id, organisationIds: [world.organisations.foreignMunicipality.id], deadline: inDays(10), message: "" }));
    expect(foreign).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { organisationIds: ["invalidReference"] } });
    const none = await sendToConsultationAction(idleFormState, form({ versionId: world.version.id, deadline: inDays(10), message: "" }));
    expect(none).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { organisationIds: ["organisationsRequired"] } });
    expect(await flowDigest()).toEqual(before);
  });

  test("nobody but the county's coordinator may send it, and only a draft", async () => {
    const world = await createFlowWorld();
    const { people } = world;
    const attempt = () => sendToConsultationAction(idleFormState, form({ versionId: world.version.id, organisationIds: [world.organisations.municipalityA.id], deadline: inDays(10), message: "" }));
    await expectRefused(
      [["a coordinator of another county", people.foreignCoordinator], ["a municipal signatory", people.signatoryA], ["a signatory at the board", people.boardSignatory], ["a signed-out visitor", null]],
      attempt,
      people.coordinator,
      "FORBIDDEN",
    );
    await setVersionStatus(db, world.version.id, "ENDORSEMENT");
    await expectRefused([["the coordinator, on a frozen version", people.coordinator]], attempt, people.coordinator, "INVALID_TRANSITION");
  });
});

describe("answering a consultation", () => {
  test("a signatory saves a draft, comments on an action, and submits once; the coordinator sees it only then", async () => {
    const world = await createFlowWorld();
    const invitationId = await sendOnConsultation(world);
    signInAs(world.people.signatoryA);
    const item = world.items[0];
    expect((await saveResponseAction(idleFormState, form({ invitationId, generalText: "Utkast-MARKÖR-1", intent: "save" }))).status).toBe("success");
    expect((await addCommentAction(idleFormState, form({ invitationId, anchor: `item:${item?.stableKey ?? ""}`, text: "Tillsynen behöver fler resurser." }))).status).toBe("success");

    signInAs(world.people.coordinator);
    const during = await loadConsultationAdmin(world.programme.id, world.version.number);
    expect(JSON.stringify(during)).not.toContain("Utkast-MARKÖR-1");
    expect(during?.rounds[0]?.invitations.find((i) => i.organisationName === world.organisations.municipalityA.name)?.status).toBe("DRAFT");

    signInAs(world.people.signatoryA);
    expect(await redirectOf(saveResponseAction(idleFormState, form({ invitationId, generalText: "Vi tillstyrker programmet.", intent: "submit" })))).toBe(`/arbetsyta/remiss/${invitationId}?klart=inskickat`);
    const again = await saveResponseAction(idleFormState, form({ invitationId, generalText: "Ändrat i efterhand", intent: "submit" }));
    expect(again).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });

    signInAs(world.people.coordinator);
    const after = await loadConsultationAdmin(world.programme.id, world.version.number);
    const round = after?.rounds[0];
    expect(round?.responses).toEqual([expect.objectContaining({ organisationName: world.organisations.municipalityA.name, generalText: "Vi tillstyrker programmet." })]);
    expect(round?.byAnchor).toEqual([{ anchorLabel: `${item?.number} Tillsyn`, comments: [expect.objectContaining({ text: "Tillsynen behöver fler resurser.", disposition: null })] }]);
  });

  test("a member reads the invitation but cannot answer; other organisations and counties are refused", async () => {
    const world = await createFlowWorld();
    const invitationId = await sendOnConsultation(world);
    const { people } = world;
    signInAs(people.memberA);
    const page = await loadInvitationPage(invitationId);
    expect(page?.organisationName).toBe(world.organisations.municipalityA.name);
    expect(page?.canRespond).toBe(false);
    signInAs(people.signatoryB);
    expect(await loadInvitationPage(invitationId)).toBeNull();
    await expectRefused(
      [["a member of the organisation", people.memberA], ["a signatory of another invited municipality", people.signatoryB], ["the coordinator", people.coordinator], ["a signatory in another county", people.foreignSignatory], ["a signed-out visitor", null]],
      () => saveResponseAction(idleFormState, form({ invitationId, generalText: "Inte vårt svar", intent: "save" })),
      people.coordinator,
      "FORBIDDEN",
    );
    await expectRefused(
      [["a signatory of another invited municipality", people.signatoryB], ["a coordinator of another county", people.foreignCoordinator]],
      () => addCommentAction(idleFormState, form({ invitationId, anchor: "", text: "Inte vår synpunkt" })),
      people.coordinator,
      "FORBIDDEN",
    );
  });

  test("a comment can be deleted from the draft, and an anchor from another version is refused", async () => {
    const world = await createFlowWorld();
    const invitationId = await sendOnConsultation(world);
    signInAs(world.people.signatoryA);
    await addCommentAction(idleFormState, form({ invitationId, anchor: "", text: "Ta bort mig" }));
    const comment = await db.consultationComment.findFirstOrThrow({ where: { text: "Ta bort mig" } });
    expect((await deleteCommentAction(idleFormState, form({ invitationId, commentId: comment.id }))).status).toBe("success");
    expect(await db.consultationComment.count()).toBe(0);
    const stranger = await addCommentAction(idleFormState, form({ invitationId, anchor: "item:00000000-0000-4000-8000-000000000000", text: "x" }));
    expect(stranger).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { anchor: ["invalidReference"] } });
  });
});

describe("disposing of comments and closing the round", () => {
  async function withSubmittedComment() {
    const world = await createFlowWorld();
    const invitationId = await sendOnConsultation(world);
    signInAs(world.people.signatoryA);
    await addCommentAction(idleFormState, form({ invitationId, anchor: `item:${world.items[1]?.stableKey ?? ""}`, text: "PUBLIK-SYNPUNKT: öka föräldrastödet" }));
    await redirectOf(saveResponseAction(idleFormState, form({ invitationId, generalText: "", intent: "submit" })));
    signInAs(world.people.coordinator);
    const comment = await db.consultationComment.findFirstOrThrow({});
    return { world, invitationId, comment };
  }

  test("the coordinator records a disposition; a reason is required unless accepted", async () => {
    const { world, comment } = await withSubmittedComment();
    const missing = await disposeCommentAction(idleFormState, form({ commentId: comment.id, decision: "NOT_ACCEPTED", reason: "" }));
    expect(missing).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { reason: ["reasonRequired"] } });
    expect((await disposeCommentAction(idleFormState, form({ commentId: comment.id, decision: "PARTLY_ACCEPTED", reason: "Ryms delvis i budget." }))).status).toBe("success");
    expect(await db.commentDisposition.findUniqueOrThrow({ where: { commentId: comment.id } })).toMatchObject({ decision: "PARTLY_ACCEPTED", reason: "Ryms delvis i budget." });
    await expectRefused(
      [["a coordinator of another county", world.people.foreignCoordinator], ["the commenting signatory", world.people.signatoryA], ["a signed-out visitor", null]],
      () => disposeCommentAction(idleFormState, form({ commentId: comment.id, decision: "ACCEPTED", reason: "" })),
      world.people.coordinator,
      "FORBIDDEN",
    );
  });

  test("closing returns the version to draft; late answers are refused; outsiders cannot close", async () => {
    const { world, invitationId } = await withSubmittedComment();
    await expectRefused(
      [["a coordinator of another county", world.people.foreignCoordinator], ["a municipal signatory", world.people.signatoryB], ["a signed-out visitor", null]],
      () => closeConsultationAction(idleFormState, form({ versionId: world.version.id })),
      world.people.coordinator,
      "FORBIDDEN",
    );
    expect(await redirectOf(closeConsultationAction(idleFormState, form({ versionId: world.version.id })))).toContain("?klart=remiss-avslutad");
    const version = await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } });
    expect(version.status).toBe("DRAFT");
    expect((await db.consultationRound.findFirstOrThrow({})).closedAt).not.toBeNull();
    signInAs(world.people.signatoryB);
    const bInvitation = await db.consultationInvitation.findFirstOrThrow({ where: { organisationId: world.organisations.municipalityB.id } });
    expect(await saveResponseAction(idleFormState, form({ invitationId: bInvitation.id, generalText: "För sent", intent: "save" }))).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
    expect(invitationId).toBeTruthy();
  });

  test("the summary is public only once the version is published, with submitted comments and dispositions only", async () => {
    const { world, comment } = await withSubmittedComment();
    await disposeCommentAction(idleFormState, form({ commentId: comment.id, decision: "ACCEPTED", reason: "" }));
    signInAs(world.people.signatoryB);
    const bInvitation = await db.consultationInvitation.findFirstOrThrow({ where: { organisationId: world.organisations.municipalityB.id } });
    await saveResponseAction(idleFormState, form({ invitationId: bInvitation.id, generalText: "OINSKICKAT-UTKAST", intent: "save" }));
    const county = await db.county.findUniqueOrThrow({ where: { id: world.county.id } });
    expect(await findPublicConsultation(county.slug, world.programme.slug, world.version.number)).toBeNull();
    await setVersionStatus(db, world.version.id, "PUBLISHED");
    const summary = await findPublicConsultation(county.slug, world.programme.slug, world.version.number);
    const text = JSON.stringify(summary);
    expect(text).toContain("PUBLIK-SYNPUNKT");
    expect(text).toContain("ACCEPTED");
    expect(text).not.toContain("OINSKICKAT-UTKAST");
    expect(text).not.toContain(world.people.signatoryA.email);
    expect(summary?.rounds[0]?.invitedCount).toBe(3);
  });
});

describe("reminders and the workspace", () => {
  test("a reminder three days before the deadline is queued once, only for organisations that have not answered", async () => {
    const world = await createFlowWorld();
    signInAs(world.people.coordinator);
    await redirectOf(sendToConsultationAction(idleFormState, form({ versionId: world.version.id, organisationIds: [world.organisations.municipalityA.id, world.organisations.municipalityB.id], deadline: inDays(2), message: "" })));
    const invitationB = await db.consultationInvitation.findFirstOrThrow({ where: { organisationId: world.organisations.municipalityB.id } });
    signInAs(world.people.signatoryB);
    await redirectOf(saveResponseAction(idleFormState, form({ invitationId: invitationB.id, generalText: "Klart", intent: "submit" })));
    expect(await queueDeadlineReminders()).toBe(1);
    expect(await queueDeadlineReminders()).toBe(0);
    const reminders = await db.notification.findMany({ where: { kind: "consultation.deadline" } });
    expect(reminders.map((r) => r.userId)).toEqual([world.people.signatoryA.id]);
  });

  test("the invited organisation's people see the invitation in their workspace; others do not", async () => {
    const world = await createFlowWorld();
    await sendOnConsultation(world, [world.organisations.municipalityA.id]);
    signInAs(world.people.memberA);
    expect((await loadMyInvitations()).map((i) => i.organisationName)).toEqual([world.organisations.municipalityA.name]);
    signInAs(world.people.signatoryC);
    expect(await loadMyInvitations()).toEqual([]);
  });
});
