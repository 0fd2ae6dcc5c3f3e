import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OpenDataView } from "@/components/public/open-data-view";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeSchema.catch("sv").parse((await params).locale), namespace: "openData" });
  return publicPageMetadata("/oppna-data", t("title"));
}

export default async function OpenDataPage({ params }: Props) {
  const locale = localeSchema.catch("sv").parse((await params).locale);
  setRequestLocale(locale);
  return (
    <PublicPage locale={locale} alternatePath="/oppna-data">
      <OpenDataView />
    </PublicPage>
  );
}
