import { useTranslations } from "next-intl";
import { ExampleContentBadge } from "@/components/ui/example-content-badge";
import { DateRange } from "@/components/public/date-range";
import { FindYourMunicipality } from "@/components/public/organisation-directory";
import { ValidityLabel } from "@/components/public/validity-label";
import { inLocale } from "@/lib/publications/localise";
import { publicPath } from "@/lib/publications/open-data";
import type { OrganisationDirectory } from "@/lib/organisations/types";
import type { HomeOverview, PublicLocale } from "@/lib/publications/types";

export function HomeView({ overview, directory, locale }: { overview: HomeOverview; directory: OrganisationDirectory; locale: PublicLocale }) {
  const t = useTranslations("public.home");
  const tStatus = useTranslations("status");
  const { nationalStrategy } = overview;
  const strategyName = nationalStrategy === null ? null : inLocale(nationalStrategy.shortTitle, nationalStrategy.shortTitleEn, locale);
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="max-w-3xl space-y-4">
        <h1 id="home-title" className="text-3xl">
          {t("title")}
        </h1>
        <p className="text-lg">{t("intro")}</p>
        <p>
          <a href={publicPath(locale, "/sok")}>{t("searchLink")}</a>
        </p>
      </section>
      <FindYourMunicipality directory={directory} locale={locale} />
      {nationalStrategy !== null && (
        <section aria-labelledby="national-title" className="max-w-3xl space-y-3">
          <h2 id="national-title" className="text-2xl" lang={strategyName?.lang}>
            {t("nationalTitle", { strategy: strategyName?.text ?? "" })}
          </h2>
          <p lang={inLocale(nationalStrategy.overarchingGoal, nationalStrategy.overarchingGoalEn, locale).lang}>
            {inLocale(nationalStrategy.overarchingGoal, nationalStrategy.overarchingGoalEn, locale).text}
          </p>
          <ol className="list-decimal space-y-1 pl-6">
            {nationalStrategy.goals.map((goal) => (
              <li key={goal.number} lang={inLocale(goal.shortLabel, goal.shortLabelEn, locale).lang}>
                {inLocale(goal.shortLabel, goal.shortLabelEn, locale).text}
              </li>
            ))}
          </ol>
          <p>
            <a href={publicPath(locale, `/nationell-strategi/${nationalStrategy.slug}`)} lang={strategyName?.lang}>
              {t("nationalLink", { strategy: strategyName?.text ?? "" })}
            </a>
          </p>
        </section>
      )}
      <section aria-labelledby="counties-title" className="space-y-4">
        <h2 id="counties-title" className="text-2xl">
          {t("countiesTitle")}
        </h2>
        <p>{t("countiesIntro")}</p>
        <ul className="grid gap-4 md:grid-cols-2">
          {overview.counties.map((county) => (
            <li key={county.slug} className="rounded border border-slate-300 p-4" data-testid={`county-${county.slug}`}>
              <h3 className="text-lg">
                <a href={publicPath(locale, `/lan/${county.slug}`)}>{county.name}</a>
              </h3>
              {county.programmes.length === 0 ? (
                <p className="mt-1 text-slate-700">{t("noProgrammes")}</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {county.programmes.map((programme) => (
                    <li key={programme.slug}>
                      <a href={publicPath(locale, `/lan/${county.slug}/${programme.slug}`)} className="font-semibold">
                        {programme.title}
                      </a>
                      {programme.isExample && <ExampleContentBadge />}
                      <span className="block text-sm text-slate-700">
                        {t("versionLine", { number: programme.latest.number, status: tStatus(programme.latest.status) })}{" "}
                        <DateRange from={programme.latest.validFrom} to={programme.latest.validTo} />{" "}
                        <ValidityLabel validity={programme.latest.validity} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
