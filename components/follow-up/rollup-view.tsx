import { useTranslations } from "next-intl";
import { StatusBarChart } from "@/components/follow-up/status-bar-chart";
import type { FollowUpRollup } from "@/lib/follow-up/types";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicLocale } from "@/lib/publications/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** /uppfoljning and /uppfoljning/<län>: per national long-term goal, the status across the programmes in force. */
export function RollupView({ rollup, locale }: { rollup: FollowUpRollup; locale: PublicLocale }) {
  const t = useTranslations("followUpPublic");
  const counties = [...new Map(rollup.programmes.map((p) => [p.county.slug, p.county])).values()];
  const title = rollup.county === null ? t("rollupTitle") : t("rollupCountyTitle", { county: rollup.county.name });
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl">{title}</h1>
        <p>{t("rollupIntro", { strategy: rollup.strategy.shortTitle })}</p>
        <p className="print:hidden">{t("print")}</p>
      </header>
      {rollup.total === 0 ? (
        <p>{t("rollupNone")}</p>
      ) : (
        <StatusBarChart
          title={title}
          rows={rollup.goals.filter((goal) => goal.total > 0).map((goal) => ({ key: String(goal.number), label: `${goal.number}. ${goal.shortLabel}`, counts: goal.counts, total: goal.total }))}
        />
      )}
      {rollup.goals
        .filter((goal) => goal.total > 0)
        .map((goal) => (
          <section key={goal.number} aria-labelledby={`goal-${goal.number}`} className="space-y-2 break-inside-avoid">
            <h2 id={`goal-${goal.number}`} className="text-2xl">
              {t("goalHeading", { number: goal.number, label: goal.shortLabel })}
            </h2>
            <p>{goal.title}</p>
            {/* Cell styles on the table, not on each of its ~170 cells: the national page repeats this table per goal. */}
            <ScrollRegion label={t("goalHeading", { number: goal.number, label: goal.shortLabel })}>
              <table className="w-full text-sm [&_td]:text-right [&_td]:tabular-nums [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-300">
                <caption className="sr-only">{t("goalHeading", { number: goal.number, label: goal.shortLabel })}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="text-left">
                      {t("county")}
                    </th>
                    <th scope="col" className="text-right">
                      {t("actions")}
                    </th>
                    <th scope="col" className="text-right">
                      G
                    </th>
                    <th scope="col" className="text-right">
                      H
                    </th>
                    <th scope="col" className="text-right">
                      P
                    </th>
                    <th scope="col" className="text-right">
                      E
                    </th>
                    <th scope="col" className="text-right">
                      –
                    </th>
                    <th scope="col" className="text-right">
                      {t("delayedCount")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {goal.counties.map((county) => (
                    <tr key={county.slug}>
                      <th scope="row" className="text-left font-normal">
                        <a href={publicPath(locale, `/uppfoljning/${county.slug}`)}>{county.name}</a>
                      </th>
                      <td>{county.total}</td>
                      <td>{county.counts.DONE}</td>
                      <td>{county.counts.HALF}</td>
                      <td>{county.counts.STARTED}</td>
                      <td>{county.counts.NOT_STARTED}</td>
                      <td>{county.counts.NONE + county.counts.NOT_RELEVANT}</td>
                      <td>{county.delayed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        ))}
      <section aria-labelledby="rollup-programmes" className="space-y-2">
        <h2 id="rollup-programmes" className="text-2xl">
          {t("programmesTitle")}
        </h2>
        <ul className="list-disc pl-6">
          {rollup.programmes.map((p) => (
            <li key={`${p.county.slug}/${p.slug}`}>
              <a href={publicPath(locale, `/lan/${p.county.slug}/${p.slug}/uppfoljning`)}>
                {p.county.name}: {p.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <nav aria-labelledby="rollup-counties" className="space-y-2 print:hidden">
        <h2 id="rollup-counties" className="text-xl">
          {t("countyLinks")}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {rollup.county !== null && (
            <li>
              <a href={publicPath(locale, "/uppfoljning")}>{t("national")}</a>
            </li>
          )}
          {counties.map((county) => (
            <li key={county.slug}>
              <a href={publicPath(locale, `/uppfoljning/${county.slug}`)}>{county.name}</a>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
