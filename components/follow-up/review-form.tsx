"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { useFollowUpErrors } from "@/components/follow-up/use-follow-up-errors";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { reviewReportAction } from "@/lib/follow-up/actions";
import type { ReportReviewed } from "@/lib/follow-up/types";

/**
 * Approve a report, or send it back with a message (the message is required for that button only).
 * Rendered also when neither is possible any more, so the outcome stays in its live region.
 */
export function ReviewForm({ reportId, organisation, number, canApprove, canSendBack }: { reportId: string; organisation: string; number: string; canApprove: boolean; canSendBack: boolean }) {
  const t = useTranslations("followUp");
  const tErrors = useTranslations("followUpErrors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<ReportReviewed>, FormData>(reviewReportAction, idleFormState);
  const [message, setMessage] = useState("");
  const errorOf = useFollowUpErrors(state.status === "error" ? state.fieldErrors : undefined);
  useFocusFirstError(formRef, state);
  const id = `message-${reportId}`;
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-2">
      <FormMessage tone={state.status === "error" ? "error" : "success"}>
        {state.status === "success" && <p>{state.data.reviewStatus === "APPROVED" ? t("approved") : t("sentBack")}</p>}
        {state.status === "error" && <p>{tErrors(state.code)}</p>}
      </FormMessage>
      <input type="hidden" name="reportId" value={reportId} />
      {canSendBack && (
        <TextAreaField id={id} name="message" rows={2} label={t("messageLabel", { organisation, number })} value={message} onChange={(event) => setMessage(event.target.value)} error={errorOf("message")} />
      )}
      {(canApprove || canSendBack) && (
      <div className="flex flex-wrap gap-3">
        {canApprove && (
          <SubmitButton name="decision" value="APPROVE" pendingLabel={t("approving")}>
            {t("approve")}
          </SubmitButton>
        )}
        {canSendBack && (
          <SubmitButton name="decision" value="REQUEST_CORRECTION" variant="secondary" pendingLabel={t("sendingBack")}>
            {t("sendBack")}
          </SubmitButton>
        )}
      </div>
      )}
    </form>
  );
}
