import "server-only";
import { createHash } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { getDb } from "@/lib/db/client";
import { withDbErrors } from "@/lib/db/errors";
import type { EndorsementStatus, Prisma } from "@/lib/db/generated/client";
import { endorsementOutcome, hasStoodBehind } from "@/lib/endorsements/lifecycle";
import { findRevisionChanges } from "@/lib/endorsements/data";
import { leaveOutField, looksLikePdf, uploadedName, type DecideInput, type PublishInput, type RatifyInput, type SendForEndorsementInput, type VersionRefInput } from "@/lib/endorsements/schema";
import { AppError } from "@/lib/errors/app-error";
import { refreshActionStates } from "@/lib/follow-up/action-states";
import { handOverOpenPeriods } from "@/lib/follow-up/mutations";
import { findCountyCoordinators, findRecipients, notify, notifyOrganisations, type Recipient } from "@/lib/notifications/mutations";
import { SYSTEM_ADMINISTRATION_SLUG } from "@/lib/organisations/data";
import { computeContentHash } from "@/lib/programmes/content-hash";
import type { OrganisationChange } from "@/lib/programmes/diff";
import { loadProgrammeContents } from "@/lib/programmes/data";
import { transition, validityAt } from "@/lib/programmes/lifecycle";
import { lockVersion, type VersionRef } from "@/lib/programmes/mutations";
import type { Actor } from "@/lib/users/types";

/*
 * Endorsement (ställningstagande), ratification (fastställelse) and publishing: the status changes
 * of a version from DRAFT to PUBLISHED. Every function takes the version lock first
 * (lockVersion), checks the life cycle there, and writes its audit row, notifications and mail in
 * the same transaction.
 */

type Tx = Prisma.TransactionClient;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const audit = (actor: Actor) => ({ actorId: actor.userId, actorEmail: actor.email });

/** The decided fields of an endorsement row, as copied when a decision carries over. */
const decisionSelect = {
  id: true,
  organisationId: true,
  status: true,
  decisionBody: true,
  decisionDate: true,
  paragraph: true,
  diarienummer: true,
  reservation: true,
  declineReason: true,
  minutesFileId: true,
  decidedById: true,
  decidedAt: true,
  carriedOverFromId: true,
} satisfies Prisma.EndorsementSelect;

// ───────────── Send for endorsement ─────────────

/**
 * DRAFT → ENDORSEMENT. The content is frozen for good and its hash recorded; a new round of
 * endorsement rows is written: PENDING for every required organisation, and for a revision or
 * extension the decisions on the version it revises of every organisation not required again,
 * carried over (shown as such). Earlier rounds' rows stay as history (current = NULL).
 */
export async function sendForEndorsement(actor: Actor, countyIds: readonly string[], input: SendForEndorsementInput, now: Date = new Date()): Promise<VersionRef & { contentHash: string }> {
  return withDbErrors(() =>
    getDb().$transaction(
      async (tx) => {
        const version = await lockVersion(tx, input.versionId, countyIds);
        const next = transition(version.status, "SEND_FOR_ENDORSEMENT");
        if (!next.ok) throw new AppError("INVALID_TRANSITION", `cannot send a ${version.status} version for endorsement`);
        const changes = await findRevisionChanges(version, tx);
        const leftOut = await checkWhoIsAsked(tx, version.countyId, input, changes?.changes ?? []);
        const round = version.endorsementRound + 1;
        // The status first: from here the frozen-content trigger refuses every content write, so the
        // hash below is of exactly what will be endorsed.
        await tx.programmeVersion.update({ where: { id: version.id }, data: { status: next.next, endorsementRound: round, frozenAt: now } });
        const loaded = await loadProgrammeContents(version.programmeId, [version.countyId], () => [version.number], tx);
        const content = loaded?.contents.get(version.number);
        if (content === undefined) throw new AppError("NOT_FOUND");
        const contentHash = computeContentHash(content.content);
        await tx.programmeVersion.update({ where: { id: version.id }, data: { contentHash } });

        await tx.endorsement.updateMany({ where: { versionId: version.id, current: true }, data: { current: null } });
        const required = new Set(input.organisationIds);
        const notCarried = new Set([...required, ...leftOut.map((o) => o.organisationId)]);
        // A wound-up organisation's decision never carries over; nor that of one left out (its
        // commitments changed: its standing is "not asked", with the reason).
        const carried =
          version.supersedesId === null
            ? []
            : (await tx.endorsement.findMany({ where: { versionId: version.supersedesId, current: true, organisation: { active: true } }, select: decisionSelect })).filter(
                (previous) => hasStoodBehind(previous.status) && !notCarried.has(previous.organisationId),
              );
        if (leftOut.length > 0) {
          await tx.endorsementLeftOut.createMany({ data: leftOut.map((o) => ({ versionId: version.id, organisationId: o.organisationId, round, reason: o.reason })) });
        }
        if (carried.length > 0) {
          await tx.endorsement.createMany({
            data: carried.map(({ id, carriedOverFromId, ...decision }) => ({
              ...decision,
              versionId: version.id,
              round,
              required: false,
              // Always point at the original decision, however many revisions it has stood for.
              carriedOverFromId: carriedOverFromId ?? id,
            })),
          });
        }
        const pending = await tx.endorsement.createManyAndReturn({
          data: input.organisationIds.map((organisationId) => ({ versionId: version.id, organisationId, round, required: true })),
          select: { id: true, organisationId: true },
        });
        await recordAuditEvent(tx, {
          ...audit(actor),
          action: "endorsement.request",
          entityType: "ProgrammeVersion",
          entityId: version.id,
          countyId: version.countyId,
          programmeId: version.programmeId,
          before: { status: version.status },
          after: { status: next.next, round, contentHash, required: input.organisationIds.length, carriedOver: carried.length, leftOut },
          meta: { versionNumber: version.number },
        });
        await notifyOrganisations(
          tx,
          ["SIGNATORY"],
          pending.map((row) => ({
            organisationId: row.organisationId,
            message: {
              kind: "endorsement.requested",
              title: `Ställningstagande: ${version.programme.title}`,
              body: `Länsstyrelsen ber er organisation att ta ställning till ${version.title} (version ${version.number}). Innehållet är låst; dess kontrollsumma är ${contentHash.slice(0, 12)}.`,
              link: `/arbetsyta/stallningstagande/${row.id}`,
            },
          })),
        );
        return { programmeId: version.programmeId, versionNumber: version.number, contentHash };
      },
      { timeout: 30_000, maxWait: 10_000 },
    ),
  );
}

/** Why an organisation cannot be asked, or was left out without a reason; named on the page. */
export type RefusedOrganisation = {
  organisationId: string;
  name: string | null;
  problem: "UNKNOWN" | "OTHER_COUNTY" | "NOT_A_SIGNATORY" | "WOUND_UP" | "REASON_REQUIRED";
  successorName: string | null;
};

/**
 * Who is asked, checked against the database before anything is written: every required
 * organisation exists, is active, belongs to the version's county (or to none) and is not the
 * system administration; every organisation whose commitments changed is required or has a
 * written reason. Refuses with VALIDATION naming each organisation (details.refused) and with the
 * reason's field error; returns the organisations left out with their reasons.
 */
async function checkWhoIsAsked(
  tx: Tx,
  countyId: string,
  input: SendForEndorsementInput,
  changes: readonly OrganisationChange[],
): Promise<{ organisationId: string; name: string; reason: string }[]> {
  const named = await tx.organisation.findMany({
    where: { id: { in: [...input.organisationIds, ...changes.map((c) => c.organisationId)] } },
    select: { id: true, name: true, active: true, countyId: true, slug: true, successors: { where: { active: true }, select: { name: true }, take: 1 } },
  });
  const byId = new Map(named.map((o) => [o.id, o]));
  const refused: RefusedOrganisation[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const id of input.organisationIds) {
    const o = byId.get(id);
    const problem: RefusedOrganisation["problem"] | null =
      o === undefined
        ? "UNKNOWN"
        : o.countyId !== null && o.countyId !== countyId
          ? "OTHER_COUNTY"
          : o.slug === SYSTEM_ADMINISTRATION_SLUG
            ? "NOT_A_SIGNATORY"
            : !o.active
              ? "WOUND_UP"
              : null;
    if (problem !== null) refused.push({ organisationId: id, name: o?.name ?? null, problem, successorName: o?.successors[0]?.name ?? null });
  }
  if (refused.length > 0) fieldErrors["organisationIds"] = ["invalidReference"];
  const required = new Set(input.organisationIds);
  const leftOut: { organisationId: string; name: string; reason: string }[] = [];
  for (const change of changes) {
    if (required.has(change.organisationId)) continue;
    const name = byId.get(change.organisationId)?.name ?? null;
    const reason = input.leaveOutReasons[change.organisationId];
    if (reason === undefined) {
      refused.push({ organisationId: change.organisationId, name, problem: "REASON_REQUIRED", successorName: null });
      fieldErrors[leaveOutField(change.organisationId)] = ["reasonRequired"];
    } else leftOut.push({ organisationId: change.organisationId, name: name ?? "", reason });
  }
  if (refused.length > 0) throw new AppError("VALIDATION", "who is asked was refused", { fieldErrors, refused });
  return leftOut;
}

/** ENDORSEMENT → DRAFT (after a decline, or to change the content): this round stays in history. */
export async function reopenVersion(actor: Actor, countyIds: readonly string[], input: VersionRefInput): Promise<VersionRef> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const version = await lockVersion(tx, input.versionId, countyIds);
      const next = transition(version.status, "REOPEN");
      if (!next.ok) throw new AppError("INVALID_TRANSITION", `cannot reopen a ${version.status} version`);
      await tx.programmeVersion.update({ where: { id: version.id }, data: { status: next.next, frozenAt: null, contentHash: null } });
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "version.reopen",
        entityType: "ProgrammeVersion",
        entityId: version.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        before: { status: version.status, round: version.endorsementRound },
        after: { status: next.next },
        meta: { versionNumber: version.number },
      });
      return { programmeId: version.programmeId, versionNumber: version.number };
    }),
  );
}

// ───────────── A decision ─────────────

export type DecisionRecorded = VersionRef & { endorsementId: string; changed: boolean };

const sameDay = (a: Date | null, b: Date) => a !== null && isoDate(a) === isoDate(b);

/**
 * Records or corrects the decision of one organisation on the version it was asked about, while the
 * version awaits endorsement. `organisationIds` are the organisations the actor may decide for
 * (from the policy: its signatory roles and signing delegations). Idempotent: the row exists from
 * the request on, and posting the same decision again, with the same minutes file by content,
 * changes nothing (no second audit row, stored file or notification).
 */
export async function recordDecision(
  actor: Actor,
  organisationIds: readonly string[],
  input: DecideInput,
  now: Date = new Date(),
): Promise<DecisionRecorded> {
  const file = input.minutes === undefined ? null : new Uint8Array(await input.minutes.arrayBuffer());
  if (file !== null && !looksLikePdf(file)) {
    throw new AppError("VALIDATION", "minutes are not a PDF", { fieldErrors: { minutes: ["fileNotPdf"] } });
  }
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const found = await tx.endorsement.findFirst({
        where: { id: input.endorsementId, current: true, required: true, organisationId: { in: [...organisationIds] } },
        select: { versionId: true },
      });
      if (found === null) throw new AppError("NOT_FOUND");
      // Raw SQL: FOR SHARE lets decisions of different organisations run side by side while
      // ratification (which takes FOR UPDATE) waits for them, and they for it.
      const versions = await tx.$queryRaw<{ status: string; county_id: string; programme_id: string; number: number; title: string }[]>`
        SELECT status::text, county_id::text, programme_id::text, number, title FROM programme_version WHERE id = ${found.versionId}::uuid FOR SHARE`;
      const version = versions[0];
      if (version === undefined) throw new AppError("NOT_FOUND");
      if (version.status !== "ENDORSEMENT") throw new AppError("INVALID_TRANSITION", `cannot decide on a ${version.status} version`);
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM endorsement WHERE id = ${input.endorsementId}::uuid AND current IS TRUE FOR UPDATE`;
      if (locked.length === 0) throw new AppError("CONFLICT", "the endorsement changed meanwhile");
      const before = await tx.endorsement.findUniqueOrThrow({
        where: { id: input.endorsementId },
        select: { ...decisionSelect, organisation: { select: { name: true } }, minutesFile: { select: { sha256: true } } },
      });
      const status: EndorsementStatus = input.decision;
      const decided = {
        status,
        decisionBody: input.decisionBody,
        decisionDate: input.decisionDate,
        paragraph: input.paragraph,
        diarienummer: input.diarienummer,
        reservation: status === "ENDORSED_WITH_RESERVATION" ? input.reservation : null,
        declineReason: status === "DECLINED" ? input.declineReason : null,
      };
      // The same file again (by content) is no new file: a decision posted twice with its minutes
      // is one decision, one stored file, one audit event and one notification. The endorsement
      // row lock above serialises concurrent posts, so the second sees what the first committed.
      const fileSha256 = file === null ? null : createHash("sha256").update(file).digest("hex");
      const sameFile = fileSha256 === null || fileSha256 === before.minutesFile?.sha256;
      const unchanged =
        sameFile &&
        before.status === decided.status &&
        before.decisionBody === decided.decisionBody &&
        sameDay(before.decisionDate, decided.decisionDate) &&
        before.paragraph === decided.paragraph &&
        before.diarienummer === decided.diarienummer &&
        before.reservation === decided.reservation &&
        before.declineReason === decided.declineReason;
      const ref = { programmeId: version.programme_id, versionNumber: version.number, endorsementId: input.endorsementId };
      if (unchanged) return { ...ref, changed: false };

      let minutesFileId = before.minutesFileId;
      if (file !== null && fileSha256 !== null && !sameFile && input.minutes !== undefined) {
        const stored = await tx.storedFile.create({
          data: {
            filename: uploadedName(input.minutes).slice(0, 200) || "protokollsutdrag.pdf",
            mimeType: "application/pdf",
            size: file.byteLength,
            sha256: fileSha256,
            bytes: file,
            uploadedById: actor.userId,
          },
          select: { id: true },
        });
        minutesFileId = stored.id;
      }
      await tx.endorsement.update({ where: { id: input.endorsementId }, data: { ...decided, minutesFileId, decidedById: actor.userId, decidedAt: now } });
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: before.status === "PENDING" ? "endorsement.decide" : "endorsement.correct",
        entityType: "Endorsement",
        entityId: input.endorsementId,
        countyId: version.county_id,
        programmeId: version.programme_id,
        before: { status: before.status, decisionBody: before.decisionBody, decisionDate: before.decisionDate === null ? null : isoDate(before.decisionDate), paragraph: before.paragraph, diarienummer: before.diarienummer, reservation: before.reservation, declineReason: before.declineReason },
        after: { ...decided, decisionDate: isoDate(decided.decisionDate), minutesFileId },
        meta: { organisationId: before.organisationId, organisation: before.organisation.name, versionNumber: version.number },
      });
      const words: Record<EndorsementStatus, string> = {
        PENDING: "väntar",
        ENDORSED: "har ställt sig bakom",
        ENDORSED_WITH_RESERVATION: "har ställt sig bakom med reservation",
        DECLINED: "har inte ställt sig bakom",
      };
      await notify(tx, await findCountyCoordinators(tx, version.county_id), {
        kind: "endorsement.decided",
        title: `${before.organisation.name} ${words[status]}`,
        body: `${before.organisation.name} ${words[status]} ${version.title} (version ${version.number}): beslut i ${input.decisionBody} ${isoDate(input.decisionDate)}.`,
        link: `/arbetsyta/program/${version.programme_id}/version/${version.number}/stallningstagande`,
      });
      return { ...ref, changed: true };
    }),
  );
}

// ───────────── Ratify and publish ─────────────

/** Signatories of every organisation that took part (consulted or asked to endorse) and the county's coordinators. */
async function participants(tx: Tx, versionId: string, countyId: string): Promise<Recipient[]> {
  const [endorsing, invited] = await Promise.all([
    tx.endorsement.findMany({ where: { versionId, current: true }, select: { organisationId: true } }),
    tx.consultationInvitation.findMany({ where: { round: { versionId } }, select: { organisationId: true } }),
  ]);
  const organisations = [...new Set([...endorsing, ...invited].map((row) => row.organisationId))];
  return [...(await findRecipients(tx, organisations, ["SIGNATORY"])), ...(await findCountyCoordinators(tx, countyId))];
}

/** A version whose validity has already ended is ratified or published only when the form confirms it. */
function assertExpiryConfirmed(version: { validFrom: Date; validTo: Date }, confirmed: boolean | undefined, now: Date): void {
  if (confirmed === true || validityAt(version.validFrom, version.validTo, now) !== "EXPIRED") return;
  throw new AppError("VALIDATION", "the validity has ended", { fieldErrors: { confirmExpired: ["expiredConfirmationRequired"] } });
}

/** ENDORSEMENT → RATIFIED, only when every required organisation stood behind the version. */
export async function ratifyVersion(actor: Actor, countyIds: readonly string[], input: RatifyInput, now: Date = new Date()): Promise<VersionRef> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const version = await lockVersion(tx, input.versionId, countyIds);
      const rows = await tx.endorsement.findMany({
        where: { versionId: version.id, current: true },
        select: { organisationId: true, required: true, status: true, carriedOverFromId: true },
      });
      const outcome = endorsementOutcome(rows.map((row) => ({ ...row, carriedOver: row.carriedOverFromId !== null })));
      const next = transition(version.status, "RATIFY", { endorsementsComplete: outcome.isComplete });
      if (!next.ok) throw new AppError("INVALID_TRANSITION", `cannot ratify: ${next.reason}`, { reason: next.reason });
      assertExpiryConfirmed(version, input.confirmExpired, now);
      await tx.programmeVersion.update({
        where: { id: version.id },
        data: { status: next.next, ratifiedAt: now, ratificationBody: input.ratificationBody, ratificationDate: input.ratificationDate, ratificationDnr: input.ratificationDnr },
      });
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "version.ratify",
        entityType: "ProgrammeVersion",
        entityId: version.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        before: { status: version.status },
        after: { status: next.next, ratificationBody: input.ratificationBody, ratificationDate: isoDate(input.ratificationDate), ratificationDnr: input.ratificationDnr },
        meta: { versionNumber: version.number, endorsed: outcome.endorsedCount, required: outcome.requiredCount },
      });
      await notify(tx, await participants(tx, version.id, version.countyId), {
        kind: "version.ratified",
        title: `Fastställd: ${version.title}`,
        body: `${version.title} (version ${version.number}) är fastställd av ${input.ratificationBody} ${isoDate(input.ratificationDate)}.`,
        link: `/arbetsyta`,
      });
      return { programmeId: version.programmeId, versionNumber: version.number };
    }),
  );
}

/**
 * RATIFIED → PUBLISHED; in the same transaction the programme's previously published version
 * becomes SUPERSEDED, so the public never sees two versions in force or none. The caller
 * invalidates the cached public pages after the commit.
 */
export async function publishVersion(actor: Actor, countyIds: readonly string[], input: VersionRefInput & Partial<Pick<PublishInput, "confirmExpired">>, now: Date = new Date()): Promise<VersionRef & { supersededNumbers: number[] }> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const version = await lockVersion(tx, input.versionId, countyIds);
      const next = transition(version.status, "PUBLISH");
      if (!next.ok) throw new AppError("INVALID_TRANSITION", `cannot publish a ${version.status} version`);
      assertExpiryConfirmed(version, input.confirmExpired, now);
      const previous = await tx.programmeVersion.findMany({
        where: { programmeId: version.programmeId, status: "PUBLISHED", id: { not: version.id } },
        select: { id: true, number: true },
      });
      for (const old of previous) {
        const superseded = transition("PUBLISHED", "SUPERSEDE");
        if (!superseded.ok) throw new AppError("INVALID_TRANSITION");
        const { count } = await tx.programmeVersion.updateMany({ where: { id: old.id, status: "PUBLISHED" }, data: { status: superseded.next, supersededAt: now } });
        if (count !== 1) throw new AppError("CONFLICT", "the published version changed meanwhile");
      }
      await tx.programmeVersion.update({ where: { id: version.id }, data: { status: next.next, publishedAt: now } });
      // Follow-up periods belong to the programme and the year: an open one continues on the new version.
      const periods = await handOverOpenPeriods(tx, { now, ...audit(actor), supersededVersionIds: previous.map((p) => p.id), version });
      // The new version's actions join the follow-up roll-up with the history of their stable keys.
      await refreshActionStates(tx, version.programmeId);
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "version.publish",
        entityType: "ProgrammeVersion",
        entityId: version.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        before: { status: version.status },
        after: { status: next.next, superseded: previous.map((p) => p.number), periodsMoved: periods.opened },
        meta: { versionNumber: version.number },
      });
      const county = await tx.county.findUniqueOrThrow({ where: { id: version.countyId }, select: { slug: true } });
      await notify(tx, await participants(tx, version.id, version.countyId), {
        kind: "version.published",
        title: `Publicerad: ${version.title}`,
        body: `${version.title} (version ${version.number}) är publicerad och gäller nu. Alla kan läsa den på Länsplans publika webbplats.`,
        link: `/lan/${county.slug}/${version.programme.slug}/version/${version.number}`,
      });
      return { programmeId: version.programmeId, versionNumber: version.number, supersededNumbers: previous.map((p) => p.number) };
    }),
  );
}
