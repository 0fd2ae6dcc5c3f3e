"use server";

import { defineAction } from "@/lib/actions/define-action";
import { organisationPagePath } from "@/lib/organisations/schema";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { countyScopeOf } from "@/lib/auth/policy";
import { findInvitationCounty, findOrganisationCounty } from "@/lib/invitations/data";
import { inviteMember, revokeInvitation } from "@/lib/invitations/mutations";
import { inviteSchema, revokeInvitationSchema } from "@/lib/invitations/schema";
import type { InvitationRevoked, InvitationSent } from "@/lib/invitations/types";

// Public POST endpoints (STYLE.md §3): parse → authorize against the county of the organisation
// (looked up, never taken from the form) → one domain call → revalidate.

/** The county an organisation belongs to; unknown → {} (authorizes nobody but an administrator, and lib then finds nothing). */
function countyResource(row: { countyId: string | null } | null): { countyId?: string } {
  return row?.countyId == null ? {} : { countyId: row.countyId };
}

const invite = defineAction({
  name: "invitation.send",
  input: inviteSchema,
  access: "permission",
  permission: "membership.invite",
  resource: async (input) => countyResource(await findOrganisationCounty(input.organisationId)),
  run: (input, { actor }) => inviteMember(actor, countyScopeOf(actor, "membership.invite"), input, new Date()),
  revalidate: (input) => [organisationPagePath(input.organisationId)],
});

const revoke = defineAction({
  name: "invitation.revoke",
  input: revokeInvitationSchema,
  access: "permission",
  permission: "membership.invite",
  resource: async (input) => countyResource(await findInvitationCounty(input.invitationId)),
  run: (input, { actor }) => revokeInvitation(actor, countyScopeOf(actor, "membership.invite"), input.invitationId, new Date()),
  revalidate: (_input, result) => [organisationPagePath(result.organisationId)],
});

export async function inviteMemberAction(_previous: FormState<InvitationSent>, formData: FormData): Promise<FormState<InvitationSent>> {
  return toFormState(await invite(formData), formValues(formData));
}

export async function revokeInvitationAction(
  _previous: FormState<InvitationRevoked>,
  formData: FormData,
): Promise<FormState<InvitationRevoked>> {
  return toFormState(await revoke(formData), formValues(formData));
}
