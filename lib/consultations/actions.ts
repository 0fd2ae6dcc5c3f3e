"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { countiesWhere, organisationsWhere } from "@/lib/auth/policy";
import { findCommentCountyId, findInvitationOrganisationId } from "@/lib/consultations/data";
import {
  addResponseComment,
  closeConsultation,
  deleteResponseComment,
  disposeComment,
  saveResponseDraft,
  sendToConsultation,
  submitResponse,
} from "@/lib/consultations/mutations";
import {
  addCommentSchema,
  closeConsultationSchema,
  deleteCommentSchema,
  disposeCommentSchema,
  saveResponseSchema,
  sendToConsultationSchema,
} from "@/lib/consultations/schema";
import { scheduleMailDelivery } from "@/lib/mail/mutations";
import { findVersionCountyId } from "@/lib/programmes/data";

// Every exported function is a public POST endpoint (STYLE.md §3): parse → authorize against the
// county or organisation of the record (looked up, never from the form) → one domain call.

const versionPath = (r: { programmeId: string; versionNumber: number }) => `/arbetsyta/program/${r.programmeId}/version/${r.versionNumber}`;
const byCounty = (countyId: string | null) => (countyId === null ? {} : { countyId });
const byOrganisation = (organisationId: string | null) => (organisationId === null ? {} : { organisationId });
const invitationPath = (invitationId: string) => `/arbetsyta/remiss/${invitationId}`;

const send = defineAction({
  name: "consultation.open",
  input: sendToConsultationSchema,
  access: "permission",
  permission: "version.sendToConsultation",
  resource: async (input) => byCounty(await findVersionCountyId(input.versionId)),
  run: async (input, { actor }) => {
    const result = await sendToConsultation(actor, countiesWhere(actor, "version.sendToConsultation"), input);
    scheduleMailDelivery();
    return result;
  },
  revalidate: (_input, r) => [versionPath(r), `${versionPath(r)}/remiss`, "/arbetsyta"],
});

const close = defineAction({
  name: "consultation.close",
  input: closeConsultationSchema,
  access: "permission",
  permission: "consultation.close",
  resource: async (input) => byCounty(await findVersionCountyId(input.versionId)),
  run: (input, { actor }) => closeConsultation(actor, countiesWhere(actor, "consultation.close"), input),
  revalidate: (_input, r) => [versionPath(r), `${versionPath(r)}/remiss`],
});

const dispose = defineAction({
  name: "consultation.dispose",
  input: disposeCommentSchema,
  access: "permission",
  permission: "consultation.dispose",
  resource: async (input) => byCounty(await findCommentCountyId(input.commentId)),
  run: (input, { actor }) => disposeComment(actor, countiesWhere(actor, "consultation.dispose"), input),
  revalidate: (_input, r) => [`${versionPath(r)}/remiss`],
});

const saveDraft = defineAction({
  name: "consultation.saveResponse",
  input: saveResponseSchema,
  access: "permission",
  permission: "consultation.respond",
  resource: async (input) => byOrganisation(await findInvitationOrganisationId(input.invitationId)),
  run: (input, { actor }) => saveResponseDraft(actor, organisationsWhere(actor, "consultation.respond"), input),
  revalidate: (input) => [invitationPath(input.invitationId)],
});

const submit = defineAction({
  name: "consultation.submitResponse",
  input: saveResponseSchema,
  access: "permission",
  permission: "consultation.respond",
  resource: async (input) => byOrganisation(await findInvitationOrganisationId(input.invitationId)),
  run: async (input, { actor }) => {
    const result = await submitResponse(actor, organisationsWhere(actor, "consultation.respond"), input);
    // The coordinators' notification mail was queued in the transaction: send it after the response.
    scheduleMailDelivery();
    return result;
  },
  revalidate: (input) => [invitationPath(input.invitationId), "/arbetsyta"],
});

const addComment = defineAction({
  name: "consultation.addComment",
  input: addCommentSchema,
  access: "permission",
  permission: "consultation.respond",
  resource: async (input) => byOrganisation(await findInvitationOrganisationId(input.invitationId)),
  run: (input, { actor }) => addResponseComment(actor, organisationsWhere(actor, "consultation.respond"), input),
  revalidate: (input) => [invitationPath(input.invitationId)],
});

const deleteComment = defineAction({
  name: "consultation.deleteComment",
  input: deleteCommentSchema,
  access: "permission",
  permission: "consultation.respond",
  resource: async (input) => byOrganisation(await findInvitationOrganisationId(input.invitationId)),
  run: (input, { actor }) => deleteResponseComment(actor, organisationsWhere(actor, "consultation.respond"), input),
  revalidate: (input) => [invitationPath(input.invitationId)],
});

type Done = { programmeId: string; versionNumber: number } | { invitationId: string };

/** "Skicka på remiss". */
export async function sendToConsultationAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const result = await send(formData);
  // The form is gone once the version is on consultation: the page says what happened instead.
  if (result.ok) redirect(`${versionPath(result.data)}/remiss?klart=remiss-skickad`);
  return toFormState(result, formValues(formData));
}

/** "Avsluta remissen": the version is a draft again. */
export async function closeConsultationAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const result = await close(formData);
  if (result.ok) redirect(`${versionPath(result.data)}/remiss?klart=remiss-avslutad`);
  return toFormState(result, formValues(formData));
}

/** A disposition of one comment (bifalls, delvis, avslås, with a reason). */
export async function disposeCommentAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  return toFormState(await dispose(formData), formValues(formData));
}

/** "Spara utkast" or "Skicka in remissvar", by the button pressed (intent=submit). */
export async function saveResponseAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const isSubmit = formData.get("intent") === "submit";
  const result = isSubmit ? await submit(formData) : await saveDraft(formData);
  // Once submitted the form is gone: the page says so instead.
  if (isSubmit && result.ok && "invitationId" in result.data) redirect(`${invitationPath(result.data.invitationId)}?klart=inskickat`);
  return toFormState(result, formValues(formData));
}

export async function addCommentAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  return toFormState(await addComment(formData), formValues(formData));
}

export async function deleteCommentAction(_previous: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  return toFormState(await deleteComment(formData), formValues(formData));
}
