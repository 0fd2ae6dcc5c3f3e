import "server-only";
import { randomUUID } from "node:crypto";
// A cycle on purpose (action-items/mutations builds on the helpers here): only functions cross it, called at run time.
import { renumberVersionItems } from "@/lib/action-items/mutations";
import { getDb, type Db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { withDbErrors } from "@/lib/db/errors";
import type { Prisma, VersionStatus } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import type {
  CreateFocusAreaInput,
  DeleteFocusAreaInput,
  MoveFocusAreaInput,
  UpdateFocusAreaInput,
} from "@/lib/focus-areas/schema";
import type { EditorScope, FocusAreaChanged } from "@/lib/focus-areas/types";
import { editableStatuses, isEditable } from "@/lib/programmes/lifecycle";

/**
 * Content-editor writes: focus areas here, action items in lib/action-items/mutations.ts, both on
 * the helpers below. Every change is one transaction with its audit row inside; every update is a
 * compare-and-set scoped to the editor's counties and to DRAFT versions (`editableWhere`), and a
 * refused one is explained afterwards: NOT_FOUND, INVALID_TRANSITION (frozen) or CONFLICT (stale).
 * The database's frozen-content trigger (LP001) backs this up and reaches the caller as
 * INVALID_TRANSITION (lib/db/errors.ts).
 */

/** A PrismaClient (a transaction is started) or a transaction's client (the caller's transaction is used). */
export type WriteDb = Db | Prisma.TransactionClient;

// Interactive transactions queue for a pooled connection; under load (many editors saving at
// once) the default 2 s wait is too short to tell a busy pool from a broken one.
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

/** A PrismaClient, not a transaction's client. Prisma 7 gives transaction clients a `$transaction` of their own too; `$connect` only the client has. */
function isClient(db: WriteDb): db is Db {
  return "$connect" in db;
}

/** Runs `work` in one transaction (the caller's, when given one); database refusals become AppErrors. */
export async function inTransaction<T>(db: WriteDb, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return withDbErrors(() => (isClient(db) ? db.$transaction(work, transactionOptions) : work(db)));
}

/** Scope of every content write: a version of the editor's counties that is still editable. */
export function editableVersionWhere(scope: Pick<EditorScope, "countyIds">): Prisma.ProgrammeVersionWhereInput {
  return { countyId: { in: [...scope.countyIds] }, status: { in: [...editableStatuses] } };
}

export function auditActor(scope: EditorScope): { actorId: string; actorEmail: string | null } {
  return { actorId: scope.actorId, actorEmail: scope.actorEmail };
}

/** Refuses content changes of a version that is missing (or another county's) or no longer a draft. */
export function assertEditableVersion(version: { status: VersionStatus } | null | undefined): asserts version is { status: VersionStatus } {
  if (version === null || version === undefined) throw new AppError("NOT_FOUND");
  if (!isEditable(version.status)) {
    throw new AppError("INVALID_TRANSITION", "the version is frozen: only drafts can change", { reason: "FROZEN" });
  }
}

/**
 * New positions for a list after moving `id` one step up or down: only the rows whose position
 * changes, with the position they had (for the compare-and-set). Positions are renumbered 0..n-1
 * on the way, so gaps and ties left by earlier moves disappear. Empty when the row is already at
 * that end of the list or not in it.
 */
export function planMove(
  ordered: readonly { id: string; position: number }[],
  id: string,
  direction: "up" | "down",
): { id: string; from: number; to: number }[] {
  const index = ordered.findIndex((row) => row.id === id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= ordered.length) return [];
  const reordered = [...ordered];
  const [moved] = reordered.splice(index, 1);
  if (moved === undefined) return [];
  reordered.splice(target, 0, moved);
  return reordered.flatMap((row, position) => (row.position === position ? [] : [{ id: row.id, from: row.position, to: position }]));
}

// ───────────── Focus areas ─────────────

const focusAreaSelect = {
  id: true,
  stableKey: true,
  versionId: true,
  position: true,
  title: true,
  description: true,
  revision: true,
  goals: { orderBy: { goalId: "asc" }, select: { goalId: true } },
  version: { select: { status: true, programmeId: true, number: true, countyId: true, nationalStrategyId: true } },
} satisfies Prisma.FocusAreaSelect;

type FocusAreaRow = Prisma.FocusAreaGetPayload<{ select: typeof focusAreaSelect }>;

function focusAreaAudit(row: { title: string; description: string; position: number }, goalIds: readonly string[]) {
  return { title: row.title, description: row.description, position: row.position, goalIds: [...goalIds] };
}

/** The focus area's current values in the form's shape: the "current" side of a conflict. */
function focusAreaConflict(row: FocusAreaRow): AppError {
  return new AppError("CONFLICT", "the focus area was changed by someone else", {
    revision: row.revision,
    current: { title: row.title, description: row.description, goalIds: row.goals.map((g) => g.goalId).join(",") },
  });
}

async function findFocusArea(tx: Prisma.TransactionClient, scope: EditorScope, focusAreaId: string): Promise<FocusAreaRow | null> {
  return tx.focusArea.findFirst({
    where: { id: focusAreaId, version: { countyId: { in: [...scope.countyIds] } } },
    select: focusAreaSelect,
  });
}

/** After a refused compare-and-set: why. Always throws. */
async function explainFocusAreaRefusal(tx: Prisma.TransactionClient, scope: EditorScope, focusAreaId: string): Promise<never> {
  const current = await findFocusArea(tx, scope, focusAreaId);
  assertEditableVersion(current?.version);
  if (current === null) throw new AppError("NOT_FOUND");
  throw focusAreaConflict(current);
}

/** Goals must be long-term goals of the version's own national strategy. */
async function assertGoalsOfStrategy(tx: Prisma.TransactionClient, strategyId: string, goalIds: readonly string[]): Promise<void> {
  if (goalIds.length === 0) return;
  const found = await tx.longTermGoal.count({ where: { id: { in: [...goalIds] }, strategyId } });
  if (found !== goalIds.length) {
    throw new AppError("VALIDATION", "a goal of another national strategy", { fieldErrors: { goalIds: ["otherStrategyGoal"] } });
  }
}

function changed(row: { id: string; revision: number; version: { programmeId: string; number: number } }): FocusAreaChanged {
  return { focusAreaId: row.id, programmeId: row.version.programmeId, versionNumber: row.version.number, revision: row.revision };
}

/** Adds a focus area at the end of a draft version. */
export async function createFocusArea(
  scope: EditorScope,
  input: CreateFocusAreaInput,
  db: WriteDb = getDb(),
): Promise<FocusAreaChanged> {
  return inTransaction(db, async (tx) => {
    const version = await tx.programmeVersion.findFirst({
      where: { id: input.versionId, countyId: { in: [...scope.countyIds] } },
      select: { id: true, status: true, programmeId: true, number: true, countyId: true, nationalStrategyId: true },
    });
    assertEditableVersion(version);
    if (version === null) throw new AppError("NOT_FOUND");
    await assertGoalsOfStrategy(tx, version.nationalStrategyId, input.goalIds);
    const last = await tx.focusArea.aggregate({ where: { versionId: version.id }, _max: { position: true } });
    // No where to scope an insert: the version was checked above and the frozen-content trigger
    // refuses the insert should the version leave DRAFT in between.
    const area = await tx.focusArea.create({
      data: {
        versionId: version.id,
        stableKey: randomUUID(),
        position: (last._max.position ?? -1) + 1,
        title: input.title,
        description: input.description,
        goals: { create: input.goalIds.map((goalId) => ({ goalId })) },
      },
      select: { id: true, revision: true, position: true, title: true, description: true },
    });
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "focusArea.create",
      entityType: "FocusArea",
      entityId: area.id,
      countyId: version.countyId,
      programmeId: version.programmeId,
      after: focusAreaAudit(area, input.goalIds),
      meta: { versionId: version.id, versionNumber: version.number },
    });
    return { focusAreaId: area.id, programmeId: version.programmeId, versionNumber: version.number, revision: area.revision };
  });
}

/** Renames a focus area, edits its description and replaces its goal links, from the revision the edit started at. */
export async function updateFocusArea(
  scope: EditorScope,
  input: UpdateFocusAreaInput,
  db: WriteDb = getDb(),
): Promise<FocusAreaChanged> {
  return inTransaction(db, async (tx) => {
    const before = await findFocusArea(tx, scope, input.focusAreaId);
    assertEditableVersion(before?.version);
    if (before === null) throw new AppError("NOT_FOUND");
    if (before.revision !== input.revision) throw focusAreaConflict(before);
    await assertGoalsOfStrategy(tx, before.version.nationalStrategyId, input.goalIds);

    const { count } = await tx.focusArea.updateMany({
      where: { id: before.id, revision: input.revision, version: editableVersionWhere(scope) },
      data: { title: input.title, description: input.description, revision: { increment: 1 } },
    });
    if (count === 0) await explainFocusAreaRefusal(tx, scope, before.id);

    await tx.focusAreaGoal.deleteMany({ where: { focusAreaId: before.id, goalId: { notIn: [...input.goalIds] } } });
    await tx.focusAreaGoal.createMany({
      data: input.goalIds.map((goalId) => ({ focusAreaId: before.id, goalId })),
      skipDuplicates: true,
    });
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "focusArea.update",
      entityType: "FocusArea",
      entityId: before.id,
      countyId: before.version.countyId,
      programmeId: before.version.programmeId,
      before: focusAreaAudit(before, before.goals.map((g) => g.goalId)),
      after: focusAreaAudit({ ...before, title: input.title, description: input.description }, input.goalIds),
      meta: { versionId: before.versionId, versionNumber: before.version.number, stableKey: before.stableKey },
    });
    return changed({ ...before, revision: input.revision + 1 });
  });
}

/** Moves a focus area one place up or down among the version's focus areas. */
export async function moveFocusArea(
  scope: EditorScope,
  input: MoveFocusAreaInput,
  db: WriteDb = getDb(),
): Promise<FocusAreaChanged> {
  return inTransaction(db, async (tx) => {
    const area = await findFocusArea(tx, scope, input.focusAreaId);
    assertEditableVersion(area?.version);
    if (area === null) throw new AppError("NOT_FOUND");
    const siblings = await tx.focusArea.findMany({
      where: { versionId: area.versionId },
      orderBy: [{ position: "asc" }, { title: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    const plan = planMove(siblings, area.id, input.direction);
    if (plan.length === 0) return changed(area);
    // Compare-and-set on each row's position: a concurrent reorder of the same rows leaves one of
    // them unmatched, and the whole move is refused rather than mixing two orders.
    for (const step of plan) {
      const { count } = await tx.focusArea.updateMany({
        where: { id: step.id, versionId: area.versionId, position: step.from, version: editableVersionWhere(scope) },
        data: { position: step.to },
      });
      if (count === 0) throw new AppError("CONFLICT", "the focus areas were reordered by someone else");
    }
    // Focus area n's actions are numbered n.m: its place changed, so did their numbers.
    await renumberVersionItems(tx, area.versionId);
    const moved = plan.find((step) => step.id === area.id);
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "focusArea.reorder",
      entityType: "FocusArea",
      entityId: area.id,
      countyId: area.version.countyId,
      programmeId: area.version.programmeId,
      before: { position: siblings.findIndex((row) => row.id === area.id) },
      after: { position: moved?.to ?? area.position },
      meta: { versionId: area.versionId, versionNumber: area.version.number, direction: input.direction },
    });
    return changed(area);
  });
}

/** Deletes a focus area that holds no actions (and no consultation comments). */
export async function deleteFocusArea(
  scope: EditorScope,
  input: DeleteFocusAreaInput,
  db: WriteDb = getDb(),
): Promise<FocusAreaChanged> {
  return inTransaction(db, async (tx) => {
    const before = await findFocusArea(tx, scope, input.focusAreaId);
    assertEditableVersion(before?.version);
    if (before === null) throw new AppError("NOT_FOUND");
    if (before.revision !== input.revision) throw focusAreaConflict(before);

    // The compare-and-set also locks the row: an action being added to or moved into this area
    // holds the row FOR SHARE (lib/action-items/mutations.ts), so the emptiness check below,
    // a statement of its own, sees every action committed before the delete.
    const { count } = await tx.focusArea.updateMany({
      where: { id: before.id, revision: input.revision, version: editableVersionWhere(scope) },
      data: { revision: { increment: 1 } },
    });
    if (count === 0) await explainFocusAreaRefusal(tx, scope, before.id);
    if ((await tx.actionItem.count({ where: { focusAreaId: before.id } })) > 0) {
      throw new AppError("VALIDATION", "the focus area holds actions", { fieldErrors: { focusArea: ["notEmpty"] } });
    }
    if ((await tx.consultationComment.count({ where: { focusAreaId: before.id } })) > 0) {
      throw new AppError("VALIDATION", "consultation comments refer to the focus area", { fieldErrors: { focusArea: ["hasComments"] } });
    }
    await tx.focusArea.deleteMany({ where: { id: before.id, version: editableVersionWhere(scope) } });
    await renumberVersionItems(tx, before.versionId);
    await recordAuditEvent(tx, {
      ...auditActor(scope),
      action: "focusArea.delete",
      entityType: "FocusArea",
      entityId: before.id,
      countyId: before.version.countyId,
      programmeId: before.version.programmeId,
      before: focusAreaAudit(before, before.goals.map((g) => g.goalId)),
      meta: { versionId: before.versionId, versionNumber: before.version.number, stableKey: before.stableKey },
    });
    return changed(before);
  });
}
