"use client";

import { useTranslations } from "next-intl";
import { substanceCodes } from "@/lib/programmes/schema";

/**
 * A, N, D, T, S as checkboxes in a fieldset; `value` is the checked codes, comma-separated (what
 * the persisted draft stores). Posts one "substances" field per checked box.
 */
export function SubstanceCheckboxes({
  idPrefix,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  value: string;
  onChange: (next: string) => void;
  error: string | null;
}) {
  const t = useTranslations("programmes");
  const checked = new Set(value.split(",").filter((code) => code !== ""));
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="space-y-2">
      <legend className="font-semibold">{t("substances")}</legend>
      {error && (
        <p id={errorId} className="font-semibold text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {substanceCodes.map((code) => (
          <label key={code} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="substances"
              value={code}
              checked={checked.has(code)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                const next = new Set(checked);
                if (event.target.checked) next.add(code);
                else next.delete(code);
                onChange(substanceCodes.filter((c) => next.has(c)).join(","));
              }}
              className="h-5 w-5"
            />
            <span>
              <abbr title={t(`substanceNames.${code}`)}>{code}</abbr> – {t(`substanceNames.${code}`)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
