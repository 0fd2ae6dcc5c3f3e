// Endorsement, ratification and publishing: the coordinator freezes a draft for endorsement,
// each organisation decides for itself only (idempotently, with its minutes as a checked PDF),
// ratification waits for every required decision, and publishing supersedes the version in force
// in the same transaction. Refusals leave every row as it was.
import { describe, expect, test, vi } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { decideAction, publishVersionAction, ratifyVersionAction, reopenVersionAction, sendForEndorsementAction } from "@/lib/endorsements/actions";
import { loadDecisionPage, loadEndorsementAdmin, loadMinutesFile, loadMyEndorsements } from "@/lib/endorsements/loaders";
import { deliverQueuedMail, MAX_MAIL_ATTEMPTS } from "@/lib/mail/mutations";
import { computeContentHash } from "@/lib/programmes/content-hash";
import { loadProgrammeContents } from "@/lib/programmes/data";
import { startRevisionAction } from "@/lib/programmes/actions";
import { loadVersionPage } from "@/lib/programmes/loaders";
import { findPublicVersion } from "@/lib/publications/data";
import { createEndorsement, setVersionStatus } from "../factories/index.ts";
import { refusalOf, testDb as db } from "./db.ts";
import { createFlowWorld, expectRefused, flowDigest, type FlowWorld } from "./endorsement-world.ts";
import { signInAs } from "./session.ts";
import { form, outcome, redirectOf } from "./versions-support.ts";

const mail = vi.hoisted(() => ({ configured: false, send: vi.fn<(message: { to: string }) => Promise<void>>() }));
vi.mock("@/lib/mail/transport", () => ({
  isMailConfigured: () => mail.configured,
  sendMail: (message: { to: string }) => mail.send(message),
}));

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function sendForEndorsement(world: FlowWorld, organisationIds: string[]) {
  signInAs(world.people.coordinator);
  const result = await outcome(sendForEndorsementAction(idleFormState, form({ versionId: world.version.id, organisationIds })));
  expect(result).toEqual({ redirectedTo: `/arbetsyta/program/${world.programme.id}/version/${world.version.number}/stallningstagande?klart=skickad` });
}

async function endorsementOf(world: FlowWorld, organisationId: string) {
  return db.endorsement.findFirstOrThrow({ where: { versionId: world.version.id, organisationId, current: true } });
}

function decision(endorsementId: string, fields: Record<string, string> = {}, minutes?: File): FormData {
  const data = form({ endorsementId, decision: "ENDORSED", decisionBody: "Kommunstyrelsen", decisionDate: "2026-10-01", paragraph: "112", diarienummer: "KS 2026/45", reservation: "", declineReason: "", ...fields });
  data.append("minutes", minutes ?? new File([], "", { type: "application/octet-stream" }));
  return data;
}

async function decide(world: FlowWorld, user: FlowWorld["people"]["signatoryA"], organisationId: string, fields: Record<string, string> = {}, minutes?: File) {
  signInAs(user);
  const endorsement = await endorsementOf(world, organisationId);
  return decideAction(idleFormState, decision(endorsement.id, fields, minutes));
}

describe("sending for endorsement", () => {
  test("freezes the content, records its hash, asks every required organisation and queues their mail", async () => {
    const world = await createFlowWorld();
    const { municipalityA, municipalityB, police } = world.organisations;
    await sendForEndorsement(world, [municipalityA.id, municipalityB.id, police.id]);
    const version = await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } });
    expect(version.status).toBe("ENDORSEMENT");
    const loaded = await loadProgrammeContents(world.programme.id, [world.county.id], () => [version.number]);
    const content = loaded?.contents.get(version.number);
    expect(content).toBeDefined();
    expect(version.contentHash).toBe(content === undefined ? "" : computeContentHash(content.content));
    const rows = await db.endorsement.findMany({ where: { versionId: version.id } });
    expect(rows.map((r) => [r.organisationId, r.status, r.required, r.current, r.round]).sort()).toEqual(
      [municipalityA.id, municipalityB.id, police.id].sort().map((id) => [id, "PENDING", true, true, 1]),
    );
    expect((await db.outboxMail.findMany()).map((m) => m.to).sort()).toEqual([world.people.signatoryA.email, world.people.signatoryB.email, world.people.policeSignatory.email].sort());
    expect((await loadVersionPage(world.programme.id, version.number))?.endorsementProgress).toEqual({ endorsed: 0, required: 3, declined: 0 });
    // From now on the database itself refuses content changes.
    const item = world.items[0];
    expect(await refusalOf(db.actionItem.update({ where: { id: item?.id ?? "" }, data: { title: "Ändrad efteråt" } }))).toBe("LP001");
  });

  test("a revision requires only organisations whose responsibilities changed; the others' decisions carry over", async () => {
    const world = await createFlowWorld();
    const { municipalityA, municipalityB, municipalityC, police, region, board } = world.organisations;
    for (const organisationId of [municipalityA.id, municipalityB.id, municipalityC.id, police.id, region.id, board.id]) {
      await createEndorsement(db, { versionId: world.version.id, organisationId, status: "ENDORSED", decisionBody: "KS", decisionDate: new Date("2022-05-01") });
    }
    await setVersionStatus(db, world.version.id, "PUBLISHED");
    signInAs(world.people.coordinator);
    await outcome(startRevisionAction(idleFormState, form({ programmeId: world.programme.id, nationalStrategyId: "" })));
    const revision = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: world.programme.id, number: 2 } });
    // Municipality C takes over item 1.1 from A: both A and C are affected.
    const item = await db.actionItem.findFirstOrThrow({ where: { versionId: revision.id, stableKey: world.items[0]?.stableKey ?? "" } });
    await db.actionItemOrganisation.deleteMany({ where: { itemId: item.id } });
    await db.actionItemOrganisation.create({ data: { itemId: item.id, organisationId: municipalityC.id, role: "RESPONSIBLE", lead: true } });

    const page = await loadEndorsementAdmin(world.programme.id, 2);
    expect(page?.organisations.filter((o) => o.isDefault).map((o) => o.id).sort()).toEqual([municipalityA.id, municipalityC.id].sort());
    expect(page?.affectedOrganisations.slice().sort()).toEqual([municipalityA.id, municipalityC.id].sort());

    const revisionWorld = { ...world, version: revision };
    await sendForEndorsement(revisionWorld, [municipalityA.id, municipalityC.id]);
    const rows = await db.endorsement.findMany({ where: { versionId: revision.id, current: true } });
    const carried = rows.filter((r) => r.carriedOverFromId !== null);
    expect(carried.map((r) => r.organisationId).sort()).toEqual([municipalityB.id, police.id, region.id, board.id].sort());
    expect(carried.every((r) => r.status === "ENDORSED" && !r.required && r.decisionBody === "KS")).toBe(true);
    const admin = await loadEndorsementAdmin(world.programme.id, 2);
    expect(admin?.outcome).toMatchObject({ requiredCount: 2, endorsedCount: 0, carriedOverCount: 4, isComplete: false });
  });

  test("only the county's coordinator may send, and only a draft", async () => {
    const world = await createFlowWorld();
    const { people } = world;
    const attempt = () => sendForEndorsementAction(idleFormState, form({ versionId: world.version.id, organisationIds: [world.organisations.municipalityA.id] }));
    await expectRefused(
      [["a coordinator of another county", people.foreignCoordinator], ["a municipal signatory", people.signatoryA], ["a signatory at the board", people.boardSignatory], ["a signed-out visitor", null]],
      attempt,
      people.coordinator,
      "FORBIDDEN",
    );
    await setVersionStatus(db, world.version.id, "CONSULTATION");
    await expectRefused([["the coordinator, during consultation", people.coordinator]], attempt, people.coordinator, "INVALID_TRANSITION");
  });
});

describe("an organisation's decision", () => {
  test("a signatory decides for its own organisation; the coordinator is told by inbox and mail", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id, world.organisations.municipalityB.id]);
    const state = await decide(world, world.people.signatoryA, world.organisations.municipalityA.id, { decision: "ENDORSED_WITH_RESERVATION", reservation: "Resurser saknas för 1.2." });
    expect(state.status).toBe("success");
    const row = await endorsementOf(world, world.organisations.municipalityA.id);
    expect(row).toMatchObject({ status: "ENDORSED_WITH_RESERVATION", reservation: "Resurser saknas för 1.2.", decisionBody: "Kommunstyrelsen", paragraph: "112", diarienummer: "KS 2026/45", decidedById: world.people.signatoryA.id });
    const toCoordinator = await db.notification.findMany({ where: { userId: world.people.coordinator.id, kind: "endorsement.decided" } });
    expect(toCoordinator).toHaveLength(1);
    expect(await db.outboxMail.count({ where: { to: world.people.coordinator.email } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "endorsement.decide", entityId: row.id } })).toBe(1);
  });

  test("nobody decides for another organisation: not the coordinator, another municipality, a member or another county", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    const row = await endorsementOf(world, world.organisations.municipalityA.id);
    const { people } = world;
    await expectRefused(
      [
        ["the coordinator", people.coordinator],
        ["a signatory of another municipality", people.signatoryB],
        ["a member of the organisation", people.memberA],
        ["a signatory in another county", people.foreignSignatory],
        ["a signed-out visitor", null],
      ],
      () => decideAction(idleFormState, decision(row.id)),
      people.coordinator,
      "FORBIDDEN",
    );
  });

  test("a member with a signing delegation for this version may decide, where the organisation allows delegation", async () => {
    const world = await createFlowWorld({ allowsDelegation: true });
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    await db.signingDelegation.create({ data: { versionId: world.version.id, organisationId: world.organisations.municipalityA.id, userId: world.people.memberA.id, grantedById: world.people.signatoryA.id } });
    expect((await decide(world, world.people.memberA, world.organisations.municipalityA.id)).status).toBe("success");
    await db.signingDelegation.updateMany({ data: { revokedAt: new Date() } });
    const revoked = await decide(world, world.people.memberA, world.organisations.municipalityA.id, { decision: "DECLINED", declineReason: "x" });
    expect(revoked).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect((await endorsementOf(world, world.organisations.municipalityA.id)).status).toBe("ENDORSED");
  });

  test("ten identical decisions at once leave one row, decided once, with one audit event", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    signInAs(world.people.signatoryA);
    const row = await endorsementOf(world, world.organisations.municipalityA.id);
    const states = await Promise.all(Array.from({ length: 10 }, () => decideAction(idleFormState, decision(row.id))));
    expect(states.every((s) => s.status === "success")).toBe(true);
    expect(await db.endorsement.count({ where: { versionId: world.version.id, organisationId: world.organisations.municipalityA.id } })).toBe(1);
    expect((await endorsementOf(world, world.organisations.municipalityA.id)).status).toBe("ENDORSED");
    expect(await db.auditEvent.count({ where: { entityId: row.id } })).toBe(1);
    expect(await db.notification.count({ where: { kind: "endorsement.decided" } })).toBe(1);
  });

  test("the minutes extract must be a PDF of at most 10 MB and is served back byte for byte to those who may see it", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    const before = await flowDigest();
    const fake = await decide(world, world.people.signatoryA, world.organisations.municipalityA.id, {}, new File(["<html>inte en pdf</html>"], "protokoll.pdf", { type: "application/pdf" }));
    expect(fake).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { minutes: ["fileNotPdf"] } });
    expect(fake.status === "error" && fake.values["decisionBody"]).toBe("Kommunstyrelsen");
    const huge = new Uint8Array(10 * 1024 * 1024 + 1);
    huge.set(PDF);
    const tooLarge = await decide(world, world.people.signatoryA, world.organisations.municipalityA.id, {}, new File([huge], "stor.pdf", { type: "application/pdf" }));
    expect(tooLarge).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { minutes: ["fileTooLarge"] } });
    expect(await flowDigest()).toEqual(before);

    expect((await decide(world, world.people.signatoryA, world.organisations.municipalityA.id, {}, new File([PDF], "KS §112.pdf", { type: "application/pdf" }))).status).toBe("success");
    const row = await endorsementOf(world, world.organisations.municipalityA.id);
    signInAs(world.people.memberA);
    const served = await loadMinutesFile(row.id);
    expect(served === null ? null : Buffer.from(served.bytes).equals(Buffer.from(PDF))).toBe(true);
    signInAs(world.people.signatoryB);
    expect(await loadMinutesFile(row.id)).toBeNull();
    signInAs(null);
    expect(await loadMinutesFile(row.id)).toBeNull();
    await setVersionStatus(db, world.version.id, "PUBLISHED");
    expect(await loadMinutesFile(row.id)).not.toBeNull();
  });

  test("a decision can be corrected until ratification, each change audited; then it is locked", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    await decide(world, world.people.signatoryA, world.organisations.municipalityA.id, { decision: "DECLINED", declineReason: "Fel beslutsunderlag" });
    await decide(world, world.people.signatoryA, world.organisations.municipalityA.id, { decision: "ENDORSED" });
    const row = await endorsementOf(world, world.organisations.municipalityA.id);
    expect(row).toMatchObject({ status: "ENDORSED", declineReason: null });
    expect((await db.auditEvent.findMany({ where: { entityId: row.id }, orderBy: { at: "asc" } })).map((e) => e.action)).toEqual(["endorsement.decide", "endorsement.correct"]);
    signInAs(world.people.coordinator);
    expect(await redirectOf(ratifyVersionAction(idleFormState, form({ versionId: world.version.id, ratificationBody: "Landshövdingen", ratificationDate: "2026-11-01", ratificationDnr: "", confirmExpired: "on" })))).toContain("?klart=faststalld");
    const late = await decide(world, world.people.signatoryA, world.organisations.municipalityA.id, { decision: "DECLINED", declineReason: "Ångrat" });
    expect(late).toMatchObject({ status: "error", code: "INVALID_TRANSITION" });
  });

  test("the organisation's page shows what changed for it and whether it may decide", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    const row = await endorsementOf(world, world.organisations.municipalityA.id);
    signInAs(world.people.signatoryA);
    expect((await loadDecisionPage(row.id))?.canDecide).toBe(true);
    expect((await loadMyEndorsements()).map((e) => e.endorsementId)).toEqual([row.id]);
    signInAs(world.people.memberA);
    expect((await loadDecisionPage(row.id))?.canDecide).toBe(false);
    signInAs(world.people.signatoryB);
    expect(await loadDecisionPage(row.id)).toBeNull();
  });
});

describe("ratification and publishing", () => {
  // The fixtures' validity ended in 2025: the coordinator confirms knowing that (see who-is-asked.test.ts).
  const ratifyForm = (versionId: string) => form({ versionId, ratificationBody: "Landshövdingen", ratificationDate: "2026-11-01", ratificationDnr: "Lst 2026/77", confirmExpired: "on" });

  test("ratification is refused until every required organisation stood behind the version", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id, world.organisations.municipalityB.id]);
    await decide(world, world.people.signatoryA, world.organisations.municipalityA.id);
    await expectRefused([["the coordinator, one decision missing", world.people.coordinator]], () => ratifyVersionAction(idleFormState, ratifyForm(world.version.id)), world.people.coordinator, "INVALID_TRANSITION");
    await decide(world, world.people.signatoryB, world.organisations.municipalityB.id, { decision: "DECLINED", declineReason: "Saknar finansiering" });
    await expectRefused([["the coordinator, one declined", world.people.coordinator]], () => ratifyVersionAction(idleFormState, ratifyForm(world.version.id)), world.people.coordinator, "INVALID_TRANSITION");
    await decide(world, world.people.signatoryB, world.organisations.municipalityB.id, { decision: "ENDORSED" });
    await expectRefused(
      [["a coordinator of another county", world.people.foreignCoordinator], ["a signatory", world.people.signatoryA], ["a signed-out visitor", null]],
      () => ratifyVersionAction(idleFormState, ratifyForm(world.version.id)),
      world.people.coordinator,
      "FORBIDDEN",
    );
    signInAs(world.people.coordinator);
    expect(await redirectOf(ratifyVersionAction(idleFormState, ratifyForm(world.version.id)))).toContain("?klart=faststalld");
    expect(await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } })).toMatchObject({ status: "RATIFIED", ratificationBody: "Landshövdingen", ratificationDnr: "Lst 2026/77" });
  });

  test("after a decline the coordinator reopens the version; the round stays in history when it is sent again", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    await decide(world, world.people.signatoryA, world.organisations.municipalityA.id, { decision: "DECLINED", declineReason: "Nej" });
    await expectRefused([["a coordinator of another county", world.people.foreignCoordinator], ["the declining signatory", world.people.signatoryA]], () => reopenVersionAction(idleFormState, form({ versionId: world.version.id })), world.people.coordinator, "FORBIDDEN");
    signInAs(world.people.coordinator);
    expect(await redirectOf(reopenVersionAction(idleFormState, form({ versionId: world.version.id })))).toContain("?klart=oppnad");
    expect((await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } })).status).toBe("DRAFT");
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    const rows = await db.endorsement.findMany({ where: { versionId: world.version.id }, orderBy: { round: "asc" } });
    expect(rows.map((r) => [r.round, r.status, r.current])).toEqual([
      [1, "DECLINED", null],
      [2, "PENDING", true],
    ]);
    const page = await loadEndorsementAdmin(world.programme.id, world.version.number);
    expect(page?.history.map((h) => h.round)).toEqual([1]);
  });

  test("publishing supersedes the version in force in the same transaction and tells everyone who took part", async () => {
    const world = await createFlowWorld();
    const { municipalityA } = world.organisations;
    await setVersionStatus(db, world.version.id, "PUBLISHED");
    signInAs(world.people.coordinator);
    await outcome(startRevisionAction(idleFormState, form({ programmeId: world.programme.id, nationalStrategyId: "" })));
    const revision = await db.programmeVersion.findFirstOrThrow({ where: { programmeId: world.programme.id, number: 2 } });
    const revisionWorld = { ...world, version: revision };
    await sendForEndorsement(revisionWorld, [municipalityA.id]);
    await decide(revisionWorld, world.people.signatoryA, municipalityA.id);
    signInAs(world.people.coordinator);
    await expectRefused([["the coordinator, before ratification", world.people.coordinator]], () => publishVersionAction(idleFormState, form({ versionId: revision.id, confirmExpired: "on" })), world.people.coordinator, "INVALID_TRANSITION");
    await redirectOf(ratifyVersionAction(idleFormState, ratifyForm(revision.id)));
    await expectRefused(
      [["a coordinator of another county", world.people.foreignCoordinator], ["a signatory", world.people.signatoryA], ["a signed-out visitor", null]],
      () => publishVersionAction(idleFormState, form({ versionId: revision.id, confirmExpired: "on" })),
      world.people.coordinator,
      "FORBIDDEN",
    );
    expect(await redirectOf(publishVersionAction(idleFormState, form({ versionId: revision.id, confirmExpired: "on" })))).toContain("?klart=publicerad");
    const versions = await db.programmeVersion.findMany({ where: { programmeId: world.programme.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.status)).toEqual(["SUPERSEDED", "PUBLISHED"]);
    expect(versions[0]?.supersededAt).toEqual(versions[1]?.publishedAt);
    const county = await db.county.findUniqueOrThrow({ where: { id: world.county.id } });
    expect((await findPublicVersion(county.slug, world.programme.slug, null))?.number).toBe(2);
    const published = await db.notification.findMany({ where: { kind: "version.published" }, select: { userId: true } });
    expect(published.map((n) => n.userId).sort()).toEqual([world.people.signatoryA.id, world.people.coordinator.id].sort());
  });
});

describe("the mail outbox", () => {
  test("mail is sent after commit; a failing server is retried later and finally marked failed, never undoing the change", async () => {
    const world = await createFlowWorld();
    await sendForEndorsement(world, [world.organisations.municipalityA.id]);
    mail.configured = true;
    mail.send.mockRejectedValue(new Error("connect ECONNREFUSED"));
    let now = new Date();
    const first = await deliverQueuedMail(now);
    expect(first).toEqual({ sent: 0, retried: 1, failed: 0 });
    const queued = await db.outboxMail.findFirstOrThrow({});
    expect(queued).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "connect ECONNREFUSED" });
    expect(queued.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    // Not due yet: nothing is tried.
    expect(await deliverQueuedMail(now)).toEqual({ sent: 0, retried: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_MAIL_ATTEMPTS; attempt += 1) {
      now = new Date(now.getTime() + 60 * 60_000);
      await deliverQueuedMail(now);
    }
    expect(await db.outboxMail.findFirstOrThrow({})).toMatchObject({ status: "FAILED", attempts: MAX_MAIL_ATTEMPTS });
    expect((await db.programmeVersion.findUniqueOrThrow({ where: { id: world.version.id } })).status).toBe("ENDORSEMENT");

    mail.send.mockReset();
    mail.send.mockResolvedValue(undefined);
    await decide(world, world.people.signatoryA, world.organisations.municipalityA.id);
    expect(await deliverQueuedMail(new Date(Date.now() + 1000))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(mail.send).toHaveBeenCalledWith(expect.objectContaining({ to: world.people.coordinator.email }));
    mail.configured = false;
  });
});
