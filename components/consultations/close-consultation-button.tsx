"use client";

import { useTranslations } from "next-intl";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { closeConsultationAction } from "@/lib/consultations/actions";

export function CloseConsultationButton({ versionId }: { versionId: string }) {
  const t = useTranslations("consultations");
  const tConfirm = useTranslations("confirmSteps");
  return (
    <ActionButtonForm
      action={closeConsultationAction}
      fields={{ versionId }}
      label={t("close")}
      pendingLabel={t("closing")}
      successText={t("closed")}
      errorText={{ INVALID_TRANSITION: t("closeNotAllowed") }}
      testId="close-consultation"
      confirm={{ title: tConfirm("closeTitle"), body: <p>{tConfirm("closeBody")}</p>, confirmLabel: tConfirm("closeConfirm"), cancelLabel: tConfirm("cancel") }}
    />
  );
}
