"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { FieldFrame, describedBy } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { useFollowUpErrors } from "@/components/follow-up/use-follow-up-errors";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { importReportsAction } from "@/lib/follow-up/actions";
import type { ReportsSaved } from "@/lib/follow-up/types";

/** Import of the filled-in reporting CSV: saved exactly as if the form had been posted. */
export function CsvImportForm({ periodId, organisationId }: { periodId: string; organisationId: string }) {
  const t = useTranslations("followUp");
  const tErrors = useTranslations("followUpErrors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<ReportsSaved>, FormData>(importReportsAction, idleFormState);
  const errorOf = useFollowUpErrors(state.status === "error" ? state.fieldErrors : undefined);
  useFocusFirstError(formRef, state);
  const error = errorOf("file");
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-3" data-testid="csv-import-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success" && <p>{t("saved", { count: state.data.saved })}</p>}
        {state.status === "error" && <p>{tErrors(state.code)}</p>}
      </FormMessage>
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <FieldFrame id="csv-file" label={t("csvFile")} error={error}>
        <input id="csv-file" name="file" type="file" accept=".csv,text/csv" aria-invalid={error ? true : undefined} aria-describedby={describedBy("csv-file", false, error)} />
      </FieldFrame>
      <SubmitButton variant="secondary" pendingLabel={t("csvImporting")}>
        {t("csvImport")}
      </SubmitButton>
    </form>
  );
}
