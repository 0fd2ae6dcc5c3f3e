"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FieldError } from "@/components/editor/field-error";
import { inputClass, secondaryButtonClass, smallInputClass } from "@/components/editor/form-styles";
import {
  indicatorFieldName,
  indicatorFieldNames,
  indicatorRowKeys,
  indicatorRowsField,
  INDICATORS_MAX,
  type IndicatorFieldName,
} from "@/lib/action-items/schema";
import type { FormValues } from "@/lib/action-items/types";

type Props = {
  values: FormValues;
  setField: (name: string, value: string) => void;
  errorFor: (field: string) => string | undefined;
  fieldId: (field: string) => string;
};

const yearFields: readonly IndicatorFieldName[] = ["baselineYear", "targetYear"];

/** A key for a new row: not a stable key of any indicator, so the server gives the row a new one. */
function newRowKey(): string {
  return `ny-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The action's indicators: one group of fields per row, rows added and removed with buttons. */
export function IndicatorFields({ values, setField, errorFor, fieldId }: Props) {
  const t = useTranslations("items");
  const rowKeys = indicatorRowKeys(values);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // Where focus goes after the rows change: the new row's first field, or the add button.
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (focusNext.current === null) return;
    const target = focusNext.current === "add" ? addButtonRef.current : document.getElementById(focusNext.current);
    focusNext.current = null;
    target?.focus();
  });

  function addRow() {
    const key = newRowKey();
    focusNext.current = fieldId(indicatorFieldName(key, "name"));
    setField(indicatorRowsField, [...rowKeys, key].join(","));
  }

  function removeRow(key: string) {
    focusNext.current = "add";
    setField(indicatorRowsField, rowKeys.filter((row) => row !== key).join(","));
  }

  const rowsError = errorFor(indicatorRowsField);
  return (
    <fieldset id={fieldId(indicatorRowsField)} tabIndex={-1} className="space-y-3">
      <legend className="text-xl font-semibold">{t("indicatorsLegend")}</legend>
      <p className="text-sm text-slate-700">{t("indicatorsHint")}</p>
      <input type="hidden" name={indicatorRowsField} value={rowKeys.join(",")} />
      <FieldError id={`${fieldId(indicatorRowsField)}-error`} message={rowsError} />
      {rowKeys.length === 0 && <p>{t("noIndicators")}</p>}
      {rowKeys.map((key, index) => (
        <fieldset key={key} className="space-y-3 rounded border border-slate-300 p-3" data-testid="indicator-row">
          <legend className="px-1 font-semibold">{t("indicatorLegend", { n: index + 1 })}</legend>
          <div className="grid gap-3 md:grid-cols-2">
            {indicatorFieldNames.map((field) => {
              const name = indicatorFieldName(key, field);
              const error = errorFor(name);
              const isYear = yearFields.includes(field);
              return (
                <div key={field} className={field === "name" || field === "dataSource" ? "space-y-1 md:col-span-2" : "space-y-1"}>
                  <label htmlFor={fieldId(name)} className="block font-semibold">
                    {t(`indicatorFields.${field}`)}
                  </label>
                  <FieldError id={`${fieldId(name)}-error`} message={error} />
                  <input
                    id={fieldId(name)}
                    name={name}
                    value={values[name] ?? ""}
                    inputMode={isYear ? "numeric" : undefined}
                    onChange={(event) => setField(name, event.target.value)}
                    aria-invalid={error !== undefined}
                    aria-describedby={error === undefined ? undefined : `${fieldId(name)}-error`}
                    className={isYear ? smallInputClass : inputClass}
                  />
                </div>
              );
            })}
          </div>
          <button type="button" className={secondaryButtonClass} onClick={() => removeRow(key)}>
            {t("removeIndicator", { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      {rowKeys.length < INDICATORS_MAX && (
        <button ref={addButtonRef} type="button" className={secondaryButtonClass} onClick={addRow}>
          {t("addIndicator")}
        </button>
      )}
    </fieldset>
  );
}
