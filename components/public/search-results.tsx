import { useTranslations } from "next-intl";
import { HighlightedSnippet } from "@/components/public/highlighted-snippet";
import { publicPath, versionPath } from "@/lib/publications/open-data";
import type { PublicLocale } from "@/lib/publications/types";
import type { SearchHit, SearchResults } from "@/lib/search/types";

function hitHref(hit: SearchHit, locale: PublicLocale): string {
  const base = publicPath(locale, versionPath(hit.county.slug, hit.programme.slug, hit.versionNumber));
  return hit.kind === "item" && hit.itemNumber !== null ? `${base}#atgard-${hit.itemNumber}` : base;
}

export function SearchResultsList({ results, query, locale }: { results: SearchResults; query: string; locale: PublicLocale }) {
  const t = useTranslations("search.results");
  const tStatus = useTranslations("status");
  return (
    <section aria-labelledby="search-results" className="space-y-4">
      <h2 id="search-results" className="text-2xl" aria-live="polite">
        {results.hits.length === 0 ? t("none", { query }) : t("count", { count: results.hits.length, query })}
      </h2>
      {results.truncated && <p>{t("truncated")}</p>}
      <ol className="space-y-4">
        {results.hits.map((hit, index) => (
          <li key={index} className="rounded border border-slate-300 p-3">
            <h3 className="text-lg font-semibold">
              <a href={hitHref(hit, locale)}>{hit.kind === "item" && hit.itemNumber !== null ? `${hit.itemNumber} ${hit.title}` : hit.title}</a>
            </h3>
            <p className="text-sm text-slate-700">
              {t(`kind.${hit.kind}`)}
              {hit.focusAreaTitle !== null && ` · ${hit.focusAreaTitle}`}
              {" · "}
              {t("source", { county: hit.county.name, programme: hit.programme.title, number: hit.versionNumber, status: tStatus(hit.versionStatus) })}
            </p>
            <p>
              <HighlightedSnippet snippet={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
