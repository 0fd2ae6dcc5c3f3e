import { useTranslations } from "next-intl";
import { ExampleContentBadge } from "@/components/ui/example-content-badge";
import { DateRange } from "@/components/public/date-range";
import { ValidityLabel } from "@/components/public/validity-label";
import { VersionHistoryTable } from "@/components/public/version-history-table";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicCounty, PublicLocale } from "@/lib/publications/types";

/** A county: its regional strategies and their programmes, current and earlier versions. */
export function CountyView({ county, locale }: { county: PublicCounty; locale: PublicLocale }) {
  const t = useTranslations("public.county");
  return (
    <article className="space-y-8">
      <h1 className="text-3xl">{county.name}</h1>
      {county.strategies.length === 0 && <p>{t("noProgrammes")}</p>}
      {county.strategies.map((strategy, index) => (
        <section key={strategy.title} aria-labelledby={`strategi-${index}`} className="space-y-4">
          <h2 id={`strategi-${index}`} className="text-2xl">
            {strategy.title}
          </h2>
          <dl className="grid grid-cols-[minmax(0,max-content)_minmax(0,1fr)] gap-x-3 sm:gap-x-6 [overflow-wrap:anywhere] gap-y-1">
            <dt className="font-semibold">{t("validity")}</dt>
            <dd>
              <DateRange from={strategy.validFrom} to={strategy.validTo} />
              {strategy.extendedTo !== null && (
                <>
                  {" "}
                  {t("extendedTo")} <DateRange from={strategy.validFrom} to={strategy.extendedTo} />
                </>
              )}
            </dd>
            <dt className="font-semibold">{t("nationalStrategy")}</dt>
            <dd>
              <a href={publicPath(locale, `/nationell-strategi/${strategy.nationalStrategy.slug}`)}>{strategy.nationalStrategy.shortTitle}</a>
            </dd>
          </dl>
          {strategy.programmes.map((programme) => (
            <section key={programme.slug} aria-labelledby={`program-${programme.slug}`} className="space-y-3 rounded border border-slate-300 p-4">
              <h3 id={`program-${programme.slug}`} className="text-xl">
                <a href={publicPath(locale, `/lan/${county.slug}/${programme.slug}`)}>{programme.title}</a>
                {programme.isExample && <ExampleContentBadge />}
              </h3>
              <p>
                {t("current", { number: programme.latest.number })} <ValidityLabel validity={programme.latest.validity} />
              </p>
              <VersionHistoryTable
                versions={programme.versions}
                countySlug={county.slug}
                programmeSlug={programme.slug}
                locale={locale}
                showStatus
              />
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
