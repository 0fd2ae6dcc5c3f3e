"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextAreaField } from "@/components/ui/text-field";
import { useDraftForm } from "@/components/ui/use-draft-form";
import { addDraftCommentAction } from "@/lib/comments/actions";
import { addDraftCommentSchema } from "@/lib/comments/schema";

/**
 * A new comment thread on the draft. With `anchors` the writer chooses what it is about; with
 * `fixedAnchor` (an action's own page) it is about that one thing.
 */
export function AddDraftCommentForm({
  versionId,
  anchors,
  fixedAnchor,
  defaultAnchor = "",
  idPrefix = "new-comment",
}: {
  versionId: string;
  anchors?: readonly { value: string; label: string }[];
  fixedAnchor?: string;
  defaultAnchor?: string;
  idPrefix?: string;
}) {
  const t = useTranslations("comments");
  const tErrors = useTranslations("errors");
  const initial = { anchor: fixedAnchor ?? defaultAnchor, text: "" };
  const { formRef, state, formAction, field, onSubmit } = useDraftForm(
    `draft-comment:${versionId}:${fixedAnchor ?? "any"}`,
    initial,
    addDraftCommentAction,
    addDraftCommentSchema,
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="add-draft-comment-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("closedError") : tErrors(state.code)}</p>}
        {state.status === "success" && <p>{t("added")}</p>}
      </FormMessage>
      <input type="hidden" name="versionId" value={versionId} />
      {fixedAnchor !== undefined ? (
        <input type="hidden" name="anchor" value={fixedAnchor} />
      ) : (
        <SelectField id={`${idPrefix}-anchor`} label={t("anchor")} options={[{ value: "", label: t("anchorProgramme") }, ...(anchors ?? [])]} {...field("anchor")} />
      )}
      <TextAreaField id={`${idPrefix}-text`} label={t("text")} rows={4} {...field("text")} />
      <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
    </form>
  );
}
