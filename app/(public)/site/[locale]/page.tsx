import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { HomeView } from "@/components/public/home-view";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadOrganisationDirectory } from "@/lib/organisations/loaders";
import { loadHomeOverview } from "@/lib/publications/loaders";
import { publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

// Rendered once, then from the cache; a publish renews it (invalidatePublishedProgramme), and the
// hourly revalidation keeps "gällande/upphörd" in step with the date.
export const revalidate = 3600;

export const metadata: Metadata = publicPageMetadata("/");

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = localeSchema.catch("sv").parse((await params).locale);
  setRequestLocale(locale);
  const [overview, directory] = await Promise.all([loadHomeOverview(), loadOrganisationDirectory()]);
  return (
    <PublicPage locale={locale} alternatePath="/">
      <HomeView overview={overview} directory={directory} locale={locale} />
    </PublicPage>
  );
}
