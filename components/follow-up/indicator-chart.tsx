import { useId } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { leadingNumber } from "@/lib/follow-up/lifecycle";
import type { IndicatorSeries } from "@/lib/follow-up/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * An indicator's approved values per year as a line, against its baseline and target (dashed
 * lines, labelled), drawn on the server; the values in a table beside it.
 */
export function IndicatorChart({ indicator, action }: { indicator: IndicatorSeries; action: string }) {
  const t = useTranslations("followUpPublic");
  const format = useFormatter();
  const id = useId();
  // Swedish conventions: decimal comma, a space between thousands, the unit beside the value.
  const withUnit = (value: number) => `${format.number(value, { maximumFractionDigits: 3 })}${indicator.unit === "" ? "" : ` ${indicator.unit}`}`;
  const baseline = leadingNumber(indicator.baseline);
  const target = leadingNumber(indicator.target);
  const points = indicator.values;
  const years = [...new Set([...(indicator.baselineYear === null ? [] : [indicator.baselineYear]), ...points.map((p) => p.year), ...(indicator.targetYear === null ? [] : [indicator.targetYear])])].sort((a, b) => a - b);
  const numbers = [...points.map((p) => p.value), ...(baseline === null ? [] : [baseline]), ...(target === null ? [] : [target])];
  const min = Math.min(0, ...numbers);
  const max = Math.max(1, ...numbers) * 1.1;
  // Text stays at least 12 px on a 320-px phone: a narrow viewBox, 13-unit text, at most 36rem wide.
  const width = 340;
  const height = 210;
  const left = 48;
  const bottom = 26;
  const firstYear = years[0] ?? 0;
  const lastYear = years[years.length - 1] ?? firstYear;
  const xOf = (year: number) => left + (lastYear === firstYear ? (width - left) / 2 : ((year - firstYear) / (lastYear - firstYear)) * (width - left - 16));
  const yOf = (value: number) => height - bottom - ((value - min) / (max - min)) * (height - bottom - 10);
  const title = t("indicatorChart", { name: indicator.name });
  const summary = points.map((p) => `${p.year}: ${withUnit(p.value)}`).join(", ");
  return (
    <figure aria-labelledby={`${id}-caption`} className="follow-up-chart space-y-2 break-inside-avoid">
      <figcaption id={`${id}-caption`} className="font-semibold">
        {action}: {indicator.name} {indicator.unit !== "" && `(${indicator.unit})`}
      </figcaption>
      <div className="grid gap-4 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${t("baseline")} ${indicator.baseline || "–"}, ${t("target")} ${indicator.target || "–"}. ${summary}`} className="h-auto w-full max-w-xl" data-testid="indicator-chart">
          <line x1={left} y1={height - bottom} x2={width} y2={height - bottom} stroke="#4b5563" />
          <line x1={left} y1={10} x2={left} y2={height - bottom} stroke="#4b5563" />
          <text x={left - 4} y={yOf(max / 1.1) + 4} textAnchor="end" fontSize="13" fill="#1f2937">
            {format.number(Math.round((max / 1.1) * 10) / 10)}
          </text>
          <text x={left - 4} y={height - bottom + 4} textAnchor="end" fontSize="13" fill="#1f2937">
            {format.number(min)}
          </text>
          {years.map((year) => (
            <text key={year} x={xOf(year)} y={height - 8} textAnchor="middle" fontSize="13" fill="#1f2937">
              {year}
            </text>
          ))}
          {baseline !== null && (
            <g>
              <line x1={left} x2={width} y1={yOf(baseline)} y2={yOf(baseline)} stroke="#6b7280" strokeDasharray="4 3" />
              <text x={width - 2} y={yOf(baseline) - 3} textAnchor="end" fontSize="13" fill="#374151">
                {t("baseline")} {format.number(baseline)}
              </text>
            </g>
          )}
          {target !== null && (
            <g>
              <line x1={left} x2={width} y1={yOf(target)} y2={yOf(target)} stroke="#1a6b32" strokeDasharray="8 3" />
              <text x={width - 2} y={yOf(target) - 3} textAnchor="end" fontSize="13" fill="#1a6b32">
                {t("target")} {format.number(target)}
              </text>
            </g>
          )}
          {points.length > 1 && <polyline fill="none" stroke="#1d4ed8" strokeWidth="2" points={points.map((p) => `${xOf(p.year)},${yOf(p.value)}`).join(" ")} />}
          {points.map((p) => (
            <g key={p.year}>
              <circle cx={xOf(p.year)} cy={yOf(p.value)} r="4" fill="#1d4ed8" />
              <text x={xOf(p.year)} y={yOf(p.value) - 7} textAnchor="middle" fontSize="13" fill="#1e3a8a">
                {format.number(p.value, { maximumFractionDigits: 3 })}
              </text>
            </g>
          ))}
        </svg>
        <ScrollRegion label={t("chartTable", { title: indicator.name })}>
          <table className="w-full text-sm">
            <caption className="sr-only">{t("chartTable", { title: indicator.name })}</caption>
            <thead>
              <tr>
                <th scope="col" className="text-left">
                  {t("year")}
                </th>
                <th scope="col" className="text-right">
                  {t("value")}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="border-t border-slate-300">
                <th scope="row" className="text-left font-normal">
                  {t("baseline")} {indicator.baselineYear ?? ""}
                </th>
                <td className="text-right">{indicator.baseline || "–"}</td>
              </tr>
              {points.map((p) => (
                <tr key={p.year} className="border-t border-slate-300">
                  <th scope="row" className="text-left font-normal">
                    {p.year}
                  </th>
                  <td className="text-right tabular-nums">{withUnit(p.value)}</td>
                </tr>
              ))}
              <tr className="border-t border-slate-300">
                <th scope="row" className="text-left font-normal">
                  {t("target")} {indicator.targetYear ?? ""}
                </th>
                <td className="text-right">{indicator.target || "–"}</td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </figure>
  );
}
