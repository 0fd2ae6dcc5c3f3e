import { useTranslations } from "next-intl";
import type { LinkedGoal } from "@/lib/focus-areas/types";

/** The national long-term goals a focus area is linked to; a goal of another strategy is marked. */
export function GoalList({ goals }: { goals: readonly LinkedGoal[] }) {
  const t = useTranslations("focusAreas");
  if (goals.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold">{t("goalsLabel")}</h3>
      <ul className="mt-1 flex flex-wrap gap-2">
        {goals.map((goal) => (
          <li
            key={goal.id}
            title={goal.title}
            className={
              goal.isOtherStrategy
                ? "rounded border-2 border-dashed border-amber-800 bg-amber-50 px-2 py-0.5 text-sm text-amber-950"
                : "rounded border border-brand-700 bg-slate-50 px-2 py-0.5 text-sm"
            }
          >
            {goal.isOtherStrategy
              ? t("goalOtherStrategy", { number: goal.number, label: goal.shortLabel })
              : t("goalText", { number: goal.number, label: goal.shortLabel })}
          </li>
        ))}
      </ul>
    </div>
  );
}
