"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { FieldFrame, describedBy } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { useFollowUpErrors } from "@/components/follow-up/use-follow-up-errors";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { saveReportsAction } from "@/lib/follow-up/actions";
import { followUpStatuses } from "@/lib/follow-up/lifecycle";
import type { ReportForm, ReportsSaved } from "@/lib/follow-up/types";

const controlClass = "block w-full rounded border-2 border-slate-600 px-3 py-2 aria-invalid:border-red-700";

/** Every field's starting value: the stored report, or what was typed before an error. */
function initialValues(form: ReportForm): Record<string, string> {
  const values: Record<string, string> = {};
  for (const action of form.actions) {
    values[`status:${action.stableKey}`] = action.report?.status ?? "";
    values[`comment:${action.stableKey}`] = action.report?.comment ?? "";
    for (const indicator of action.indicators) values[`indicator:${action.stableKey}:${indicator.stableKey}`] = indicator.value?.replace(".", ",") ?? "";
  }
  return values;
}

/**
 * Bulk entry: all of the organisation's actions of one period on one screen, saved (submitted) in
 * one go. Approved reports are shown, not editable. Plain form controls in reading order, so the
 * whole form works with the keyboard alone; errors appear beside their fields and in the live region.
 */
export function ReportFormView({ form }: { form: ReportForm }) {
  const t = useTranslations("followUp");
  const tStatus = useTranslations("followUpStatus");
  const tErrors = useTranslations("followUpErrors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, isPending] = useActionState<FormState<ReportsSaved>, FormData>(saveReportsAction, idleFormState);
  const [values, setValues] = useState(() => initialValues(form));
  const errorOf = useFollowUpErrors(state.status === "error" ? state.fieldErrors : undefined);
  useFocusFirstError(formRef, state);
  const isOpen = form.periodStatus === "OPEN";
  // Submitted through a transition rather than the form's own action: React resets a form after
  // its action, which would blank the controlled selects while they still show what was saved.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const set = (name: string) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }));

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" data-testid="report-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "success" && <p>{t("saved", { count: state.data.saved })}</p>}
        {state.status === "error" && <p>{tErrors(state.code)}</p>}
      </FormMessage>
      {!isOpen && <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">{t("periodClosed")}</p>}
      <input type="hidden" name="periodId" value={form.periodId} />
      <input type="hidden" name="organisationId" value={form.organisation.id} />
      {form.actions.map((action) => {
        const statusId = `status-${action.stableKey}`;
        const commentId = `comment-${action.stableKey}`;
        const statusName = `status:${action.stableKey}`;
        const commentName = `comment:${action.stableKey}`;
        const locked = !isOpen || action.report?.reviewStatus === "APPROVED";
        return (
          <fieldset key={action.stableKey} className="space-y-3 rounded border border-slate-400 p-4" data-testid={`report-${action.number}`}>
            <legend className="px-1 text-lg font-semibold">
              {action.number} {action.title}
            </legend>
            <p className="text-sm text-slate-700">
              {action.focusArea}
              {action.otherResponsible.length > 0 && ` · ${t("alsoResponsible", { names: action.otherResponsible.join(", ") })}`}
            </p>
            {action.previous !== null && <p className="text-sm">{t("previous", { year: action.previous.year, status: tStatus(action.previous.status) })}</p>}
            {action.report !== null && <p className="text-sm font-semibold">{t("reviewState", { state: tStatus(`review.${action.report.reviewStatus}`) })}</p>}
            {action.report?.reviewStatus === "CORRECTION_REQUESTED" && action.report.reviewMessage !== null && (
              <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-2">{t("correctionMessage", { message: action.report.reviewMessage })}</p>
            )}
            {locked ? (
              <p>
                {action.report === null ? tStatus("NONE") : tStatus(action.report.status)}
                {action.report !== null && action.report.comment !== "" && ` – ${action.report.comment}`}
              </p>
            ) : (
              <>
                <FieldFrame id={statusId} label={t("statusLabel", { number: action.number })} error={errorOf(statusName)}>
                  <select
                    id={statusId}
                    name={statusName}
                    value={values[statusName] ?? ""}
                    onChange={set(statusName)}
                    aria-invalid={errorOf(statusName) ? true : undefined}
                    aria-describedby={describedBy(statusId, false, errorOf(statusName))}
                    className={controlClass}
                  >
                    <option value="">{t("statusChoose")}</option>
                    {followUpStatuses.map((status) => (
                      <option key={status} value={status}>
                        {tStatus(status)}
                      </option>
                    ))}
                  </select>
                </FieldFrame>
                <FieldFrame id={commentId} label={t("commentLabel", { number: action.number })} error={errorOf(commentName)}>
                  <textarea
                    id={commentId}
                    name={commentName}
                    rows={3}
                    value={values[commentName] ?? ""}
                    onChange={set(commentName)}
                    aria-invalid={errorOf(commentName) ? true : undefined}
                    aria-describedby={describedBy(commentId, false, errorOf(commentName))}
                    className={controlClass}
                  />
                </FieldFrame>
                {action.indicators.map((indicator) => {
                  const name = `indicator:${action.stableKey}:${indicator.stableKey}`;
                  const id = `value-${action.stableKey}-${indicator.stableKey}`;
                  const error = errorOf(name);
                  return (
                    <FieldFrame key={indicator.stableKey} id={id} label={t("valueLabel", { name: indicator.name, unit: indicator.unit || "–", year: form.year })} hint={t("valueHint", { baseline: indicator.baseline || "–", target: indicator.target || "–" })} error={error}>
                      <input
                        id={id}
                        name={name}
                        inputMode="decimal"
                        value={values[name] ?? ""}
                        onChange={set(name)}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={describedBy(id, true, error)}
                        className={`${controlClass} max-w-xs`}
                      />
                    </FieldFrame>
                  );
                })}
                {!action.isLead && <p className="text-sm text-slate-700">{t("leadOnly")}</p>}
              </>
            )}
          </fieldset>
        );
      })}
      {isOpen && (
        <SubmitButton pending={isPending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      )}
    </form>
  );
}
