import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { CountyView } from "@/components/public/county-view";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadPublicCounty } from "@/lib/publications/loaders";
import { publicNotFoundMetadata, publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string; countySlug: string }> };

export const revalidate = 3600;

export function generateStaticParams(): { countySlug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, countySlug } = await params;
  const county = await loadPublicCounty(countySlug);
  return county === null ? publicNotFoundMetadata(localeSchema.catch("sv").parse(locale)) : publicPageMetadata(`/lan/${countySlug}`, county.name);
}

export default async function CountyPage({ params }: Props) {
  const { locale: rawLocale, countySlug } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const county = await loadPublicCounty(countySlug);
  if (county === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath={`/lan/${countySlug}`}>
      <CountyView county={county} locale={locale} />
    </PublicPage>
  );
}
