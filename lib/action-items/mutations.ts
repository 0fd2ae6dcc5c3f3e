import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { findItemContent, toActionItemContent, type ItemContentRow } from "@/lib/action-items/data";
import { toItemFormValues } from "@/lib/action-items/schema";
import type {
  ActionItemContent,
  ActionItemContentInput,
  ActionItemMoved,
  ActionItemSaved,
  CreateActionItemInput,
  UpdateActionItemInput,
} from "@/lib/action-items/types";
import { recordAuditEvent } from "@/lib/audit/mutations";
import type { ItemOrganisationRole, Prisma, VersionStatus } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import {
  assertEditableVersion,
  auditActor,
  editableVersionWhere,
  inTransaction,
  planMove,
  type WriteDb,
} from "@/lib/focus-areas/mutations";
import type { EditorScope } from "@/lib/focus-areas/types";
import { isAllowedItemOrganisation } from "@/lib/organisations/data";
import { versionStatuses } from "@/lib/programmes/lifecycle";

/**
 * Action items of a draft version. Every save carries the item's revision it started from and is a
 * compare-and-set on it (one winner among concurrent saves, CONFLICT with the current values for
 * the others); organisations, indicators and the audit row are written in the same transaction.
 * The general rules (scope, explanation of refusals, LP001) are in lib/focus-areas/mutations.ts.
 */

export type { EditorScope, WriteDb };

/** After a refused compare-and-set on an item: why. Always throws. */
async function explainItemRefusal(tx: Prisma.TransactionClient, scope: EditorScope, itemId: string): Promise<never> {
  const current = await findItemContent(scope, { id: itemId }, tx);
  assertEditableVersion(current?.version);
  if (current === null) throw new AppError("NOT_FOUND");
  throw itemConflict(current);
}

/** CONFLICT with the item as it is now, in the form's shape, so the form can show both texts. */
function itemConflict(current: ItemContentRow): AppError {
  return new AppError("CONFLICT", "the action was changed by someone else", {
    revision: current.revision,
    current: toItemFormValues(toActionItemContent(current)),
  });
}

/**
 * Every organisation the form names must exist, be active and belong to the version's county or
 * to none (national agencies). Checked here because only the database knows; refused as VALIDATION
 * on the organisation's own field. `found` are the named organisations as stored.
 */
function assertItemOrganisations(
  found: readonly { id: string; countyId: string | null; active: boolean; slug: string }[],
  countyId: string,
  input: Pick<ActionItemContentInput, "responsible" | "partners">,
): void {
  const byId = new Map(found.map((organisation) => [organisation.id, organisation]));
  const fieldErrors: Record<string, string[]> = {};
  for (const id of namedOrganisations(input)) {
    const organisation = byId.get(id);
    if (organisation !== undefined && isAllowedItemOrganisation(organisation, countyId)) continue;
    // Another county's organisation is "unknown" here: its existence is none of this form's business.
    const code = organisation !== undefined && !organisation.active && organisation.countyId === countyId ? "inactiveOrganisation" : "unknownOrganisation";
    fieldErrors[`role.${id}`] = [code];
    fieldErrors["organisations"] = [...new Set([...(fieldErrors["organisations"] ?? []), code])];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("VALIDATION", "an organisation that cannot be named", { fieldErrors });
  }
}

function namedOrganisations(input: Pick<ActionItemContentInput, "responsible" | "partners">): string[] {
  return [...new Set([...input.responsible, ...input.partners])];
}

function itemScalars(input: ActionItemContentInput) {
  return {
    number: input.number,
    title: input.title,
    description: input.description,
    timeframeKind: input.timeframeKind,
    startYear: input.startYear,
    endYear: input.endYear,
    startDate: input.startDate === null ? null : new Date(`${input.startDate}T00:00:00.000Z`),
    endDate: input.endDate === null ? null : new Date(`${input.endDate}T00:00:00.000Z`),
    followUpText: input.followUpText,
  };
}

/** The organisation rows of an item; lead is TRUE for the one lead and NULL otherwise (never FALSE). */
function organisationRows(itemId: string, input: ActionItemContentInput): Prisma.ActionItemOrganisationCreateManyInput[] {
  return [
    ...input.responsible.map((organisationId) => ({
      itemId,
      organisationId,
      role: "RESPONSIBLE" as const,
      lead: organisationId === input.leadOrganisationId ? true : null,
    })),
    ...input.partners.map((organisationId) => ({ itemId, organisationId, role: "PARTNER" as const, lead: null })),
  ];
}

/** Indicator rows in form order; an existing indicator keeps its stable key, a new one gets a new key. */
function indicatorRows(
  itemId: string,
  input: ActionItemContentInput,
  existingKeys: ReadonlySet<string>,
): Prisma.IndicatorCreateManyInput[] {
  return input.indicators.map(({ rowKey, ...fields }, position) => ({
    itemId,
    stableKey: existingKeys.has(rowKey) ? rowKey : randomUUID(),
    position,
    ...fields,
  }));
}

const roleOrder = { RESPONSIBLE: 0, PARTNER: 1 } satisfies Record<ItemOrganisationRole, number>;

/** The content as saved, in the shape (and order) `toActionItemContent` reads it back. */
function contentAfter(input: ActionItemContentInput, indicators: readonly Prisma.IndicatorCreateManyInput[]): ActionItemContent {
  const organisations: ActionItemContent["organisations"] = [
    ...input.responsible.map((organisationId) => ({
      organisationId,
      role: "RESPONSIBLE" as const,
      lead: organisationId === input.leadOrganisationId,
    })),
    ...input.partners.map((organisationId) => ({ organisationId, role: "PARTNER" as const, lead: false })),
  ];
  return {
    number: input.number,
    title: input.title,
    description: input.description,
    timeframeKind: input.timeframeKind,
    startYear: input.startYear,
    endYear: input.endYear,
    startDate: input.startDate,
    endDate: input.endDate,
    followUpText: input.followUpText,
    // The order the database reads them back in (role in enum order, then id): equal lists compare equal.
    organisations: organisations.sort(
      (a, b) => roleOrder[a.role] - roleOrder[b.role] || (a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0),
    ),
    indicators: indicators.map((row) => ({
      stableKey: row.stableKey,
      name: row.name,
      unit: row.unit ?? "",
      baseline: row.baseline ?? "",
      baselineYear: row.baselineYear ?? null,
      target: row.target ?? "",
      targetYear: row.targetYear ?? null,
      dataSource: row.dataSource ?? "",
    })),
  };
}

/**
 * Writes the item's organisations and indicators where the form's lists differ from the stored
 * ones (the form's lists replace them); an edit of the text alone writes no row here.
 */
async function replaceItemLists(
  tx: Prisma.TransactionClient,
  itemId: string,
  input: ActionItemContentInput,
  before: Pick<ActionItemContent, "organisations" | "indicators"> | null,
): Promise<ActionItemContent> {
  const existingKeys = new Set(before?.indicators.map((indicator) => indicator.stableKey) ?? []);
  const indicators = indicatorRows(itemId, input, existingKeys);
  const after = contentAfter(input, indicators);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (before === null || !same(before.organisations, after.organisations)) {
    if (before !== null) await tx.actionItemOrganisation.deleteMany({ where: { itemId } });
    await tx.actionItemOrganisation.createMany({ data: organisationRows(itemId, input) });
  }
  if (before === null || !same(before.indicators, after.indicators)) {
    if (before !== null) await tx.indicator.deleteMany({ where: { itemId } });
    if (indicators.length > 0) await tx.indicator.createMany({ data: indicators });
  }
  return after;
}

type VersionOfItem = { status: VersionStatus; programmeId: string; number: number; countyId: string };

function auditContext(version: VersionOfItem, versionId: string, stableKey: string) {
  return {
    countyId: version.countyId,
    programmeId: version.programmeId,
    meta: { versionId, versionNumber: version.number, stableKey },
  };
}

/**
 * Saves an action item from the revision its edit started at (the benchmark's entry point too).
 *
 * - `scope`: who saves (for the audit row) and the counties whose drafts they may edit.
 * - `input`: the validated form (`updateActionItemSchema`), with `itemId` and the base `revision`.
 * - `db`: a PrismaClient (a transaction is started; default: the app's client) or a transaction
 *   client (runs inside the caller's transaction).
 *
 * An edit of the text is three statements in one transaction: read, compare-and-set, audit row;
 * organisation and indicator rows are rewritten only when their lists changed.
 *
 * Refusals (AppError): NOT_FOUND (no such item in the scope), INVALID_TRANSITION (the version is
 * no longer a draft), CONFLICT (someone saved since `revision`; details: `{ revision, current }`
 * with the current values in the form's shape), VALIDATION (an organisation that does not exist,
 * is inactive or belongs to another county; details.fieldErrors).
 */
export async function updateActionItem(
  scope: EditorScope,
  input: UpdateActionItemInput,
  db: WriteDb = getDb(),
): Promise<ActionItemSaved> {
  return inTransaction(db, async (tx) => {
    // Read first for the audit row's "before" and to explain a refusal without writing; the
    // compare-and-set below decides. If it succeeds, the row still had this revision, so this
    // read is exactly the state it replaced.
    const before = await findItemContent(scope, { id: input.itemId }, tx, namedOrganisations(input));
    assertEditableVersion(before?.version);
    if (before === null) throw new AppError("NOT_FOUND");
    if (before.revision !== input.revision) throw itemConflict(before);
    assertItemOrganisations(before.requestedOrganisations, before.version.countyId, input);

    const { count } = await tx.actionItem.updateMany({
      where: { id: before.id, revision: input.revision, version: editableVersionWhere(scope) },
      data: { ...itemScalars(input), revision: { increment: 1 } },
    });
    if (count === 0) await explainItemRefusal(tx, scope, before.id);

    const beforeContent = toActionItemContent(before);
    const after = await replaceItemLists(tx, before.id, input, beforeContent);
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "actionItem.update",
      entityType: "ActionItem",
      entityId: before.id,
      ...auditContext(before.version, before.versionId, before.stableKey),
      before: beforeContent,
      after,
    });
    return {
      itemId: before.id,
      stableKey: before.stableKey,
      revision: input.revision + 1,
      programmeId: before.version.programmeId,
      versionNumber: before.version.number,
      values: toItemFormValues(after),
    };
  });
}

// The raw row of lockFocusArea, checked rather than cast.
const lockedFocusAreaSchema = z.object({
  id: z.string(),
  versionId: z.string(),
  status: z.enum(versionStatuses),
  programmeId: z.string(),
  number: z.number(),
  countyId: z.string(),
});

type LockedFocusArea = z.output<typeof lockedFocusAreaSchema>;

/**
 * The focus area an action is added to or moved into, locked FOR SHARE until the transaction ends:
 * deleting a focus area first locks it for update and then checks that it is empty, so it cannot
 * cascade-delete an action that arrives in between. Raw SQL because Prisma cannot lock rows.
 */
async function lockFocusArea(
  tx: Prisma.TransactionClient,
  scope: EditorScope,
  focusAreaId: string,
  versionId?: string,
): Promise<LockedFocusArea | null> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT fa.id::text AS "id", fa.version_id::text AS "versionId", pv.status AS "status",
           pv.programme_id::text AS "programmeId", pv.number AS "number", pv.county_id::text AS "countyId"
      FROM focus_area fa
      JOIN programme_version pv ON pv.id = fa.version_id
     WHERE fa.id = ${focusAreaId}::uuid
       AND pv.county_id = ANY(${[...scope.countyIds]}::uuid[])
       AND (${versionId ?? null}::uuid IS NULL OR fa.version_id = ${versionId ?? null}::uuid)
       FOR SHARE OF fa`;
  return z.array(lockedFocusAreaSchema).parse(rows)[0] ?? null;
}

async function nextItemPosition(tx: Prisma.TransactionClient, focusAreaId: string): Promise<number> {
  const last = await tx.actionItem.aggregate({ where: { focusAreaId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

/** Adds an action at the end of a focus area of a draft version. */
export async function createActionItem(
  scope: EditorScope,
  input: CreateActionItemInput,
  db: WriteDb = getDb(),
): Promise<ActionItemSaved> {
  return inTransaction(db, async (tx) => {
    const area = await lockFocusArea(tx, scope, input.focusAreaId);
    assertEditableVersion(area);
    if (area === null) throw new AppError("NOT_FOUND");
    const named = namedOrganisations(input);
    const found = named.length === 0 ? [] : await tx.organisation.findMany({ where: { id: { in: named } }, select: { id: true, countyId: true, active: true, slug: true } });
    assertItemOrganisations(found, area.countyId, input);
    // No where to scope an insert: the focus area's version was checked (and is locked) above; the
    // frozen-content trigger refuses the insert should the version have left DRAFT regardless.
    const item = await tx.actionItem.create({
      data: {
        versionId: area.versionId,
        focusAreaId: area.id,
        stableKey: randomUUID(),
        position: await nextItemPosition(tx, area.id),
        ...itemScalars(input),
      },
      select: { id: true, stableKey: true, revision: true },
    });
    const after = await replaceItemLists(tx, item.id, input, null);
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "actionItem.create",
      entityType: "ActionItem",
      entityId: item.id,
      ...auditContext(area, area.versionId, item.stableKey),
      after: { ...after, focusAreaId: area.id },
    });
    return {
      itemId: item.id,
      stableKey: item.stableKey,
      revision: item.revision,
      programmeId: area.programmeId,
      versionNumber: area.number,
      values: toItemFormValues(after),
    };
  });
}

/** Deletes an action of a draft version, from the revision the coordinator confirmed. */
export async function deleteActionItem(
  scope: EditorScope,
  input: { itemId: string; revision: number },
  db: WriteDb = getDb(),
): Promise<ActionItemMoved> {
  return inTransaction(db, async (tx) => {
    const before = await findItemContent(scope, { id: input.itemId }, tx);
    assertEditableVersion(before?.version);
    if (before === null) throw new AppError("NOT_FOUND");
    if (before.revision !== input.revision) throw itemConflict(before);
    if ((await tx.consultationComment.count({ where: { actionItemId: before.id } })) > 0) {
      throw new AppError("VALIDATION", "consultation comments refer to the action", { fieldErrors: { item: ["hasComments"] } });
    }
    const { count } = await tx.actionItem.deleteMany({
      where: { id: before.id, revision: input.revision, version: editableVersionWhere(scope) },
    });
    if (count === 0) await explainItemRefusal(tx, scope, before.id);
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "actionItem.delete",
      entityType: "ActionItem",
      entityId: before.id,
      ...auditContext(before.version, before.versionId, before.stableKey),
      before: { ...toActionItemContent(before), focusAreaId: before.focusAreaId },
    });
    return { itemId: before.id, programmeId: before.version.programmeId, versionNumber: before.version.number };
  });
}

const placementSelect = {
  id: true,
  stableKey: true,
  versionId: true,
  focusAreaId: true,
  position: true,
  version: { select: { status: true, programmeId: true, number: true, countyId: true } },
} satisfies Prisma.ActionItemSelect;

/** Moves an action one place up or down within its focus area. Not an edit of its content: the revision stays. */
export async function moveActionItem(
  scope: EditorScope,
  input: { itemId: string; direction: "up" | "down" },
  db: WriteDb = getDb(),
): Promise<ActionItemMoved> {
  return inTransaction(db, async (tx) => {
    const item = await tx.actionItem.findFirst({
      where: { id: input.itemId, version: { countyId: { in: [...scope.countyIds] } } },
      select: placementSelect,
    });
    assertEditableVersion(item?.version);
    if (item === null) throw new AppError("NOT_FOUND");
    const siblings = await tx.actionItem.findMany({
      where: { focusAreaId: item.focusAreaId },
      orderBy: [{ position: "asc" }, { number: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    const plan = planMove(siblings, item.id, input.direction);
    const moved = { itemId: item.id, programmeId: item.version.programmeId, versionNumber: item.version.number };
    if (plan.length === 0) return moved;
    // Compare-and-set on every position (and on the focus area): a concurrent reorder or move of
    // the same rows refuses the whole move rather than mixing two orders.
    for (const step of plan) {
      const { count } = await tx.actionItem.updateMany({
        where: { id: step.id, focusAreaId: item.focusAreaId, position: step.from, version: editableVersionWhere(scope) },
        data: { position: step.to },
      });
      if (count === 0) throw new AppError("CONFLICT", "the actions were reordered by someone else");
    }
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "actionItem.reorder",
      entityType: "ActionItem",
      entityId: item.id,
      ...auditContext(item.version, item.versionId, item.stableKey),
      before: { position: siblings.findIndex((row) => row.id === item.id) },
      after: { position: plan.find((step) => step.id === item.id)?.to ?? item.position },
      meta: { versionId: item.versionId, versionNumber: item.version.number, stableKey: item.stableKey, direction: input.direction },
    });
    return moved;
  });
}

/**
 * Moves an action to the end of another focus area of the same version. The action keeps its
 * stable key (the diff shows it as moved, follow-up history stays) and its revision.
 */
export async function moveActionItemToFocusArea(
  scope: EditorScope,
  input: { itemId: string; targetFocusAreaId: string },
  db: WriteDb = getDb(),
): Promise<ActionItemMoved> {
  return inTransaction(db, async (tx) => {
    const item = await tx.actionItem.findFirst({
      where: { id: input.itemId, version: { countyId: { in: [...scope.countyIds] } } },
      select: placementSelect,
    });
    assertEditableVersion(item?.version);
    if (item === null) throw new AppError("NOT_FOUND");
    const moved = { itemId: item.id, programmeId: item.version.programmeId, versionNumber: item.version.number };
    if (item.focusAreaId === input.targetFocusAreaId) return moved;
    const target = await lockFocusArea(tx, scope, input.targetFocusAreaId, item.versionId);
    if (target === null) {
      throw new AppError("VALIDATION", "no such focus area in this version", { fieldErrors: { targetFocusAreaId: ["unknownFocusArea"] } });
    }
    const position = await nextItemPosition(tx, target.id);
    const { count } = await tx.actionItem.updateMany({
      where: { id: item.id, focusAreaId: item.focusAreaId, version: editableVersionWhere(scope) },
      data: { focusAreaId: target.id, position },
    });
    if (count === 0) {
      await explainItemRefusal(tx, scope, item.id);
    }
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "actionItem.move",
      entityType: "ActionItem",
      entityId: item.id,
      ...auditContext(item.version, item.versionId, item.stableKey),
      before: { focusAreaId: item.focusAreaId, position: item.position },
      after: { focusAreaId: target.id, position },
    });
    return moved;
  });
}
