"use server";

import { redirect } from "next/navigation";
import {
  actionItemConflictSchema,
  createActionItemSchema,
  deleteActionItemSchema,
  moveActionItemSchema,
  moveActionItemToFocusAreaSchema,
  moveActionItemToSchema,
  quickCreateActionItemSchema,
  setAutoNumberingSchema,
  updateActionItemSchema,
} from "@/lib/action-items/schema";
import {
  createActionItem,
  deleteActionItem,
  moveActionItem,
  moveActionItemTo,
  moveActionItemToFocusArea,
  quickCreateActionItem,
  setAutoNumbering,
  updateActionItem,
} from "@/lib/action-items/mutations";
import type { ActionItemSaved, AutoNumberingState, CommandState, ItemFormState, MoveToState, QuickCreateState } from "@/lib/action-items/types";
import { defineAction } from "@/lib/actions/define-action";
import { formValues, toFormState } from "@/lib/actions/form-state";
import type { ActionResult } from "@/lib/actions/types";
import { countiesWhere } from "@/lib/auth/policy";
import { findContentCountyId } from "@/lib/focus-areas/data";
import { actionItemAnchor, autoNumberingAnchor, contentEditorPath, contentPaths, newItemFormAnchor } from "@/lib/focus-areas/schema";
import type { EditorScope } from "@/lib/focus-areas/types";
import type { Actor } from "@/lib/users/types";

/*
 * The content editor's action-item actions: parse → authorize (programme.edit in the county of the
 * record, looked up from the database, never taken from the form) → one domain call → revalidate.
 * The mutations scope their where to the editor's counties and to DRAFT versions again.
 */

function editorScope(actor: Actor): EditorScope {
  return { actorId: actor.userId, actorEmail: actor.email, countyIds: countiesWhere(actor, "programme.edit") };
}

const itemCounty = async (input: { itemId: string }) => ({ countyId: await findContentCountyId({ itemId: input.itemId }) });

const updateActionItemCommand = defineAction({
  name: "actionItem.update",
  input: updateActionItemSchema,
  access: "permission",
  permission: "programme.edit",
  resource: itemCounty,
  run: (input, { actor }) => updateActionItem(editorScope(actor), input),
  revalidate: (_input, saved) => contentPaths(saved.programmeId, saved.versionNumber, saved.stableKey),
});

const createActionItemCommand = defineAction({
  name: "actionItem.create",
  input: createActionItemSchema,
  access: "permission",
  permission: "programme.edit",
  resource: async (input) => ({ countyId: await findContentCountyId({ focusAreaId: input.focusAreaId }) }),
  run: (input, { actor }) => createActionItem(editorScope(actor), input),
  revalidate: (_input, saved) => contentPaths(saved.programmeId, saved.versionNumber, saved.stableKey),
});

const deleteActionItemCommand = defineAction({
  name: "actionItem.delete",
  input: deleteActionItemSchema,
  access: "permission",
  permission: "programme.edit",
  resource: itemCounty,
  run: (input, { actor }) => deleteActionItem(editorScope(actor), input),
  revalidate: (_input, moved) => contentPaths(moved.programmeId, moved.versionNumber),
});

const moveActionItemCommand = defineAction({
  name: "actionItem.reorder",
  input: moveActionItemSchema,
  access: "permission",
  permission: "programme.edit",
  resource: itemCounty,
  run: (input, { actor }) => moveActionItem(editorScope(actor), input),
  revalidate: (_input, moved) => contentPaths(moved.programmeId, moved.versionNumber),
});

const moveActionItemToFocusAreaCommand = defineAction({
  name: "actionItem.move",
  input: moveActionItemToFocusAreaSchema,
  access: "permission",
  permission: "programme.edit",
  resource: itemCounty,
  run: (input, { actor }) => moveActionItemToFocusArea(editorScope(actor), input),
  revalidate: (_input, moved) => contentPaths(moved.programmeId, moved.versionNumber),
});

const quickCreateActionItemCommand = defineAction({
  name: "actionItem.quickCreate",
  input: quickCreateActionItemSchema,
  access: "permission",
  permission: "programme.edit",
  resource: async (input) => ({ countyId: await findContentCountyId({ focusAreaId: input.focusAreaId }) }),
  run: (input, { actor }) => quickCreateActionItem(editorScope(actor), input),
  revalidate: (_input, saved) => contentPaths(saved.programmeId, saved.versionNumber, saved.stableKey),
});

const moveActionItemToCommand = defineAction({
  name: "actionItem.moveTo",
  input: moveActionItemToSchema,
  access: "permission",
  permission: "programme.edit",
  resource: itemCounty,
  run: (input, { actor }) => moveActionItemTo(editorScope(actor), input),
  revalidate: (_input, placed) => contentPaths(placed.programmeId, placed.versionNumber, placed.stableKey),
});

const setAutoNumberingCommand = defineAction({
  name: "version.setAutoNumbering",
  input: setAutoNumberingSchema,
  access: "permission",
  permission: "programme.edit",
  resource: async (input) => ({ countyId: await findContentCountyId({ versionId: input.versionId }) }),
  run: (input, { actor }) => setAutoNumbering(editorScope(actor), input),
  revalidate: (_input, set) => contentPaths(set.programmeId, set.versionNumber),
});

/** The form state of a result; a CONFLICT with well-formed details becomes "conflict" with both sides. */
function toItemFormState(result: ActionResult<ActionItemSaved>, values: Record<string, string>): ItemFormState {
  if (!result.ok && result.code === "CONFLICT") {
    const details = actionItemConflictSchema.safeParse(result.details);
    if (details.success) return { status: "conflict", values, conflict: details.data };
  }
  return toFormState(result, values);
}

/** Saves the item form from the revision it was opened at; on success the form stays, with the new revision. */
export async function updateActionItemAction(_previous: ItemFormState, formData: FormData): Promise<ItemFormState> {
  return toItemFormState(await updateActionItemCommand(formData), formValues(formData));
}

/** Adds an action; on success the form takes the user to the content page (after forgetting its draft). */
export async function createActionItemAction(_previous: ItemFormState, formData: FormData): Promise<ItemFormState> {
  return toItemFormState(await createActionItemCommand(formData), formValues(formData));
}

/** Deletes an action after the confirmation step; on success the control takes the user to the content page. */
export async function deleteActionItemAction(_previous: CommandState, formData: FormData): Promise<CommandState> {
  return toFormState(await deleteActionItemCommand(formData), formValues(formData));
}

export async function moveActionItemAction(_previous: CommandState, formData: FormData): Promise<CommandState> {
  return toFormState(await moveActionItemCommand(formData), formValues(formData));
}

export async function moveActionItemToFocusAreaAction(_previous: CommandState, formData: FormData): Promise<CommandState> {
  return toFormState(await moveActionItemToFocusAreaCommand(formData), formValues(formData));
}

/**
 * "Lägg till åtgärd" / "Spara och lägg till nästa" on the content page. With the page's script the
 * form stays and announces the new number; without it (no `enhanced` field) the browser is sent
 * back to where it was: the new action's row, or the same form for the next one.
 */
export async function quickCreateActionItemAction(_previous: QuickCreateState, formData: FormData): Promise<QuickCreateState> {
  const values = formValues(formData);
  const result = await quickCreateActionItemCommand(formData);
  if (result.ok && values["enhanced"] !== "1") {
    const { programmeId, versionNumber, stableKey } = result.data;
    const next = values["next"] === "1";
    const query = new URLSearchParams({ tillagd: stableKey, ...(next ? { ny: values["focusAreaId"] ?? "" } : {}) }).toString();
    const anchor = next ? newItemFormAnchor(values["focusAreaId"] ?? "") : actionItemAnchor(stableKey);
    redirect(`${contentEditorPath(programmeId, versionNumber)}?${query}#${anchor}`);
  }
  if (!result.ok) return toFormState(result, values);
  return { status: "success", data: { ...result.data, title: values["title"] ?? "" }, values };
}

/** "Flytta till …": the outcome carries the number before and after, for the announcement. */
export async function moveActionItemToAction(_previous: MoveToState, formData: FormData): Promise<MoveToState> {
  return toFormState(await moveActionItemToCommand(formData), formValues(formData));
}

/** Automatic numbering on or off; without the page's script the browser returns to the setting. */
export async function setAutoNumberingAction(_previous: AutoNumberingState, formData: FormData): Promise<AutoNumberingState> {
  const result = await setAutoNumberingCommand(formData);
  if (result.ok && formData.get("enhanced") !== "1") {
    redirect(`${contentEditorPath(result.data.programmeId, result.data.versionNumber)}#${autoNumberingAnchor}`);
  }
  return toFormState(result, formValues(formData));
}
