"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { countiesWhere, organisationsWhere } from "@/lib/auth/policy";
import { findDecisionScope } from "@/lib/endorsements/data";
import { publishVersion, ratifyVersion, recordDecision, reopenVersion, sendForEndorsement } from "@/lib/endorsements/mutations";
import { decideSchema, publishSchema, ratifySchema, sendForEndorsementSchema, versionRefSchema } from "@/lib/endorsements/schema";
import { scheduleMailDelivery } from "@/lib/mail/mutations";
import { findVersionCountyId } from "@/lib/programmes/data";
import { invalidatePublishedProgramme } from "@/lib/publications/loaders";

// Every exported function is a public POST endpoint (STYLE.md §3): parse → authorize against the
// county or organisation of the record (looked up, never from the form) → one domain call.

type Ref = { programmeId: string; versionNumber: number };
const versionPath = (r: Ref) => `/arbetsyta/program/${r.programmeId}/version/${r.versionNumber}`;
const pagePath = (r: Ref) => `${versionPath(r)}/stallningstagande`;
const byCounty = (countyId: string | null) => (countyId === null ? {} : { countyId });
const versionCounty = async (input: { versionId: string }) => byCounty(await findVersionCountyId(input.versionId));

const send = defineAction({
  name: "endorsement.request",
  input: sendForEndorsementSchema,
  access: "permission",
  permission: "version.sendForEndorsement",
  resource: versionCounty,
  run: async (input, { actor }) => {
    const result = await sendForEndorsement(actor, countiesWhere(actor, "version.sendForEndorsement"), input);
    scheduleMailDelivery();
    return result;
  },
  revalidate: (_input, r) => [versionPath(r), pagePath(r), "/arbetsyta"],
});

const reopen = defineAction({
  name: "version.reopen",
  input: versionRefSchema,
  access: "permission",
  permission: "version.reopen",
  resource: versionCounty,
  run: (input, { actor }) => reopenVersion(actor, countiesWhere(actor, "version.reopen"), input),
  revalidate: (_input, r) => [versionPath(r), pagePath(r)],
});

const decide = defineAction({
  name: "endorsement.decide",
  input: decideSchema,
  access: "permission",
  permission: "endorsement.decide",
  // Security-critical: the organisation comes from the endorsement row; a delegation only from the database.
  resource: async (input, actor) => (await findDecisionScope(input.endorsementId, actor?.userId ?? null)) ?? {},
  run: async (input, { actor, resource }) => {
    const delegated = resource.signingDelegationFor === undefined ? [] : [resource.signingDelegationFor];
    const result = await recordDecision(actor, [...organisationsWhere(actor, "endorsement.decide"), ...delegated], input);
    if (result.changed) scheduleMailDelivery();
    return result;
  },
  revalidate: (_input, r) => [`/arbetsyta/stallningstagande/${r.endorsementId}`, pagePath(r), "/arbetsyta"],
});

const ratify = defineAction({
  name: "version.ratify",
  input: ratifySchema,
  access: "permission",
  permission: "version.ratify",
  resource: versionCounty,
  run: async (input, { actor }) => {
    const result = await ratifyVersion(actor, countiesWhere(actor, "version.ratify"), input);
    scheduleMailDelivery();
    return result;
  },
  revalidate: (_input, r) => [versionPath(r), pagePath(r)],
});

const publish = defineAction({
  name: "version.publish",
  input: publishSchema,
  access: "permission",
  permission: "version.publish",
  resource: versionCounty,
  run: async (input, { actor }) => {
    const result = await publishVersion(actor, countiesWhere(actor, "version.publish"), input);
    await invalidatePublishedProgramme(result.programmeId);
    scheduleMailDelivery();
    return result;
  },
  revalidate: (_input, r) => [versionPath(r), pagePath(r), `/arbetsyta/program/${r.programmeId}`],
});

type Done = Ref | (Ref & { endorsementId: string; changed: boolean }) | (Ref & { contentHash: string });

export async function sendForEndorsementAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const result = await send(formData);
  if (result.ok) redirect(`${pagePath(result.data)}?klart=skickad`);
  return toFormState(result, formValues(formData));
}

export async function reopenVersionAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const result = await reopen(formData);
  // The button is gone after the change: the page says what happened instead.
  if (result.ok) redirect(`${pagePath(result.data)}?klart=oppnad`);
  return toFormState(result, formValues(formData));
}

/** A decision (or its correction). The minutes file is not echoed back; the other fields are. */
export async function decideAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  return toFormState(await decide(formData), formValues(formData));
}

export async function ratifyVersionAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const result = await ratify(formData);
  // The button is gone after the change: the page says what happened instead.
  if (result.ok) redirect(`${pagePath(result.data)}?klart=faststalld`);
  return toFormState(result, formValues(formData));
}

export async function publishVersionAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const result = await publish(formData);
  // The button is gone after the change: the page says what happened instead.
  if (result.ok) redirect(`${pagePath(result.data)}?klart=publicerad`);
  return toFormState(result, formValues(formData));
}

