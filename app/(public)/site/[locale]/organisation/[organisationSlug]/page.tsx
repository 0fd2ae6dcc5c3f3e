import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { OrganisationView } from "@/components/public/organisation-view";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadPublicOrganisation } from "@/lib/publications/loaders";
import { publicNotFoundMetadata, publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string; organisationSlug: string }> };

export const revalidate = 3600;

export function generateStaticParams(): { organisationSlug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, organisationSlug } = await params;
  const organisation = await loadPublicOrganisation(organisationSlug);
  if (organisation === null) return publicNotFoundMetadata(localeSchema.catch("sv").parse(locale));
  return publicPageMetadata(`/organisation/${organisationSlug}`, organisation.name);
}

export default async function OrganisationPage({ params }: Props) {
  const { locale: rawLocale, organisationSlug } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const organisation = await loadPublicOrganisation(organisationSlug);
  if (organisation === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath={`/organisation/${organisationSlug}`}>
      <OrganisationView organisation={organisation} locale={locale} />
    </PublicPage>
  );
}
