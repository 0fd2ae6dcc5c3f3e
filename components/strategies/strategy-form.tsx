"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { usePersistedDraft } from "@/components/ui/use-persisted-draft";
import { useClientValidation } from "@/components/strategies/use-client-validation";
import { useFieldErrors } from "@/components/strategies/use-field-errors";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { createStrategyAction, updateStrategyAction } from "@/lib/strategies/actions";
import { createStrategySchema, updateStrategySchema } from "@/lib/strategies/schema";
import type { NationalStrategyOption, StrategySaved } from "@/lib/strategies/types";

export type StrategyFormValues = {
  title: string;
  validFrom: string;
  validTo: string;
  nationalStrategyId: string;
  overarchingText: string;
};

type Props = { nationalStrategies: readonly NationalStrategyOption[]; values: StrategyFormValues } & (
  | { mode: "create"; counties: readonly { id: string; name: string }[] }
  | { mode: "edit"; strategyId: string; revision: number }
);

/**
 * Create or edit a regional strategy. Typed text is kept in the browser until the server has it
 * (usePersistedDraft); an edit carries the revision it started from, and a stale save is refused
 * with CONFLICT, the typed text still in the form.
 */
export function StrategyForm(props: Props) {
  const t = useTranslations("strategies");
  const tErrors = useTranslations("errors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormState<StrategySaved>, FormData>(
    props.mode === "create" ? createStrategyAction : updateStrategyAction,
    idleFormState,
  );
  const draftKey = props.mode === "create" ? "strategy:new" : `strategy:${props.strategyId}`;
  const submitted = state.status === "error" ? state.values : {};
  const base: Record<string, string> = props.mode === "edit" ? { revision: String(props.revision) } : {};
  const draft = usePersistedDraft(draftKey, { ...props.values, ...base, ...submitted });
  const { clientErrors, onSubmit } = useClientValidation(props.mode === "create" ? createStrategySchema : updateStrategySchema);
  const errorOf = useFieldErrors(clientErrors ?? (state.status === "error" ? state.fieldErrors : undefined));
  useFocusFirstError(formRef, clientErrors ?? state);

  const pathname = usePathname();
  const detail = state.status === "error" ? state.details?.["revision"] : undefined;
  const currentRevision = typeof detail === "number" ? detail : null;

  const router = useRouter();
  const clear = draft.clear;
  const createdId = props.mode === "create" && state.status === "success" ? state.data.strategyId : null;
  useEffect(() => {
    if (state.status !== "success") return;
    // The server has the text now: forget the browser's copy, then open a created strategy.
    clear();
    if (createdId !== null) router.push(`/arbetsyta/strategier/${createdId}`);
  }, [state, clear, createdId, router]);

  const field = (name: keyof StrategyFormValues) => ({
    name,
    value: draft.values[name] ?? "",
    onChange: (event: { target: { value: string } }) => draft.setField(name, event.target.value),
    error: errorOf(name),
  });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5" data-testid="strategy-form">
      <FormMessage tone={state.status === "success" ? "success" : "error"}>
        {/* "Saved" only while nothing typed since is waiting in the browser: it says what is on screen is stored. */}
        {state.status === "success" && createdId === null && !draft.hasStoredDraft && <p>{t("saved")}</p>}
        {createdId !== null && (
          <p>
            <Link href={`/arbetsyta/strategier/${createdId}`}>{t("created")}</Link>
          </p>
        )}
        {state.status === "error" && state.code !== "CONFLICT" && <p>{tErrors(state.code)}</p>}
        {state.status === "error" && state.code === "CONFLICT" && (
          <>
            <p>{t("conflict")}</p>
            {draft.values["revision"] === String(currentRevision) ? (
              <p>{t("conflictKept")}</p>
            ) : (
              <div className="flex flex-wrap gap-3">
                {currentRevision !== null && (
                  <button
                    type="button"
                    onClick={() => draft.setField("revision", String(currentRevision))}
                    className="rounded border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-900"
                  >
                    {t("keepMine")}
                  </button>
                )}
                <a href={pathname} onClick={() => draft.clear()} className="px-1 py-1">
                  {t("takeTheirs")}
                </a>
              </div>
            )}
          </>
        )}
      </FormMessage>
      {props.mode === "create" ? (
        props.counties.length === 1 ? (
          <input type="hidden" name="countyId" value={props.counties[0]?.id ?? ""} />
        ) : (
          <SelectField
            id="strategy-county"
            label={t("county")}
            name="countyId"
            defaultValue={props.counties[0]?.id}
            options={props.counties.map((c) => ({ value: c.id, label: c.name }))}
            error={errorOf("countyId")}
          />
        )
      ) : (
        <>
          <input type="hidden" name="strategyId" value={props.strategyId} />
          <input type="hidden" name="revision" value={draft.values["revision"] ?? String(props.revision)} />
        </>
      )}
      <TextField id="strategy-title" label={t("title")} autoComplete="off" {...field("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="strategy-valid-from" type="date" label={t("validFrom")} hint={t("dateHint")} {...field("validFrom")} />
        <TextField id="strategy-valid-to" type="date" label={t("validTo")} hint={t("dateHint")} {...field("validTo")} />
      </div>
      <SelectField
        id="strategy-national-strategy"
        label={t("nationalStrategy")}
        options={props.nationalStrategies.map((s) => ({ value: s.id, label: s.shortTitle }))}
        {...field("nationalStrategyId")}
      />
      <TextAreaField id="strategy-overarching-text" label={t("overarchingText")} hint={t("overarchingTextHint")} rows={6} {...field("overarchingText")} />
      {draft.hasStoredDraft && <p className="text-sm text-slate-700">{t("draftKept")}</p>}
      <SubmitButton pendingLabel={t("saving")}>{props.mode === "create" ? t("create") : t("save")}</SubmitButton>
    </form>
  );
}
