import { useTranslations } from "next-intl";
import { ActionItemArticle, type SharedItemParts } from "@/components/public/action-item-article";
import type { PublicFocusArea } from "@/lib/publications/types";

export function FocusAreaSection({ area, shared }: { area: PublicFocusArea; shared: SharedItemParts }) {
  const t = useTranslations("public.focusArea");
  const headingId = `fokus-${area.position}`;
  return (
    <section aria-labelledby={headingId} className="lp-items space-y-4">
      <h3 id={headingId} className="text-xl">
        {area.title}
      </h3>
      {area.description !== "" && <p className="whitespace-pre-line">{area.description}</p>}
      <p className="text-sm">
        <span className="font-semibold">{t("goals")}: </span>
        {area.goals.length === 0 ? t("noGoals") : area.goals.map((goal) => t("goal", { number: goal.number, label: goal.shortLabel })).join("; ")}
      </p>
      {area.items.length === 0 ? <p>{t("noItems")}</p> : area.items.map((item) => <ActionItemArticle key={item.number} item={item} shared={shared} />)}
    </section>
  );
}
