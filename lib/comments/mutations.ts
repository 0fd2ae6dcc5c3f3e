import "server-only";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { commentVersionWhere } from "@/lib/comments/data";
import { areCommentsOpen } from "@/lib/comments/lifecycle";
import type { AddDraftCommentInput, InviteReviewerInput, RemoveReviewerInput, ReplyDraftCommentInput, ThreadRefInput } from "@/lib/comments/schema";
import type { CommentDone, CommentScope } from "@/lib/comments/types";
import { getDb } from "@/lib/db/client";
import { withDbErrors } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { lockVersion } from "@/lib/programmes/mutations";
import type { Actor } from "@/lib/users/types";

/*
 * Writes of the comments while drafting. Each function reaches the version only through the scope
 * the action built from the policy (CommentScope, or the coordinator's counties), checks the life
 * cycle inside the transaction with the version row locked, and writes its audit row there.
 */

type Tx = Prisma.TransactionClient;

const audit = (actor: Actor) => ({ actorId: actor.userId, actorEmail: actor.email });

/**
 * The version within the scope, read FOR SHARE so it is not sent on (DRAFT → CONSULTATION or
 * ENDORSEMENT) while a comment is written; refused unless comments are open.
 */
async function lockOpenVersion(tx: Tx, versionId: string, scope: CommentScope) {
  // Raw SQL: Prisma has no SELECT … FOR SHARE.
  await tx.$queryRaw`SELECT id FROM programme_version WHERE id = ${versionId}::uuid FOR SHARE`;
  const version = await tx.programmeVersion.findFirst({
    where: { id: versionId, ...commentVersionWhere(scope) },
    select: { id: true, status: true, countyId: true, programmeId: true, number: true },
  });
  if (version === null) throw new AppError("NOT_FOUND");
  if (!areCommentsOpen(version.status)) throw new AppError("INVALID_TRANSITION", `comments on a ${version.status} version are read-only`);
  return version;
}

/** The first comment of a thread within the scope. */
async function findThread(tx: Tx, threadId: string, scope: CommentScope) {
  const thread = await tx.draftComment.findFirst({
    where: { id: threadId, parentId: null, version: commentVersionWhere(scope) },
    select: { id: true, versionId: true, countyId: true, authorId: true, resolvedAt: true },
  });
  if (thread === null) throw new AppError("NOT_FOUND");
  return thread;
}

function done(version: { programmeId: string; number: number }): CommentDone {
  return { programmeId: version.programmeId, versionNumber: version.number };
}

/** A new thread on the version, one of its focus areas or one of its actions. */
export async function addDraftComment(actor: Actor, scope: CommentScope, input: AddDraftCommentInput): Promise<CommentDone & { threadId: string }> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const version = await lockOpenVersion(tx, input.versionId, scope);
      let anchor: { focusAreaId: string | null; actionItemId: string | null; anchorLabel: string } = { focusAreaId: null, actionItemId: null, anchorLabel: "" };
      if (input.anchor.kind === "FOCUS_AREA") {
        const area = await tx.focusArea.findFirst({ where: { versionId: version.id, stableKey: input.anchor.stableKey }, select: { id: true, title: true, position: true } });
        if (area === null) throw new AppError("VALIDATION", "unknown anchor", { fieldErrors: { anchor: ["invalidReference"] } });
        anchor = { focusAreaId: area.id, actionItemId: null, anchorLabel: `${area.position + 1}. ${area.title}` };
      } else if (input.anchor.kind === "ITEM") {
        // The action only: it may move to another focus area later, and its threads go with it.
        const item = await tx.actionItem.findFirst({ where: { versionId: version.id, stableKey: input.anchor.stableKey }, select: { id: true, number: true, title: true } });
        if (item === null) throw new AppError("VALIDATION", "unknown anchor", { fieldErrors: { anchor: ["invalidReference"] } });
        anchor = { focusAreaId: null, actionItemId: item.id, anchorLabel: `${item.number} ${item.title}` };
      }
      const comment = await tx.draftComment.create({
        data: { versionId: version.id, countyId: version.countyId, ...anchor, authorId: actor.userId, text: input.text },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "comment.add",
        entityType: "DraftComment",
        entityId: comment.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        after: { anchor: anchor.anchorLabel, text: input.text },
        meta: { versionNumber: version.number },
      });
      return { ...done(version), threadId: comment.id };
    }),
  );
}

/** A reply to a thread (one level). */
export async function replyToThread(actor: Actor, scope: CommentScope, input: ReplyDraftCommentInput): Promise<CommentDone & { threadId: string }> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const thread = await findThread(tx, input.threadId, scope);
      const version = await lockOpenVersion(tx, thread.versionId, scope);
      const reply = await tx.draftComment.create({
        data: { versionId: version.id, countyId: version.countyId, parentId: thread.id, authorId: actor.userId, text: input.text },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "comment.reply",
        entityType: "DraftComment",
        entityId: reply.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        after: { threadId: thread.id, text: input.text },
        meta: { versionNumber: version.number },
      });
      return { ...done(version), threadId: thread.id };
    }),
  );
}

/**
 * Resolves (`resolved` true) or reopens a thread: a coordinator of the county any thread, anyone
 * else only their own (the policy said so; the `where` says it again). Compare-and-set on the
 * thread's state: a thread already in the asked state is a CONFLICT.
 */
export async function setThreadResolved(
  actor: Actor,
  scope: CommentScope,
  input: ThreadRefInput,
  resolved: boolean,
  now: Date = new Date(),
): Promise<CommentDone & { threadId: string }> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const thread = await findThread(tx, input.threadId, scope);
      const version = await lockOpenVersion(tx, thread.versionId, scope);
      const { count } = await tx.draftComment.updateMany({
        where: {
          id: thread.id,
          parentId: null,
          resolvedAt: resolved ? null : { not: null },
          OR: [{ countyId: { in: [...scope.coordinatorCountyIds] } }, { authorId: scope.userId }],
        },
        data: resolved ? { resolvedAt: now, resolvedById: actor.userId } : { resolvedAt: null, resolvedById: null },
      });
      if (count !== 1) {
        if ((thread.resolvedAt !== null) === resolved) throw new AppError("CONFLICT", "the thread is already in that state");
        throw new AppError("FORBIDDEN", "only a coordinator or the author resolves a thread");
      }
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: resolved ? "comment.resolve" : "comment.reopen",
        entityType: "DraftComment",
        entityId: thread.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        before: { resolved: !resolved },
        after: { resolved },
        meta: { versionNumber: version.number },
      });
      return { ...done(version), threadId: thread.id };
    }),
  );
}

// ───────────── Reviewers ─────────────

/**
 * Invites a member of one of the county's organisations to review the draft (the coordinator's
 * counties only). A removed invitation is renewed rather than duplicated; the audit keeps both.
 */
export async function inviteReviewer(actor: Actor, countyIds: readonly string[], input: InviteReviewerInput, now: Date = new Date()): Promise<CommentDone> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const version = await lockVersion(tx, input.versionId, countyIds);
      if (!areCommentsOpen(version.status)) throw new AppError("INVALID_TRANSITION", "reviewers are invited to drafts only");
      const member = await tx.membership.findFirst({
        where: { userId: input.userId, organisation: { countyId: version.countyId, active: true }, user: { disabledAt: null } },
        select: { user: { select: { email: true } } },
      });
      if (member === null) throw new AppError("VALIDATION", "not a member of the county", { fieldErrors: { userId: ["invalidReference"] } });
      const existing = await tx.draftReviewer.findUnique({
        where: { versionId_userId: { versionId: version.id, userId: input.userId } },
        select: { id: true, removedAt: true },
      });
      if (existing !== null && existing.removedAt === null) throw new AppError("VALIDATION", "already a reviewer", { fieldErrors: { userId: ["invalidReference"] } });
      const reviewer =
        existing === null
          ? await tx.draftReviewer.create({ data: { versionId: version.id, userId: input.userId, invitedById: actor.userId, createdAt: now }, select: { id: true } })
          : await tx.draftReviewer.update({ where: { id: existing.id }, data: { removedAt: null, invitedById: actor.userId, createdAt: now }, select: { id: true } });
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "reviewer.invite",
        entityType: "DraftReviewer",
        entityId: reviewer.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        after: { userId: input.userId, email: member.user.email },
        meta: { versionNumber: version.number },
      });
      return done(version);
    }),
  );
}

/** Ends a reviewer invitation of a version in the coordinator's counties (in any state: it only takes access away). */
export async function removeReviewer(actor: Actor, countyIds: readonly string[], input: RemoveReviewerInput, now: Date = new Date()): Promise<CommentDone> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const { count } = await tx.draftReviewer.updateMany({
        where: { id: input.reviewerId, removedAt: null, version: { countyId: { in: [...countyIds] } } },
        data: { removedAt: now },
      });
      if (count !== 1) throw new AppError("NOT_FOUND");
      const reviewer = await tx.draftReviewer.findUniqueOrThrow({
        where: { id: input.reviewerId },
        select: { userId: true, user: { select: { email: true } }, version: { select: { countyId: true, programmeId: true, number: true } } },
      });
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "reviewer.remove",
        entityType: "DraftReviewer",
        entityId: input.reviewerId,
        countyId: reviewer.version.countyId,
        programmeId: reviewer.version.programmeId,
        before: { userId: reviewer.userId, email: reviewer.user.email },
        meta: { versionNumber: reviewer.version.number },
      });
      return done(reviewer.version);
    }),
  );
}
