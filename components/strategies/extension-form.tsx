"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { usePersistedDraft } from "@/components/ui/use-persisted-draft";
import { useClientValidation } from "@/components/strategies/use-client-validation";
import { useFieldErrors } from "@/components/strategies/use-field-errors";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { recordStrategyExtensionAction } from "@/lib/strategies/actions";
import { recordExtensionSchema } from "@/lib/strategies/schema";
import type { ExtensionRecorded } from "@/lib/strategies/types";

const emptyExtension = { newValidTo: "", decisionBody: "", decisionDate: "", diarienummer: "" };

/** Records a decision to extend the strategy: new end date, decision body, date and Dnr. */
export function ExtensionForm({ strategyId }: { strategyId: string }) {
  const t = useTranslations("strategies");
  const tErrors = useTranslations("errors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<ExtensionRecorded>, FormData>(recordStrategyExtensionAction, idleFormState);
  const draft = usePersistedDraft(`strategy:${strategyId}:extension`, {
    ...emptyExtension,
    ...(state.status === "error" ? state.values : {}),
  });
  const { clientErrors, onSubmit } = useClientValidation(recordExtensionSchema);
  const errorOf = useFieldErrors(clientErrors ?? (state.status === "error" ? state.fieldErrors : undefined));
  useFocusFirstError(formRef, clientErrors ?? state);
  const clear = draft.clear;
  useEffect(() => {
    if (state.status === "success") clear();
  }, [state, clear]);

  const field = (name: keyof typeof emptyExtension) => ({
    name,
    value: draft.values[name] ?? "",
    onChange: (event: { target: { value: string } }) => draft.setField(name, event.target.value),
    error: errorOf(name),
  });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="extension-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success" && !draft.hasStoredDraft && <p>{t("extensionRecorded")}</p>}
        {state.status === "error" && <p>{tErrors(state.code)}</p>}
      </FormMessage>
      <input type="hidden" name="strategyId" value={strategyId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="extension-new-valid-to" type="date" label={t("newValidTo")} hint={t("dateHint")} {...field("newValidTo")} />
        <TextField id="extension-decision-date" type="date" label={t("decisionDate")} hint={t("dateHint")} {...field("decisionDate")} />
      </div>
      <TextField id="extension-decision-body" label={t("decisionBody")} hint={t("decisionBodyHint")} {...field("decisionBody")} />
      <TextField id="extension-diarienummer" label={t("diarienummer")} hint={t("optional")} {...field("diarienummer")} />
      <SubmitButton pendingLabel={t("saving")}>{t("recordExtension")}</SubmitButton>
    </form>
  );
}
