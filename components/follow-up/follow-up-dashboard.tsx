import { useTranslations } from "next-intl";
import { IndicatorChart } from "@/components/follow-up/indicator-chart";
import { StatusBarChart } from "@/components/follow-up/status-bar-chart";
import { StatusText } from "@/components/follow-up/status-text";
import type { FollowUpDashboard } from "@/lib/follow-up/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * The follow-up of one programme version: status per focus area and per national goal, indicators
 * over time, stale and delayed actions, and every action year by year. Shared by the public page
 * and the coordinator's workspace (both show approved reports only). `headingLevel` 2 sections.
 */
export function FollowUpDashboardView({ dashboard }: { dashboard: FollowUpDashboard }) {
  const t = useTranslations("followUpPublic");
  const tStatus = useTranslations("followUpStatus");
  const year = dashboard.currentYear;
  const openYears = new Set(dashboard.periods.filter((p) => p.status === "OPEN").map((p) => p.year));
  const indicators = dashboard.actions.flatMap((action) => action.indicators.filter((i) => i.values.length > 0).map((indicator) => ({ action, indicator })));
  return (
    <div className="space-y-10">
      <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-3">{tStatus("rule")}</p>
      {year === null ? (
        <p>{t("noPeriod")}</p>
      ) : (
        <section aria-labelledby="distribution-title" className="space-y-6">
          <h2 id="distribution-title" className="text-2xl">
            {t("currentYear", { year })}
          </h2>
          <StatusBarChart title={t("byFocusArea", { year })} rows={dashboard.byFocusArea} />
          <StatusBarChart title={t("byGoal", { year })} rows={dashboard.byGoal.filter((row) => row.total > 0)} />
        </section>
      )}

      <section aria-labelledby="stale-title" className="space-y-3">
        <h2 id="stale-title" className="text-2xl">
          {t("staleTitle")}
        </h2>
        {dashboard.staleOrDelayed.length === 0 ? (
          <p>{t("staleNone")}</p>
        ) : (
          <ul className="space-y-1" data-testid="stale-list">
            {dashboard.staleOrDelayed.map((action) => (
              <li key={action.stableKey}>
                <span className="font-semibold">
                  {action.number} {action.title}
                </span>
                {" – "}
                {action.current.isStale && (action.current.lastReportedYear === null ? tStatus("neverReported") : tStatus("staleSince", { year: action.current.lastReportedYear }))}
                {action.current.isStale && action.current.isDelayed && ", "}
                {action.current.isDelayed && <strong className="text-red-900">{tStatus("delayed")}</strong>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="indicators-title" className="space-y-6">
        <h2 id="indicators-title" className="text-2xl">
          {t("indicatorsTitle")}
        </h2>
        {indicators.length === 0 && <p>{t("indicatorNone")}</p>}
        {indicators.map(({ action, indicator }) => (
          <IndicatorChart key={`${action.stableKey}/${indicator.stableKey}`} indicator={indicator} action={`${action.number} ${action.title}`} />
        ))}
      </section>

      <section aria-labelledby="actions-title" className="space-y-3">
        <h2 id="actions-title" className="text-2xl">
          {t("actionsTitle")}
        </h2>
        {dashboard.yearsWithoutPeriod.length > 0 && <p data-testid="years-without-period">{t("yearsWithoutPeriod", { years: dashboard.yearsWithoutPeriod.join(", ") })}</p>}
        <ScrollRegion label={t("actionsTitle")}>
          <table className="w-full text-sm" data-testid="follow-up-actions">
            <caption className="sr-only">{t("actionsTitle")}</caption>
            <thead>
              <tr>
                <th scope="col" className="text-left">
                  {t("action")}
                </th>
                {dashboard.years.map((y) => (
                  <th key={y} scope="col" className="px-2 text-left">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dashboard.actions.map((action) => (
                <tr key={action.stableKey} className="border-t border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-2 text-left font-normal">
                    <span className="font-semibold">{action.number}</span> {action.title}
                    <span className="block text-slate-700">
                      {t("responsible")}: {action.responsible.map((o) => o.name).join(", ")}
                    </span>
                  </th>
                  {action.years.map((row) => (
                    <td key={row.year} className="px-2 py-2">
                      <StatusText status={row.status} isDelayed={row.isDelayed} isOpenPeriod={openYears.has(row.year)} />
                      {row.status !== null && row.missing.length > 0 && <span className="block text-slate-700">{t("missing", { names: row.missing.join(", ") })}</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </div>
  );
}
