import { useLocale, useTranslations } from "next-intl";
import { ActionItemArticle, type SharedItemParts } from "@/components/public/action-item-article";
import { inLocale } from "@/lib/publications/localise";
import type { PublicFocusArea } from "@/lib/publications/types";

export function FocusAreaSection({ area, shared }: { area: PublicFocusArea; shared: SharedItemParts }) {
  const t = useTranslations("public.focusArea");
  const headingId = `fokus-${area.position}`;
  const locale = useLocale() === "en" ? "en" : "sv";
  return (
    <section aria-labelledby={headingId} className="lp-items space-y-4">
      <h3 id={headingId} className="text-xl">
        {area.title}
      </h3>
      {area.description !== "" && <p className="whitespace-pre-line">{area.description}</p>}
      <p className="text-sm">
        <span className="font-semibold">{t("goals")}: </span>
        {area.goals.length === 0
          ? t("noGoals")
          : area.goals.map((goal, index) => {
              const label = inLocale(goal.shortLabel, goal.shortLabelEn, locale);
              return (
                <span key={goal.number} lang={label.lang}>
                  {index > 0 && "; "}
                  {t("goal", { number: goal.number, label: label.text })}
                </span>
              );
            })}
      </p>
      {area.items.length === 0 ? <p>{t("noItems")}</p> : area.items.map((item) => <ActionItemArticle key={item.number} item={item} shared={shared} />)}
    </section>
  );
}
