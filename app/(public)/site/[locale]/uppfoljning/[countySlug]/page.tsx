import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RollupView } from "@/components/follow-up/rollup-view";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadFollowUpRollup } from "@/lib/follow-up/loaders";
import { publicNotFoundMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string; countySlug: string }> };

export const revalidate = 3600;

export function generateStaticParams(): { countySlug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, countySlug } = await params;
  const rollup = await loadFollowUpRollup(countySlug);
  const t = await getTranslations({ locale: localeSchema.catch("sv").parse(locale), namespace: "followUpPublic" });
  return rollup?.county == null ? publicNotFoundMetadata(localeSchema.catch("sv").parse(locale)) : { title: t("rollupCountyTitle", { county: rollup.county.name }) };
}

export default async function CountyFollowUpPage({ params }: Props) {
  const { locale: rawLocale, countySlug } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const rollup = await loadFollowUpRollup(countySlug);
  if (rollup === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath={`/uppfoljning/${countySlug}`}>
      <RollupView rollup={rollup} locale={locale} />
    </PublicPage>
  );
}
