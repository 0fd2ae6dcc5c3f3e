import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NationalStrategyList } from "@/components/public/national-strategy-list";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadNationalStrategies } from "@/lib/publications/loaders";
import { publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeSchema.catch("sv").parse((await params).locale), namespace: "nationalGoals" });
  return publicPageMetadata("/nationell-strategi", t("indexTitle"));
}

export default async function NationalStrategiesPage({ params }: Props) {
  const locale = localeSchema.catch("sv").parse((await params).locale);
  setRequestLocale(locale);
  const strategies = await loadNationalStrategies();
  return (
    <PublicPage locale={locale} alternatePath="/nationell-strategi">
      <NationalStrategyList strategies={strategies} locale={locale} />
    </PublicPage>
  );
}
