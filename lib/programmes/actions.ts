"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { countiesWhere } from "@/lib/auth/policy";
import { findProgrammeCountyId, findStrategyForProgramme, findVersionCountyId } from "@/lib/programmes/data";
import { loadCurrentVersionFields } from "@/lib/programmes/loaders";
import {
  createProgramme,
  startExtension,
  startRevision,
  updateVersionFields,
  withdrawVersion,
} from "@/lib/programmes/mutations";
import {
  createProgrammeSchema,
  startExtensionSchema,
  startRevisionSchema,
  versionFieldsSchema,
  withdrawVersionSchema,
} from "@/lib/programmes/schema";
import type {
  ProgrammeCreated,
  VersionFieldsFormState,
  VersionStarted,
  VersionWithdrawn,
} from "@/lib/programmes/types";

// Every exported function here is a public POST endpoint (STYLE.md §3): parse → authorize against
// the county of the record (looked up, never taken from the form; the mutation scopes its
// statements to the actor's counties again) → one domain call → revalidate.

const strategiesPath = "/arbetsyta/strategier";
const programmePath = (programmeId: string) => `/arbetsyta/program/${programmeId}`;
const versionPath = (programmeId: string, number: number) => `${programmePath(programmeId)}/version/${number}`;

const byCounty = (countyId: string | null) => (countyId === null ? {} : { countyId });

const create = defineAction({
  name: "programme.create",
  input: createProgrammeSchema,
  access: "permission",
  permission: "programme.create",
  resource: async (input) => byCounty((await findStrategyForProgramme(input.strategyId))?.countyId ?? null),
  run: (input, { actor }) => createProgramme(actor, countiesWhere(actor, "programme.create"), input),
  revalidate: (input) => [strategiesPath, `${strategiesPath}/${input.strategyId}`],
});

const saveFields = defineAction({
  name: "version.updateFields",
  input: versionFieldsSchema,
  access: "permission",
  permission: "programme.edit",
  resource: async (input) => byCounty(await findVersionCountyId(input.versionId)),
  run: (input, { actor }) => updateVersionFields(actor, countiesWhere(actor, "programme.edit"), input),
  revalidate: (_input, result) => [strategiesPath, programmePath(result.programmeId), versionPath(result.programmeId, result.versionNumber)],
});

const withdraw = defineAction({
  name: "version.withdraw",
  input: withdrawVersionSchema,
  access: "permission",
  permission: "version.withdraw",
  resource: async (input) => byCounty(await findVersionCountyId(input.versionId)),
  run: (input, { actor }) => withdrawVersion(actor, countiesWhere(actor, "version.withdraw"), input),
  revalidate: (_input, result) => [strategiesPath, programmePath(result.programmeId), versionPath(result.programmeId, result.versionNumber)],
});

const revise = defineAction({
  name: "version.startRevision",
  input: startRevisionSchema,
  access: "permission",
  permission: "version.startRevision",
  resource: async (input) => byCounty(await findProgrammeCountyId(input.programmeId)),
  run: (input, { actor }) => startRevision(actor, countiesWhere(actor, "version.startRevision"), input),
  revalidate: (input) => [strategiesPath, programmePath(input.programmeId)],
});

const extend = defineAction({
  name: "version.startExtension",
  input: startExtensionSchema,
  access: "permission",
  permission: "version.startRevision",
  resource: async (input) => byCounty(await findProgrammeCountyId(input.programmeId)),
  run: (input, { actor }) => startExtension(actor, countiesWhere(actor, "version.startRevision"), input),
  revalidate: (input) => [strategiesPath, programmePath(input.programmeId)],
});

/**
 * "Nytt åtgärdsprogram". No redirect on success: the form first forgets the draft it kept in the
 * browser, then opens version 1 (without JavaScript it links there).
 */
export async function createProgrammeAction(
  _previous: FormState<ProgrammeCreated>,
  formData: FormData,
): Promise<FormState<ProgrammeCreated>> {
  return toFormState(await create(formData), formValues(formData));
}

/**
 * Saves the version fields. A stale save (CONFLICT) comes back with the text saved now, so the
 * form can show the user's text and the current text side by side and let them choose.
 */
export async function saveVersionFieldsAction(_previous: VersionFieldsFormState, formData: FormData): Promise<VersionFieldsFormState> {
  const values = formValues(formData);
  const result = await saveFields(formData);
  if (!result.ok && result.code === "CONFLICT") {
    return { status: "conflict", values, current: await loadCurrentVersionFields(values["versionId"] ?? "") };
  }
  return toFormState(result, values);
}

/** "Återkalla version": on success back to the (now withdrawn) version's page. */
export async function withdrawVersionAction(
  _previous: FormState<VersionWithdrawn>,
  formData: FormData,
): Promise<FormState<VersionWithdrawn>> {
  const result = await withdraw(formData);
  if (result.ok) redirect(versionPath(result.data.programmeId, result.data.versionNumber));
  return toFormState(result, formValues(formData));
}

/** "Starta revidering": on success the browser goes to the new draft. */
export async function startRevisionAction(_previous: FormState<VersionStarted>, formData: FormData): Promise<FormState<VersionStarted>> {
  const result = await revise(formData);
  if (result.ok) redirect(versionPath(result.data.programmeId, result.data.versionNumber));
  return toFormState(result, formValues(formData));
}

/** "Starta förlängning": on success the browser goes to the new draft. */
export async function startExtensionAction(_previous: FormState<VersionStarted>, formData: FormData): Promise<FormState<VersionStarted>> {
  const result = await extend(formData);
  if (result.ok) redirect(versionPath(result.data.programmeId, result.data.versionNumber));
  return toFormState(result, formValues(formData));
}
