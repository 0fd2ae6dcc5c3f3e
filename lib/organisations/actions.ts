"use server";

import { defineAction } from "@/lib/actions/define-action";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { createOrganisation, deactivateOrganisation, renameOrganisation } from "@/lib/organisations/mutations";
import {
  createOrganisationSchema,
  deactivateOrganisationSchema,
  organisationPagePath,
  organisationsOverviewPath,
  renameOrganisationSchema,
} from "@/lib/organisations/schema";
import type { OrganisationSaved } from "@/lib/organisations/types";

// Public POST endpoints (STYLE.md §3): administrators only (organisation.manage, global).

const create = defineAction({
  name: "organisation.create",
  input: createOrganisationSchema,
  access: "permission",
  permission: "organisation.manage",
  resource: () => ({}),
  run: (input, { actor }) => createOrganisation(actor, input, new Date()),
  revalidate: () => [organisationsOverviewPath],
});

const rename = defineAction({
  name: "organisation.rename",
  input: renameOrganisationSchema,
  access: "permission",
  permission: "organisation.manage",
  resource: () => ({}),
  run: (input, { actor }) => renameOrganisation(actor, input),
  revalidate: (input, result) => [organisationsOverviewPath, organisationPagePath(input.organisationId), organisationPagePath(result.organisationId)],
});

const deactivate = defineAction({
  name: "organisation.deactivate",
  input: deactivateOrganisationSchema,
  access: "permission",
  permission: "organisation.manage",
  resource: () => ({}),
  run: (input, { actor }) => deactivateOrganisation(actor, input),
  revalidate: (input) => [organisationsOverviewPath, organisationPagePath(input.organisationId)],
});

export async function createOrganisationAction(
  _previous: FormState<OrganisationSaved>,
  formData: FormData,
): Promise<FormState<OrganisationSaved>> {
  return toFormState(await create(formData), formValues(formData));
}

export async function renameOrganisationAction(
  _previous: FormState<OrganisationSaved>,
  formData: FormData,
): Promise<FormState<OrganisationSaved>> {
  return toFormState(await rename(formData), formValues(formData));
}

export async function deactivateOrganisationAction(
  _previous: FormState<OrganisationSaved>,
  formData: FormData,
): Promise<FormState<OrganisationSaved>> {
  return toFormState(await deactivate(formData), formValues(formData));
}
