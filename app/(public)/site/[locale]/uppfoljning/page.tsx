import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RollupView } from "@/components/follow-up/rollup-view";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadFollowUpRollup } from "@/lib/follow-up/loaders";

type Props = { params: Promise<{ locale: string }> };

// Cached until a report is approved (invalidatePublicFollowUp) and renewed hourly ("in force" moves with the date).
export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeSchema.catch("sv").parse((await params).locale), namespace: "followUpPublic" });
  return { title: t("rollupTitle") };
}

export default async function NationalFollowUpPage({ params }: Props) {
  const locale = localeSchema.catch("sv").parse((await params).locale);
  setRequestLocale(locale);
  const rollup = await loadFollowUpRollup(null);
  if (rollup === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath="/uppfoljning">
      <RollupView rollup={rollup} locale={locale} />
    </PublicPage>
  );
}
