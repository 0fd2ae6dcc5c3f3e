"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useMemo, useState, useTransition, type FormEvent } from "react";
import { z } from "zod";
import { ConflictResolver, type ConflictChoices, type ConflictField } from "@/components/editor/conflict-resolver";
import { FieldError } from "@/components/editor/field-error";
import { formDataToRecord } from "@/lib/actions/form-data";
import { errorBoxClass, inputClass, primaryButtonClass, secondaryButtonClass, successBoxClass } from "@/components/editor/form-styles";
import { usePersistedDraft } from "@/components/ui/use-persisted-draft";
import type { FieldErrors } from "@/lib/actions/types";
import { idleFormState } from "@/lib/actions/form-state";
import {
  createFocusAreaSchema,
  FOCUS_AREA_TITLE_MAX,
  isFocusAreaFieldErrorCode,
  updateFocusAreaSchema,
} from "@/lib/focus-areas/schema";
import type { FocusAreaFormState, GoalOption, LinkedGoal } from "@/lib/focus-areas/types";

type FocusAreaValues = { title: string; description: string; goalIds: string };

type Props = {
  /** Which record: a new focus area of a version, or an existing one at a revision. */
  target: { kind: "create"; versionId: string } | { kind: "edit"; focusAreaId: string; revision: number };
  initial: FocusAreaValues;
  strategyGoals: readonly GoalOption[];
  /** Links to goals of another strategy: shown, but not offered (saving drops them). */
  otherStrategyGoals?: readonly LinkedGoal[];
  action: (state: FocusAreaFormState, formData: FormData) => Promise<FocusAreaFormState>;
  submitLabel: string;
  pendingLabel: string;
  successMessage: string;
};

const goalIdsOf = (value: string | undefined) => (value ?? "").split(",").filter((id) => id !== "");

/**
 * Add or change a focus area: name, description and links to the national strategy's long-term
 * goals. What is typed stays in the browser until the server has it; a save from a stale revision
 * shows both texts and lets the user choose.
 */
export function FocusAreaForm({ target, initial, strategyGoals, otherStrategyGoals = [], action, submitLabel, pendingLabel, successMessage }: Props) {
  const t = useTranslations("focusAreas");
  const te = useTranslations("editor");
  const formId = useId();
  const draftKey = target.kind === "create" ? `focus-area:new:${target.versionId}` : `focus-area:${target.focusAreaId}`;
  const baseRevision = target.kind === "edit" ? target.revision : 0;
  const initialValues = useMemo(() => ({ ...initial, revision: String(baseRevision) }), [initial, baseRevision]);
  const draft = usePersistedDraft(draftKey, initialValues);
  const values = draft.values;
  // A stored draft the user has not typed into yet was restored from an earlier visit: say so.
  const [hasTyped, setHasTyped] = useState(false);
  const setField = (name: string, value: string) => {
    setHasTyped(true);
    draft.setField(name, value);
  };
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [resolved, setResolved] = useState(false);
  const [, startTransition] = useTransition();

  const [state, dispatch, isPending] = useActionState<FocusAreaFormState, FormData>(async (previous, formData) => {
    const next = await action(previous, formData);
    if (next.status === "success") draft.clear();
    return next;
  }, idleFormState);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const formData = new FormData(event.currentTarget);
    // The same schema as the server action: messages beside the fields before a round trip.
    const record = formDataToRecord(formData);
    const parsed = target.kind === "create" ? createFocusAreaSchema.safeParse(record) : updateFocusAreaSchema.safeParse(record);
    if (parsed.error !== undefined) {
      const fieldErrors: FieldErrors = z.flattenError<unknown>(parsed.error).fieldErrors;
      setClientErrors(fieldErrors);
      return;
    }
    setClientErrors({});
    setResolved(false);
    startTransition(() => dispatch(formData));
  }

  const serverErrors: FieldErrors = state.status === "error" ? state.fieldErrors : {};
  const errorFor = (field: string): string | undefined => {
    const code = clientErrors[field]?.[0] ?? serverErrors[field]?.[0];
    if (code === undefined) return undefined;
    return isFocusAreaFieldErrorCode(code) ? t(`fieldErrors.${code}`) : t("fieldErrors.invalid");
  };

  const conflict = state.status === "conflict" && !resolved ? state.conflict : null;
  const conflictFields: ConflictField[] = [];
  if (conflict !== null) {
    const goalLabel = (ids: string) =>
      goalIdsOf(ids)
        .map((id) => [...strategyGoals, ...otherStrategyGoals].find((goal) => goal.id === id))
        .map((goal) => (goal === undefined ? "?" : t("goalText", { number: goal.number, label: goal.shortLabel })))
        .join(", ") || te("conflict.empty");
    const differs = (mine: string, theirs: string) => mine.trim() !== theirs.trim();
    if (differs(values.title ?? "", conflict.current.title)) {
      conflictFields.push({ key: "title", label: t("fields.title"), mine: values.title, theirs: conflict.current.title });
    }
    if (differs(values.description ?? "", conflict.current.description)) {
      conflictFields.push({
        key: "description",
        label: t("fields.description"),
        mine: values.description || te("conflict.empty"),
        theirs: conflict.current.description || te("conflict.empty"),
      });
    }
    if (goalIdsOf(values.goalIds).sort().join() !== goalIdsOf(conflict.current.goalIds).sort().join()) {
      conflictFields.push({ key: "goalIds", label: t("fields.goalIds"), mine: goalLabel(values.goalIds ?? ""), theirs: goalLabel(conflict.current.goalIds) });
    }
  }

  function resolve(choices: ConflictChoices) {
    if (conflict === null) return;
    const fields: (keyof FocusAreaValues)[] = ["title", "description", "goalIds"];
    for (const field of fields) if (choices[field] === "theirs") draft.setField(field, conflict.current[field]);
    draft.setField("revision", String(conflict.revision));
    setResolved(true);
  }

  const checkedGoals = new Set(goalIdsOf(values.goalIds));
  function toggleGoal(goalId: string, checked: boolean) {
    const next = new Set(checkedGoals);
    if (checked) next.add(goalId);
    else next.delete(goalId);
    setField("goalIds", [...next].join(","));
  }

  const id = (field: string) => `${formId}-${field}`;
  const described = (field: string, hint?: boolean) =>
    [hint ? `${id(field)}-hint` : null, errorFor(field) !== undefined ? `${id(field)}-error` : null].filter(Boolean).join(" ") || undefined;
  const generalError = state.status === "error" && state.code !== "VALIDATION" ? te(`errors.${state.code}`) : null;

  return (
    <div className="space-y-4">
      {draft.hasStoredDraft && !hasTyped && state.status === "idle" && (
        <div className="flex flex-wrap items-center gap-3 rounded border-l-4 border-amber-700 bg-amber-50 p-3">
          <p>{te("restoredDraft")}</p>
          <button type="button" className={secondaryButtonClass} onClick={draft.clear}>
            {te("discardDraft")}
          </button>
        </div>
      )}
      {conflict !== null && <ConflictResolver fields={conflictFields} onResolve={resolve} />}
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {target.kind === "create" ? (
          <input type="hidden" name="versionId" value={target.versionId} />
        ) : (
          <>
            <input type="hidden" name="focusAreaId" value={target.focusAreaId} />
            <input type="hidden" name="revision" value={values.revision ?? String(baseRevision)} />
          </>
        )}
        <div className="space-y-1">
          <label htmlFor={id("title")} className="block font-semibold">
            {t("titleLabel")}
          </label>
          <FieldError id={`${id("title")}-error`} message={errorFor("title")} />
          <input
            id={id("title")}
            name="title"
            value={values.title ?? ""}
            maxLength={FOCUS_AREA_TITLE_MAX * 2}
            onChange={(event) => setField("title", event.target.value)}
            aria-invalid={errorFor("title") !== undefined}
            aria-describedby={described("title")}
            className={inputClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={id("description")} className="block font-semibold">
            {t("descriptionLabel")}
          </label>
          <FieldError id={`${id("description")}-error`} message={errorFor("description")} />
          <textarea
            id={id("description")}
            name="description"
            rows={3}
            value={values.description ?? ""}
            onChange={(event) => setField("description", event.target.value)}
            aria-invalid={errorFor("description") !== undefined}
            aria-describedby={described("description")}
            className={inputClass}
          />
        </div>
        <fieldset className="space-y-2" aria-describedby={described("goalIds", true)}>
          <legend className="font-semibold">{t("goalsLegend")}</legend>
          <p id={`${id("goalIds")}-hint`} className="text-sm text-slate-700">
            {strategyGoals.length > 0 ? t("goalsHint") : t("noStrategyGoals")}
          </p>
          <FieldError id={`${id("goalIds")}-error`} message={errorFor("goalIds")} />
          <ul className="space-y-1">
            {strategyGoals.map((goal) => (
              <li key={goal.id}>
                <label className="inline-flex items-start gap-2">
                  <input
                    type="checkbox"
                    name="goalIds"
                    value={goal.id}
                    checked={checkedGoals.has(goal.id)}
                    onChange={(event) => toggleGoal(goal.id, event.target.checked)}
                    className="mt-1"
                  />
                  <span>
                    {t("goalText", { number: goal.number, label: goal.shortLabel })}
                    <span className="block text-sm text-slate-700">{goal.title}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {otherStrategyGoals.length > 0 && (
            <p className="text-sm text-amber-900">
              {t("otherStrategyHint")}{" "}
              {otherStrategyGoals.map((goal) => t("goalOtherStrategy", { number: goal.number, label: goal.shortLabel })).join("; ")}
            </p>
          )}
        </fieldset>
        <div aria-live="polite">
          {generalError !== null && <p className={errorBoxClass}>{generalError}</p>}
          {state.status === "success" && <p className={successBoxClass}>{successMessage}</p>}
          {state.status === "conflict" && resolved && <p className={successBoxClass}>{te("conflict.applied")}</p>}
        </div>
        <button type="submit" aria-disabled={isPending ? true : undefined} className={primaryButtonClass}>
          {isPending ? pendingLabel : submitLabel}
        </button>
      </form>
    </div>
  );
}
