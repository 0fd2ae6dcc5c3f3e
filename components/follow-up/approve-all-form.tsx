"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { useFollowUpErrors } from "@/components/follow-up/use-follow-up-errors";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { approveSubmittedReportsAction } from "@/lib/follow-up/actions";
import type { ReportsApproved } from "@/lib/follow-up/types";

/**
 * "Godkänn alla inskickade" of a period. The confirmation is a checkbox the server requires (no
 * script dialog): the button says how many reports it approves. On success the action redirects to
 * the page with its notice, so this form only ever shows errors.
 */
export function ApproveAllForm({ periodId, year, count }: { periodId: string; year: number; count: number }) {
  const t = useTranslations("followUp");
  const tErrors = useTranslations("followUpErrors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<ReportsApproved>, FormData>(approveSubmittedReportsAction, idleFormState);
  const errorOf = useFollowUpErrors(state.status === "error" ? state.fieldErrors : undefined);
  useFocusFirstError(formRef, state);
  const values = state.status === "error" ? state.values : {};
  const error = errorOf("reviewed");
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-3 rounded border-2 border-brand-700 p-4" data-testid="approve-all-form">
      <FormMessage tone="error">{state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("approveAllNothing") : tErrors(state.code)}</p>}</FormMessage>
      <p>{t("approveAllIntro", { count, year })}</p>
      <input type="hidden" name="periodId" value={periodId} />
      <div className="space-y-1">
        {error && (
          <p id="approve-all-reviewed-error" className="font-semibold text-red-800">
            {error}
          </p>
        )}
        <div className="flex items-start gap-2">
          <input
            id="approve-all-reviewed"
            name="reviewed"
            type="checkbox"
            defaultChecked={values["reviewed"] === "on"}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "approve-all-reviewed-error" : undefined}
            className="mt-1 size-5"
          />
          <label htmlFor="approve-all-reviewed">{t("approveAllReviewed")}</label>
        </div>
      </div>
      <SubmitButton pendingLabel={t("approvingAll")}>{t("approveAll", { count })}</SubmitButton>
    </form>
  );
}
