"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { useClientValidation } from "@/components/strategies/use-client-validation";
import { useFieldErrors } from "@/components/strategies/use-field-errors";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextField } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { startExtensionAction, startRevisionAction } from "@/lib/programmes/actions";
import { startExtensionSchema, startRevisionSchema } from "@/lib/programmes/schema";
import type { VersionStarted } from "@/lib/programmes/types";
import type { NationalStrategyOption } from "@/lib/strategies/types";

/** "Starta revidering": a new draft copied from the published version, optionally onto a newer national strategy. */
export function StartRevisionForm({
  programmeId,
  publishedStrategyId,
  nationalStrategies,
}: {
  programmeId: string;
  publishedStrategyId: string;
  nationalStrategies: readonly NationalStrategyOption[];
}) {
  const t = useTranslations("programmes");
  const tErrors = useTranslations("errors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<VersionStarted>, FormData>(startRevisionAction, idleFormState);
  const [strategyId, setStrategyId] = useState(state.status === "error" ? (state.values["nationalStrategyId"] ?? publishedStrategyId) : publishedStrategyId);
  const { clientErrors, onSubmit } = useClientValidation(startRevisionSchema);
  const errorOf = useFieldErrors(clientErrors ?? (state.status === "error" ? state.fieldErrors : undefined));
  useFocusFirstError(formRef, clientErrors ?? state);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="start-revision-form">
      <FormMessage tone="error">
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("startRefused") : tErrors(state.code)}</p>}
      </FormMessage>
      <input type="hidden" name="programmeId" value={programmeId} />
      <SelectField
        id="revision-national-strategy"
        name="nationalStrategyId"
        label={t("revisionStrategy")}
        hint={strategyId === publishedStrategyId ? t("revisionStrategyHint") : t("revisionStrategyChanged")}
        value={strategyId}
        onChange={(event) => setStrategyId(event.target.value)}
        options={nationalStrategies.map((s) => ({ value: s.id, label: s.shortTitle }))}
        error={errorOf("nationalStrategyId")}
      />
      <SubmitButton pendingLabel={t("starting")}>{t("startRevision")}</SubmitButton>
    </form>
  );
}

/** "Starta förlängning": a copy whose only change is a later end date. */
export function StartExtensionForm({ programmeId, currentEnd }: { programmeId: string; currentEnd: string }) {
  const t = useTranslations("programmes");
  const tErrors = useTranslations("errors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<VersionStarted>, FormData>(startExtensionAction, idleFormState);
  const [validTo, setValidTo] = useState(state.status === "error" ? (state.values["validTo"] ?? "") : "");
  const { clientErrors, onSubmit } = useClientValidation(startExtensionSchema);
  const errorOf = useFieldErrors(clientErrors ?? (state.status === "error" ? state.fieldErrors : undefined));
  useFocusFirstError(formRef, clientErrors ?? state);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="start-extension-form">
      <FormMessage tone="error">
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("startRefused") : tErrors(state.code)}</p>}
      </FormMessage>
      <input type="hidden" name="programmeId" value={programmeId} />
      <TextField
        id="extension-valid-to"
        type="date"
        name="validTo"
        label={t("extensionEnd")}
        hint={t("extensionEndHint", { date: currentEnd })}
        value={validTo}
        onChange={(event) => setValidTo(event.target.value)}
        error={errorOf("validTo")}
      />
      <SubmitButton pendingLabel={t("starting")}>{t("startExtension")}</SubmitButton>
    </form>
  );
}
