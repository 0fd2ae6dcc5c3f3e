"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { describedBy, FieldFrame, TextAreaField, TextField } from "@/components/ui/text-field";
import { useDraftForm } from "@/components/ui/use-draft-form";
import { decideAction } from "@/lib/endorsements/actions";
import { decideSchema, decisions } from "@/lib/endorsements/schema";
import type { EndorsementView } from "@/lib/endorsements/types";

const isoDate = (date: Date | null) => (date === null ? "" : date.toISOString().slice(0, 10));

/**
 * An organisation's decision on the version (ställer sig bakom / med reservation / inte), recorded
 * as its minutes say it, optionally with the minutes extract as a PDF. Also used to correct it.
 */
export function DecisionForm({ endorsement }: { endorsement: EndorsementView }) {
  const t = useTranslations("endorsements");
  const tErrors = useTranslations("errors");
  const initial = {
    decision: endorsement.status === "PENDING" ? "" : endorsement.status,
    reservation: endorsement.reservation ?? "",
    declineReason: endorsement.declineReason ?? "",
    decisionBody: endorsement.decisionBody ?? "",
    decisionDate: isoDate(endorsement.decisionDate),
    paragraph: endorsement.paragraph ?? "",
    diarienummer: endorsement.diarienummer ?? "",
  };
  const { formRef, state, formAction, draft, errorOf, field, onSubmit } = useDraftForm(`endorsement:${endorsement.id}:decision`, initial, decideAction, decideSchema);
  const decisionError = errorOf("decision");
  const minutesError = errorOf("minutes");
  const decision = draft.values["decision"] ?? "";
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate encType="multipart/form-data" className="max-w-2xl space-y-4" data-testid="decision-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("decideNotAllowed") : tErrors(state.code)}</p>}
        {state.status === "error" && minutesError !== null && <p>{t("chooseFileAgain")}</p>}
        {state.status === "success" && <p>{t("decisionRecorded")}</p>}
      </FormMessage>
      <input type="hidden" name="endorsementId" value={endorsement.id} />
      <fieldset aria-describedby={decisionError ? "decision-error" : undefined} className="space-y-2">
        <legend className="font-semibold">{t("decisionLegend")}</legend>
        {decisionError && (
          <p id="decision-error" className="font-semibold text-red-800">
            {decisionError}
          </p>
        )}
        {decisions.map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="decision"
              value={value}
              checked={decision === value}
              onChange={() => draft.setField("decision", value)}
              className="h-5 w-5"
            />
            {t(`decisions.${value}`)}
          </label>
        ))}
      </fieldset>
      {decision === "ENDORSED_WITH_RESERVATION" && <TextAreaField id="decision-reservation" label={t("reservation")} rows={3} {...field("reservation")} />}
      {decision === "DECLINED" && <TextAreaField id="decision-decline-reason" label={t("declineReason")} rows={3} {...field("declineReason")} />}
      <TextField id="decision-body" label={t("decisionBody")} hint={t("decisionBodyHint")} {...field("decisionBody")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="decision-date" type="date" label={t("decisionDate")} hint={t("dateHint")} {...field("decisionDate")} />
        <TextField id="decision-paragraph" label={t("paragraph")} hint={t("optional")} {...field("paragraph")} />
        <TextField id="decision-dnr" label={t("diarienummer")} hint={t("optional")} {...field("diarienummer")} />
      </div>
      <FieldFrame id="decision-minutes" label={t("minutes")} hint={endorsement.hasMinutes ? t("minutesHintReplace") : t("minutesHint")} error={minutesError}>
        <input
          id="decision-minutes"
          name="minutes"
          type="file"
          accept="application/pdf,.pdf"
          aria-invalid={minutesError ? true : undefined}
          aria-describedby={describedBy("decision-minutes", true, minutesError)}
          className="block"
        />
      </FieldFrame>
      <SubmitButton pendingLabel={t("recording")}>{endorsement.status === "PENDING" ? t("recordDecision") : t("correctDecision")}</SubmitButton>
    </form>
  );
}
