"use client";

import { useTranslations } from "next-intl";
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
export function PublishButton({ versionId }: { versionId: string }) {
  const t = useTranslations("endorsements");
  return (
    <ActionButtonForm
      action={publishVersionAction}
      fields={{ versionId }}
      label={t("publish")}
      pendingLabel={t("publishing")}
      successText={t("published")}
      errorText={{ INVALID_TRANSITION: t("publishNotAllowed") }}
      testId="publish-version"
    />
  );
}
