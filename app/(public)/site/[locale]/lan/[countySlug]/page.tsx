import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CountyView } from "@/components/public/county-view";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadPublicCounty } from "@/lib/publications/loaders";

type Props = { params: Promise<{ locale: string; countySlug: string }> };

export const revalidate = 3600;

export function generateStaticParams(): { countySlug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const county = await loadPublicCounty((await params).countySlug);
  return county === null ? {} : { title: county.name };
}

export default async function CountyPage({ params }: Props) {
  const { locale: rawLocale, countySlug } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const county = await loadPublicCounty(countySlug);
  if (county === null) notFound();
  return (
    <PublicPage locale={locale} alternatePath={`/lan/${countySlug}`}>
      <CountyView county={county} locale={locale} />
    </PublicPage>
  );
}
