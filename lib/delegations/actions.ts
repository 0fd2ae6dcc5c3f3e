"use server";

import { defineAction } from "@/lib/actions/define-action";
import { organisationPagePath } from "@/lib/organisations/schema";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { findDelegationOrganisation } from "@/lib/delegations/data";
import { grantDelegation, revokeDelegation } from "@/lib/delegations/mutations";
import { grantDelegationSchema, revokeDelegationSchema } from "@/lib/delegations/schema";
import type { DelegationGranted, DelegationRevoked } from "@/lib/delegations/types";
import { organisationsWhere } from "@/lib/auth/policy";

// Public POST endpoints (STYLE.md §3): only a signatory of the organisation delegates for it.

const grant = defineAction({
  name: "delegation.grant",
  input: grantDelegationSchema,
  access: "permission",
  permission: "delegation.grant",
  // The organisation is the resource the delegation is granted for; lib checks it exists and allows it.
  resource: (input) => ({ organisationId: input.organisationId }),
  run: (input, { actor }) => grantDelegation(actor, input, new Date()),
  revalidate: (_input, result) => [organisationPagePath(result.organisationId)],
});

const revoke = defineAction({
  name: "delegation.revoke",
  input: revokeDelegationSchema,
  access: "permission",
  permission: "delegation.grant",
  resource: async (input) => {
    const row = await findDelegationOrganisation(input.delegationId);
    return row === null ? {} : { organisationId: row.organisationId };
  },
  run: (input, { actor }) => revokeDelegation(actor, organisationsWhere(actor, "delegation.grant"), input.delegationId, new Date()),
  revalidate: (_input, result) => [organisationPagePath(result.organisationId)],
});

export async function grantDelegationAction(_previous: FormState<DelegationGranted>, formData: FormData): Promise<FormState<DelegationGranted>> {
  return toFormState(await grant(formData), formValues(formData));
}

export async function revokeDelegationAction(
  _previous: FormState<DelegationRevoked>,
  formData: FormData,
): Promise<FormState<DelegationRevoked>> {
  return toFormState(await revoke(formData), formValues(formData));
}
