// Comments while drafting: the county's coordinator and the reviewers they invite comment on a
// draft, reply and resolve; everything is audited; the wrong county, role and state are refused
// with no row changed; comments are never public and never exported.
import { describe, expect, test } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import {
  addDraftCommentAction,
  inviteReviewerAction,
  removeReviewerAction,
  reopenThreadAction,
  replyDraftCommentAction,
  resolveThreadAction,
} from "@/lib/comments/actions";
import { loadCommentsPage, loadItemComments, loadMyReviews, loadUnresolvedCounts } from "@/lib/comments/loaders";
import type { User } from "@/lib/db/generated/client";
import { loadPublicVersion, loadVersionExport } from "@/lib/publications/loaders";
import type { PdfLabels } from "@/lib/publications/pdf";
import sv from "@/messages/sv.json";
import { createMember, setVersionStatus } from "../factories/index.ts";
import { extractPdfText } from "../support/pdf-text.ts";
import { refusalOf, testDb as db } from "./db.ts";
import { createFlowWorld, type FlowWorld } from "./endorsement-world.ts";
import { signInAs } from "./session.ts";
import { form, tablesDigest } from "./versions-support.ts";

const commentTables = ["draft_comment", "draft_reviewer", "audit_event", "notification", "outbox_mail", "programme_version"] as const;
const digest = () => tablesDigest(commentTables);
const everything = { filter: { kind: "ALL" as const }, unresolvedOnly: false };

type State = { status: string; code?: string };

/** Runs `attempt` as each user: each is refused with `code` (UNAUTHENTICATED when signed out) and no row changes. */
async function expectRefused(users: readonly [string, User | null][], attempt: () => Promise<State>, code: string): Promise<void> {
  for (const [who, user] of users) {
    const before = await digest();
    signInAs(user);
    const state = await attempt();
    expect({ who, status: state.status, code: state.code }).toEqual({ who, status: "error", code: user === null ? "UNAUTHENTICATED" : code });
    expect(await digest(), `${who}: nothing may change`).toEqual(before);
  }
}

function itemOf(world: FlowWorld, index = 0) {
  const item = world.items[index];
  if (item === undefined) throw new Error("world without items");
  return item;
}

async function invite(world: FlowWorld, user: User) {
  signInAs(world.people.coordinator);
  const state = await inviteReviewerAction(idleFormState, form({ versionId: world.version.id, userId: user.id }));
  expect(state.status).toBe("success");
}

async function comment(world: FlowWorld, anchor: string, text: string): Promise<string> {
  const state = await addDraftCommentAction(idleFormState, form({ versionId: world.version.id, anchor, text }));
  expect(state.status).toBe("success");
  const row = await db.draftComment.findFirstOrThrow({ where: { text }, select: { id: true } });
  return row.id;
}

async function auditActions(versionCountyId: string): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ where: { countyId: versionCountyId, entityType: { in: ["DraftComment", "DraftReviewer"] } }, orderBy: { id: "asc" } });
  return rows.map((row) => row.action);
}

describe("commenting on a draft", () => {
  test("an invited reviewer comments on an action; the coordinator sees the count, replies and resolves; every step is audited", async () => {
    const world = await createFlowWorld();
    const { coordinator, memberA } = world.people;
    const item = itemOf(world);
    await invite(world, memberA);

    signInAs(memberA);
    expect((await loadMyReviews()).map((r) => r.versionNumber)).toEqual([world.version.number]);
    const reviewerPage = await loadCommentsPage(world.programme.id, world.version.number, everything);
    expect(reviewerPage).toMatchObject({ isOpen: true, isCoordinator: false, reviewers: null });
    const threadId = await comment(world, `item:${item.stableKey}`, "Tillsynen behöver fler kommuner.");

    signInAs(coordinator);
    const counts = await loadUnresolvedCounts(world.programme.id, world.version.number);
    expect(counts).toEqual({ total: 1, byItem: { [item.stableKey]: 1 }, byFocusArea: { [world.focusAreas[0]?.stableKey ?? ""]: 1 } });
    expect((await replyDraftCommentAction(idleFormState, form({ threadId, text: "Vi lägger till Flen." }))).status).toBe("success");
    const onItemPage = await loadItemComments(world.programme.id, world.version.number, item.stableKey);
    expect(onItemPage?.threads).toEqual([
      expect.objectContaining({ text: "Tillsynen behöver fler kommuner.", canResolve: true, anchor: { kind: "ITEM", stableKey: item.stableKey, label: `${item.number} Tillsyn` }, replies: [expect.objectContaining({ text: "Vi lägger till Flen." })] }),
    ]);
    expect((await resolveThreadAction(idleFormState, form({ threadId }))).status).toBe("success");
    expect(await loadUnresolvedCounts(world.programme.id, world.version.number)).toEqual({ total: 0, byItem: {}, byFocusArea: {} });
    const thread = await db.draftComment.findUniqueOrThrow({ where: { id: threadId } });
    expect(thread.resolvedById).toBe(coordinator.id);

    // The author reopens their own thread and resolves it again.
    signInAs(memberA);
    expect((await reopenThreadAction(idleFormState, form({ threadId }))).status).toBe("success");
    expect((await resolveThreadAction(idleFormState, form({ threadId }))).status).toBe("success");
    // Resolving a resolved thread again is a conflict, not a second audit row.
    expect(await resolveThreadAction(idleFormState, form({ threadId }))).toMatchObject({ status: "error", code: "CONFLICT" });

    expect(await auditActions(world.county.id)).toEqual(["reviewer.invite", "comment.add", "comment.reply", "comment.resolve", "comment.reopen", "comment.resolve"]);
    const added = await db.auditEvent.findFirstOrThrow({ where: { action: "comment.add" } });
    expect(added).toMatchObject({ actorId: memberA.id, entityId: threadId, programmeId: world.programme.id, after: { anchor: `${item.number} Tillsyn`, text: "Tillsynen behöver fler kommuner." } });
  });

  test("the coordinator comments on the programme and a focus area; the filter finds each; a focus area's filter includes its actions", async () => {
    const world = await createFlowWorld();
    const area = world.focusAreas[0];
    if (area === undefined) throw new Error("no focus area");
    await comment(world, "", "Helheten ser bra ut.");
    await comment(world, `fa:${area.stableKey}`, "Fokusområdet saknar mål.");
    await comment(world, `item:${itemOf(world, 1).stableKey}`, "Föräldrastödet behöver en indikator.");
    const texts = async (filter: Parameters<typeof loadCommentsPage>[2]["filter"]) =>
      (await loadCommentsPage(world.programme.id, world.version.number, { filter, unresolvedOnly: true }))?.threads.map((t) => t.text);
    expect(await texts({ kind: "ALL" })).toEqual(["Helheten ser bra ut.", "Fokusområdet saknar mål.", "Föräldrastödet behöver en indikator."]);
    expect(await texts({ kind: "PROGRAMME" })).toEqual(["Helheten ser bra ut."]);
    expect(await texts({ kind: "FOCUS_AREA", stableKey: area.stableKey })).toEqual(["Fokusområdet saknar mål.", "Föräldrastödet behöver en indikator."]);
    expect(await texts({ kind: "ITEM", stableKey: itemOf(world, 1).stableKey })).toEqual(["Föräldrastödet behöver en indikator."]);
    const page = await loadCommentsPage(world.programme.id, world.version.number, everything);
    expect(page?.totals).toEqual({ threads: 3, unresolved: 3 });
    expect(page?.isCoordinator).toBe(true);
  });

  test("an empty comment and an anchor of another version are refused beside their fields, nothing written", async () => {
    const world = await createFlowWorld();
    const other = await createFlowWorld();
    signInAs(world.people.coordinator);
    const before = await digest();
    const empty = await addDraftCommentAction(idleFormState, form({ versionId: world.version.id, anchor: "", text: "   " }));
    expect(empty).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { text: ["required"] }, values: { text: "   " } });
    const foreignAnchor = await addDraftCommentAction(idleFormState, form({ versionId: world.version.id, anchor: `item:${itemOf(other).stableKey}`, text: "Fel version" }));
    expect(foreignAnchor).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { anchor: ["invalidReference"] } });
    expect(await digest()).toEqual(before);
  });
});

describe("who may comment", () => {
  test("another county's coordinator, an uninvited member, a signatory of another organisation and a signed-out caller are refused", async () => {
    const world = await createFlowWorld();
    const { people } = world;
    const attempt = () => addDraftCommentAction(idleFormState, form({ versionId: world.version.id, anchor: "", text: "Obehörig kommentar" }));
    await expectRefused(
      [
        ["a coordinator of another county", people.foreignCoordinator],
        ["an uninvited member of the county", people.memberA],
        ["an uninvited signatory in the county", people.signatoryB],
        ["a signatory of another county's organisation", people.foreignSignatory],
        ["a signed-out caller", null],
      ],
      attempt,
      "FORBIDDEN",
    );
    for (const user of [people.memberA, people.foreignCoordinator]) {
      signInAs(user);
      expect(await loadCommentsPage(world.programme.id, world.version.number, everything)).toBeNull();
      expect(await loadUnresolvedCounts(world.programme.id, world.version.number)).toBeNull();
    }
  });

  test("a reviewer of one version cannot comment on another county's version, nor resolve someone else's thread", async () => {
    const world = await createFlowWorld();
    const other = await createFlowWorld();
    await invite(world, world.people.memberA);
    signInAs(world.people.coordinator);
    const threadId = await comment(world, "", "Samordnarens tråd");
    await expectRefused(
      [["the reviewer, on another county's version", world.people.memberA]],
      () => addDraftCommentAction(idleFormState, form({ versionId: other.version.id, anchor: "", text: "Fel län" })),
      "FORBIDDEN",
    );
    await expectRefused([["the reviewer, on the coordinator's thread", world.people.memberA]], () => resolveThreadAction(idleFormState, form({ threadId })), "FORBIDDEN");
    // Replying is allowed to the reviewer; resolving the same thread is the coordinator's (or author's).
    signInAs(world.people.memberA);
    expect((await replyDraftCommentAction(idleFormState, form({ threadId, text: "Håller med." }))).status).toBe("success");
  });

  test("a removed reviewer, or one who left the county's organisations, is refused again", async () => {
    const world = await createFlowWorld();
    const { memberA, signatoryB, coordinator } = world.people;
    await invite(world, memberA);
    await invite(world, signatoryB);
    const reviewer = await db.draftReviewer.findFirstOrThrow({ where: { userId: memberA.id } });
    signInAs(coordinator);
    expect((await removeReviewerAction(idleFormState, form({ reviewerId: reviewer.id }))).status).toBe("success");
    await db.membership.deleteMany({ where: { userId: signatoryB.id } });
    const attempt = () => addDraftCommentAction(idleFormState, form({ versionId: world.version.id, anchor: "", text: "Efter borttagningen" }));
    await expectRefused([["a removed reviewer", memberA], ["a reviewer without a membership in the county", signatoryB]], attempt, "FORBIDDEN");
    signInAs(memberA);
    expect(await loadMyReviews()).toEqual([]);
    expect(await auditActions(world.county.id)).toEqual(["reviewer.invite", "reviewer.invite", "reviewer.remove"]);
  });

  test("only the county's coordinator invites and removes reviewers, and only members of the county's organisations", async () => {
    const world = await createFlowWorld();
    const { people } = world;
    await invite(world, people.memberA);
    const attempt = () => inviteReviewerAction(idleFormState, form({ versionId: world.version.id, userId: people.signatoryC.id }));
    await expectRefused(
      [
        ["an invited reviewer", people.memberA],
        ["a coordinator of another county", people.foreignCoordinator],
        ["a signatory at the board", people.boardSignatory],
        ["a signed-out caller", null],
      ],
      attempt,
      "FORBIDDEN",
    );
    const reviewer = await db.draftReviewer.findFirstOrThrow({ where: { userId: people.memberA.id } });
    await expectRefused([["a coordinator of another county", people.foreignCoordinator]], () => removeReviewerAction(idleFormState, form({ reviewerId: reviewer.id })), "FORBIDDEN");
    signInAs(people.coordinator);
    const before = await digest();
    const foreign = await inviteReviewerAction(idleFormState, form({ versionId: world.version.id, userId: people.foreignSignatory.id }));
    expect(foreign).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { userId: ["invalidReference"] } });
    const again = await inviteReviewerAction(idleFormState, form({ versionId: world.version.id, userId: people.memberA.id }));
    expect(again).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(await digest()).toEqual(before);
    const page = await loadCommentsPage(world.programme.id, world.version.number, everything);
    expect(page?.reviewers?.reviewers.map((r) => r.email)).toEqual([people.memberA.email]);
    expect(page?.reviewers?.candidates.map((c) => c.userId)).not.toContain(people.coordinator.id);
    expect(page?.reviewers?.candidates.map((c) => c.userId)).toContain(people.signatoryC.id);
  });
});

describe("once the version leaves DRAFT", () => {
  test("comments are read-only for everyone and stay visible to the county", async () => {
    const world = await createFlowWorld();
    const { coordinator, memberA } = world.people;
    await invite(world, memberA);
    signInAs(memberA);
    const threadId = await comment(world, `item:${itemOf(world).stableKey}`, "Skrivet under utkastet");
    await setVersionStatus(db, world.version.id, "CONSULTATION");

    await expectRefused(
      [["the coordinator", coordinator], ["the reviewer", memberA]],
      () => addDraftCommentAction(idleFormState, form({ versionId: world.version.id, anchor: "", text: "För sent" })),
      "INVALID_TRANSITION",
    );
    await expectRefused([["the coordinator", coordinator]], () => replyDraftCommentAction(idleFormState, form({ threadId, text: "För sent" })), "INVALID_TRANSITION");
    await expectRefused([["the coordinator", coordinator], ["the author", memberA]], () => resolveThreadAction(idleFormState, form({ threadId })), "INVALID_TRANSITION");
    await expectRefused([["the coordinator", coordinator]], () => inviteReviewerAction(idleFormState, form({ versionId: world.version.id, userId: world.people.signatoryC.id })), "INVALID_TRANSITION");

    signInAs(coordinator);
    const page = await loadCommentsPage(world.programme.id, world.version.number, everything);
    expect(page).toMatchObject({ isOpen: false, totals: { threads: 1, unresolved: 1 } });
    expect(page?.threads.map((t) => [t.text, t.canResolve])).toEqual([["Skrivet under utkastet", false]]);
    expect(page?.reviewers?.canInvite).toBe(false);
  });

  test("the database itself refuses a comment on a version that is not a draft", async () => {
    const world = await createFlowWorld();
    await setVersionStatus(db, world.version.id, "ENDORSEMENT");
    const insert = db.draftComment.create({ data: { versionId: world.version.id, countyId: world.county.id, text: "Förbi appen" } });
    expect(await refusalOf(insert)).toBe("LP001");
  });
});

describe("never public", () => {
  test("a comment's text is in neither program.json, atgarder.csv, program.pdf nor the public version of the later published version", async () => {
    const world = await createFlowWorld();
    await invite(world, world.people.memberA);
    signInAs(world.people.memberA);
    const marker = `HEMLIGKOMMENTAR${world.version.id.slice(0, 8)}`;
    const threadId = await comment(world, `item:${itemOf(world).stableKey}`, `${marker} om tillsynen`);
    signInAs(world.people.coordinator);
    expect((await replyDraftCommentAction(idleFormState, form({ threadId, text: `${marker} svar` }))).status).toBe("success");
    await setVersionStatus(db, world.version.id, "PUBLISHED");

    const publicVersion = await loadPublicVersion(world.county.slug, world.programme.slug, world.version.number);
    expect(publicVersion?.title).toBe(world.version.title);
    expect(JSON.stringify(publicVersion)).not.toContain(marker);
    const pdfLabels: PdfLabels = sv.openData.pdf;
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    for (const format of ["json", "csv"] as const) {
      const file = await loadVersionExport(world.county.slug, world.programme.slug, world.version.number, format, pdfLabels);
      const text = decoder.decode(file?.body);
      expect(text).toContain("Tillsyn");
      expect(text).not.toContain(marker);
    }
    const pdf = await loadVersionExport(world.county.slug, world.programme.slug, world.version.number, "pdf", pdfLabels);
    const pdfText = extractPdfText(pdf?.body ?? new Uint8Array());
    expect(pdfText).toContain("Tillsyn");
    expect(pdfText).not.toContain(marker);
  });
});

describe("reviewers only where they belong", () => {
  test("a reviewer from a county-less national agency cannot be invited", async () => {
    const world = await createFlowWorld();
    const agency = await createMember(db, { role: "MEMBER", organisationId: (await db.organisation.create({ data: { kind: "NATIONAL_AGENCY", name: "Myndighet", slug: `myndighet-${world.version.id.slice(0, 8)}`, countyId: null } })).id });
    signInAs(world.people.coordinator);
    const state = await inviteReviewerAction(idleFormState, form({ versionId: world.version.id, userId: agency.user.id }));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { userId: ["invalidReference"] } });
  });
});
