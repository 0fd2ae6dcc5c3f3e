import { useTranslations } from "next-intl";
import { inLocale } from "@/lib/publications/localise";
import { publicPath } from "@/lib/publications/open-data";
import type { NationalStrategyRef, PublicLocale } from "@/lib/publications/types";

export function NationalStrategyList({ strategies, locale }: { strategies: readonly NationalStrategyRef[]; locale: PublicLocale }) {
  const t = useTranslations("nationalGoals");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">{t("indexTitle")}</h1>
      <p>{t("indexIntro")}</p>
      <ul className="list-disc space-y-1 pl-6">
        {strategies.map((strategy) => (
          <li key={strategy.slug}>
            <a href={publicPath(locale, `/nationell-strategi/${strategy.slug}`)} lang={inLocale(strategy.title, strategy.titleEn, locale).lang}>
              {inLocale(strategy.title, strategy.titleEn, locale).text}
            </a> ({strategy.documentRef})
          </li>
        ))}
      </ul>
    </div>
  );
}
