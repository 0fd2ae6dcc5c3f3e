import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { PublicVersionDiff } from "@/components/public/public-version-diff";
import { localeSchema } from "@/i18n/config";
import { loadPublicVersionChanges, parseVersionNumber } from "@/lib/publications/loaders";
import { publicNotFoundMetadata, publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string; countySlug: string; programmeSlug: string; number: string }> };

// Both versions are published and never change: cached for good, like the version page.
export const revalidate = false;

export function generateStaticParams(): { countySlug: string; programmeSlug: string; number: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, countySlug, programmeSlug, number } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  const parsed = parseVersionNumber(number);
  const comparison = parsed === null ? null : await loadPublicVersionChanges(countySlug, programmeSlug, parsed);
  if (comparison === null) return publicNotFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "public.changes" });
  return publicPageMetadata(`/lan/${countySlug}/${programmeSlug}/version/${comparison.after.number}/andringar`, t("metaTitle", { number: comparison.after.number }));
}

export default async function VersionChangesPage({ params }: Props) {
  const { locale: rawLocale, countySlug, programmeSlug, number } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const parsed = parseVersionNumber(number);
  const comparison = parsed === null ? null : await loadPublicVersionChanges(countySlug, programmeSlug, parsed);
  if (comparison === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath={`/lan/${countySlug}/${programmeSlug}/version/${comparison.after.number}/andringar`}>
      <PublicVersionDiff comparison={comparison} locale={locale} />
    </PublicPage>
  );
}
