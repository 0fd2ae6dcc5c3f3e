import { useTranslations } from "next-intl";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicLocale } from "@/lib/publications/types";
import type { SearchParams } from "@/lib/search/schema";
import type { SearchFilterOptions } from "@/lib/search/types";

const field = "mt-1 block w-full rounded border border-slate-600 px-2 py-1";

/** A plain GET form: works without JavaScript, and every search has a URL that can be shared. */
export function SearchForm({ params, options, locale }: { params: SearchParams; options: SearchFilterOptions; locale: PublicLocale }) {
  const t = useTranslations("search.form");
  const goalValue = params.mal === null ? "" : `${params.mal.strategySlug}:${params.mal.number}`;
  return (
    <form action={publicPath(locale, "/sok")} method="get" role="search" aria-label={t("label")} className="space-y-4">
      <div>
        <label htmlFor="sok-q" className="font-semibold">
          {t("query")}
        </label>
        <p id="sok-q-hint" className="text-sm text-slate-700">
          {t("queryHint")}
        </p>
        <input id="sok-q" name="q" type="search" defaultValue={params.q} maxLength={200} aria-describedby="sok-q-hint" className={field} />
      </div>
      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 md:grid-cols-2">
        <legend className="px-1 font-semibold">{t("filters")}</legend>
        <div>
          <label htmlFor="sok-lan">{t("county")}</label>
          <select id="sok-lan" name="lan" defaultValue={params.lan ?? ""} className={field}>
            <option value="">{t("allCounties")}</option>
            {options.counties.map((county) => (
              <option key={county.slug} value={county.slug}>
                {county.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sok-organisation">{t("organisation")}</label>
          <select id="sok-organisation" name="organisation" defaultValue={params.organisation ?? ""} className={field}>
            <option value="">{t("allOrganisations")}</option>
            {options.organisations.map((organisation) => (
              <option key={organisation.slug} value={organisation.slug}>
                {organisation.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sok-mal">{t("goal")}</label>
          <select id="sok-mal" name="mal" defaultValue={goalValue} className={field}>
            <option value="">{t("allGoals")}</option>
            {options.strategies.map((strategy) => (
              <optgroup key={strategy.slug} label={strategy.shortTitle}>
                {strategy.goals.map((goal) => (
                  <option key={goal.number} value={`${strategy.slug}:${goal.number}`}>
                    {t("goalOption", { number: goal.number, label: goal.shortLabel })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sok-giltighet">{t("validity")}</label>
          <select id="sok-giltighet" name="giltighet" defaultValue={params.giltighet} className={field}>
            <option value="ALL">{t("validityAll")}</option>
            <option value="IN_FORCE">{t("validityInForce")}</option>
            <option value="EXPIRED">{t("validityExpired")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="sok-versioner">{t("versions")}</label>
          <select id="sok-versioner" name="versioner" defaultValue={params.versioner} className={field}>
            <option value="CURRENT">{t("versionsCurrent")}</option>
            <option value="ALL">{t("versionsAll")}</option>
          </select>
        </div>
      </fieldset>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        {t("submit")}
      </button>
    </form>
  );
}
