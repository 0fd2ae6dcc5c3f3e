import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicFollowUpView } from "@/components/follow-up/public-follow-up-view";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadPublicFollowUp } from "@/lib/follow-up/loaders";
import { publicNotFoundMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string; countySlug: string; programmeSlug: string }> };

// Cached until a report is approved or sent back (invalidatePublicFollowUp), renewed hourly
// ("Ej uppdaterad sedan" and "Försenad" depend on the periods). HTTP: public, max-age=60.
export const revalidate = 3600;

export function generateStaticParams(): { countySlug: string; programmeSlug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, countySlug, programmeSlug } = await params;
  const dashboard = await loadPublicFollowUp(countySlug, programmeSlug);
  const t = await getTranslations({ locale: localeSchema.catch("sv").parse(locale), namespace: "followUpPublic" });
  return dashboard === null ? publicNotFoundMetadata(localeSchema.catch("sv").parse(locale)) : { title: t("pageTitle", { programme: dashboard.programme.title }) };
}

export default async function ProgrammeFollowUpPage({ params }: Props) {
  const { locale: rawLocale, countySlug, programmeSlug } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const dashboard = await loadPublicFollowUp(countySlug, programmeSlug);
  if (dashboard === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath={`/lan/${countySlug}/${programmeSlug}/uppfoljning`}>
      <PublicFollowUpView dashboard={dashboard} locale={locale} />
    </PublicPage>
  );
}
