"use client";

import { useTranslations } from "next-intl";
import { ExpiredConfirmation } from "@/components/endorsements/expired-confirmation";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { publishVersionAction, reopenVersionAction } from "@/lib/endorsements/actions";

/** "Öppna versionen igen" (ENDORSEMENT → DRAFT). */
export function ReopenButton({ versionId }: { versionId: string }) {
  const t = useTranslations("endorsements");
  return (
    <ActionButtonForm
      action={reopenVersionAction}
      fields={{ versionId }}
      label={t("reopen")}
      pendingLabel={t("reopening")}
      successText={t("reopened")}
      errorText={{ INVALID_TRANSITION: t("reopenNotAllowed") }}
      variant="secondary"
      testId="reopen-version"
    />
  );
}

/** "Publicera" (RATIFIED → PUBLISHED; the previous published version becomes superseded). */
export function PublishButton({ versionId, validityEndedOn }: { versionId: string; validityEndedOn: Date | null }) {
  const t = useTranslations("endorsements");
  const tConfirm = useTranslations("confirmSteps");
  const tValidation = useTranslations("validation");
  return (
    <ActionButtonForm
      action={publishVersionAction}
      fields={{ versionId }}
      label={t("publish")}
      pendingLabel={t("publishing")}
      successText={t("published")}
      errorText={{ INVALID_TRANSITION: t("publishNotAllowed"), VALIDATION: tValidation("expiredConfirmationRequired") }}
      testId="publish-version"
      confirm={{ title: tConfirm("publishTitle"), body: <p>{tConfirm("publishBody")}</p>, confirmLabel: tConfirm("publishConfirm"), cancelLabel: tConfirm("cancel") }}
    >
      {validityEndedOn !== null && <ExpiredConfirmation endedOn={validityEndedOn} error={null} idPrefix="publish" />}
    </ActionButtonForm>
  );
}
