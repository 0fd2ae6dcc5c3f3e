import { useFormatter, useTranslations } from "next-intl";
import { StatusBarChart } from "@/components/follow-up/status-bar-chart";
import { StatusText } from "@/components/follow-up/status-text";
import { ExampleContentBadge } from "@/components/ui/example-content-badge";
import { followUpPath, yearReportPdfPath } from "@/lib/follow-up/open-data";
import type { YearReport } from "@/lib/follow-up/types";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicLocale } from "@/lib/publications/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The uppföljningsrapport of one year: its distribution against the year before, the changes, every action. */
export function YearReportView({ report, locale }: { report: YearReport; locale: PublicLocale }) {
  const format = useFormatter();
  const withUnit = (value: number, unit: string) => `${format.number(value, { maximumFractionDigits: 3 })}${unit === "" ? "" : ` ${unit}`}`;
  const t = useTranslations("followUpPublic");
  const tStatus = useTranslations("followUpStatus");
  const { dashboard, year, previousYear } = report;
  const { county, programme } = dashboard;
  const base = followUpPath(county.slug, programme.slug);
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <nav aria-label={t("breadcrumbsLabel")} className="text-sm">
          <ol className="flex flex-wrap gap-2">
            <li>
              <a href={publicPath(locale, `/lan/${county.slug}`)}>{county.name}</a> /
            </li>
            <li>
              <a href={publicPath(locale, `/lan/${county.slug}/${programme.slug}`)}>{programme.title}</a> /
            </li>
            <li>
              <a href={publicPath(locale, base)}>{t("title")}</a>
            </li>
          </ol>
        </nav>
        <h1 className="text-3xl">
          {t("yearTitle", { year, programme: programme.title })}
          {dashboard.version.isExample && <ExampleContentBadge />}
        </h1>
        <p>{t("yearIntro", { year, previous: previousYear })}</p>
        <p className="print:hidden">
          <a href={yearReportPdfPath(county.slug, programme.slug, year)}>{t("pdfLink")}</a>
        </p>
        <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-3">{tStatus("rule")}</p>
      </header>
      <StatusBarChart
        title={t("distribution", { year, previous: previousYear })}
        rows={[
          { key: String(year), label: String(year), counts: report.counts, total: dashboard.actions.length },
          { key: String(previousYear), label: String(previousYear), counts: report.previousCounts, total: dashboard.actions.length },
        ]}
      />
      <section aria-labelledby="changes-title" className="space-y-3">
        <h2 id="changes-title" className="text-2xl">
          {t("changesTitle", { previous: previousYear })}
        </h2>
        {report.statusChanges.length === 0 ? (
          <p>{t("noChanges")}</p>
        ) : (
          <ScrollRegion label={t("changesTitle", { previous: previousYear })}>
            <table className="w-full text-sm">
              <caption className="sr-only">{t("changesTitle", { previous: previousYear })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="text-left">
                    {t("action")}
                  </th>
                  <th scope="col" className="text-left">
                    {previousYear}
                  </th>
                  <th scope="col" className="text-left">
                    {year}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.statusChanges.map((change) => (
                  <tr key={change.stableKey} className="border-t border-slate-300">
                    <th scope="row" className="py-1 text-left font-normal">
                      {change.number} {change.title}
                    </th>
                    <td>
                      <StatusText status={change.before} />
                    </td>
                    <td>
                      <StatusText status={change.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {report.indicatorChanges.length > 0 && (
          <ScrollRegion label={t("indicatorChanges")}>
            <table className="w-full text-sm">
              <caption className="text-left font-semibold">{t("indicatorChanges")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="text-left">
                    {t("indicator")}
                  </th>
                  <th scope="col" className="text-right">
                    {previousYear}
                  </th>
                  <th scope="col" className="text-right">
                    {year}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.indicatorChanges.map((change) => (
                  <tr key={`${change.action}/${change.indicator}`} className="border-t border-slate-300">
                    <th scope="row" className="py-1 text-left font-normal">
                      {change.action}: {change.indicator}
                    </th>
                    <td className="text-right tabular-nums">{change.before === null ? "–" : withUnit(change.before, change.unit)}</td>
                    <td className="text-right tabular-nums">{withUnit(change.after, change.unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
      <section aria-labelledby="year-actions-title" className="space-y-4">
        <h2 id="year-actions-title" className="text-2xl">
          {t("actionsTitle")}
        </h2>
        {report.actions.map((action) => {
          const row = action.years.find((y) => y.year === year);
          return (
            <section key={action.stableKey} aria-labelledby={`year-action-${action.stableKey}`} className="break-inside-avoid border-t border-slate-300 pt-2">
              <h3 id={`year-action-${action.stableKey}`} className="text-lg">
                {action.number} {action.title}
              </h3>
              <p>
                <StatusText status={row?.status ?? null} isDelayed={row?.isDelayed ?? false} />
              </p>
              {row !== undefined && (
                <ul className="list-disc pl-6">
                  {row.reports.map((r) => (
                    <li key={r.organisation}>
                      {r.organisation}: {tStatus(`short.${r.status}`)}
                      {r.comment !== "" && ` – ${r.comment}`}
                    </li>
                  ))}
                  {row.missing.length > 0 && <li>{t("missing", { names: row.missing.join(", ") })}</li>}
                </ul>
              )}
            </section>
          );
        })}
      </section>
    </article>
  );
}
