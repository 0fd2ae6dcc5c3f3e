import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { ProgrammeVersionView } from "@/components/public/programme-version-view";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadCurrentPublicVersion } from "@/lib/publications/loaders";
import { publicNotFoundMetadata, publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string; countySlug: string; programmeSlug: string }> };

// The current version of a programme: cached until a publish, renewed hourly ("gällande" depends
// on the date). HTTP: public, max-age=60 (lib/http/cache-control.ts).
export const revalidate = 3600;

export function generateStaticParams(): { countySlug: string; programmeSlug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, countySlug, programmeSlug } = await params;
  const version = await loadCurrentPublicVersion(countySlug, programmeSlug);
  if (version === null) return publicNotFoundMetadata(localeSchema.catch("sv").parse(locale));
  return publicPageMetadata(`/lan/${countySlug}/${programmeSlug}`, version.programme.title);
}

export default async function CurrentProgrammePage({ params }: Props) {
  const { locale: rawLocale, countySlug, programmeSlug } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const version = await loadCurrentPublicVersion(countySlug, programmeSlug);
  if (version === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath={`/lan/${countySlug}/${programmeSlug}`}>
      <ProgrammeVersionView version={version} locale={locale} validity={version.validity} />
    </PublicPage>
  );
}
