"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { ExpiredConfirmation } from "@/components/endorsements/expired-confirmation";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextField } from "@/components/ui/text-field";
import { useDraftForm } from "@/components/ui/use-draft-form";
import { ratifyVersionAction } from "@/lib/endorsements/actions";
import { ratifySchema } from "@/lib/endorsements/schema";

/** "Fastställ": the county board's ratification decision (body, date, Dnr). */
export function RatifyForm({ versionId, validityEndedOn }: { versionId: string; validityEndedOn: Date | null }) {
  const t = useTranslations("endorsements");
  const tConfirm = useTranslations("confirmSteps");
  const tErrors = useTranslations("errors");
  const { formRef, state, formAction, field, errorOf, onSubmit } = useDraftForm(`version:${versionId}:ratify`, { ratificationBody: "", ratificationDate: "", ratificationDnr: "" }, ratifyVersionAction, ratifySchema);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="ratify-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("ratifyIncomplete") : tErrors(state.code)}</p>}
        {state.status === "success" && <p>{t("ratified")}</p>}
      </FormMessage>
      <input type="hidden" name="versionId" value={versionId} />
      <TextField id="ratification-body" label={t("ratificationBody")} hint={t("ratificationBodyHint")} {...field("ratificationBody")} />
      <TextField id="ratification-date" type="date" label={t("decisionDate")} hint={t("dateHint")} {...field("ratificationDate")} />
      <TextField id="ratification-dnr" label={t("diarienummer")} hint={t("optional")} {...field("ratificationDnr")} />
      {validityEndedOn !== null && <ExpiredConfirmation endedOn={validityEndedOn} error={errorOf("confirmExpired")} idPrefix="ratify" />}
      <ConfirmSubmit label={t("ratify")} title={tConfirm("ratifyTitle")} confirmLabel={tConfirm("ratifyConfirm")} cancelLabel={tConfirm("cancel")} pendingLabel={t("ratifying")}>
        <p>{tConfirm("ratifyBody")}</p>
      </ConfirmSubmit>
    </form>
  );
}
