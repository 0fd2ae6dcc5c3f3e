import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StrategyForm } from "@/components/strategies/strategy-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { loadNewStrategyPage } from "@/lib/strategies/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("strategies"))("newTitle") };
}

export default async function NewStrategyPage() {
  const [page, t, tNav] = await Promise.all([loadNewStrategyPage(), getTranslations("strategies"), getTranslations("authoringNav")]);
  if (page.counties.length === 0) notFound();
  const latest = page.nationalStrategies[0];
  return (
    <div className="space-y-6">
      <Breadcrumbs
        label={tNav("breadcrumbs")}
        items={[
          { href: "/arbetsyta", label: tNav("workspace") },
          { href: "/arbetsyta/strategier", label: tNav("strategies") },
          { href: "/arbetsyta/strategier/ny", label: t("newTitle") },
        ]}
      />
      <h1 className="text-3xl">{t("newTitle")}</h1>
      <p>{t("newIntro")}</p>
      <StrategyForm
        key="new"
        mode="create"
        counties={page.counties}
        nationalStrategies={page.nationalStrategies}
        values={{ title: "", validFrom: "", validTo: "", nationalStrategyId: latest?.id ?? "", overarchingText: "" }}
      />
    </div>
  );
}
