"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleFormState } from "@/lib/actions/form-state";
import { applyImportAction, discardImportAction, resolveImportAction } from "@/lib/imports/actions";
import type { ApplyFormState } from "@/lib/imports/types";

/** The preview's table as one form: every choice and every "skip" box is saved together. */
export function ResolveImportForm({ draftId, revision, children }: { draftId: string; revision: number; children: ReactNode }) {
  const t = useTranslations("imports");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(resolveImportAction, idleFormState);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="revision" value={revision} />
      {children}
      <FormMessage tone={state.status === "error" ? "error" : "success"}>
        {state.status === "success" && <p>{t("choicesSaved")}</p>}
        {state.status === "error" && <p>{te(state.code)}</p>}
      </FormMessage>
      <SubmitButton variant="secondary" pendingLabel={t("savingChoices")}>
        {t("saveChoices")}
      </SubmitButton>
    </form>
  );
}

function applyMessage(state: ApplyFormState, t: ReturnType<typeof useTranslations<"imports">>, te: ReturnType<typeof useTranslations<"errors">>): ReactNode {
  if (state.status === "conflict") return <p>{t("conflict")}</p>;
  if (state.status !== "error") return null;
  if (state.code === "VALIDATION") return <p>{t("unresolvedError")}</p>;
  return <p>{te(state.code)}</p>;
}

/** "Genomför importen" from the preview as rendered (its draft revision and the version's stamp). */
export function ApplyImportForm({ draftId, revision, stamp, blocked }: { draftId: string; revision: number; stamp: string; blocked: boolean }) {
  const t = useTranslations("imports");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(applyImportAction, idleFormState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="stamp" value={stamp} />
      <FormMessage tone="error">{applyMessage(state, t, te)}</FormMessage>
      {blocked && <p id="apply-blocked">{t("applyBlocked")}</p>}
      <SubmitButton pendingLabel={t("applying")}>{t("apply")}</SubmitButton>
    </form>
  );
}

export function DiscardImportForm({ draftId }: { draftId: string }) {
  const t = useTranslations("imports");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(discardImportAction, idleFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="draftId" value={draftId} />
      <FormMessage tone="error">{state.status === "error" && <p>{te(state.code)}</p>}</FormMessage>
      <SubmitButton variant="danger" pendingLabel={t("discarding")}>
        {t("discard")}
      </SubmitButton>
    </form>
  );
}
