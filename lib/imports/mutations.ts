import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { renumberVersionItems } from "@/lib/action-items/mutations";
import { recordAuditEvents, type AuditEventInput } from "@/lib/audit/mutations";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { editableVersionWhere, inTransaction, type WriteDb } from "@/lib/focus-areas/mutations";
import { findImportDraft, findVersionSnapshot, listImportOrganisations, type ImportScope } from "@/lib/imports/data";
import { parseGrid } from "@/lib/imports/parse";
import { planImport } from "@/lib/imports/plan";
import { ImportFileError, readSpreadsheet } from "@/lib/imports/read-file";
import type { ApplyImportInput, ResolveImportInput } from "@/lib/imports/schema";
import type { ExistingItem, ImportOutcome, ImportUploaded, PlannedContent, PlannedRow } from "@/lib/imports/types";
import { isEditable, versionStatuses } from "@/lib/programmes/lifecycle";

/**
 * Spreadsheet import (issue 13). Uploading stores the parsed rows as a draft (nothing of the
 * version changes); choices in the preview update the draft; "Genomför importen" applies the
 * accepted rows in one transaction, re-planning against the version as it is then: a version
 * changed since the preview (its stamp, see findVersionSnapshot) or choices changed since (the
 * draft's revision) are refused with CONFLICT, so exactly what the coordinator saw is written.
 */

export type ImportActorScope = ImportScope & { actorEmail: string | null };

const DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A refused file: VALIDATION on the file field, with the reason's code. */
function fileRefusal(code: string): AppError {
  return new AppError("VALIDATION", `import file refused: ${code}`, { fieldErrors: { file: [code] } });
}

/**
 * Reads and parses the file and stores it as the uploader's draft for this version. Refusals:
 * NOT_FOUND (no such version in the scope), INVALID_TRANSITION (not a draft), VALIDATION with
 * `file: [code]` (see fileErrorCodes). Earlier drafts of the same person for the version and
 * every expired draft are removed on the way.
 */
export async function createImportDraft(
  scope: ImportActorScope,
  input: { versionId: string; filename: string; bytes: Uint8Array },
  now: Date,
  db: WriteDb = getDb(),
): Promise<ImportUploaded> {
  let parsed;
  try {
    parsed = parseGrid(await readSpreadsheet(input.bytes));
  } catch (error) {
    if (error instanceof ImportFileError) throw fileRefusal(error.code);
    throw error;
  }
  return inTransaction(db, async (tx) => {
    const version = await tx.programmeVersion.findFirst({
      where: { id: input.versionId, countyId: { in: [...scope.countyIds] } },
      select: { id: true, status: true, countyId: true, programmeId: true, number: true },
    });
    if (version === null) throw new AppError("NOT_FOUND");
    if (!isEditable(version.status)) throw new AppError("INVALID_TRANSITION", "only drafts can be imported into", { reason: "FROZEN" });
    await tx.importDraft.deleteMany({
      where: { OR: [{ expiresAt: { lte: now } }, { versionId: version.id, userId: scope.userId, appliedAt: null }] },
    });
    const draft = await tx.importDraft.create({
      data: {
        versionId: version.id,
        countyId: version.countyId,
        userId: scope.userId,
        filename: input.filename.slice(0, 255),
        parsed,
        resolutions: { choices: {}, skipped: [] },
        createdAt: now,
        expiresAt: new Date(now.getTime() + DRAFT_LIFETIME_MS),
      },
      select: { id: true },
    });
    return { draftId: draft.id, programmeId: version.programmeId, versionNumber: version.number };
  });
}

/** Stores the preview's choices, from the draft revision the form was rendered at (CONFLICT otherwise). */
export async function resolveImportDraft(
  scope: ImportScope,
  input: ResolveImportInput,
  now: Date,
  db: WriteDb = getDb(),
): Promise<{ draftId: string; revision: number; programmeId: string; versionNumber: number }> {
  return inTransaction(db, async (tx) => {
    const draft = await findImportDraft(scope, { draftId: input.draftId }, now, tx);
    if (draft === null) throw new AppError("NOT_FOUND");
    if (draft.result !== null) throw new AppError("INVALID_TRANSITION", "the import was applied already", { reason: "APPLIED" });
    const { count } = await tx.importDraft.updateMany({
      where: { id: draft.id, userId: scope.userId, revision: input.revision, appliedAt: null },
      data: { resolutions: input.resolutions, revision: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "the choices were changed in another window");
    const version = await tx.programmeVersion.findFirstOrThrow({ where: { id: draft.versionId }, select: { programmeId: true, number: true } });
    return { draftId: draft.id, revision: input.revision + 1, programmeId: version.programmeId, versionNumber: version.number };
  });
}

/** Removes the uploader's draft (the preview's "Avbryt"). */
export async function discardImportDraft(scope: ImportScope, input: { draftId: string }, db: WriteDb = getDb()): Promise<{ programmeId: string; versionNumber: number } | null> {
  return inTransaction(db, async (tx) => {
    const draft = await tx.importDraft.findFirst({ where: { id: input.draftId, userId: scope.userId, countyId: { in: [...scope.countyIds] } }, select: { id: true, versionId: true } });
    if (draft === null) throw new AppError("NOT_FOUND");
    await tx.importDraft.deleteMany({ where: { id: draft.id, userId: scope.userId } });
    const version = await tx.programmeVersion.findFirst({ where: { id: draft.versionId }, select: { programmeId: true, number: true } });
    return version === null ? null : { programmeId: version.programmeId, versionNumber: version.number };
  });
}

// The raw row of lockVersion, checked rather than cast.
const lockedVersionSchema = z.object({
  id: z.string(),
  status: z.enum(versionStatuses),
  programmeId: z.string(),
  number: z.number(),
  countyId: z.string(),
  editRevision: z.number(),
  validFrom: z.date(),
  validTo: z.date(),
});

/**
 * The version, locked FOR UPDATE until the transaction ends: two imports into one version never
 * interleave, and no version-field save slips between the stamp check and the writes. Raw SQL
 * because Prisma cannot lock rows.
 */
async function lockVersion(tx: Prisma.TransactionClient, scope: ImportScope, versionId: string) {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT id::text AS "id", status AS "status", programme_id::text AS "programmeId", number AS "number",
           county_id::text AS "countyId", edit_revision AS "editRevision", valid_from AS "validFrom", valid_to AS "validTo"
      FROM programme_version
     WHERE id = ${versionId}::uuid AND county_id = ANY(${[...scope.countyIds]}::uuid[])
       FOR UPDATE`;
  return z.array(lockedVersionSchema).parse(rows)[0] ?? null;
}

function scalars(content: PlannedContent) {
  return {
    number: content.number,
    title: content.title,
    description: content.description,
    timeframeKind: content.timeframeKind,
    startYear: content.startYear,
    endYear: content.endYear,
    startDate: content.startDate === null ? null : new Date(`${content.startDate}T00:00:00.000Z`),
    endDate: content.endDate === null ? null : new Date(`${content.endDate}T00:00:00.000Z`),
    followUpText: content.followUpText,
  };
}

function organisationRows(itemId: string, content: PlannedContent): Prisma.ActionItemOrganisationCreateManyInput[] {
  return [
    ...content.responsible.map((organisationId) => ({ itemId, organisationId, role: "RESPONSIBLE" as const, lead: organisationId === content.leadId ? true : null })),
    ...content.partners.map((organisationId) => ({ itemId, organisationId, role: "PARTNER" as const, lead: null })),
  ];
}

/** Indicator rows; an indicator at the same place keeps its stable key (its follow-up history stays). */
function indicatorRows(itemId: string, content: PlannedContent, existing: ExistingItem | undefined): Prisma.IndicatorCreateManyInput[] {
  return content.indicators.map((indicator, position) => ({
    itemId,
    stableKey: existing?.indicators[position]?.stableKey ?? randomUUID(),
    position,
    ...indicator,
  }));
}

function auditContent(content: PlannedContent | ExistingItem) {
  return {
    number: content.number,
    title: content.title,
    description: content.description,
    timeframeKind: content.timeframeKind,
    startYear: content.startYear,
    endYear: content.endYear,
    startDate: content.startDate,
    endDate: content.endDate,
    followUpText: content.followUpText,
    responsible: content.responsible,
    partners: content.partners,
    indicators: content.indicators.map((indicator) => ({ ...indicator })),
  };
}

type Accepted = PlannedRow & { content: PlannedContent; focusArea: NonNullable<PlannedRow["focusArea"]> };

function isAccepted(row: PlannedRow): row is Accepted {
  return (row.outcome === "create" || row.outcome === "update") && row.content !== null && row.focusArea !== null;
}

/**
 * Applies the draft: new focus areas, then new actions, then updates, each action with one audit
 * row; the draft records the outcome. Refusals: NOT_FOUND (no such draft of the actor, or expired),
 * INVALID_TRANSITION (the version is no longer a draft, or the import was applied already),
 * CONFLICT (the version or the choices changed since the preview the form was rendered from),
 * VALIDATION (problems left unresolved).
 */
export async function applyImportDraft(
  scope: ImportActorScope,
  input: ApplyImportInput,
  now: Date,
  db: WriteDb = getDb(),
): Promise<ImportOutcome & { programmeId: string; versionNumber: number }> {
  return inTransaction(db, async (tx) => {
    const draft = await findImportDraft(scope, { draftId: input.draftId }, now, tx);
    if (draft === null) throw new AppError("NOT_FOUND");
    const version = await lockVersion(tx, scope, draft.versionId);
    if (version === null) throw new AppError("NOT_FOUND");
    if (!isEditable(version.status)) throw new AppError("INVALID_TRANSITION", "the version is frozen: only drafts can change", { reason: "FROZEN" });
    if (draft.result !== null) throw new AppError("INVALID_TRANSITION", "the import was applied already", { reason: "APPLIED" });
    if (draft.revision !== input.revision) throw new AppError("CONFLICT", "the choices changed since the preview");
    const snapshot = await findVersionSnapshot(version, tx);
    if (snapshot.stamp !== input.stamp) throw new AppError("CONFLICT", "the version changed since the preview");
    const plan = planImport({ parsed: draft.parsed, snapshot, organisations: await listImportOrganisations(version.countyId, tx), resolutions: draft.resolutions });
    if (plan.unresolved > 0) throw new AppError("VALIDATION", "problems left unresolved", { fieldErrors: { import: ["unresolved"] } });

    const accepted = plan.rows.filter(isAccepted);
    const audit: AuditEventInput[] = [];
    const base = { actorId: scope.userId, actorEmail: scope.actorEmail, countyId: version.countyId, programmeId: version.programmeId };
    const meta = (row: PlannedRow, stableKey: string) => ({ versionId: version.id, versionNumber: version.number, stableKey, importId: draft.id, row: row.rowNumber });

    // New focus areas, after the existing ones, in the order the file names them.
    const areaIds = new Map<string, string>();
    const lastPosition = snapshot.focusAreas.reduce((max, area) => Math.max(max, area.position), -1);
    const newAreas = plan.newFocusAreas.map((title, index) => ({ id: randomUUID(), versionId: version.id, stableKey: randomUUID(), position: lastPosition + 1 + index, title }));
    if (newAreas.length > 0) {
      await tx.focusArea.createMany({ data: newAreas });
      for (const area of newAreas) {
        areaIds.set(area.title, area.id);
        audit.push({ ...base, action: "focusArea.create", entityType: "FocusArea", entityId: area.id, after: { title: area.title, description: "", position: area.position, goalIds: [] }, meta: { versionId: version.id, versionNumber: version.number, importId: draft.id } });
      }
    }
    const areaIdOf = (row: Accepted) => row.focusArea.id ?? areaIds.get(row.focusArea.title) ?? "";

    // Positions: after the last action of each focus area, in file order.
    const nextPosition = new Map<string, number>();
    for (const item of snapshot.items) nextPosition.set(item.focusAreaId, Math.max(nextPosition.get(item.focusAreaId) ?? 0, item.position + 1));
    const takePosition = (areaId: string) => {
      const position = nextPosition.get(areaId) ?? 0;
      nextPosition.set(areaId, position + 1);
      return position;
    };

    const created = accepted.filter((row) => row.match === null);
    const newItems = created.map((row) => ({ row, id: randomUUID(), stableKey: randomUUID(), focusAreaId: areaIdOf(row) }));
    if (newItems.length > 0) {
      await tx.actionItem.createMany({
        data: newItems.map((item) => ({ id: item.id, versionId: version.id, focusAreaId: item.focusAreaId, stableKey: item.stableKey, position: takePosition(item.focusAreaId), ...scalars(item.row.content) })),
      });
    }

    const existingById = new Map(snapshot.items.map((item) => [item.id, item]));
    const updated = accepted.flatMap((row) => (row.match === null ? [] : [{ row, match: row.match, before: existingById.get(row.match.itemId) }]));
    for (const { row, match } of updated) {
      const focusAreaId = areaIdOf(row);
      // Compare-and-set on the revision the preview planned from: a save since then refuses the import.
      const { count } = await tx.actionItem.updateMany({
        where: { id: match.itemId, revision: match.revision, version: editableVersionWhere(scope) },
        data: { ...scalars(row.content), ...(match.movesFocusArea ? { focusAreaId, position: takePosition(focusAreaId) } : {}), revision: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", "an action changed since the preview");
    }
    const updatedIds = updated.map((entry) => entry.match.itemId);
    if (updatedIds.length > 0) {
      await tx.actionItemOrganisation.deleteMany({ where: { itemId: { in: updatedIds } } });
      await tx.indicator.deleteMany({ where: { itemId: { in: updatedIds } } });
    }
    await tx.actionItemOrganisation.createMany({
      data: [...newItems.flatMap((item) => organisationRows(item.id, item.row.content)), ...updated.flatMap((entry) => organisationRows(entry.match.itemId, entry.row.content))],
    });
    const indicators = [
      ...newItems.flatMap((item) => indicatorRows(item.id, item.row.content, undefined)),
      ...updated.flatMap((entry) => indicatorRows(entry.match.itemId, entry.row.content, entry.before)),
    ];
    if (indicators.length > 0) await tx.indicator.createMany({ data: indicators });

    for (const item of newItems) {
      audit.push({ ...base, action: "actionItem.create", entityType: "ActionItem", entityId: item.id, after: { ...auditContent(item.row.content), focusAreaId: item.focusAreaId }, meta: meta(item.row, item.stableKey) });
    }
    for (const { row, match, before } of updated) {
      audit.push({
        ...base,
        action: "actionItem.update",
        entityType: "ActionItem",
        entityId: match.itemId,
        ...(before === undefined ? {} : { before: { ...auditContent(before), focusAreaId: before.focusAreaId } }),
        after: { ...auditContent(row.content), focusAreaId: areaIdOf(row) },
        meta: meta(row, before?.stableKey ?? ""),
      });
    }
    await recordAuditEvents(tx, audit);
    // Numbers follow position after an import as after any edit (unless the version turned
    // automatic numbering off): the same statement the editor runs, in the same transaction.
    await renumberVersionItems(tx, version.id);

    const outcome: ImportOutcome = {
      created: newItems.length,
      updated: updated.length,
      unchanged: plan.counts.unchanged,
      skipped: plan.counts.skip,
      focusAreasCreated: newAreas.length,
    };
    const { count } = await tx.importDraft.updateMany({ where: { id: draft.id, revision: input.revision, appliedAt: null }, data: { result: outcome, appliedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", "the import was applied in another window");
    return { ...outcome, programmeId: version.programmeId, versionNumber: version.number };
  });
}
