import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

const sections = [
  ["statusTitle", "status"],
  ["knownIssuesTitle", "knownIssues"],
  ["feedbackTitle", "feedback"],
  ["supervisionTitle", "supervision"],
] as const;

export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  return (
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
  );
}
