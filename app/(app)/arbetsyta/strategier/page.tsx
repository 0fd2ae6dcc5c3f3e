import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StrategyList } from "@/components/strategies/strategy-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { loadStrategiesOverview } from "@/lib/strategies/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("strategies"))("overviewTitle") };
}

export default async function StrategiesPage() {
  const [overview, t, tNav] = await Promise.all([loadStrategiesOverview(), getTranslations("strategies"), getTranslations("authoringNav")]);
  return (
    <div className="space-y-8">
      <Breadcrumbs
        label={tNav("breadcrumbs")}
        items={[
          { href: "/arbetsyta", label: tNav("workspace") },
          { href: "/arbetsyta/strategier", label: tNav("strategies") },
        ]}
      />
      <div className="space-y-3">
        <h1 className="text-3xl">{t("overviewTitle")}</h1>
        <p>{t("overviewIntro")}</p>
        {overview.counties.length > 0 && <Link href="/arbetsyta/strategier/ny">{t("newStrategy")}</Link>}
      </div>
      <StrategyList counties={overview.counties} />
    </div>
  );
}
