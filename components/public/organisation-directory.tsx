import { useTranslations } from "next-intl";
import { publicPath } from "@/lib/publications/open-data";
import type { DirectoryOrganisation, OrganisationDirectory } from "@/lib/organisations/types";
import type { PublicLocale } from "@/lib/publications/types";

function OrganisationList({ organisations, locale }: { organisations: readonly DirectoryOrganisation[]; locale: PublicLocale }) {
  const t = useTranslations("directory.kinds");
  return (
    <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
      {organisations.map((organisation) => (
        <li key={organisation.slug} className="break-words">
          <a href={publicPath(locale, `/organisation/${organisation.slug}`)}>{organisation.name}</a>
          {organisation.kind !== "MUNICIPALITY" && <span className="text-sm text-slate-700"> ({t(organisation.kind)})</span>}
        </li>
      ))}
    </ul>
  );
}

/** /organisation: every organisation A–Ö, county by county, then the national ones. */
export function OrganisationDirectoryView({ directory, locale }: { directory: OrganisationDirectory; locale: PublicLocale }) {
  const t = useTranslations("directory");
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      {directory.counties.map((county) => (
        <section key={county.slug} aria-labelledby={`lan-${county.slug}`} className="space-y-2">
          <h2 id={`lan-${county.slug}`} className="text-2xl">
            {county.name} <span className="text-base font-normal text-slate-700">– {t("count", { count: county.organisations.length })}</span>
          </h2>
          <OrganisationList organisations={county.organisations} locale={locale} />
        </section>
      ))}
      <section aria-labelledby="nationella" className="space-y-2">
        <h2 id="nationella" className="text-2xl">
          {t("national")}
        </h2>
        <OrganisationList organisations={directory.national} locale={locale} />
      </section>
    </div>
  );
}

/**
 * "Hitta din kommun" on the home page: each county a disclosure (native <details>, keyboard and
 * screen-reader friendly without scripts) listing its municipalities.
 */
export function FindYourMunicipality({ directory, locale }: { directory: OrganisationDirectory; locale: PublicLocale }) {
  const t = useTranslations("directory");
  return (
    <section aria-labelledby="find-municipality" className="space-y-3">
      <h2 id="find-municipality" className="text-2xl">
        {t("findTitle")}
      </h2>
      <p className="max-w-3xl">{t("findIntro")}</p>
      <ul className="grid gap-2 md:grid-cols-2 lg:grid-cols-3">
        {directory.counties.map((county) => {
          const municipalities = county.organisations.filter((o) => o.kind === "MUNICIPALITY");
          return (
            <li key={county.slug}>
              <details className="rounded border border-slate-300">
                <summary className="cursor-pointer px-3 py-2 font-semibold">{t("municipalities", { county: county.name, count: municipalities.length })}</summary>
                <ul className="space-y-1 px-3 pb-3">
                  {municipalities.map((municipality) => (
                    <li key={municipality.slug}>
                      <a href={publicPath(locale, `/organisation/${municipality.slug}`)}>{municipality.name}</a>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
      <p>
        <a href={publicPath(locale, "/organisation")}>{t("allOrganisations")}</a>
      </p>
    </section>
  );
}
