import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrganisationView } from "@/components/public/organisation-view";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadPublicOrganisation } from "@/lib/publications/loaders";

type Props = { params: Promise<{ locale: string; organisationSlug: string }> };

export const revalidate = 3600;

export function generateStaticParams(): { organisationSlug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await loadPublicOrganisation((await params).organisationSlug);
  return organisation === null ? {} : { title: organisation.name };
}

export default async function OrganisationPage({ params }: Props) {
  const { locale: rawLocale, organisationSlug } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const organisation = await loadPublicOrganisation(organisationSlug);
  if (organisation === null) notFound();
  return (
    <PublicPage locale={locale} alternatePath={`/organisation/${organisationSlug}`}>
      <OrganisationView organisation={organisation} locale={locale} />
    </PublicPage>
  );
}
