"use client";

import { useTranslations } from "next-intl";
import type { OrganisationChoice } from "@/lib/consultations/types";

/**
 * The organisations to invite or to require, as checkboxes grouped by kind (kommuner, polis,
 * region …). `value` is the chosen ids joined by commas (how a form draft keeps it).
 */
export function OrganisationCheckboxes({
  idPrefix,
  legend,
  organisations,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  legend: string;
  organisations: readonly OrganisationChoice[];
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  const t = useTranslations("consultations");
  const chosen = new Set(value.split(",").filter((id) => id !== ""));
  const kinds = [...new Set(organisations.map((o) => o.kind))];
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(id);
    else next.delete(id);
    onChange(organisations.filter((o) => next.has(o.id)).map((o) => o.id).join(","));
  };
  return (
    <fieldset className="space-y-3" aria-describedby={error ? `${idPrefix}-error` : undefined} data-testid={`${idPrefix}-organisations`}>
      <legend className="font-semibold">{legend}</legend>
      <p className="text-sm">{t("chosenCount", { chosen: chosen.size, total: organisations.length })}</p>
      {error && (
        <p id={`${idPrefix}-error`} className="font-semibold text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="underline" onClick={() => onChange(organisations.filter((o) => o.isDefault).map((o) => o.id).join(","))}>
          {t("chooseDefaults")}
        </button>
        <button type="button" className="underline" onClick={() => onChange("")}>
          {t("chooseNone")}
        </button>
      </div>
      {kinds.map((kind) => (
        <fieldset key={kind} className="space-y-1">
          <legend className="text-sm font-semibold">{t(`kinds.${kind}`)}</legend>
          <ul className="grid gap-1 sm:grid-cols-2">
            {organisations
              .filter((o) => o.kind === kind)
              .map((o) => (
                <li key={o.id}>
                  <label className="inline-flex items-center gap-2">
                    <input
                      type="checkbox"
                      name="organisationIds"
                      value={o.id}
                      checked={chosen.has(o.id)}
                      aria-invalid={error ? true : undefined}
                      onChange={(event) => toggle(o.id, event.target.checked)}
                      className="h-5 w-5"
                    />
                    {o.name}
                  </label>
                </li>
              ))}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  );
}
