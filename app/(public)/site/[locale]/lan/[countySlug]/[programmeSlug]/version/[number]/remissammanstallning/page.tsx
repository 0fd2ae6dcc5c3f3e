import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicConsultationView } from "@/components/public/public-consultation-view";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadPublicConsultation, parseVersionNumber } from "@/lib/publications/loaders";
import { publicNotFoundMetadata, publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string; countySlug: string; programmeSlug: string; number: string }> };

// A published version's consultation never changes: cached for good, like the version page.
export const revalidate = false;

export function generateStaticParams(): { countySlug: string; programmeSlug: string; number: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, countySlug, programmeSlug, number } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  const parsed = parseVersionNumber(number);
  const summary = parsed === null ? null : await loadPublicConsultation(countySlug, programmeSlug, parsed);
  if (summary === null) return publicNotFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "public.consultation" });
  return publicPageMetadata(`/lan/${countySlug}/${programmeSlug}/version/${summary.number}/remissammanstallning`, t("metaTitle", { number: summary.number }));
}

export default async function ConsultationSummaryPage({ params }: Props) {
  const { locale: rawLocale, countySlug, programmeSlug, number } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const parsed = parseVersionNumber(number);
  const summary = parsed === null ? null : await loadPublicConsultation(countySlug, programmeSlug, parsed);
  if (summary === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath={`/lan/${countySlug}/${programmeSlug}/version/${summary.number}/remissammanstallning`}>
      <PublicConsultationView summary={summary} locale={locale} />
    </PublicPage>
  );
}
