import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicPage } from "@/components/public/public-page";
import { SearchForm } from "@/components/public/search-form";
import { SearchResultsList } from "@/components/public/search-results";
import { localeSchema } from "@/i18n/config";
import { loadSearchFilterOptions, loadSearchResults, parseSearchParams } from "@/lib/search/loaders";
import { publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Results depend on the query string: rendered per request (and not stored by caches).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeSchema.catch("sv").parse((await params).locale), namespace: "search" });
  return publicPageMetadata("/sok", t("title"));
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = localeSchema.catch("sv").parse((await params).locale);
  setRequestLocale(locale);
  const query = parseSearchParams(await searchParams);
  const [options, results, t] = await Promise.all([loadSearchFilterOptions(), loadSearchResults(query), getTranslations("search")]);
  return (
    <PublicPage locale={locale} alternatePath="/sok">
      <div className="space-y-8">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
        <SearchForm params={query} options={options} locale={locale} />
        {(query.q !== "" || query.lan !== null || query.organisation !== null || query.mal !== null) && (
          <SearchResultsList results={results} query={query.q} locale={locale} />
        )}
      </div>
    </PublicPage>
  );
}
