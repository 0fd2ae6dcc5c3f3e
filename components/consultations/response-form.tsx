"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-field";
import { useDraftForm } from "@/components/ui/use-draft-form";
import { saveResponseAction } from "@/lib/consultations/actions";
import { saveResponseSchema } from "@/lib/consultations/schema";

/** The general response (remissvar): saved as a draft any number of times, submitted once. */
export function ResponseForm({ invitationId, generalText }: { invitationId: string; generalText: string }) {
  const t = useTranslations("consultations");
  const tConfirm = useTranslations("confirmSteps");
  const tErrors = useTranslations("errors");
  const { formRef, state, formAction, field, onSubmit } = useDraftForm(`invitation:${invitationId}:response`, { generalText }, saveResponseAction, saveResponseSchema);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="response-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("responseClosed") : state.code === "VALIDATION" ? t("responseEmpty") : tErrors(state.code)}</p>}
        {state.status === "success" && <p>{state.values["intent"] === "submit" ? t("responseSubmitted") : t("responseSaved")}</p>}
      </FormMessage>
      <input type="hidden" name="invitationId" value={invitationId} />
      <TextAreaField id="response-general" label={t("generalText")} hint={t("generalTextHint")} rows={8} {...field("generalText")} />
      <p className="text-sm">{t("submitOnce")}</p>
      <div className="flex flex-wrap gap-4">
        <SubmitButton variant="secondary" name="intent" value="save" pendingLabel={t("saving")}>
          {t("saveDraft")}
        </SubmitButton>
        <ConfirmSubmit
          label={t("submitResponse")}
          title={tConfirm("submitTitle")}
          confirmLabel={tConfirm("submitConfirm")}
          cancelLabel={tConfirm("cancel")}
          pendingLabel={t("submitting")}
          name="intent"
          value="submit"
        >
          <p>{tConfirm("submitBody")}</p>
        </ConfirmSubmit>
      </div>
    </form>
  );
}
