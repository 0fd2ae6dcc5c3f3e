"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { withdrawVersionAction } from "@/lib/programmes/actions";
import type { VersionWithdrawn } from "@/lib/programmes/types";

/** The confirmation step of "Återkalla": says what it means, then withdraws or goes back. */
export function WithdrawVersionForm({ versionId, number, cancelHref }: { versionId: string; number: number; cancelHref: string }) {
  const t = useTranslations("versions");
  const tErrors = useTranslations("errors");
  const [state, formAction] = useActionState<FormState<VersionWithdrawn>, FormData>(withdrawVersionAction, idleFormState);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section aria-labelledby="withdraw-title" className="space-y-3 rounded border-2 border-red-800 p-4" data-testid="withdraw-confirm">
      <h3 id="withdraw-title" ref={headingRef} tabIndex={-1} className="text-xl">
        {t("withdraw.confirmTitle", { number })}
      </h3>
      <p>{t("withdraw.confirmText")}</p>
      <FormMessage tone="error">
        {state.status === "error" && <p>{state.code === "INVALID_TRANSITION" ? t("withdraw.notAllowed") : tErrors(state.code)}</p>}
      </FormMessage>
      <form action={formAction} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="versionId" value={versionId} />
        <SubmitButton variant="danger" pendingLabel={t("withdraw.withdrawing")}>
          {t("withdraw.confirm", { number })}
        </SubmitButton>
        <Link href={cancelHref}>{t("withdraw.cancel")}</Link>
      </form>
    </section>
  );
}
