import { useTranslations } from "next-intl";
import type { FocusAreaMissingGoal } from "@/lib/programmes/types";

/**
 * "Saknar koppling till nationellt mål": focus areas (and so their items) whose goal links were
 * dropped when the version was mapped to another national strategy. Reusable by the content editor.
 */
export function MissingGoalLinks({ focusAreas, editHref }: { focusAreas: readonly FocusAreaMissingGoal[]; editHref?: string }) {
  const t = useTranslations("versions");
  if (focusAreas.length === 0) return null;
  return (
    <section aria-labelledby="missing-goal-title" className="space-y-2 rounded border-l-4 border-amber-800 bg-amber-50 p-4" data-testid="missing-goal-links">
      <h2 id="missing-goal-title" className="text-xl">
        {t("missingGoal.title")}
      </h2>
      <p>{t("missingGoal.intro")}</p>
      <ul className="list-disc pl-6">
        {focusAreas.map((area) => (
          <li key={area.stableKey}>{t("missingGoal.area", { title: area.title, count: area.itemCount })}</li>
        ))}
      </ul>
      {editHref !== undefined && (
        <p>
          <a href={editHref}>{t("missingGoal.relink")}</a>
        </p>
      )}
    </section>
  );
}
