import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OrganisationListItem, OrganisationsOverview } from "@/lib/organisations/types";

function OrganisationList({ organisations }: { organisations: readonly OrganisationListItem[] }) {
  const t = useTranslations("organisations");
  return (
    <ul className="space-y-1">
      {organisations.map((o) => (
        <li key={o.id}>
          <Link href={`/arbetsyta/organisationer/${o.id}`}>{o.name}</Link>{" "}
          <span className="text-sm text-slate-700">
            ({t(`kinds.${o.kind}`)}
            {o.active ? "" : `, ${t("inactive")}`})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** /arbetsyta/organisationer: own organisations; a coordinator's county; an administrator's chosen county. */
export function OrganisationsOverviewView({ overview }: { overview: OrganisationsOverview }) {
  const t = useTranslations("organisations");
  return (
    <div className="space-y-8">
      <h1 className="text-3xl">{t("title")}</h1>
      {overview.canCreate && (
        <p>
          <Link href="/arbetsyta/organisationer/ny">{t("create")}</Link>
        </p>
      )}
      <section aria-labelledby="mine-title" className="space-y-2">
        <h2 id="mine-title" className="text-2xl">{t("mineTitle")}</h2>
        <OrganisationList organisations={overview.mine} />
      </section>
      {overview.countyChoices !== null && (
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="county-choice" className="block font-semibold">
              {t("chooseCountyLabel")}
            </label>
            <select id="county-choice" name="lan" defaultValue={overview.selectedCountySlug ?? ""} className="rounded border-2 border-slate-600 px-3 py-2">
              {overview.countyChoices.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t("chooseCountySubmit")}
          </button>
        </form>
      )}
      {overview.managed.map((county) => (
        <section key={county.countyId} aria-labelledby={`county-${county.countyId}`} className="space-y-2">
          <h2 id={`county-${county.countyId}`} className="text-2xl">
            {t("managedTitle", { county: county.countyName })}
          </h2>
          {county.organisations.length === 0 ? <p>{t("noneInCounty")}</p> : <OrganisationList organisations={county.organisations} />}
        </section>
      ))}
      {overview.national.length > 0 && (
        <section aria-labelledby="national-title" className="space-y-2">
          <h2 id="national-title" className="text-2xl">{t("nationalTitle")}</h2>
          <OrganisationList organisations={overview.national} />
        </section>
      )}
    </div>
  );
}
