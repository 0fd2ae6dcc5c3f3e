"use client";

import { useTranslations } from "next-intl";
import { OrganisationCheckboxes } from "@/components/consultations/organisation-checkboxes";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField, TextField } from "@/components/ui/text-field";
import { useDraftForm } from "@/components/ui/use-draft-form";
import { sendToConsultationAction } from "@/lib/consultations/actions";
import { sendToConsultationSchema } from "@/lib/consultations/schema";
import type { OrganisationChoice } from "@/lib/consultations/types";

/** "Skicka på remiss": who is invited (default: kommuner, polis, region), remisstid and a message. */
export function SendToConsultationForm({ versionId, organisations, defaultDeadline }: { versionId: string; organisations: readonly OrganisationChoice[]; defaultDeadline: string }) {
  const t = useTranslations("consultations");
  const tErrors = useTranslations("errors");
  const initial = { organisationIds: organisations.filter((o) => o.isDefault).map((o) => o.id).join(","), deadline: defaultDeadline, message: "" };
  const { formRef, state, formAction, draft, errorOf, field, onSubmit } = useDraftForm(`version:${versionId}:consultation`, initial, sendToConsultationAction, sendToConsultationSchema);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="send-to-consultation-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("sendNotAllowed") : tErrors(state.code)}</p>}
        {state.status === "success" && <p>{t("sent")}</p>}
      </FormMessage>
      <input type="hidden" name="versionId" value={versionId} />
      <OrganisationCheckboxes
        idPrefix="consultation"
        legend={t("invitedLegend")}
        organisations={organisations}
        value={draft.values["organisationIds"] ?? ""}
        onChange={(value) => draft.setField("organisationIds", value)}
        error={errorOf("organisationIds")}
      />
      <TextField id="consultation-deadline" type="date" label={t("deadline")} hint={t("deadlineHint")} {...field("deadline")} />
      <TextAreaField id="consultation-message" label={t("message")} hint={t("messageHint")} rows={4} {...field("message")} />
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
