"use client";

import { useTranslations } from "next-intl";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { deleteCommentAction } from "@/lib/consultations/actions";

export function DeleteCommentButton({ invitationId, commentId }: { invitationId: string; commentId: string }) {
  const t = useTranslations("consultations");
  return (
    <ActionButtonForm
      action={deleteCommentAction}
      fields={{ invitationId, commentId }}
      label={t("deleteComment")}
      pendingLabel={t("deleting")}
      errorText={{ INVALID_TRANSITION: t("responseClosed") }}
      variant="secondary"
    />
  );
}
