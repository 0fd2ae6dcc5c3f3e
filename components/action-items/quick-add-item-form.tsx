"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { useContentFocus } from "@/components/action-items/content-focus";
import { useIsHydrated } from "@/components/action-items/use-is-hydrated";
import { FieldError } from "@/components/editor/field-error";
import { inputClass, primaryButtonClass, secondaryButtonClass, smallInputClass } from "@/components/editor/form-styles";
import { quickCreateActionItemAction } from "@/lib/action-items/actions";
import type { QuickCreateState } from "@/lib/action-items/types";
import { idleFormState } from "@/lib/actions/form-state";
import { newItemFormAnchor } from "@/lib/focus-areas/schema";

export type LeadOption = { id: string; name: string; group: "COUNTY" | "NATIONAL" };

const knownErrors = [
  "required",
  "invalid",
  "tooLong",
  "invalidYear",
  "yearOutOfRange",
  "endBeforeStart",
  "leadRequired",
  "unknownOrganisation",
  "inactiveOrganisation",
  "unknownFocusArea",
] as const;

/**
 * "Lägg till åtgärd" inside a focus area: title, lead organisation and timeframe. "Spara och lägg
 * till nästa" keeps the form open, empties the title and leaves focus there for the next action
 * (lead and timeframe stay: the next one usually shares them), announcing the new number. A plain
 * "Spara" closes the form and puts focus on the new action's row. Without JavaScript the server
 * sends the browser back here (or to the new row) instead.
 */
export function QuickAddItemForm({
  focusAreaId,
  focusAreaTitle,
  leadOptions,
  isOpenAtStart,
  initialAnnouncement,
}: {
  focusAreaId: string;
  focusAreaTitle: string;
  leadOptions: readonly LeadOption[];
  /** Back here without JavaScript after "Spara och lägg till nästa". */
  isOpenAtStart: boolean;
  initialAnnouncement: string;
}) {
  const t = useTranslations("editing");
  const te = useTranslations("editor");
  const { focusItem } = useContentFocus();
  const anchor = newItemFormAnchor(focusAreaId);
  const fieldId = (name: string) => `${anchor}-${name}`;
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const isEnhanced = useIsHydrated();
  const [values, setValues] = useState({ title: "", lead: "", timeframeKind: "ONGOING", startYear: "", endYear: "" });
  const [announcement, setAnnouncement] = useState(initialAnnouncement);
  const [, startTransition] = useTransition();

  const [state, formAction, isPending] = useActionState<QuickCreateState, FormData>(async (previous, formData) => {
    const next = await quickCreateActionItemAction(previous, formData);
    if (next.status === "success") {
      const number = next.data.values["number"] ?? "";
      setValues((current) => ({ ...current, title: "" }));
      if (formData.get("next") === "1") {
        setAnnouncement(t("added", { number }));
        titleRef.current?.focus();
      } else {
        setAnnouncement("");
        if (detailsRef.current !== null) detailsRef.current.open = false;
        focusItem({ stableKey: next.data.stableKey, expect: { number }, message: t("addedTitle", { number, title: next.data.title }) });
      }
    } else if (next.status === "error") {
      setAnnouncement("");
    }
    return next;
  }, idleFormState);

  const errors = state.status === "error" ? state.fieldErrors : {};
  const errorFor = (field: string): string | undefined => {
    const code = errors[field]?.[0];
    if (code === undefined) return undefined;
    const known = knownErrors.find((candidate) => candidate === code);
    return known === undefined ? t("fieldErrors.invalid") : t(`fieldErrors.${known}`);
  };
  const describedBy = (field: string, hint?: string) =>
    [hint, errorFor(field) === undefined ? undefined : `${fieldId(field)}-error`].filter(Boolean).join(" ") || undefined;
  const formError = state.status === "error" && state.code !== "VALIDATION" ? te(`errors.${state.code}`) : null;

  // A refused save: focus on the first field with an error (the message is beside it).
  useEffect(() => {
    if (state.status !== "error") return;
    const first = ["title", "lead", "startYear", "endYear"].find((field) => state.fieldErrors[field] !== undefined);
    if (first !== undefined) document.getElementById(fieldId(first))?.focus();
    // fieldId depends only on the focus area, which never changes for this form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));
  const county = leadOptions.filter((option) => option.group === "COUNTY");
  const national = leadOptions.filter((option) => option.group === "NATIONAL");

  return (
    <details ref={detailsRef} id={anchor} open={isOpenAtStart || undefined} className="w-full scroll-mt-4 rounded border border-slate-300 p-3">
      <summary className="cursor-pointer font-semibold text-link underline">
        {t("quickAdd")}
        <span className="sr-only"> {t("quickAddHidden", { title: focusAreaTitle })}</span>
      </summary>
      <form
        action={formAction}
        onSubmit={(event) => {
          // With the script the form posts itself (React would otherwise reset the chosen lead and
          // timeframe after each save); `action` is what a browser without JavaScript posts.
          event.preventDefault();
          // One save at a time: a second press while the first is on its way would add the action twice.
          if (isPending) return;
          const formData = new FormData(event.currentTarget, event.nativeEvent.submitter);
          startTransition(() => formAction(formData));
        }}
        noValidate
        className="mt-3 space-y-3"
      >
        <p className="text-sm text-slate-700">{t("quickAddIntro")}</p>
        <input type="hidden" name="focusAreaId" value={focusAreaId} />
        {isEnhanced && <input type="hidden" name="enhanced" value="1" />}
        <div className="space-y-1">
          <label htmlFor={fieldId("title")} className="block font-semibold">
            {t("title")}
          </label>
          <FieldError id={`${fieldId("title")}-error`} message={errorFor("title")} />
          <input
            ref={titleRef}
            id={fieldId("title")}
            name="title"
            value={values.title}
            onChange={set("title")}
            autoFocus={isOpenAtStart}
            autoComplete="off"
            maxLength={500}
            aria-invalid={errorFor("title") !== undefined}
            aria-describedby={describedBy("title")}
            className={inputClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={fieldId("lead")} className="block font-semibold">
            {t("lead")}
          </label>
          <FieldError id={`${fieldId("lead")}-error`} message={errorFor("lead")} />
          <select
            id={fieldId("lead")}
            name="lead"
            value={values.lead}
            onChange={set("lead")}
            aria-invalid={errorFor("lead") !== undefined}
            aria-describedby={describedBy("lead")}
            className={inputClass}
          >
            <option value="">{t("leadChoose")}</option>
            <optgroup label={t("countyGroup")}>
              {county.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("nationalGroup")}>
              {national.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t("timeframe")}</legend>
          <div className="flex flex-wrap gap-4">
            {(["ONGOING", "YEARS"] as const).map((kind) => (
              <label key={kind} className="flex items-center gap-2">
                <input type="radio" name="timeframeKind" value={kind} checked={values.timeframeKind === kind} onChange={set("timeframeKind")} />
                {kind === "ONGOING" ? t("timeframeOngoing") : t("timeframeYears")}
              </label>
            ))}
          </div>
          <p id={fieldId("years-hint")} className="text-sm text-slate-700">
            {t("yearsHint")}
          </p>
          <div className="flex flex-wrap gap-4">
            {(["startYear", "endYear"] as const).map((field) => (
              <div key={field} className="space-y-1">
                <label htmlFor={fieldId(field)} className="block">
                  {t(field)}
                </label>
                <FieldError id={`${fieldId(field)}-error`} message={errorFor(field)} />
                <input
                  id={fieldId(field)}
                  name={field}
                  inputMode="numeric"
                  value={values[field]}
                  onChange={set(field)}
                  aria-invalid={errorFor(field) !== undefined}
                  aria-describedby={describedBy(field, fieldId("years-hint"))}
                  className={smallInputClass}
                />
              </div>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" name="next" value="1" aria-disabled={isPending ? true : undefined} className={primaryButtonClass}>
            {isPending ? t("saving") : t("saveAndNext")}
          </button>
          <button type="submit" aria-disabled={isPending ? true : undefined} className={secondaryButtonClass}>
            {t("save")}
          </button>
        </div>
        <div role="status" className="font-semibold text-green-900">
          {announcement}
        </div>
        <div aria-live="assertive">{formError !== null && <p className="font-semibold text-red-800">{formError}</p>}</div>
      </form>
    </details>
  );
}
