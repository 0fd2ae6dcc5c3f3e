"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-field";
import { useDraftForm } from "@/components/ui/use-draft-form";
import { disposeCommentAction } from "@/lib/consultations/actions";
import { dispositionDecisions, disposeCommentSchema } from "@/lib/consultations/schema";
import type { Disposition } from "@/lib/consultations/types";

/** The coordinator's disposition of one comment: bifalls, delvis, avslås, with a reason. */
export function DispositionForm({ commentId, current, label }: { commentId: string; current: Disposition | null; label: string }) {
  const t = useTranslations("consultations");
  const tErrors = useTranslations("errors");
  const { formRef, state, formAction, draft, errorOf, field, onSubmit } = useDraftForm(`comment:${commentId}:disposition`, { decision: current?.decision ?? "", reason: current?.reason ?? "" }, disposeCommentAction, disposeCommentSchema);
  const decisionError = errorOf("decision");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`disposition-${commentId}`}>
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("disposeClosed") : tErrors(state.code)}</p>}
        {state.status === "success" && <p>{t("disposed")}</p>}
      </FormMessage>
      <input type="hidden" name="commentId" value={commentId} />
      <fieldset aria-describedby={decisionError ? `decision-${commentId}-error` : undefined}>
        <legend className="font-semibold">{t("dispositionLegend", { comment: label })}</legend>
        {decisionError && (
          <p id={`decision-${commentId}-error`} className="font-semibold text-red-800">
            {decisionError}
          </p>
        )}
        <div className="flex flex-wrap gap-4">
          {dispositionDecisions.map((decision) => (
            <label key={decision} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="decision"
                value={decision}
                checked={draft.values["decision"] === decision}
                onChange={() => draft.setField("decision", decision)}
                className="h-5 w-5"
              />
              {t(`decisions.${decision}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField id={`reason-${commentId}`} label={t("reason")} hint={t("reasonHint")} rows={2} {...field("reason")} />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("saveDisposition")}
      </SubmitButton>
    </form>
  );
}
