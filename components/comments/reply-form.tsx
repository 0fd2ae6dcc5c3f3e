"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-field";
import { useDraftForm } from "@/components/ui/use-draft-form";
import { replyDraftCommentAction } from "@/lib/comments/actions";
import { replyDraftCommentSchema } from "@/lib/comments/schema";

/** A reply in a thread (one level). */
export function ReplyForm({ threadId, author }: { threadId: string; author: string }) {
  const t = useTranslations("comments");
  const tErrors = useTranslations("errors");
  const { formRef, state, formAction, field, onSubmit } = useDraftForm(`draft-reply:${threadId}`, { text: "" }, replyDraftCommentAction, replyDraftCommentSchema);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="reply-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("closedError") : tErrors(state.code)}</p>}
        {state.status === "success" && <p>{t("replied")}</p>}
      </FormMessage>
      <input type="hidden" name="threadId" value={threadId} />
      <TextAreaField id={`reply-${threadId}`} label={t("replyLabel", { author })} rows={3} {...field("text")} />
      <SubmitButton variant="secondary" pendingLabel={t("adding")}>
        {t("sendReply")}
      </SubmitButton>
    </form>
  );
}
