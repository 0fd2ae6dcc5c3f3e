import "server-only";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { getDb } from "@/lib/db/client";
import { withDbErrors } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { findCountyCoordinators, findRecipients, notify, notifyOrganisations } from "@/lib/notifications/mutations";
import { transition } from "@/lib/programmes/lifecycle";
import { lockVersion, type VersionRef } from "@/lib/programmes/mutations";
import type {
  AddCommentInput,
  CloseConsultationInput,
  DeleteCommentInput,
  DisposeCommentInput,
  SaveResponseInput,
  SendToConsultationInput,
} from "@/lib/consultations/schema";
import type { Actor } from "@/lib/users/types";

/*
 * Writes of the consultation (remiss). Each function scopes its statements to the county (the
 * coordinator's) or the organisation (the invited one's) named by the action's authorization,
 * checks the life cycle inside the transaction, and writes its audit row there.
 */

type Tx = Prisma.TransactionClient;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** "12 mars 2026": a calendar date as Swedish text says it, in messages written here. */
const swedishDate = (date: Date) => new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
const audit = (actor: Actor) => ({ actorId: actor.userId, actorEmail: actor.email });

// ───────────── Send on consultation ─────────────

/**
 * DRAFT → CONSULTATION: a new round with its invitations, deadline and message. The invited
 * organisations must belong to the version's county or have no county (national bodies).
 */
export async function sendToConsultation(
  actor: Actor,
  countyIds: readonly string[],
  input: SendToConsultationInput,
  now: Date = new Date(),
): Promise<VersionRef> {
  if (isoDate(input.deadline) < isoDate(now)) {
    throw new AppError("VALIDATION", "deadline in the past", { fieldErrors: { deadline: ["deadlineInPast"] } });
  }
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const version = await lockVersion(tx, input.versionId, countyIds);
      const next = transition(version.status, "SEND_TO_CONSULTATION");
      if (!next.ok) throw new AppError("INVALID_TRANSITION", `cannot send a ${version.status} version on consultation`);
      const organisations = await tx.organisation.findMany({
        where: { id: { in: input.organisationIds }, active: true, OR: [{ countyId: version.countyId }, { countyId: null }] },
        select: { id: true },
      });
      if (organisations.length !== input.organisationIds.length) {
        throw new AppError("VALIDATION", "unknown organisation", { fieldErrors: { organisationIds: ["invalidReference"] } });
      }
      const previous = await tx.consultationRound.aggregate({ where: { versionId: version.id }, _max: { number: true } });
      const round = await tx.consultationRound.create({
        data: {
          versionId: version.id,
          number: (previous._max.number ?? 0) + 1,
          deadline: input.deadline,
          message: input.message,
          openedById: actor.userId,
          openedAt: now,
          invitations: { create: input.organisationIds.map((organisationId) => ({ organisationId })) },
        },
        select: { id: true, number: true, invitations: { select: { id: true, organisationId: true } } },
      });
      await tx.programmeVersion.update({ where: { id: version.id }, data: { status: next.next } });
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "consultation.open",
        entityType: "ProgrammeVersion",
        entityId: version.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        before: { status: version.status },
        after: { status: next.next, round: round.number, deadline: isoDate(input.deadline), organisations: input.organisationIds.length },
        meta: { versionNumber: version.number },
      });
      await notifyOrganisations(
        tx,
        ["SIGNATORY", "MEMBER"],
        round.invitations.map((invitation) => ({
          organisationId: invitation.organisationId,
          message: {
            kind: "consultation.invited",
            title: `Remiss: ${version.programme.title}`,
            body: `Er organisation är inbjuden att lämna remissvar på ${version.title} (version ${version.number}). Sista svarsdag är ${isoDate(input.deadline)}.${input.message === "" ? "" : ` Meddelande från länsstyrelsen: ${input.message}`}`,
            link: `/arbetsyta/remiss/${invitation.id}`,
          },
        })),
      );
      return { programmeId: version.programmeId, versionNumber: version.number };
    }),
  );
}

// ───────────── Responses (remissvar) ─────────────

/**
 * The invitation, when it belongs to `organisationIds`, its round is open and the response is not
 * yet submitted; locks the response row (created as a draft when missing) for the transaction.
 */
async function openResponse(tx: Tx, invitationId: string, organisationIds: readonly string[]) {
  const invitation = await tx.consultationInvitation.findFirst({
    where: { id: invitationId, organisationId: { in: [...organisationIds] } },
    select: {
      id: true,
      organisationId: true,
      organisation: { select: { name: true } },
      round: { select: { id: true, closedAt: true, deadline: true, version: { select: { id: true, status: true, countyId: true, programmeId: true, number: true, title: true } } } },
    },
  });
  if (invitation === null) throw new AppError("NOT_FOUND");
  if (invitation.round.closedAt !== null || invitation.round.version.status !== "CONSULTATION") {
    throw new AppError("INVALID_TRANSITION", "the consultation round is closed");
  }
  await tx.consultationResponse.upsert({ where: { invitationId }, create: { invitationId }, update: {}, select: { id: true } });
  // Raw SQL: row lock so that a submit and a concurrent edit never interleave.
  const locked = await tx.$queryRaw<{ id: string; status: string; general_text: string }[]>`
    SELECT id::text, status::text, general_text FROM consultation_response WHERE invitation_id = ${invitationId}::uuid FOR UPDATE`;
  const response = locked[0];
  if (response === undefined) throw new AppError("NOT_FOUND");
  if (response.status === "SUBMITTED") throw new AppError("INVALID_TRANSITION", "the response is already submitted");
  return { invitation, response };
}

export async function saveResponseDraft(actor: Actor, organisationIds: readonly string[], input: SaveResponseInput): Promise<{ invitationId: string }> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const { response } = await openResponse(tx, input.invitationId, organisationIds);
      await tx.consultationResponse.update({ where: { id: response.id }, data: { generalText: input.generalText } });
      return { invitationId: input.invitationId };
    }),
  );
}

export async function addResponseComment(actor: Actor, organisationIds: readonly string[], input: AddCommentInput): Promise<{ invitationId: string }> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const { invitation, response } = await openResponse(tx, input.invitationId, organisationIds);
      const versionId = invitation.round.version.id;
      let anchor: { focusAreaId: string | null; actionItemId: string | null; anchorLabel: string } = { focusAreaId: null, actionItemId: null, anchorLabel: "" };
      if (input.anchor.kind === "FOCUS_AREA") {
        const area = await tx.focusArea.findFirst({ where: { versionId, stableKey: input.anchor.stableKey }, select: { id: true, title: true, position: true } });
        if (area === null) throw new AppError("VALIDATION", "unknown anchor", { fieldErrors: { anchor: ["invalidReference"] } });
        anchor = { focusAreaId: area.id, actionItemId: null, anchorLabel: `${area.position + 1}. ${area.title}` };
      } else if (input.anchor.kind === "ITEM") {
        const item = await tx.actionItem.findFirst({ where: { versionId, stableKey: input.anchor.stableKey }, select: { id: true, number: true, title: true, focusAreaId: true } });
        if (item === null) throw new AppError("VALIDATION", "unknown anchor", { fieldErrors: { anchor: ["invalidReference"] } });
        anchor = { focusAreaId: item.focusAreaId, actionItemId: item.id, anchorLabel: `${item.number} ${item.title}` };
      }
      const last = await tx.consultationComment.aggregate({ where: { responseId: response.id }, _max: { position: true } });
      await tx.consultationComment.create({
        data: { responseId: response.id, ...anchor, position: (last._max.position ?? -1) + 1, text: input.text },
        select: { id: true },
      });
      return { invitationId: input.invitationId };
    }),
  );
}

export async function deleteResponseComment(actor: Actor, organisationIds: readonly string[], input: DeleteCommentInput): Promise<{ invitationId: string }> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const { response } = await openResponse(tx, input.invitationId, organisationIds);
      const { count } = await tx.consultationComment.deleteMany({ where: { id: input.commentId, responseId: response.id } });
      if (count !== 1) throw new AppError("NOT_FOUND");
      return { invitationId: input.invitationId };
    }),
  );
}

/** Submits the response once, with the general text as typed last; the county's coordinators are told (inbox and queued mail). */
export async function submitResponse(
  actor: Actor,
  organisationIds: readonly string[],
  input: SaveResponseInput,
  now: Date = new Date(),
): Promise<{ invitationId: string }> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const { invitation, response } = await openResponse(tx, input.invitationId, organisationIds);
      const comments = await tx.consultationComment.count({ where: { responseId: response.id } });
      if (input.generalText === "" && comments === 0) {
        throw new AppError("VALIDATION", "empty response", { fieldErrors: { generalText: ["required"] } });
      }
      await tx.consultationResponse.update({
        where: { id: response.id },
        data: { generalText: input.generalText, status: "SUBMITTED", submittedAt: now, submittedById: actor.userId },
      });
      const version = invitation.round.version;
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "consultation.respond",
        entityType: "ConsultationResponse",
        entityId: response.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        after: { status: "SUBMITTED", comments },
        meta: { organisationId: invitation.organisationId, organisation: invitation.organisation.name, versionNumber: version.number },
      });
      // The round's counts after this answer, for the coordinators' message.
      const [submitted, invited] = await Promise.all([
        tx.consultationResponse.count({ where: { status: "SUBMITTED", invitation: { roundId: invitation.round.id } } }),
        tx.consultationInvitation.count({ where: { roundId: invitation.round.id } }),
      ]);
      await notify(tx, await findCountyCoordinators(tx, version.countyId), {
        kind: "consultation.responded",
        title: `Remissvar från ${invitation.organisation.name}`,
        body: `${invitation.organisation.name} har lämnat remissvar på ${version.title} (version ${version.number}). ${submitted} av ${invited} remissvar har kommit in; sista dag för remissvar är ${swedishDate(invitation.round.deadline)}.`,
        link: `/arbetsyta/program/${version.programmeId}/version/${version.number}/remiss`,
      });
      return { invitationId: input.invitationId };
    }),
  );
}

// ───────────── Dispositions and closing ─────────────

/** Records (or changes) the coordinator's disposition of one submitted comment. */
export async function disposeComment(actor: Actor, countyIds: readonly string[], input: DisposeCommentInput, now: Date = new Date()): Promise<VersionRef> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const comment = await tx.consultationComment.findFirst({
        where: {
          id: input.commentId,
          response: { status: "SUBMITTED", invitation: { round: { version: { countyId: { in: [...countyIds] } } } } },
        },
        select: { id: true, disposition: { select: { decision: true, reason: true } }, response: { select: { invitation: { select: { round: { select: { versionId: true } } } } } } },
      });
      if (comment === null) throw new AppError("NOT_FOUND");
      const version = await lockVersion(tx, comment.response.invitation.round.versionId, countyIds);
      // The summary is settled before the version is sent for endorsement: it is part of what is decided on.
      if (version.status !== "DRAFT" && version.status !== "CONSULTATION") {
        throw new AppError("INVALID_TRANSITION", `cannot dispose comments of a ${version.status} version`);
      }
      await tx.commentDisposition.upsert({
        where: { commentId: comment.id },
        create: { commentId: comment.id, decision: input.decision, reason: input.reason, decidedById: actor.userId, decidedAt: now },
        update: { decision: input.decision, reason: input.reason, decidedById: actor.userId, decidedAt: now },
      });
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "consultation.dispose",
        entityType: "ConsultationComment",
        entityId: comment.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        before: comment.disposition ?? undefined,
        after: { decision: input.decision, reason: input.reason },
        meta: { versionNumber: version.number },
      });
      return { programmeId: version.programmeId, versionNumber: version.number };
    }),
  );
}

/** CONSULTATION → DRAFT: the round closes; unsubmitted drafts stay with their organisations. */
export async function closeConsultation(actor: Actor, countyIds: readonly string[], input: CloseConsultationInput, now: Date = new Date()): Promise<VersionRef> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const version = await lockVersion(tx, input.versionId, countyIds);
      const next = transition(version.status, "CLOSE_CONSULTATION");
      if (!next.ok) throw new AppError("INVALID_TRANSITION", `cannot close consultation of a ${version.status} version`);
      const { count } = await tx.consultationRound.updateMany({ where: { versionId: version.id, closedAt: null }, data: { closedAt: now } });
      await tx.programmeVersion.update({ where: { id: version.id }, data: { status: next.next } });
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "consultation.close",
        entityType: "ProgrammeVersion",
        entityId: version.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        before: { status: version.status },
        after: { status: next.next, roundsClosed: count },
        meta: { versionNumber: version.number },
      });
      return { programmeId: version.programmeId, versionNumber: version.number };
    }),
  );
}

// ───────────── Reminders ─────────────

const DAY_MS = 86_400_000;

/**
 * Queues "deadline in 3 days" once per invitation that has not answered, for open rounds whose
 * deadline is within three days. Run by the periodic sweep (instrumentation-node.ts).
 */
export async function queueDeadlineReminders(now: Date = new Date()): Promise<number> {
  const today = new Date(`${isoDate(now)}T00:00:00.000Z`);
  const due = await getDb().consultationInvitation.findMany({
    where: {
      reminderQueuedAt: null,
      round: { closedAt: null, version: { status: "CONSULTATION" }, deadline: { gte: today, lte: new Date(today.getTime() + 3 * DAY_MS) } },
      OR: [{ response: null }, { response: { status: "DRAFT" } }],
    },
    select: { id: true },
    take: 500,
  });
  let queued = 0;
  for (const { id } of due) {
    queued += await getDb().$transaction(async (tx) => {
      // Compare-and-set: two sweeps never queue the same reminder twice.
      const { count } = await tx.consultationInvitation.updateMany({ where: { id, reminderQueuedAt: null }, data: { reminderQueuedAt: now } });
      if (count === 0) return 0;
      const invitation = await tx.consultationInvitation.findUniqueOrThrow({
        where: { id },
        select: { organisationId: true, round: { select: { deadline: true, version: { select: { title: true, number: true } } } } },
      });
      return notify(tx, await findRecipients(tx, [invitation.organisationId], ["SIGNATORY"]), {
        kind: "consultation.deadline",
        title: `Remisstiden går ut ${isoDate(invitation.round.deadline)}`,
        body: `Remisstiden för ${invitation.round.version.title} (version ${invitation.round.version.number}) går ut ${isoDate(invitation.round.deadline)}. Er organisation har inte skickat in något remissvar ännu.`,
        link: `/arbetsyta/remiss/${id}`,
      });
    });
  }
  return queued;
}

