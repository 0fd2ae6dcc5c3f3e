import { useTranslations } from "next-intl";
import { HighlightedSnippet } from "@/components/public/highlighted-snippet";
import { publicPath, versionPath } from "@/lib/publications/open-data";
import type { PublicLocale } from "@/lib/publications/types";
import type { SearchHit, SearchResults } from "@/lib/search/types";

function hitHref(hit: SearchHit, locale: PublicLocale): string {
  const base = publicPath(locale, versionPath(hit.county.slug, hit.programme.slug, hit.versionNumber));
  return hit.kind === "item" && hit.itemNumber !== null ? `${base}#atgard-${hit.itemNumber}` : base;
}

/** Results of a search or of filters alone: always a count, and for none, what to try. */
export function SearchResultsList({ results, query, locale }: { results: SearchResults; query: string; locale: PublicLocale }) {
  const t = useTranslations("search.results");
  const tStatus = useTranslations("status");
  const heading =
    query === ""
      ? results.total === 0
        ? t("noneFiltered")
        : t("countFiltered", { count: results.total })
      : results.total === 0
        ? t("none", { query })
        : t("count", { count: results.total, query });
  return (
    <section aria-labelledby="search-results" className="space-y-4">
      <h2 id="search-results" className="text-2xl" aria-live="polite">
        {heading}
      </h2>
      {results.truncated && (
        <p>
          {t("shown", { shown: results.hits.length })} {t("truncated")}
        </p>
      )}
      {results.total === 0 && (
        <div>
          <h3 className="text-lg font-semibold">{t("tipsTitle")}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {query !== "" && <li>{t("tipSpelling")}</li>}
            {query !== "" && <li>{t("tipFewerWords")}</li>}
            <li>{t("tipFilters")}</li>
            <li>{t("tipOrganisation")}</li>
          </ul>
        </div>
      )}
      <ol className="space-y-4">
        {results.hits.map((hit, index) => (
          <li key={index} className="rounded border border-slate-300 p-3">
            <h3 className="text-lg font-semibold break-words">
              <a href={hitHref(hit, locale)}>{hit.kind === "item" && hit.itemNumber !== null ? `${hit.itemNumber} ${hit.title}` : hit.title}</a>
            </h3>
            <p className="text-sm text-slate-700">
              {t(`kind.${hit.kind}`)}
              {hit.focusAreaTitle !== null && ` · ${hit.focusAreaTitle}`}
              {" · "}
              {t("source", { county: hit.county.name, programme: hit.programme.title, number: hit.versionNumber, status: tStatus(hit.versionStatus) })}
            </p>
            <p className="break-words">
              <HighlightedSnippet snippet={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
