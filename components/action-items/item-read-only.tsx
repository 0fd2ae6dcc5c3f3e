import { useTranslations } from "next-intl";
import { TimeframeText } from "@/components/action-items/timeframe-text";
import type { ActionItemContent } from "@/lib/action-items/types";
import type { OrganisationOption } from "@/lib/organisations/types";

/** An action of a locked version: everything the form would show, without any control. */
export function ItemReadOnly({ content, organisations }: { content: ActionItemContent; organisations: readonly OrganisationOption[] }) {
  const t = useTranslations("items");
  const name = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;
  const responsible = content.organisations.filter((o) => o.role === "RESPONSIBLE");
  const partners = content.organisations.filter((o) => o.role === "PARTNER");
  return (
    <div className="space-y-6">
      <p className="rounded border-l-4 border-slate-700 bg-slate-100 p-3">{t("readOnlyIntro")}</p>
      <dl className="grid gap-x-6 gap-y-3 md:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("numberLabel")}</dt>
        <dd>{content.number}</dd>
        <dt className="font-semibold">{t("titleLabel")}</dt>
        <dd>{content.title}</dd>
        <dt className="font-semibold">{t("descriptionLabel")}</dt>
        <dd className="whitespace-pre-wrap">{content.description}</dd>
        <dt className="font-semibold">{t("timeframeLegend")}</dt>
        <dd>
          <TimeframeText
            kind={content.timeframeKind}
            startYear={content.startYear}
            endYear={content.endYear}
            startDate={content.startDate}
            endDate={content.endDate}
          />
        </dd>
        <dt className="font-semibold">{t("followUpLabel")}</dt>
        <dd className="whitespace-pre-wrap">{content.followUpText}</dd>
        <dt className="font-semibold">{t("responsibleHeading")}</dt>
        <dd>
          {responsible.length === 0
            ? t("none")
            : responsible.map((o) => (o.lead ? `${name(o.organisationId)} (${t("leadMark")})` : name(o.organisationId))).join(", ")}
        </dd>
        <dt className="font-semibold">{t("partnersHeading")}</dt>
        <dd>{partners.length === 0 ? t("none") : partners.map((o) => name(o.organisationId)).join(", ")}</dd>
      </dl>
      <section aria-labelledby="indicators-heading" className="space-y-2">
        <h2 id="indicators-heading" className="text-xl">
          {t("indicatorsLegend")}
        </h2>
        {content.indicators.length === 0 ? (
          <p>{t("noIndicators")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {content.indicators.map((indicator) => (
              <li key={indicator.stableKey}>
                {t("conflictIndicator", {
                  name: indicator.name,
                  unit: indicator.unit,
                  baseline: indicator.baseline,
                  baselineYear: indicator.baselineYear === null ? "" : String(indicator.baselineYear),
                  target: indicator.target,
                  targetYear: indicator.targetYear === null ? "" : String(indicator.targetYear),
                  dataSource: indicator.dataSource,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
