import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { TimeframeText } from "@/components/action-items/timeframe-text";
import type { ReadableContent } from "@/lib/consultations/types";

const isoDate = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));
const withYear = (value: string, year: number | null) => (value === "" ? "–" : year === null ? value : `${value} (${year})`);

/** A version's focus areas and actions to read (remiss, ställningstagande): no editing here. */
export function VersionContent({
  readable,
  headingLevel = 2,
  itemExtra,
}: {
  readable: ReadableContent;
  headingLevel?: 2 | 3;
  /** Shown at the end of each action (e.g. a link to its comments). */
  itemExtra?: (item: { stableKey: string; number: string; title: string }) => ReactNode;
}) {
  const t = useTranslations("consultations");
  const tBasis = useTranslations("decisionBasis");
  const AreaHeading = headingLevel === 2 ? "h2" : "h3";
  const ItemHeading = headingLevel === 2 ? "h3" : "h4";
  const nameOf = (id: string) => readable.organisations[id] ?? id;
  return (
    <div className="space-y-6" data-testid="version-content">
      {readable.content.focusAreas.map((area, index) => (
        <section key={area.stableKey} aria-labelledby={`area-${area.stableKey}`} className="space-y-3">
          <AreaHeading id={`area-${area.stableKey}`} className="text-xl">
            {index + 1}. {area.title}
          </AreaHeading>
          {area.description !== "" && <p className="whitespace-pre-line">{area.description}</p>}
          <ul className="space-y-3">
            {area.items.map((item) => {
              const responsible = item.organisations.filter((o) => o.role === "RESPONSIBLE");
              const partners = item.organisations.filter((o) => o.role === "PARTNER");
              return (
                <li key={item.stableKey} className="rounded border border-slate-300 p-3">
                  <ItemHeading className="font-semibold">
                    {item.number} {item.title}
                  </ItemHeading>
                  {item.description !== "" && <p className="whitespace-pre-line">{item.description}</p>}
                  <dl className="mt-2 grid gap-x-4 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="font-semibold">{t("responsible")}</dt>
                    <dd>{responsible.map((o) => `${nameOf(o.organisationId)}${o.lead === true ? ` (${t("lead")})` : ""}`).join(", ") || "–"}</dd>
                    {partners.length > 0 && (
                      <>
                        <dt className="font-semibold">{t("partners")}</dt>
                        <dd>{partners.map((o) => nameOf(o.organisationId)).join(", ")}</dd>
                      </>
                    )}
                    <dt className="font-semibold">{t("timeframe")}</dt>
                    <dd>
                      <TimeframeText kind={item.timeframeKind} startYear={item.startYear} endYear={item.endYear} startDate={isoDate(item.startDate)} endDate={isoDate(item.endDate)} />
                    </dd>
                    {item.followUpText !== "" && (
                      <>
                        <dt className="font-semibold">{tBasis("followUp")}</dt>
                        <dd className="whitespace-pre-line">{item.followUpText}</dd>
                      </>
                    )}
                    {item.indicators.length > 0 && (
                      <>
                        <dt className="font-semibold">{tBasis("indicatorsTitle")}</dt>
                        <dd>
                          <ul className="space-y-1">
                            {item.indicators.map((indicator) => (
                              <li key={indicator.stableKey}>
                                {indicator.name}: {tBasis("indicatorValues", { baseline: withYear(indicator.baseline, indicator.baselineYear), target: withYear(indicator.target, indicator.targetYear) })}
                                {indicator.dataSource !== "" && <>. {tBasis("indicatorSource", { source: indicator.dataSource })}</>}
                              </li>
                            ))}
                          </ul>
                        </dd>
                      </>
                    )}
                  </dl>
                  {itemExtra?.(item)}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
