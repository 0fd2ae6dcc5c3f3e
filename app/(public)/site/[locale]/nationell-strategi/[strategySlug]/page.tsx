import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { NationalRollupView } from "@/components/public/national-rollup-view";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadNationalRollup } from "@/lib/publications/loaders";
import { publicNotFoundMetadata, publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string; strategySlug: string }> };

export const revalidate = 3600;

export function generateStaticParams(): { strategySlug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, strategySlug } = await params;
  const rollup = await loadNationalRollup(strategySlug);
  if (rollup === null) return publicNotFoundMetadata(localeSchema.catch("sv").parse(locale));
  return publicPageMetadata(`/nationell-strategi/${strategySlug}`, rollup.strategy.shortTitle);
}

export default async function NationalStrategyPage({ params }: Props) {
  const { locale: rawLocale, strategySlug } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const rollup = await loadNationalRollup(strategySlug);
  if (rollup === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath={`/nationell-strategi/${strategySlug}`}>
      <NationalRollupView rollup={rollup} locale={locale} />
    </PublicPage>
  );
}
