import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateText, PeriodText } from "@/components/programmes/date-text";
import { StartExtensionForm, StartRevisionForm } from "@/components/programmes/start-version-forms";
import { VersionStatusBadge } from "@/components/programmes/version-status";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { ProgrammeOverview } from "@/lib/programmes/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** /arbetsyta/program/[programmeId]: version history, new revision or extension, compare, audit. */
export function ProgrammeOverviewView({ overview }: { overview: ProgrammeOverview }) {
  const t = useTranslations("programmes");
  const tNav = useTranslations("authoringNav");
  const tKinds = useTranslations("versionKinds");
  const tStatus = useTranslations("status");
  const tFollowUp = useTranslations("followUp");
  const base = `/arbetsyta/program/${overview.id}`;
  const published = overview.latestPublished;
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <Breadcrumbs
          label={tNav("breadcrumbs")}
          items={[
            { href: "/arbetsyta", label: tNav("workspace") },
            { href: "/arbetsyta/strategier", label: tNav("strategies") },
            { href: base, label: overview.title },
          ]}
        />
        <h1 className="text-3xl">{overview.title}</h1>
        <p>
          {overview.countyName} · {t("partOf")} <Link href={`/arbetsyta/strategier/${overview.strategy.id}`}>{overview.strategy.title}</Link>
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {published !== null && (
            <li>
              <Link href={`${base}/uppfoljning`}>{tFollowUp("programmeLink")}</Link>
            </li>
          )}
          {overview.versions.length > 1 && (
            <li>
              <Link href={`${base}/jamfor`}>{t("compareVersions")}</Link>
            </li>
          )}
          {overview.canViewAudit && (
            <li>
              <Link href={`${base}/handelser`}>{t("auditTrail")}</Link>
            </li>
          )}
        </ul>
      </div>

      <section aria-labelledby="version-history" className="space-y-4">
        <h2 id="version-history" className="text-2xl">
          {t("historyTitle")}
        </h2>
        <ScrollRegion label={t("versionsOf", { title: overview.title })}>
          <table className="w-full border-collapse text-left" data-testid="version-history">
            <caption className="sr-only">{t("versionsOf", { title: overview.title })}</caption>
            <thead>
              <tr className="border-b-2 border-slate-600">
                <th scope="col" className="py-2 pr-3">{t("columns.version")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.kind")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.status")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.validity")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.created")}</th>
                <th scope="col" className="py-2 pr-3">{t("columns.published")}</th>
                <th scope="col" className="py-2">{t("columns.compare")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.versions.map((version) => {
                return (
                  <tr key={version.id} className="border-b border-slate-300">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link href={`${base}/version/${version.number}`}>{t("versionNumber", { number: version.number })}</Link>
                    </th>
                    <td className="py-2 pr-3">{tKinds(version.kind)}</td>
                    <td className="py-2 pr-3">
                      <VersionStatusBadge status={version.status} />
                    </td>
                    <td className="py-2 pr-3">
                      <PeriodText from={version.validFrom} to={version.validTo} />
                    </td>
                    <td className="py-2 pr-3">
                      <DateText date={version.createdAt} />
                    </td>
                    <td className="py-2 pr-3">{version.publishedAt === null ? "–" : <DateText date={version.publishedAt} />}</td>
                    <td className="py-2">
                      {version.supersedesNumber === null ? (
                        "–"
                      ) : (
                        <Link
                          href={`${base}/jamfor?fran=${version.supersedesNumber}&till=${version.number}`}
                          aria-label={t("compareAria", { from: version.supersedesNumber, to: version.number })}
                        >
                          {t("compareWith", { number: version.supersedesNumber })}
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="new-version" className="space-y-4">
        <h2 id="new-version" className="text-2xl">
          {t("newVersionTitle")}
        </h2>
        {overview.openVersion !== null && (
          <p data-testid="open-version-note">
            {t("openVersionExists", { number: overview.openVersion.number, status: tStatus(overview.openVersion.status) })}{" "}
            <Link href={`${base}/version/${overview.openVersion.number}`}>{t("openVersionLink", { number: overview.openVersion.number })}</Link>
          </p>
        )}
        {overview.openVersion === null && published === null && <p>{t("nothingPublished")}</p>}
        {overview.canStartRevision && published !== null && (
          <div className="space-y-3">
            <h3 className="text-xl">{t("revisionTitle")}</h3>
            <p>{t("revisionIntro", { number: published.number })}</p>
            <StartRevisionForm
              programmeId={overview.id}
              publishedStrategyId={published.nationalStrategyId}
              nationalStrategies={overview.nationalStrategies}
            />
          </div>
        )}
        {overview.canStartExtension && published !== null && (
          <div className="space-y-3">
            <h3 className="text-xl">{t("extensionTitle")}</h3>
            <p>{t("extensionIntro", { number: published.number })}</p>
            <StartExtensionForm programmeId={overview.id} currentEnd={published.validTo.toISOString().slice(0, 10)} />
          </div>
        )}
      </section>
    </div>
  );
}
