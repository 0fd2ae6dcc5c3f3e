import Link from "next/link";
import { useTranslations } from "next-intl";
import { VersionCommentsLink } from "@/components/comments/version-comments-link";
import { DateText, PeriodText } from "@/components/programmes/date-text";
import { MissingGoalLinks } from "@/components/programmes/missing-goal-links";
import { VersionFieldsForm } from "@/components/programmes/version-fields-form";
import { VersionFieldsReadonly } from "@/components/programmes/version-fields-readonly";
import { VersionStatusBadge } from "@/components/programmes/version-status";
import { WithdrawVersionForm } from "@/components/programmes/withdraw-version-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { VersionPage } from "@/lib/programmes/types";

/** /arbetsyta/program/[programmeId]/version/[number]: a version's facts, fields and withdrawal. */
export function VersionPageView({
  page,
  confirmWithdraw,
  unresolvedComments = null,
}: {
  page: VersionPage;
  confirmWithdraw: boolean;
  /** Unresolved comment threads of the version (null: not the reader's to see). */
  unresolvedComments?: number | null;
}) {
  const t = useTranslations("versions");
  const tNav = useTranslations("authoringNav");
  const tKinds = useTranslations("versionKinds");
  const tDocuments = useTranslations("documents");
  const { programme, version } = page;
  const programmeHref = `/arbetsyta/program/${programme.id}`;
  const versionHref = `${programmeHref}/version/${version.number}`;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <Breadcrumbs
          label={tNav("breadcrumbs")}
          items={[
            { href: "/arbetsyta", label: tNav("workspace") },
            { href: "/arbetsyta/strategier", label: tNav("strategies") },
            { href: programmeHref, label: programme.title },
            { href: versionHref, label: tNav("version", { number: version.number }) },
          ]}
        />
        <h1 className="text-3xl">{t("title", { title: programme.title, number: version.number })}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <VersionStatusBadge status={version.status} />
          <span>{tKinds(version.kind)}</span>
          <span aria-hidden="true">·</span>
          <span>
            {t("validity")}: <PeriodText from={version.validFrom} to={version.validTo} />
          </span>
        </p>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("created")}</dt>
          <dd><DateText date={version.createdAt} /></dd>
          {version.supersedesNumber !== null && (
            <>
              <dt className="font-semibold">{t("basedOn")}</dt>
              <dd>{tNav("version", { number: version.supersedesNumber })}</dd>
            </>
          )}
          <dt className="font-semibold">{t("content")}</dt>
          <dd>{t("contentCounts", { focusAreas: page.counts.focusAreas, items: page.counts.items })}</dd>
        </dl>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`${versionHref}/innehall`}>{page.canEdit ? t("editContent") : t("viewContent")}</Link>
          </li>
          {unresolvedComments !== null && (
            <li>
              <VersionCommentsLink programmeId={programme.id} versionNumber={version.number} unresolved={unresolvedComments} />
            </li>
          )}
          <li>
            <Link href={`${versionHref}/remiss`}>{t("consultationLink")}</Link>
          </li>
          <li>
            <Link href={`${versionHref}/stallningstagande`}>{t("endorsementLink")}</Link>
            {page.endorsementProgress !== null && (
              <span data-testid="version-endorsement-progress">
                {" "}
                ({t("endorsementProgress", page.endorsementProgress)})
              </span>
            )}
          </li>
          {version.supersedesNumber !== null && (
            <li>
              <Link href={`${programmeHref}/jamfor?fran=${version.supersedesNumber}&till=${version.number}`}>
                {t("compareWith", { number: version.supersedesNumber })}
              </Link>
            </li>
          )}
          {page.actionsXlsxPath !== null && (
            <li>
              <a href={page.actionsXlsxPath}>
                {tDocuments("xlsx")}
              </a>
            </li>
          )}
          <li>
            <Link href={programmeHref}>{t("backToProgramme")}</Link>
          </li>
        </ul>
      </div>

      <MissingGoalLinks focusAreas={page.focusAreasMissingGoal} editHref={page.canEdit ? `${versionHref}/innehall` : undefined} />

      <section aria-labelledby="version-fields" className="space-y-4">
        <h2 id="version-fields" className="text-2xl">
          {t("fieldsTitle")}
        </h2>
        {page.canEdit ? (
          <VersionFieldsForm key={version.id} versionId={version.id} current={page.fields} nationalStrategies={page.nationalStrategies} />
        ) : (
          <VersionFieldsReadonly version={version} lockReason={page.lockReason} />
        )}
      </section>

      {page.canWithdraw && (
        <section aria-labelledby="withdraw-section" className="space-y-3">
          <h2 id="withdraw-section" className="text-2xl">
            {t("withdraw.title")}
          </h2>
          {confirmWithdraw ? (
            <WithdrawVersionForm key={version.id} versionId={version.id} number={version.number} cancelHref={versionHref} />
          ) : (
            <>
              <p>{t("withdraw.intro")}</p>
              <Link href={`${versionHref}?aterkalla=1`} className="font-semibold">
                {t("withdraw.start", { number: version.number })}
              </Link>
            </>
          )}
        </section>
      )}
    </div>
  );
}
