import { useId } from "react";
import { useTranslations } from "next-intl";
import { statusFill, statusOrder } from "@/components/follow-up/status-colours";
import type { DistributionRow } from "@/lib/follow-up/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * Stacked bars of the status distribution, one per row, drawn on the server as SVG with every
 * segment's number written in it, and the same figures in a table beside it (the table is what
 * screen readers and print rely on; the figure is marked as an image with a text alternative).
 */
export function StatusBarChart({ title, rows }: { title: string; rows: readonly DistributionRow[] }) {
  const t = useTranslations("followUpStatus");
  const tPublic = useTranslations("followUpPublic");
  const id = useId();
  // Narrow on purpose: the chart scales with its column, and its text stays at least 12 px on a
  // 320-px phone (viewBox 360 wide, text 13–14 units). Each row's label sits above its bar, and
  // the legend is HTML below, so nothing is cut or overlaps.
  const barWidth = 356;
  const rowHeight = 46;
  const height = rows.length * rowHeight + 4;
  const summary = rows.map((row) => `${row.label}: ${statusOrder.filter((s) => row.counts[s] > 0).map((s) => `${t(`short.${s}`)} ${row.counts[s]}`).join(", ") || "0"}`).join("; ");
  return (
    <section aria-labelledby={`${id}-title`} className="follow-up-chart space-y-3 break-inside-avoid">
      <h3 id={`${id}-title`} className="text-xl">
        {title}
      </h3>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-2">
          <svg viewBox={`0 0 ${barWidth + 4} ${height}`} role="img" aria-label={`${title}. ${summary}`} className="h-auto w-full max-w-xl" data-testid="status-chart">
            {rows.map((row, index) => {
              const y = index * rowHeight;
              let x = 0;
              return (
                <g key={row.key}>
                  <text x={0} y={y + 15} fontSize="14" fill="#1f2937">
                    {row.label.length > 44 ? `${row.label.slice(0, 43)}…` : row.label}
                  </text>
                  {statusOrder.map((status) => {
                    const count = row.counts[status];
                    if (count === 0 || row.total === 0) return null;
                    const width = (count / row.total) * barWidth;
                    const segment = (
                      <g key={status}>
                        <rect x={x} y={y + 20} width={width} height={22} fill={statusFill[status]} stroke="#ffffff" strokeWidth="1" />
                        {width >= 20 && (
                          <text x={x + width / 2} y={y + 36} textAnchor="middle" fontSize="13" fill="#ffffff" fontWeight="bold">
                            {count}
                          </text>
                        )}
                      </g>
                    );
                    x += width;
                    return segment;
                  })}
                </g>
              );
            })}
          </svg>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
            {statusOrder.map((status) => (
              <li key={status} className="flex items-center gap-1">
                <svg width="12" height="12" aria-hidden="true">
                  <rect width="12" height="12" fill={statusFill[status]} />
                </svg>
                {t(status)}
              </li>
            ))}
          </ul>
        </div>
        <ScrollRegion label={tPublic("chartTable", { title })}>
          <table className="w-full text-sm">
            <caption className="sr-only">{tPublic("chartTable", { title })}</caption>
            <thead>
              <tr>
                <th scope="col" className="text-left">
                  {tPublic("row")}
                </th>
                {statusOrder.map((status) => (
                  <th key={status} scope="col" className="px-1 text-right">
                    <abbr title={t(status)}>{t(`short.${status}`)}</abbr>
                  </th>
                ))}
                <th scope="col" className="px-1 text-right">
                  {tPublic("total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-t border-slate-300">
                  <th scope="row" className="py-1 text-left font-normal">
                    {row.label}
                  </th>
                  {statusOrder.map((status) => (
                    <td key={status} className="px-1 text-right tabular-nums">
                      {row.counts[status]}
                    </td>
                  ))}
                  <td className="px-1 text-right font-semibold tabular-nums">{row.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}
