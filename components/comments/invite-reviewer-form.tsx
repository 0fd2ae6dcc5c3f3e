"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField } from "@/components/ui/text-field";
import { useDraftForm } from "@/components/ui/use-draft-form";
import { inviteReviewerAction } from "@/lib/comments/actions";
import { inviteReviewerSchema } from "@/lib/comments/schema";

/** The coordinator invites one person of the county's organisations to review the draft. */
export function InviteReviewerForm({ versionId, candidates }: { versionId: string; candidates: readonly { userId: string; label: string }[] }) {
  const t = useTranslations("comments");
  const tErrors = useTranslations("errors");
  const { formRef, state, formAction, field, onSubmit } = useDraftForm(
    `reviewer-invite:${versionId}`,
    { userId: candidates[0]?.userId ?? "" },
    inviteReviewerAction,
    inviteReviewerSchema,
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="invite-reviewer-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("closedError") : tErrors(state.code)}</p>}
        {state.status === "success" && <p>{t("invited")}</p>}
      </FormMessage>
      <input type="hidden" name="versionId" value={versionId} />
      <SelectField id="reviewer-user" label={t("reviewerPerson")} options={candidates.map((c) => ({ value: c.userId, label: c.label }))} {...field("userId")} />
      <SubmitButton pendingLabel={t("inviting")}>{t("invite")}</SubmitButton>
    </form>
  );
}
