"use server";

import { defineAction } from "@/lib/actions/define-action";
import { formValues, toFormState } from "@/lib/actions/form-state";
import type { ActionResult } from "@/lib/actions/types";
import { countiesWhere } from "@/lib/auth/policy";
import { findContentCountyId } from "@/lib/focus-areas/data";
import { createFocusArea, deleteFocusArea, moveFocusArea, updateFocusArea } from "@/lib/focus-areas/mutations";
import {
  contentPaths,
  createFocusAreaSchema,
  deleteFocusAreaSchema,
  focusAreaConflictSchema,
  moveFocusAreaSchema,
  updateFocusAreaSchema,
} from "@/lib/focus-areas/schema";
import type { EditorScope, FocusAreaChanged, FocusAreaFormState } from "@/lib/focus-areas/types";
import type { Actor } from "@/lib/users/types";

/*
 * The content editor's focus-area actions: parse → authorize (programme.edit in the county of the
 * record, looked up from the database, never taken from the form) → one domain call → revalidate.
 * The mutation scopes its where to the editor's counties and to DRAFT versions again.
 */

function editorScope(actor: Actor): EditorScope {
  return { actorId: actor.userId, actorEmail: actor.email, countyIds: countiesWhere(actor, "programme.edit") };
}

const revalidate = (_input: unknown, changed: FocusAreaChanged) => contentPaths(changed.programmeId, changed.versionNumber);

const createFocusAreaCommand = defineAction({
  name: "focusArea.create",
  input: createFocusAreaSchema,
  access: "permission",
  permission: "programme.edit",
  resource: async (input) => ({ countyId: await findContentCountyId({ versionId: input.versionId }) }),
  run: (input, { actor }) => createFocusArea(editorScope(actor), input),
  revalidate,
});

const updateFocusAreaCommand = defineAction({
  name: "focusArea.update",
  input: updateFocusAreaSchema,
  access: "permission",
  permission: "programme.edit",
  resource: async (input) => ({ countyId: await findContentCountyId({ focusAreaId: input.focusAreaId }) }),
  run: (input, { actor }) => updateFocusArea(editorScope(actor), input),
  revalidate,
});

const moveFocusAreaCommand = defineAction({
  name: "focusArea.reorder",
  input: moveFocusAreaSchema,
  access: "permission",
  permission: "programme.edit",
  resource: async (input) => ({ countyId: await findContentCountyId({ focusAreaId: input.focusAreaId }) }),
  run: (input, { actor }) => moveFocusArea(editorScope(actor), input),
  revalidate,
});

const deleteFocusAreaCommand = defineAction({
  name: "focusArea.delete",
  input: deleteFocusAreaSchema,
  access: "permission",
  permission: "programme.edit",
  resource: async (input) => ({ countyId: await findContentCountyId({ focusAreaId: input.focusAreaId }) }),
  run: (input, { actor }) => deleteFocusArea(editorScope(actor), input),
  revalidate,
});

/** The form state of a result; a CONFLICT with well-formed details becomes "conflict" with both sides. */
function toFocusAreaFormState(result: ActionResult<FocusAreaChanged>, values: Record<string, string>): FocusAreaFormState {
  if (!result.ok && result.code === "CONFLICT") {
    const details = focusAreaConflictSchema.safeParse(result.details);
    if (details.success) return { status: "conflict", values, conflict: details.data };
  }
  return toFormState(result, values);
}

export async function createFocusAreaAction(_previous: FocusAreaFormState, formData: FormData): Promise<FocusAreaFormState> {
  return toFocusAreaFormState(await createFocusAreaCommand(formData), formValues(formData));
}

export async function updateFocusAreaAction(_previous: FocusAreaFormState, formData: FormData): Promise<FocusAreaFormState> {
  return toFocusAreaFormState(await updateFocusAreaCommand(formData), formValues(formData));
}

export async function moveFocusAreaAction(_previous: FocusAreaFormState, formData: FormData): Promise<FocusAreaFormState> {
  return toFocusAreaFormState(await moveFocusAreaCommand(formData), formValues(formData));
}

export async function deleteFocusAreaAction(_previous: FocusAreaFormState, formData: FormData): Promise<FocusAreaFormState> {
  return toFocusAreaFormState(await deleteFocusAreaCommand(formData), formValues(formData));
}
