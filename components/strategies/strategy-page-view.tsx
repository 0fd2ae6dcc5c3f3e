import Link from "next/link";
import { useTranslations } from "next-intl";
import { CreateProgrammeForm } from "@/components/programmes/create-programme-form";
import { DateText, PeriodText } from "@/components/programmes/date-text";
import { VersionStatusBadge } from "@/components/programmes/version-status";
import { ExtensionForm } from "@/components/strategies/extension-form";
import { StrategyForm } from "@/components/strategies/strategy-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { StrategyPage } from "@/lib/strategies/types";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** /arbetsyta/strategier/[strategyId]: the strategy's fields, its extensions and its programmes. */
export function StrategyPageView({ page }: { page: StrategyPage }) {
  const t = useTranslations("strategies");
  const tNav = useTranslations("authoringNav");
  const { strategy } = page;
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <Breadcrumbs
          label={tNav("breadcrumbs")}
          items={[
            { href: "/arbetsyta", label: tNav("workspace") },
            { href: "/arbetsyta/strategier", label: tNav("strategies") },
            { href: `/arbetsyta/strategier/${strategy.id}`, label: strategy.title },
          ]}
        />
        <h1 className="text-3xl">{strategy.title}</h1>
        <p>
          {strategy.countyName} · {t("validity")}: <PeriodText from={strategy.validFrom} to={strategy.validTo} />
          {strategy.effectiveValidTo.getTime() !== strategy.validTo.getTime() && (
            <>
              {" "}
              ({t("extendedTo")} <DateText date={strategy.effectiveValidTo} />)
            </>
          )}
        </p>
      </div>

      <section aria-labelledby="strategy-fields" className="space-y-4">
        <h2 id="strategy-fields" className="text-2xl">
          {t("fieldsTitle")}
        </h2>
        {/* Keyed by the record: a form state (e.g. "created") never carries over from another page's form. */}
        <StrategyForm
          key={strategy.id}
          mode="edit"
          strategyId={strategy.id}
          revision={strategy.revision}
          nationalStrategies={page.nationalStrategies}
          values={{
            title: strategy.title,
            validFrom: isoDate(strategy.validFrom),
            validTo: isoDate(strategy.validTo),
            nationalStrategyId: strategy.nationalStrategy.id,
            overarchingText: strategy.overarchingText,
          }}
        />
      </section>

      <section aria-labelledby="strategy-extensions" className="space-y-4">
        <h2 id="strategy-extensions" className="text-2xl">
          {t("extensionsTitle")}
        </h2>
        <p>{t("extensionsIntro")}</p>
        {strategy.extensions.length === 0 ? (
          <p>{t("noExtensions")}</p>
        ) : (
          <table className="w-full border-collapse text-left" data-testid="extensions">
            <caption className="sr-only">{t("extensionsTitle")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-600">
                <th scope="col" className="py-2 pr-3">{t("newValidTo")}</th>
                <th scope="col" className="py-2 pr-3">{t("decisionBody")}</th>
                <th scope="col" className="py-2 pr-3">{t("decisionDate")}</th>
                <th scope="col" className="py-2">{t("diarienummer")}</th>
              </tr>
            </thead>
            <tbody>
              {strategy.extensions.map((extension) => (
                <tr key={extension.id} className="border-b border-slate-300">
                  <td className="py-2 pr-3"><DateText date={extension.newValidTo} /></td>
                  <td className="py-2 pr-3">{extension.decisionBody}</td>
                  <td className="py-2 pr-3"><DateText date={extension.decisionDate} /></td>
                  <td className="py-2">{extension.diarienummer ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3 className="text-xl">{t("recordExtensionTitle")}</h3>
        <ExtensionForm key={strategy.id} strategyId={strategy.id} />
      </section>

      <section aria-labelledby="strategy-programmes" className="space-y-4">
        <h2 id="strategy-programmes" className="text-2xl">
          {t("programmesTitle")}
        </h2>
        {strategy.programmes.length === 0 ? (
          <p>{t("noProgrammes")}</p>
        ) : (
          <ul className="space-y-2">
            {strategy.programmes.map((programme) => {
              const latest = programme.versions[programme.versions.length - 1];
              return (
                <li key={programme.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/arbetsyta/program/${programme.id}`}>{programme.title}</Link>
                  {latest !== undefined && <VersionStatusBadge status={latest.status} />}
                </li>
              );
            })}
          </ul>
        )}
        {page.canCreateProgramme && (
          <>
            <h3 className="text-xl">{t("newProgrammeTitle")}</h3>
            <CreateProgrammeForm
              key={strategy.id}
              strategyId={strategy.id}
              countyId={strategy.countyId}
              defaults={{ validFrom: isoDate(strategy.validFrom), validTo: isoDate(strategy.effectiveValidTo) }}
              templates={page.templateVersions}
            />
          </>
        )}
      </section>
    </div>
  );
}
