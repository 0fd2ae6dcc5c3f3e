"use server";

import { defineAction } from "@/lib/actions/define-action";
import { organisationPagePath } from "@/lib/organisations/schema";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { countyScopeOf } from "@/lib/auth/policy";
import { findMembershipCounty } from "@/lib/memberships/data";
import { changeMembershipRole, removeMembership } from "@/lib/memberships/mutations";
import { changeRoleSchema, removeMembershipSchema } from "@/lib/memberships/schema";
import type { MembershipChanged, MembershipRemoved } from "@/lib/memberships/types";

// Public POST endpoints (STYLE.md §3): authorized against the county of the membership's
// organisation as stored (never the form's word), then one domain call scoped the same way.

async function membershipResource(membershipId: string): Promise<{ countyId?: string }> {
  const row = await findMembershipCounty(membershipId);
  return row?.countyId == null ? {} : { countyId: row.countyId };
}

const changeRole = defineAction({
  name: "membership.role_change",
  input: changeRoleSchema,
  access: "permission",
  permission: "membership.manage",
  resource: (input) => membershipResource(input.membershipId),
  run: (input, { actor }) => changeMembershipRole(actor, countyScopeOf(actor, "membership.manage"), input),
  revalidate: (_input, result) => [organisationPagePath(result.organisationId)],
});

const remove = defineAction({
  name: "membership.remove",
  input: removeMembershipSchema,
  access: "permission",
  permission: "membership.manage",
  resource: (input) => membershipResource(input.membershipId),
  run: (input, { actor }) => removeMembership(actor, countyScopeOf(actor, "membership.manage"), input.membershipId, new Date()),
  revalidate: (_input, result) => [organisationPagePath(result.organisationId)],
});

export async function changeMembershipRoleAction(
  _previous: FormState<MembershipChanged>,
  formData: FormData,
): Promise<FormState<MembershipChanged>> {
  return toFormState(await changeRole(formData), formValues(formData));
}

export async function removeMembershipAction(
  _previous: FormState<MembershipRemoved>,
  formData: FormData,
): Promise<FormState<MembershipRemoved>> {
  return toFormState(await remove(formData), formValues(formData));
}
