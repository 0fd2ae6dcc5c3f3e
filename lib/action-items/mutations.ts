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
  ActionItemPlaced,
  ActionItemSaved,
  AutoNumberingSet,
  CreateActionItemInput,
  MoveActionItemToInput,
  QuickCreateActionItemInput,
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

/**
 * Gives every action of a draft version its place: positions 0..n-1 within each focus area (in
 * the page's order) and, unless the coordinator turned automatic numbering off for the version,
 * the number "n.m" (focus area n in the version's order, action m in the area). Call it in the
 * same transaction as every change of the actions' order: add, move, delete, import, and a move
 * or delete of a focus area. Writes only the rows whose position or number changes; does nothing
 * to a version that is not a draft. Returns the number of actions changed.
 * Raw SQL: one statement whatever the number of actions (window functions, no row per query).
 */
export async function renumberVersionItems(tx: Prisma.TransactionClient, versionId: string): Promise<number> {
  return tx.$executeRaw`
    WITH areas AS (
      SELECT fa.id, row_number() OVER (ORDER BY fa.position, fa.title, fa.id) AS n
        FROM focus_area fa WHERE fa.version_id = ${versionId}::uuid
    ), placed AS (
      SELECT ai.id, areas.n, row_number() OVER (PARTITION BY ai.focus_area_id ORDER BY ai.position, ai.number, ai.id) AS m
        FROM action_item ai JOIN areas ON areas.id = ai.focus_area_id
       WHERE ai.version_id = ${versionId}::uuid
    )
    UPDATE action_item ai
       SET position = placed.m - 1,
           number = CASE WHEN pv.auto_numbering THEN placed.n || '.' || placed.m ELSE ai.number END
      FROM placed, programme_version pv
     WHERE ai.id = placed.id
       AND pv.id = ${versionId}::uuid
       AND pv.status = 'DRAFT'
       AND (ai.position <> placed.m - 1 OR (pv.auto_numbering AND ai.number <> placed.n || '.' || placed.m))`;
}

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

    // With automatic numbering the number is the item's place, not the form's to change.
    const saved = before.version.autoNumbering ? { ...input, number: before.number } : input;
    const { count } = await tx.actionItem.updateMany({
      where: { id: before.id, revision: input.revision, version: editableVersionWhere(scope) },
      data: { ...itemScalars(saved), revision: { increment: 1 } },
    });
    if (count === 0) await explainItemRefusal(tx, scope, before.id);

    const beforeContent = toActionItemContent(before);
    const after = await replaceItemLists(tx, before.id, saved, beforeContent);
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

/**
 * Inserts an action at the end of a locked focus area, renumbers the version and writes the audit
 * row; `input.number` is kept only where automatic numbering is off.
 */
async function insertActionItem(
  tx: Prisma.TransactionClient,
  scope: EditorScope,
  area: LockedFocusArea,
  input: CreateActionItemInput,
): Promise<ActionItemSaved> {
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
  await replaceItemLists(tx, item.id, input, null);
  await renumberVersionItems(tx, area.versionId);
  const { number } = await tx.actionItem.findUniqueOrThrow({ where: { id: item.id }, select: { number: true } });
  const after = contentAfter({ ...input, number }, indicatorRows(item.id, input, new Set()));
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
}

/** Runs `work` in one transaction on the focus area, locked, of a draft of the scope; else NOT_FOUND or INVALID_TRANSITION. */
async function inDraftFocusArea<T>(
  db: WriteDb,
  scope: EditorScope,
  focusAreaId: string,
  work: (tx: Prisma.TransactionClient, area: LockedFocusArea) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (tx) => {
    const area = await lockFocusArea(tx, scope, focusAreaId);
    assertEditableVersion(area);
    if (area === null) throw new AppError("NOT_FOUND");
    return work(tx, area);
  });
}

/** Adds an action at the end of a focus area of a draft version. */
export async function createActionItem(
  scope: EditorScope,
  input: CreateActionItemInput,
  db: WriteDb = getDb(),
): Promise<ActionItemSaved> {
  return inDraftFocusArea(db, scope, input.focusAreaId, (tx, area) => insertActionItem(tx, scope, area, input));
}

/**
 * "Lägg till åtgärd" on the content page: title, lead organisation and timeframe; everything else
 * later on the action's own page. The number is the next in the focus area ("n.m"): with automatic
 * numbering the version's renumbering gives it anyway, without it this is the coordinator's
 * starting point.
 */
export async function quickCreateActionItem(
  scope: EditorScope,
  input: QuickCreateActionItemInput,
  db: WriteDb = getDb(),
): Promise<ActionItemSaved> {
  return inDraftFocusArea(db, scope, input.focusAreaId, async (tx, area) => {
    // Raw SQL: the area's place among its version's focus areas (the page's order) and its size, one round trip.
    const [place] = z
      .array(z.object({ n: z.number(), m: z.number() }))
      .parse(
        await tx.$queryRaw<unknown[]>`
          SELECT (SELECT count(*)::int FROM focus_area f2
                   WHERE f2.version_id = fa.version_id AND (f2.position, f2.title, f2.id) < (fa.position, fa.title, fa.id)) + 1 AS "n",
                 (SELECT count(*)::int FROM action_item ai WHERE ai.focus_area_id = fa.id) + 1 AS "m"
            FROM focus_area fa WHERE fa.id = ${area.id}::uuid`,
      );
    return insertActionItem(tx, scope, area, {
      focusAreaId: area.id,
      number: place === undefined ? "" : `${place.n}.${place.m}`,
      title: input.title,
      description: "",
      timeframeKind: input.timeframeKind,
      startYear: input.startYear,
      endYear: input.endYear,
      startDate: input.startDate,
      endDate: input.endDate,
      followUpText: "",
      responsible: [input.leadOrganisationId],
      partners: [],
      leadOrganisationId: input.leadOrganisationId,
      indicators: [],
    });
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
    await renumberVersionItems(tx, before.versionId);
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
    await renumberVersionItems(tx, item.versionId);
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
 * Moves an action to the end of another focus area of the same version (moveActionItemTo from
 * where the action is now). The action keeps its stable key (the diff shows it as moved,
 * follow-up history stays) and its revision; already in that area: nothing happens.
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
    if (item.focusAreaId === input.targetFocusAreaId) {
      return { itemId: item.id, programmeId: item.version.programmeId, versionNumber: item.version.number };
    }
    const placed = await moveActionItemTo(
      scope,
      {
        itemId: item.id,
        fromFocusAreaId: item.focusAreaId,
        fromPosition: item.position,
        targetFocusAreaId: input.targetFocusAreaId,
        targetPosition: Number.MAX_SAFE_INTEGER,
      },
      tx,
    );
    return { itemId: placed.itemId, programmeId: placed.programmeId, versionNumber: placed.versionNumber };
  });
}

/** Positions of many actions in one statement (unnest), whatever their number. */
async function setPositions(tx: Prisma.TransactionClient, rows: readonly { id: string; position: number }[]): Promise<void> {
  if (rows.length === 0) return;
  // Raw SQL: one UPDATE for the whole list instead of one per action.
  await tx.$executeRaw`
    UPDATE action_item ai SET position = v.position
      FROM (SELECT unnest(${rows.map((row) => row.id)}::uuid[]) AS id, unnest(${rows.map((row) => row.position)}::int[]) AS position) v
     WHERE ai.id = v.id AND ai.position <> v.position`;
}

/**
 * "Flytta till …": moves an action to any place of any focus area of its version in one step, and
 * renumbers. Compare-and-set on where the page showed the action (focus area and position): when
 * someone moved it since, nothing is written and the move is refused with CONFLICT. The action
 * keeps its stable key and its revision (a move is not an edit of its content).
 *
 * Refusals: NOT_FOUND (no such action in the scope), INVALID_TRANSITION (not a draft), CONFLICT
 * (moved since the page was shown), VALIDATION (`target`: no such focus area in the version).
 */
export async function moveActionItemTo(
  scope: EditorScope,
  input: MoveActionItemToInput,
  db: WriteDb = getDb(),
): Promise<ActionItemPlaced> {
  return inTransaction(db, async (tx) => {
    const item = await tx.actionItem.findFirst({
      where: { id: input.itemId, version: { countyId: { in: [...scope.countyIds] } } },
      select: { ...placementSelect, number: true },
    });
    assertEditableVersion(item?.version);
    if (item === null) throw new AppError("NOT_FOUND");
    if (item.focusAreaId !== input.fromFocusAreaId || item.position !== input.fromPosition) {
      throw new AppError("CONFLICT", "the action was moved by someone else");
    }
    const target = await lockFocusArea(tx, scope, input.targetFocusAreaId, item.versionId);
    if (target === null) {
      throw new AppError("VALIDATION", "no such focus area in this version", { fieldErrors: { target: ["unknownFocusArea"] } });
    }
    const listed = await tx.actionItem.findMany({
      where: { focusAreaId: target.id },
      orderBy: [{ position: "asc" }, { number: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const others = listed.filter((row) => row.id !== item.id);
    const place = Math.min(Math.max(input.targetPosition, 0), others.length);
    const placed = {
      itemId: item.id,
      stableKey: item.stableKey,
      programmeId: item.version.programmeId,
      versionNumber: item.version.number,
      fromNumber: item.number,
    };
    // Already there: nothing to write, nothing to audit.
    if (target.id === item.focusAreaId && listed.findIndex((row) => row.id === item.id) === place) {
      const area = await tx.focusArea.findUniqueOrThrow({ where: { id: target.id }, select: { title: true } });
      return { ...placed, number: item.number, focusAreaTitle: area.title, place: place + 1 };
    }
    // Compare-and-set: the action is still where the page showed it (and the version a draft of the scope).
    const { count } = await tx.actionItem.updateMany({
      where: { id: item.id, focusAreaId: input.fromFocusAreaId, position: input.fromPosition, version: editableVersionWhere(scope) },
      data: { focusAreaId: target.id },
    });
    if (count === 0) throw new AppError("CONFLICT", "the action was moved by someone else");
    const order = [...others.slice(0, place), { id: item.id }, ...others.slice(place)];
    await setPositions(tx, order.map((row, position) => ({ id: row.id, position })));
    await renumberVersionItems(tx, item.versionId);
    const after = await tx.actionItem.findUniqueOrThrow({
      where: { id: item.id },
      select: { number: true, position: true, focusArea: { select: { title: true } } },
    });
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "actionItem.move",
      entityType: "ActionItem",
      entityId: item.id,
      ...auditContext(item.version, item.versionId, item.stableKey),
      before: { focusAreaId: item.focusAreaId, position: item.position, number: item.number },
      after: { focusAreaId: target.id, position: after.position, number: after.number },
    });
    return {
      ...placed,
      number: after.number,
      focusAreaTitle: after.focusArea.title,
      place: after.position + 1,
    };
  });
}

/**
 * Turns automatic numbering of a draft version on or off. Turning it on renumbers the actions at
 * once; turning it off keeps the numbers they have (the coordinator writes them from now on).
 */
export async function setAutoNumbering(
  scope: EditorScope,
  input: { versionId: string; autoNumbering: boolean },
  db: WriteDb = getDb(),
): Promise<AutoNumberingSet> {
  return inTransaction(db, async (tx) => {
    const version = await tx.programmeVersion.findFirst({
      where: { id: input.versionId, countyId: { in: [...scope.countyIds] } },
      select: { status: true, programmeId: true, number: true, countyId: true, autoNumbering: true },
    });
    assertEditableVersion(version);
    if (version === null) throw new AppError("NOT_FOUND");
    const result = { programmeId: version.programmeId, versionNumber: version.number, autoNumbering: input.autoNumbering };
    if (version.autoNumbering === input.autoNumbering) return { ...result, renumbered: 0 };
    const { count } = await tx.programmeVersion.updateMany({
      where: { id: input.versionId, autoNumbering: version.autoNumbering, ...editableVersionWhere(scope) },
      data: { autoNumbering: input.autoNumbering },
    });
    if (count === 0) {
      const now = await tx.programmeVersion.findFirst({ where: { id: input.versionId, countyId: { in: [...scope.countyIds] } }, select: { status: true } });
      assertEditableVersion(now);
      throw new AppError("CONFLICT", "automatic numbering was changed by someone else");
    }
    const renumbered = input.autoNumbering ? await renumberVersionItems(tx, input.versionId) : 0;
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "version.setAutoNumbering",
      entityType: "ProgrammeVersion",
      entityId: input.versionId,
      countyId: version.countyId,
      programmeId: version.programmeId,
      before: { autoNumbering: version.autoNumbering },
      after: { autoNumbering: input.autoNumbering },
      meta: { versionNumber: version.number, renumbered },
    });
    return { ...result, renumbered };
  });
}
