import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { ProgrammeVersionView } from "@/components/public/programme-version-view";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadPublicVersion, parseVersionNumber } from "@/lib/publications/loaders";
import { publicNotFoundMetadata, publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string; countySlug: string; programmeSlug: string; number: string }> };

// A published version never changes: rendered once, served from the cache (only a publish
// renews the entry). HTTP: public, max-age=31536000, immutable (lib/http/cache-control.ts).
export const revalidate = false;

export function generateStaticParams(): { countySlug: string; programmeSlug: string; number: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, countySlug, programmeSlug, number } = await params;
  const parsed = parseVersionNumber(number);
  const version = parsed === null ? null : await loadPublicVersion(countySlug, programmeSlug, parsed);
  if (version === null) return publicNotFoundMetadata(localeSchema.catch("sv").parse(locale));
  return publicPageMetadata(`/lan/${countySlug}/${programmeSlug}/version/${version.number}`, version.title);
}

export default async function PublishedVersionPage({ params }: Props) {
  const { locale: rawLocale, countySlug, programmeSlug, number } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const parsed = parseVersionNumber(number);
  const version = parsed === null ? null : await loadPublicVersion(countySlug, programmeSlug, parsed);
  if (version === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath={`/lan/${countySlug}/${programmeSlug}/version/${version.number}`}>
      <ProgrammeVersionView version={version} locale={locale} validity={null} />
    </PublicPage>
  );
}
