import Link from "next/link";
import { useTranslations } from "next-intl";
import { PeriodText, DateText } from "@/components/programmes/date-text";
import { VersionStatusBadge } from "@/components/programmes/version-status";
import { ExampleContentBadge } from "@/components/ui/example-content-badge";
import type { CountyStrategies, StrategySummary } from "@/lib/strategies/types";

/** The coordinator's counties: each regional strategy with its programmes and their versions. */
export function StrategyList({ counties }: { counties: readonly CountyStrategies[] }) {
  const t = useTranslations("strategies");
  if (counties.length === 0) return <p data-testid="no-counties">{t("notCoordinator")}</p>;
  return (
    <div className="space-y-10">
      {counties.map((county) => (
        <section key={county.countyId} aria-labelledby={`county-${county.countyId}`} className="space-y-6">
          <h2 id={`county-${county.countyId}`} className="text-2xl">
            {county.countyName}
          </h2>
          {county.strategies.length === 0 ? (
            <p>{t("noStrategies")}</p>
          ) : (
            county.strategies.map((strategy) => <StrategyCard key={strategy.id} strategy={strategy} />)
          )}
        </section>
      ))}
    </div>
  );
}

function StrategyCard({ strategy }: { strategy: StrategySummary }) {
  const t = useTranslations("strategies");
  const tProgrammes = useTranslations("programmes");
  const tKinds = useTranslations("versionKinds");
  const extended = strategy.effectiveValidTo.getTime() !== strategy.validTo.getTime();
  return (
    <article className="space-y-3 rounded border border-slate-300 p-4" data-testid="strategy-card">
      <h3 className="text-xl">
        <Link href={`/arbetsyta/strategier/${strategy.id}`}>{strategy.title}</Link>
        {strategy.isExample && <ExampleContentBadge />}
      </h3>
      <p>
        {t("validity")}: <PeriodText from={strategy.validFrom} to={strategy.validTo} />
        {extended && (
          <>
            {" "}
            ({t("extendedTo")} <DateText date={strategy.effectiveValidTo} />)
          </>
        )}
        {" · "}
        {t("implements", { strategy: strategy.nationalStrategy.shortTitle })}
      </p>
      {strategy.programmes.length === 0 ? (
        <p>{t("noProgrammes")}</p>
      ) : (
        strategy.programmes.map((programme) => (
          <div key={programme.id} className="space-y-2">
            <h4 className="text-lg font-semibold">
              <Link href={`/arbetsyta/program/${programme.id}`}>{programme.title}</Link>
            </h4>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{tProgrammes("versionsOf", { title: programme.title })}</caption>
              <thead>
                <tr className="border-b-2 border-slate-600">
                  <th scope="col" className="py-1 pr-3">{tProgrammes("columns.version")}</th>
                  <th scope="col" className="py-1 pr-3">{tProgrammes("columns.kind")}</th>
                  <th scope="col" className="py-1 pr-3">{tProgrammes("columns.status")}</th>
                  <th scope="col" className="py-1">{tProgrammes("columns.validity")}</th>
                </tr>
              </thead>
              <tbody>
                {[...programme.versions].reverse().map((version) => (
                  <tr key={version.id} className="border-b border-slate-300">
                    <td className="py-1 pr-3">
                      <Link href={`/arbetsyta/program/${programme.id}/version/${version.number}`}>
                        {tProgrammes("versionNumber", { number: version.number })}
                      </Link>
                    </td>
                    <td className="py-1 pr-3">{tKinds(version.kind)}</td>
                    <td className="py-1 pr-3">
                      <VersionStatusBadge status={version.status} />
                    </td>
                    <td className="py-1">
                      <PeriodText from={version.validFrom} to={version.validTo} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))
      )}
    </article>
  );
}
