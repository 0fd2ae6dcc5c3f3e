"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { SubstanceCheckboxes } from "@/components/programmes/substance-checkboxes";
import { useClientValidation } from "@/components/strategies/use-client-validation";
import { useFieldErrors } from "@/components/strategies/use-field-errors";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/text-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { usePersistedDraft } from "@/components/ui/use-persisted-draft";
import { idleFormState } from "@/lib/actions/form-state";
import { saveVersionFieldsAction } from "@/lib/programmes/actions";
import { versionFieldsSchema } from "@/lib/programmes/schema";
import type { VersionFieldValues, VersionFieldsCurrent, VersionFieldsFormState } from "@/lib/programmes/types";
import type { NationalStrategyOption } from "@/lib/strategies/types";

const fieldNames = ["title", "validFrom", "validTo", "substances", "nationalStrategyId", "changeSummary"] as const satisfies readonly (keyof VersionFieldValues)[];

/**
 * The fields of a DRAFT version. Never loses an edit:
 * - what is typed is kept in the browser until the server has it (a failed save, a reload, an
 *   expired session), together with the edit revision it was typed on;
 * - a save from a stale revision comes back as a conflict: the user's text and the text saved now
 *   side by side, to keep theirs (saved against the new revision) or take the current one.
 */
export function VersionFieldsForm({
  versionId,
  current,
  nationalStrategies,
}: {
  versionId: string;
  current: VersionFieldsCurrent;
  nationalStrategies: readonly NationalStrategyOption[];
}) {
  const t = useTranslations("versions");
  const tErrors = useTranslations("errors");
  const pathname = usePathname();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<VersionFieldsFormState, FormData>(saveVersionFieldsAction, idleFormState);
  const returned = state.status === "error" || state.status === "conflict" ? state.values : {};
  const draft = usePersistedDraft(`version:${versionId}:fields`, {
    ...current.values,
    editRevision: String(current.editRevision),
    ...returned,
  });
  const { clientErrors, onSubmit } = useClientValidation(versionFieldsSchema);
  const errorOf = useFieldErrors(clientErrors ?? (state.status === "error" ? state.fieldErrors : undefined));
  useFocusFirstError(formRef, clientErrors ?? state);

  // Saved: the server has the text, so the browser's copy goes; anything typed while the save was
  // on its way stays, now based on the new revision.
  const { clear, setField } = draft;
  const draftValues = draft.values;
  const savedValues = state.status === "success" ? state.values : null;
  const draftRef = useRef(draftValues);
  useEffect(() => {
    draftRef.current = draftValues;
  });
  useEffect(() => {
    if (savedValues === null) return;
    const typedSince = fieldNames.filter((name) => (draftRef.current[name] ?? "") !== (savedValues[name] ?? ""));
    const pending = typedSince.map((name) => [name, draftRef.current[name] ?? ""] as const);
    clear();
    for (const [name, value] of pending) setField(name, value);
  }, [savedValues, clear, setField]);

  const differsFromSaved = fieldNames.some((name) => (draft.values[name] ?? "") !== current.values[name]);
  const field = (name: Exclude<(typeof fieldNames)[number], "substances">) => ({
    name,
    value: draft.values[name] ?? "",
    onChange: (event: { target: { value: string } }) => draft.setField(name, event.target.value),
    error: errorOf(name),
  });

  return (
    <div className="space-y-6">
      {state.status === "conflict" && (
        <ConflictPanel
          versionId={versionId}
          mine={draft.values}
          current={state.current}
          pathname={pathname}
          onTakeTheirs={clear}
          action={formAction}
        />
      )}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5" data-testid="version-fields-form">
        <FormMessage tone={state.status === "success" ? "success" : "error"}>
          {/* "Saved" only while nothing typed since is waiting in the browser: what is on screen is stored. */}
          {state.status === "success" && !draft.hasStoredDraft && <p>{t("saved")}</p>}
          {state.status === "error" && state.code === "UNAUTHENTICATED" && (
            <p>
              {t("sessionExpired")}{" "}
              <a href={`/logga-in?${new URLSearchParams({ callbackUrl: pathname }).toString()}`}>{t("signInAgain")}</a>
            </p>
          )}
          {state.status === "error" && state.code === "INVALID_TRANSITION" && <p>{t("frozenOnSave")}</p>}
          {state.status === "error" && state.code !== "UNAUTHENTICATED" && state.code !== "INVALID_TRANSITION" && (
            <p>{tErrors(state.code)}</p>
          )}
        </FormMessage>
        {draft.hasStoredDraft && differsFromSaved && state.status !== "conflict" && (
          <div className="flex flex-wrap items-center gap-3 rounded border border-amber-800 bg-amber-50 p-3" data-testid="unsaved-draft">
            <p>{t("unsavedDraft")}</p>
            <button type="button" onClick={clear} className="rounded border-2 border-amber-900 bg-white px-3 py-1 font-semibold">
              {t("discardDraft")}
            </button>
          </div>
        )}
        <input type="hidden" name="versionId" value={versionId} />
        <input type="hidden" name="editRevision" value={draft.values["editRevision"] ?? String(current.editRevision)} />
        <TextField id="version-title" label={t("fields.title")} autoComplete="off" {...field("title")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="version-valid-from" type="date" label={t("fields.validFrom")} hint={t("dateHint")} {...field("validFrom")} />
          <TextField id="version-valid-to" type="date" label={t("fields.validTo")} hint={t("dateHint")} {...field("validTo")} />
        </div>
        <SubstanceCheckboxes
          idPrefix="version-substances"
          value={draft.values["substances"] ?? ""}
          onChange={(next) => draft.setField("substances", next)}
          error={errorOf("substances")}
        />
        <SelectField
          id="version-national-strategy"
          label={t("fields.nationalStrategyId")}
          hint={t("nationalStrategyHint")}
          options={nationalStrategies.map((s) => ({ value: s.id, label: s.shortTitle }))}
          {...field("nationalStrategyId")}
        />
        <TextAreaField id="version-change-summary" label={t("fields.changeSummary")} hint={t("changeSummaryHint")} rows={5} {...field("changeSummary")} />
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </form>
    </div>
  );
}

/** "Your text" and "current text" side by side, for each field that differs; the user chooses. */
function ConflictPanel({
  versionId,
  mine,
  current,
  pathname,
  onTakeTheirs,
  action,
}: {
  versionId: string;
  mine: Record<string, string>;
  current: VersionFieldsCurrent | null;
  pathname: string;
  onTakeTheirs: () => void;
  action: (formData: FormData) => void;
}) {
  const t = useTranslations("versions");
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const differing = current === null ? [] : fieldNames.filter((name) => (mine[name] ?? "") !== current.values[name]);
  return (
    <section aria-labelledby="conflict-title" className="space-y-4 rounded border-2 border-red-800 bg-red-50 p-4" data-testid="conflict">
      <h2 id="conflict-title" ref={headingRef} tabIndex={-1} className="text-xl">
        {t("conflict.title")}
      </h2>
      <p>{t("conflict.intro")}</p>
      {differing.length > 0 && current !== null && (
        <table className="w-full table-fixed border-collapse bg-white text-left">
          <caption className="sr-only">{t("conflict.title")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-600">
              <th scope="col" className="w-1/5 p-2">{t("conflict.field")}</th>
              <th scope="col" className="p-2">{t("conflict.mine")}</th>
              <th scope="col" className="p-2">{t("conflict.theirs")}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((name) => (
              <tr key={name} className="border-b border-slate-300 align-top">
                <th scope="row" className="p-2">{t(`fields.${name}`)}</th>
                <td className="whitespace-pre-wrap break-words p-2" data-testid={`conflict-mine-${name}`}>{mine[name]}</td>
                <td className="whitespace-pre-wrap break-words p-2" data-testid={`conflict-theirs-${name}`}>{current.values[name]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="flex flex-wrap items-center gap-4">
        {current !== null && (
          <form action={action}>
            <input type="hidden" name="versionId" value={versionId} />
            <input type="hidden" name="editRevision" value={current.editRevision} />
            {fieldNames.map((name) =>
              name === "substances" ? (
                (mine[name] ?? "")
                  .split(",")
                  .filter((code) => code !== "")
                  .map((code) => <input key={`substances-${code}`} type="hidden" name="substances" value={code} />)
              ) : (
                <input key={name} type="hidden" name={name} value={mine[name] ?? ""} />
              ),
            )}
            <SubmitButton pendingLabel={t("saving")}>{t("conflict.keepMine")}</SubmitButton>
          </form>
        )}
        <a href={pathname} onClick={onTakeTheirs} className="font-semibold">
          {t("conflict.takeTheirs")}
        </a>
      </div>
      <p className="text-sm">{t("conflict.mergeHint")}</p>
    </section>
  );
}
