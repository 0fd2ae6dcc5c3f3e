"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useIsHydrated } from "@/components/action-items/use-is-hydrated";
import { secondaryButtonClass } from "@/components/editor/form-styles";
import { setAutoNumberingAction } from "@/lib/action-items/actions";
import type { AutoNumberingState } from "@/lib/action-items/types";
import { idleFormState } from "@/lib/actions/form-state";

/** The version's automatic numbering, on or off (a checkbox and a button; works without JavaScript). */
export function AutoNumberingForm({ versionId, autoNumbering }: { versionId: string; autoNumbering: boolean }) {
  const t = useTranslations("editing");
  const te = useTranslations("editor");
  const isEnhanced = useIsHydrated();
  const [state, formAction, isPending] = useActionState<AutoNumberingState, FormData>(setAutoNumberingAction, idleFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="versionId" value={versionId} />
      {isEnhanced && <input type="hidden" name="enhanced" value="1" />}
      <div className="flex items-start gap-2">
        <input
          id="auto-numbering"
          type="checkbox"
          name="autoNumbering"
          value="on"
          defaultChecked={autoNumbering}
          aria-describedby="auto-numbering-hint"
          className="mt-1 size-5"
        />
        <div>
          <label htmlFor="auto-numbering" className="font-semibold">
            {t("autoNumbering")}
          </label>
          <p id="auto-numbering-hint" className="text-sm text-slate-700">
            {t("autoNumberingHint")}
          </p>
        </div>
      </div>
      <button type="submit" aria-disabled={isPending ? true : undefined} className={secondaryButtonClass}>
        {t("autoNumberingSave")}
      </button>
      <p role="status" className="text-sm">
        {state.status === "success" && (state.data.autoNumbering ? t("autoNumberingOn") : t("autoNumberingOff"))}
        {state.status === "error" && <span className="font-semibold text-red-800">{te(`errors.${state.code}`)}</span>}
      </p>
    </form>
  );
}
