"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { countiesWhere } from "@/lib/auth/policy";
import { contentPaths } from "@/lib/focus-areas/schema";
import { findImportCountyId } from "@/lib/imports/data";
import { applyImportDraft, createImportDraft, discardImportDraft, resolveImportDraft, type ImportActorScope } from "@/lib/imports/mutations";
import { applyImportSchema, discardImportSchema, importPath, resolveImportSchema, uploadImportSchema } from "@/lib/imports/schema";
import type { ApplyFormState, UploadFormState } from "@/lib/imports/types";
import type { Actor } from "@/lib/users/types";

/*
 * Spreadsheet import: parse → authorize (programme.import in the county of the version or draft,
 * looked up from the database, never taken from the form) → one domain call → revalidate. The
 * mutations scope their where to the importer's counties, their own drafts and DRAFT versions again.
 */

function importScope(actor: Actor): ImportActorScope {
  return { userId: actor.userId, actorEmail: actor.email, countyIds: countiesWhere(actor, "programme.import") };
}

const draftCounty = async (input: { draftId: string }) => ({ countyId: await findImportCountyId({ draftId: input.draftId }) });

const uploadImportCommand = defineAction({
  name: "import.upload",
  input: uploadImportSchema,
  access: "permission",
  permission: "programme.import",
  resource: async (input) => ({ countyId: await findImportCountyId({ versionId: input.versionId }) }),
  run: async (input, { actor }) =>
    createImportDraft(importScope(actor), { versionId: input.versionId, filename: input.file.name, bytes: new Uint8Array(await input.file.arrayBuffer()) }, new Date()),
});

const resolveImportCommand = defineAction({
  name: "import.resolve",
  input: resolveImportSchema,
  access: "permission",
  permission: "programme.import",
  resource: draftCounty,
  run: (input, { actor }) => resolveImportDraft(importScope(actor), input, new Date()),
  revalidate: (_input, resolved) => [importPath(resolved.programmeId, resolved.versionNumber, resolved.draftId)],
});

const applyImportCommand = defineAction({
  name: "import.apply",
  input: applyImportSchema,
  access: "permission",
  permission: "programme.import",
  resource: draftCounty,
  run: (input, { actor }) => applyImportDraft(importScope(actor), input, new Date()),
  revalidate: (input, applied) => [...contentPaths(applied.programmeId, applied.versionNumber), importPath(applied.programmeId, applied.versionNumber, input.draftId)],
});

const discardImportCommand = defineAction({
  name: "import.discard",
  input: discardImportSchema,
  access: "permission",
  permission: "programme.import",
  resource: draftCounty,
  run: (input, { actor }) => discardImportDraft(importScope(actor), input),
});

/** Uploads a file; on success the browser goes to its preview. The file is never echoed back. */
export async function uploadImportAction(_previous: UploadFormState, formData: FormData): Promise<UploadFormState> {
  const result = await uploadImportCommand(formData);
  if (result.ok) redirect(importPath(result.data.programmeId, result.data.versionNumber, result.data.draftId));
  return toFormState(result, formValues(formData));
}

/** Stores the preview's choices; the preview re-renders with them. */
export async function resolveImportAction(_previous: FormState<null>, formData: FormData): Promise<FormState<null>> {
  const result = await resolveImportCommand(formData);
  return toFormState(result.ok ? { ok: true, data: null } : result, formValues(formData));
}

/** Applies the import; a stale preview gets "conflict" and the page shows the fresh one. */
export async function applyImportAction(_previous: ApplyFormState, formData: FormData): Promise<ApplyFormState> {
  const result = await applyImportCommand(formData);
  if (!result.ok && result.code === "CONFLICT") {
    // The page re-renders with the fresh preview (the version as it is now, the current choices).
    refresh();
    return { status: "conflict", values: formValues(formData) };
  }
  return toFormState(result, formValues(formData));
}

/** Drops the draft and goes back to the content page. */
export async function discardImportAction(_previous: FormState<null>, formData: FormData): Promise<FormState<null>> {
  const result = await discardImportCommand(formData);
  if (result.ok && result.data !== null) redirect(`/arbetsyta/program/${result.data.programmeId}/version/${result.data.versionNumber}/innehall`);
  return toFormState(result.ok ? { ok: true, data: null } : result, formValues(formData));
}
