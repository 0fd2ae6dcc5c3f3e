import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganisationDirectoryView } from "@/components/public/organisation-directory";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadOrganisationDirectory } from "@/lib/organisations/loaders";
import { publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string }> };

// Organisations change rarely (an administrator renames or merges one): renewed hourly.
export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeSchema.catch("sv").parse((await params).locale), namespace: "directory" });
  return publicPageMetadata("/organisation", t("title"));
}

export default async function OrganisationDirectoryPage({ params }: Props) {
  const locale = localeSchema.catch("sv").parse((await params).locale);
  setRequestLocale(locale);
  const directory = await loadOrganisationDirectory();
  return (
    <PublicPage locale={locale} alternatePath="/organisation">
      <OrganisationDirectoryView directory={directory} locale={locale} />
    </PublicPage>
  );
}
