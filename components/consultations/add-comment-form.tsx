"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextAreaField } from "@/components/ui/text-field";
import { useDraftForm } from "@/components/ui/use-draft-form";
import { addCommentAction } from "@/lib/consultations/actions";
import { addCommentSchema } from "@/lib/consultations/schema";

/** A comment anchored to the programme as a whole, a focus area or an action item. */
export function AddCommentForm({ invitationId, anchors }: { invitationId: string; anchors: readonly { value: string; label: string }[] }) {
  const t = useTranslations("consultations");
  const tErrors = useTranslations("errors");
  const { formRef, state, formAction, field, onSubmit } = useDraftForm(`invitation:${invitationId}:comment`, { anchor: "", text: "" }, addCommentAction, addCommentSchema);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="add-comment-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("responseClosed") : tErrors(state.code)}</p>}
        {state.status === "success" && <p>{t("commentAdded")}</p>}
      </FormMessage>
      <input type="hidden" name="invitationId" value={invitationId} />
      <SelectField id="comment-anchor" label={t("anchor")} options={[{ value: "", label: t("anchorProgramme") }, ...anchors]} {...field("anchor")} />
      <TextAreaField id="comment-text" label={t("commentText")} rows={4} {...field("text")} />
      <SubmitButton pendingLabel={t("saving")}>{t("addComment")}</SubmitButton>
    </form>
  );
}
