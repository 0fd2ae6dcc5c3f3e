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
  const labelWidth = 230;
  const barWidth = 420;
  const rowHeight = 30;
  const height = rows.length * rowHeight + 40;
  const summary = rows.map((row) => `${row.label}: ${statusOrder.filter((s) => row.counts[s] > 0).map((s) => `${t(`short.${s}`)} ${row.counts[s]}`).join(", ") || "0"}`).join("; ");
  return (
    <section aria-labelledby={`${id}-title`} className="follow-up-chart space-y-3 break-inside-avoid">
      <h3 id={`${id}-title`} className="text-xl">
        {title}
      </h3>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <svg viewBox={`0 0 ${labelWidth + barWidth + 10} ${height}`} role="img" aria-label={`${title}. ${summary}`} className="h-auto w-full" data-testid="status-chart">
          {rows.map((row, index) => {
            const y = index * rowHeight;
            let x = labelWidth;
            return (
              <g key={row.key}>
                <text x={labelWidth - 8} y={y + 19} textAnchor="end" fontSize="12" fill="#1f2937">
                  {row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label}
                </text>
                {statusOrder.map((status) => {
                  const count = row.counts[status];
                  if (count === 0 || row.total === 0) return null;
                  const width = (count / row.total) * barWidth;
                  const segment = (
                    <g key={status}>
                      <rect x={x} y={y + 4} width={width} height={rowHeight - 8} fill={statusFill[status]} stroke="#ffffff" strokeWidth="1" />
                      {width >= 18 && (
                        <text x={x + width / 2} y={y + 19} textAnchor="middle" fontSize="11" fill="#ffffff" fontWeight="bold">
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
          {statusOrder.map((status, index) => (
            <g key={status} transform={`translate(${(index % 3) * 215}, ${rows.length * rowHeight + 6 + Math.floor(index / 3) * 16})`}>
              <rect width="10" height="10" fill={statusFill[status]} />
              <text x="14" y="9" fontSize="10" fill="#1f2937">
                {t(status)}
              </text>
            </g>
          ))}
        </svg>
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
