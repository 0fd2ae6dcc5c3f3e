import { useTranslations } from "next-intl";
import { ExampleContentBadge } from "@/components/ui/example-content-badge";
import { CalendarDate } from "@/components/public/calendar-date";
import { DateRange } from "@/components/public/date-range";
import { DownloadLinks } from "@/components/public/download-links";
import type { SharedItemParts } from "@/components/public/action-item-article";
import { FocusAreaSection } from "@/components/public/focus-area-section";
import { StandingsTable } from "@/components/public/standings-table";
import { ValidityLabel } from "@/components/public/validity-label";
import { VersionHistoryTable } from "@/components/public/version-history-table";
import { inLocale } from "@/lib/publications/localise";
import { publicPath, versionPath } from "@/lib/publications/open-data";
import type { PublicItemOrganisation, PublicLocale, PublicVersion, Validity } from "@/lib/publications/types";

/**
 * A published version of a programme. On the programme's "current version" page `validity` is
 * given (it depends on today's date); on a version's own page it is not, because that page is
 * cached for good and shows only what was fixed when the version was published.
 */
export function ProgrammeVersionView({ version, locale, validity }: { version: PublicVersion; locale: PublicLocale; validity: Validity | null }) {
  const t = useTranslations("public.version");
  const tKind = useTranslations("public.kinds");
  const tStatus = useTranslations("status");
  const tFollowUp = useTranslations("followUpPublic");
  const tStandings = useTranslations("standings");
  const { county, programme } = version;
  const programmePath = `/lan/${county.slug}/${programme.slug}`;
  const previous = version.history.find((v) => v.number < version.number);
  const isCurrentPage = validity !== null;
  const shared = useSharedItemParts(locale);
  return (
    <article className="space-y-10">
      <header className="space-y-4">
        <nav aria-label={t("breadcrumbsLabel")} className="text-sm">
          <ol className="flex flex-wrap gap-2">
            <li>
              <a href={publicPath(locale, "/")}>{t("breadcrumbHome")}</a> /
            </li>
            <li>
              <a href={publicPath(locale, `/lan/${county.slug}`)}>{county.name}</a> /
            </li>
            <li>
              <a href={publicPath(locale, programmePath)}>{programme.title}</a>
            </li>
          </ol>
        </nav>
        <h1 className="text-3xl">
          {version.title}
          {version.isExample && <ExampleContentBadge />}
        </h1>
        <dl className="grid grid-cols-[minmax(0,max-content)_minmax(0,1fr)] gap-x-3 sm:gap-x-6 [overflow-wrap:anywhere] gap-y-1">
          <dt className="font-semibold">{t("version")}</dt>
          <dd>
            {t("versionValue", { number: version.number, kind: tKind(version.kind) })}
            {isCurrentPage && ` · ${tStatus(version.status)}`}
          </dd>
          <dt className="font-semibold">{t("validity")}</dt>
          <dd>
            <DateRange from={version.validFrom} to={version.validTo} /> {validity !== null && <ValidityLabel validity={validity} />}
          </dd>
          <dt className="font-semibold">{t("nationalStrategy")}</dt>
          <dd>
            <a href={publicPath(locale, `/nationell-strategi/${version.nationalStrategy.slug}`)} lang={inLocale(version.nationalStrategy.shortTitle, version.nationalStrategy.shortTitleEn, locale).lang}>
              {inLocale(version.nationalStrategy.shortTitle, version.nationalStrategy.shortTitleEn, locale).text}
            </a> (
            {version.nationalStrategy.documentRef})
          </dd>
          <dt className="font-semibold">{t("regionalStrategy")}</dt>
          <dd>{version.regionalStrategy.title}</dd>
          <dt className="font-semibold">{t("substances")}</dt>
          <dd>{version.substances.map((s) => t(`substance.${s}`)).join(", ")}</dd>
          <dt className="font-semibold">{t("published")}</dt>
          <dd>
            <CalendarDate date={version.publishedAt} />
          </dd>
          <dt className="font-semibold">{t("itemCount")}</dt>
          <dd>{t("itemCountValue", { items: version.itemCount, areas: version.focusAreas.length })}</dd>
        </dl>
        {!isCurrentPage && (
          <p>
            <a href={publicPath(locale, programmePath)}>{t("toCurrent")}</a>
          </p>
        )}
        {isCurrentPage && (
          <p>
            <a href={publicPath(locale, versionPath(county.slug, programme.slug, version.number))}>{t("permalink", { number: version.number })}</a>
          </p>
        )}
        {isCurrentPage && (
          <p>
            <a href={publicPath(locale, `${programmePath}/uppfoljning`)}>{tFollowUp("followUpLink")}</a>
          </p>
        )}
        {version.changeSummary !== "" && (
          <section aria-labelledby="change-summary" className="space-y-2">
            <h2 id="change-summary" className="text-2xl">
              {t("changeSummary")}
            </h2>
            <p className="whitespace-pre-line">{version.changeSummary}</p>
            {previous !== undefined && (
              <p>
                <a href={publicPath(locale, `${versionPath(county.slug, programme.slug, version.number)}/andringar`)}>
                  {t("changesLink", { from: previous.number })}
                </a>
              </p>
            )}
          </section>
        )}
      </header>

      <section aria-labelledby="downloads" className="space-y-3">
        <h2 id="downloads" className="text-2xl">
          {t("downloadsTitle")}
        </h2>
        <DownloadLinks countySlug={county.slug} programmeSlug={programme.slug} number={version.number} contentHash={version.contentHash} />
      </section>

      <section aria-labelledby="focus-areas" className="space-y-8">
        <h2 id="focus-areas" className="text-2xl">
          {t("focusAreasTitle")}
        </h2>
        <nav aria-label={t("tocLabel")}>
          <ol className="list-decimal space-y-1 pl-6">
            {version.focusAreas.map((area) => (
              <li key={area.stableKey}>
                <a href={`#fokus-${area.position}`}>{area.title}</a>
              </li>
            ))}
          </ol>
        </nav>
        {version.focusAreas.map((area) => (
          <FocusAreaSection key={area.stableKey} area={area} shared={shared} />
        ))}
      </section>

      <section aria-labelledby="endorsements" className="space-y-3">
        <h2 id="endorsements" className="text-2xl">
          {t("endorsementsTitle")}
        </h2>
        <p>{tStandings("intro")}</p>
        <StandingsTable standings={version.standings} number={version.number} locale={locale} />
      </section>

      <section aria-labelledby="ratification" className="space-y-3">
        <h2 id="ratification" className="text-2xl">
          {t("ratificationTitle")}
        </h2>
        <dl className="grid grid-cols-[minmax(0,max-content)_minmax(0,1fr)] gap-x-3 sm:gap-x-6 [overflow-wrap:anywhere] gap-y-1">
          <dt className="font-semibold">{t("ratificationBody")}</dt>
          <dd>{version.ratification.body ?? "–"}</dd>
          <dt className="font-semibold">{t("ratificationDate")}</dt>
          <dd>
            <CalendarDate date={version.ratification.date} />
          </dd>
          <dt className="font-semibold">{t("ratificationDnr")}</dt>
          <dd>{version.ratification.diarienummer ?? "–"}</dd>
        </dl>
      </section>

      {version.consultation !== null && (
        <section aria-labelledby="consultation" className="space-y-3">
          <h2 id="consultation" className="text-2xl">
            {t("consultationTitle")}
          </h2>
          <p>{t("consultationSummary", version.consultation)}</p>
          <p>
            <a href={publicPath(locale, `${programmePath}/version/${version.number}/remissammanstallning`)}>{t("consultationLink")}</a>
          </p>
        </section>
      )}

      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className="text-2xl">
          {t("historyTitle")}
        </h2>
        <VersionHistoryTable
          versions={isCurrentPage ? version.history : version.history.filter((v) => v.number <= version.number)}
          countySlug={county.slug}
          programmeSlug={programme.slug}
          locale={locale}
          showStatus={isCurrentPage}
        />
      </section>
    </article>
  );
}

/** Built once per page render: see SharedItemParts. */
function useSharedItemParts(locale: PublicLocale): SharedItemParts {
  const t = useTranslations("public.item");
  const links = new Map<string, ReturnType<SharedItemParts["organisationLink"]>>();
  return {
    heading: (number, title) => t("heading", { number, title }),
    labels: { timeframe: t("timeframe"), lead: t("lead"), responsible: t("responsible"), partners: t("partners"), followUp: t("followUp") },
    indicatorHead: (
      <thead>
        <tr>
          <th scope="col">{t("indicator")}</th>
          <th scope="col">{t("baseline")}</th>
          <th scope="col">{t("target")}</th>
          <th scope="col">{t("dataSource")}</th>
        </tr>
      </thead>
    ),
    organisationLink: (organisation: PublicItemOrganisation) => {
      const existing = links.get(organisation.slug);
      if (existing !== undefined) return existing;
      const link = (
        <a key={organisation.slug} href={publicPath(locale, `/organisation/${organisation.slug}`)}>
          {organisation.name}
        </a>
      );
      links.set(organisation.slug, link);
      return link;
    },
  };
}
