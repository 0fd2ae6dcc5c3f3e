import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { YearReportView } from "@/components/follow-up/year-report-view";
import { PublicNotFoundPage } from "@/components/public/public-not-found-page";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { loadPublicYearReport } from "@/lib/follow-up/loaders";
import { programmeYearParamSchema } from "@/lib/follow-up/schema";
import { publicNotFoundMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string; countySlug: string; programmeSlug: string; year: string }> };

// The yearly report changes when a report of the year is approved: cached like the follow-up page.
export const revalidate = 3600;

export function generateStaticParams(): { countySlug: string; programmeSlug: string; year: string }[] {
  return [];
}

async function load(params: Props["params"]) {
  const { countySlug, programmeSlug, year } = await params;
  const parsed = /^\d{4}$/.test(year) ? programmeYearParamSchema.safeParse(year) : null;
  return parsed?.success === true ? loadPublicYearReport(countySlug, programmeSlug, parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await load(params);
  const t = await getTranslations({ locale: localeSchema.catch("sv").parse((await params).locale), namespace: "followUpPublic" });
  return report === null ? publicNotFoundMetadata(localeSchema.catch("sv").parse((await params).locale)) : { title: t("yearTitle", { year: report.year, programme: report.dashboard.programme.title }) };
}

export default async function YearReportPage({ params }: Props) {
  const { locale: rawLocale, countySlug, programmeSlug, year } = await params;
  const locale = localeSchema.catch("sv").parse(rawLocale);
  setRequestLocale(locale);
  const report = await load(params);
  if (report === null) return <PublicNotFoundPage locale={locale} />;
  return (
    <PublicPage locale={locale} alternatePath={`/lan/${countySlug}/${programmeSlug}/uppfoljning/${year}`}>
      <YearReportView report={report} locale={locale} />
    </PublicPage>
  );
}
