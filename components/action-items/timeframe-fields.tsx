"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/components/editor/field-error";
import { smallInputClass } from "@/components/editor/form-styles";
import { timeframeKinds } from "@/lib/action-items/schema";
import type { FormValues } from "@/lib/action-items/types";

type Props = {
  values: FormValues;
  setField: (name: string, value: string) => void;
  errorFor: (field: string) => string | undefined;
  fieldId: (field: string) => string;
};

/** The timeframe: years, dates or "löpande", with only the inputs that kind needs. */
export function TimeframeFields({ values, setField, errorFor, fieldId }: Props) {
  const t = useTranslations("items");
  const kind = values["timeframeKind"] ?? "ONGOING";
  const fields = kind === "YEARS" ? (["startYear", "endYear"] as const) : kind === "DATES" ? (["startDate", "endDate"] as const) : [];
  return (
    <fieldset id={fieldId("timeframeKind")} tabIndex={-1} className="space-y-3">
      <legend className="text-xl font-semibold">{t("timeframeLegend")}</legend>
      <FieldError id={`${fieldId("timeframeKind")}-error`} message={errorFor("timeframeKind")} />
      <div className="flex flex-wrap gap-4">
        {timeframeKinds.map((choice) => (
          <label key={choice} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name="timeframeKind"
              value={choice}
              checked={kind === choice}
              onChange={() => setField("timeframeKind", choice)}
            />
            {t(`timeframeKinds.${choice}`)}
          </label>
        ))}
      </div>
      {fields.length > 0 && (
        <div className="flex flex-wrap gap-6">
          {fields.map((field) => {
            const error = errorFor(field);
            const hintId = `${fieldId(field)}-hint`;
            const isYear = field === "startYear" || field === "endYear";
            return (
              <div key={field} className="space-y-1">
                <label htmlFor={fieldId(field)} className="block font-semibold">
                  {t(field)}
                </label>
                {isYear && (
                  <p id={hintId} className="text-sm text-slate-700">
                    {t("yearHint")}
                  </p>
                )}
                <FieldError id={`${fieldId(field)}-error`} message={error} />
                <input
                  id={fieldId(field)}
                  name={field}
                  type={isYear ? "text" : "date"}
                  inputMode={isYear ? "numeric" : undefined}
                  value={values[field] ?? ""}
                  onChange={(event) => setField(field, event.target.value)}
                  aria-invalid={error !== undefined}
                  aria-describedby={[isYear ? hintId : null, error === undefined ? null : `${fieldId(field)}-error`].filter(Boolean).join(" ") || undefined}
                  className={isYear ? smallInputClass : "block rounded border-2 border-slate-600 px-3 py-2 aria-invalid:border-red-700"}
                />
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
