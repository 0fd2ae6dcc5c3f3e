import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { NationalRollupView } from "@/components/public/national-rollup-view";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadNationalRollup } from "@/lib/publications/loaders";

type Props = { params: Promise<{ locale: string; strategySlug: string }> };

export const revalidate = 3600;

export function generateStaticParams(): { strategySlug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const rollup = await loadNationalRollup((await params).strategySlug);
  return rollup === null ? {} : { title: rollup.strategy.shortTitle };
}

export default async function NationalStrategyPage({ params }: Props) {
  const { locale: rawLocale, strategySlug } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const rollup = await loadNationalRollup(strategySlug);
  if (rollup === null) notFound();
  return (
    <PublicPage locale={locale} alternatePath={`/nationell-strategi/${strategySlug}`}>
      <NationalRollupView rollup={rollup} locale={locale} />
    </PublicPage>
  );
}
