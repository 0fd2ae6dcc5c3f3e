import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicPage } from "@/components/public/public-page";
import { localeSchema } from "@/i18n/config";
import { publicPageMetadata } from "@/app/(public)/site/[locale]/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeSchema.catch("sv").parse((await params).locale), namespace: "accessibility" });
  return publicPageMetadata("/tillganglighet", t("title"));
}

const sections = [
  ["statusTitle", "status"],
  ["knownIssuesTitle", "knownIssues"],
  ["feedbackTitle", "feedback"],
  ["supervisionTitle", "supervision"],
] as const;

export default async function AccessibilityStatementPage({ params }: Props) {
  const locale = localeSchema.catch("sv").parse((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("accessibility");
  return (
    <PublicPage locale={locale} alternatePath="/tillganglighet">
      <article className="max-w-3xl space-y-6">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
        {sections.map(([title, body]) => (
          <section key={title} className="space-y-2">
            <h2 className="text-2xl">{t(title)}</h2>
            <p>{t(body)}</p>
          </section>
        ))}
        <p className="text-sm text-slate-700">{t("updated")}</p>
      </article>
    </PublicPage>
  );
}
