import { useTranslations } from "next-intl";
import type { TemplateVersionOption } from "@/lib/programmes/types";

/**
 * "Utgå från en publicerad version": every published version, grouped by county (the coordinator's
 * own first), each as "programme title, version n". A native select: typing the first letters of
 * a title finds it, and every screen reader knows the control.
 */
export function TemplateVersionSelect({
  templates,
  ownCountyId,
  value,
  onChange,
  error,
}: {
  templates: readonly TemplateVersionOption[];
  ownCountyId: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const t = useTranslations("editing");
  const counties = [...new Map(templates.map((template) => [template.countyId, template.countyName])).entries()].sort(
    ([a], [b]) => Number(b === ownCountyId) - Number(a === ownCountyId),
  );
  return (
    <div className="space-y-1">
      <label htmlFor="programme-template" className="block font-semibold">
        {t("template")}
      </label>
      <p id="programme-template-hint" className="text-sm text-slate-700">
        {t("templateHint")}
      </p>
      {error !== undefined && (
        <p id="programme-template-error" className="font-semibold text-red-800">
          {error}
        </p>
      )}
      <select
        id="programme-template"
        name="templateVersionId"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? "programme-template-hint" : "programme-template-hint programme-template-error"}
        className="block w-full max-w-full rounded border-2 border-slate-600 px-3 py-2 aria-invalid:border-red-700"
      >
        <option value="">{t("templateNone")}</option>
        {counties.map(([countyId, countyName]) => (
          <optgroup key={countyId} label={countyId === ownCountyId ? `${countyName} (${t("templateOwnCounty")})` : countyName}>
            {templates
              .filter((template) => template.countyId === countyId)
              .map((template) => (
                <option key={template.id} value={template.id}>
                  {t("templateOption", { title: template.programmeTitle, number: template.number, county: countyName })}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
