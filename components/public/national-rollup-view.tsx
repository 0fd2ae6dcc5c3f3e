import { useTranslations } from "next-intl";
import { ValidityLabel } from "@/components/public/validity-label";
import { inLocale } from "@/lib/publications/localise";
import { publicPath } from "@/lib/publications/open-data";
import type { NationalRollup, PublicLocale } from "@/lib/publications/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** A national strategy and, per long-term goal, what every county's programme does for it. */
export function NationalRollupView({ rollup, locale }: { rollup: NationalRollup; locale: PublicLocale }) {
  const t = useTranslations("nationalGoals");
  const { strategy } = rollup;
  const title = inLocale(strategy.title, strategy.titleEn, locale);
  const goalLabel = (goal: NationalRollup["goals"][number]) => inLocale(goal.shortLabel, goal.shortLabelEn, locale);
  const overarchingGoal = inLocale(strategy.overarchingGoal, strategy.overarchingGoalEn, locale);
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl" lang={title.lang}>
          {title.text}
        </h1>
        <p>{t("meta", { documentRef: strategy.documentRef, from: strategy.periodFrom, to: strategy.periodTo })}</p>
        <h2 className="text-2xl">{t("overarchingGoal")}</h2>
        <p className="text-lg" lang={overarchingGoal.lang}>
          {overarchingGoal.text}
        </p>
      </header>

      <section aria-labelledby="summary" className="space-y-3">
        <h2 id="summary" className="text-2xl">
          {t("summaryTitle")}
        </h2>
        <p>{t("summaryIntro", { programmes: rollup.programmeCount, inForce: rollup.inForceCount })}</p>
        <ScrollRegion label={t("summaryCaption")}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("summaryCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-600">
                <th scope="col" className="p-2">{t("goal")}</th>
                <th scope="col" className="p-2">{t("counties")}</th>
                <th scope="col" className="p-2">{t("items")}</th>
              </tr>
            </thead>
            <tbody>
              {rollup.goals.map((goal) => (
                <tr key={goal.number} className="border-b border-slate-300">
                  <th scope="row" className="p-2 font-normal">
                    <a href={`#mal-${goal.number}`}>
                      {t("goalLabel", { number: goal.number, label: "" })}
                      <span lang={goalLabel(goal).lang}>{goalLabel(goal).text}</span>
                    </a>
                  </th>
                  <td className="p-2">{goal.countyCount}</td>
                  <td className="p-2">{goal.itemCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      {rollup.goals.map((goal) => (
        <section key={goal.number} id={`mal-${goal.number}`} aria-labelledby={`mal-rubrik-${goal.number}`} className="space-y-4">
          <h2 id={`mal-rubrik-${goal.number}`} className="text-2xl">
            {t("goalLabel", { number: goal.number, label: "" })}
            <span lang={goalLabel(goal).lang}>{goalLabel(goal).text}</span>
          </h2>
          <p lang={inLocale(goal.title, goal.titleEn, locale).lang}>{inLocale(goal.title, goal.titleEn, locale).text}</p>
          {goal.priorityAreas.length > 0 && (
            <>
              <h3 id={`prioriterade-${goal.number}`} className="text-xl">
                {t("priorityAreas", { number: goal.number })}
              </h3>
              <ul aria-labelledby={`prioriterade-${goal.number}`} className="list-disc space-y-1 pl-6" data-testid={`priority-areas-${goal.number}`}>
                {goal.priorityAreas.map((area) => {
                  const title = inLocale(area.title, area.titleEn, locale);
                  return (
                    <li key={area.number}>
                      {area.number} <span lang={title.lang}>{title.text}</span>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {goal.programmes.length === 0 && <p>{t("noProgrammes")}</p>}
          {goal.programmes.map((programme) => (
            <section key={`${programme.county.slug}/${programme.programme.slug}`} className="space-y-2 rounded border border-slate-300 p-4">
              <h3 className="text-xl">
                {programme.county.name}:{" "}
                <a href={publicPath(locale, `/lan/${programme.county.slug}/${programme.programme.slug}/version/${programme.versionNumber}`)}>
                  {t("programmeVersion", { title: programme.programme.title, number: programme.versionNumber })}
                </a>{" "}
                <ValidityLabel validity={programme.validity} />
              </h3>
              {programme.focusAreas.map((area) => (
                <div key={area.title} className="space-y-1">
                  <h4 className="font-semibold">{area.title}</h4>
                  <ul className="list-disc space-y-1 pl-6">
                    {area.items.map((item) => (
                      <li key={item.number}>
                        {t("item", { number: item.number, title: item.title })}
                        {item.lead !== null && (
                          <>
                            {" – "}
                            <a href={publicPath(locale, `/organisation/${item.lead.slug}`)}>{item.lead.name}</a>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}

      {rollup.otherStrategies.length > 0 && (
        <nav aria-labelledby="other-strategies" className="space-y-2">
          <h2 id="other-strategies" className="text-2xl">
            {t("otherStrategies")}
          </h2>
          <ul className="list-disc pl-6">
            {rollup.otherStrategies.map((other) => (
              <li key={other.slug}>
                <a href={publicPath(locale, `/nationell-strategi/${other.slug}`)} lang={inLocale(other.title, other.titleEn, locale).lang}>
                  {inLocale(other.title, other.titleEn, locale).text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}
