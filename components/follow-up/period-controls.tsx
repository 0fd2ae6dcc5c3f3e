"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFollowUpErrors } from "@/components/follow-up/use-follow-up-errors";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { closePeriodAction, openPeriodAction } from "@/lib/follow-up/actions";
import type { PeriodChanged, PeriodStatus } from "@/lib/follow-up/types";

/** Open (with an optional last day) or close one reporting period; which button shows comes from the loader. */
export function PeriodControls({ versionId, periodId, year, status, canOpen, canClose }: { versionId: string; periodId: string | null; year: number; status: PeriodStatus; canOpen: boolean; canClose: boolean }) {
  const t = useTranslations("followUp");
  const tErrors = useTranslations("followUpErrors");
  const [openState, openAction] = useActionState<FormState<PeriodChanged>, FormData>(openPeriodAction, idleFormState);
  const [closeState, closeAction] = useActionState<FormState<PeriodChanged>, FormData>(closePeriodAction, idleFormState);
  const errorOf = useFollowUpErrors(openState.status === "error" ? openState.fieldErrors : undefined);
  return (
    <div className="space-y-2">
      <FormMessage tone={openState.status === "error" || closeState.status === "error" ? "error" : "success"}>
        {openState.status === "success" && <p>{t("opened", { count: openState.data.queuedMails })}</p>}
        {closeState.status === "success" && <p>{t("closed")}</p>}
        {openState.status === "error" && <p>{tErrors(openState.code)}</p>}
        {closeState.status === "error" && <p>{tErrors(closeState.code)}</p>}
      </FormMessage>
      {canOpen && (
        <form action={openAction} noValidate className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="versionId" value={versionId} />
          <input type="hidden" name="year" value={year} />
          <TextField id={`closes-${versionId}-${year}`} name="closesAt" type="date" label={t("closesAtLabel", { year })} error={errorOf("closesAt") ?? errorOf("year")} />
          <SubmitButton variant="secondary" pendingLabel={t("saving")}>
            {status === "CLOSED" ? t("reopen", { year }) : t("open", { year })}
          </SubmitButton>
        </form>
      )}
      {canClose && periodId !== null && (
        <form action={closeAction}>
          <input type="hidden" name="periodId" value={periodId} />
          <SubmitButton variant="secondary" pendingLabel={t("saving")}>
            {t("close", { year })}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
