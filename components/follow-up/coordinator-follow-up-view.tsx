import Link from "next/link";
import { useTranslations } from "next-intl";
import { ApproveAllForm } from "@/components/follow-up/approve-all-form";
import { FollowUpDashboardView } from "@/components/follow-up/follow-up-dashboard";
import { PeriodControls } from "@/components/follow-up/period-controls";
import { ReviewForm } from "@/components/follow-up/review-form";
import { DateText } from "@/components/programmes/date-text";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DoneNotice } from "@/components/ui/done-notice";
import type { CoordinatorFollowUp } from "@/lib/follow-up/types";

/**
 * /arbetsyta/program/[programmeId]/uppfoljning: periods, review of the year's reports, the dashboard.
 * `done` is what the last change that removed its own form did (?klart=).
 */
export function CoordinatorFollowUpView({ page, done }: { page: CoordinatorFollowUp; done?: "approvedAll" | undefined }) {
  const t = useTranslations("followUp");
  const tNav = useTranslations("authoringNav");
  const tStatus = useTranslations("followUpStatus");
  const base = `/arbetsyta/program/${page.programme.id}`;
  const dashboard = page.dashboard;
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <Breadcrumbs
          label={tNav("breadcrumbs")}
          items={[
            { href: "/arbetsyta", label: tNav("workspace") },
            { href: base, label: page.programme.title },
            { href: `${base}/uppfoljning`, label: t("title") },
          ]}
        />
        <h1 className="text-3xl">{t("coordinatorTitle", { programme: page.programme.title })}</h1>
        {dashboard !== null && (
          <p>
            <a href={`/lan/${dashboard.county.slug}/${dashboard.programme.slug}/uppfoljning`}>{t("publicPage")}</a>
          </p>
        )}
      </div>

      <section aria-labelledby="periods-title" className="space-y-4">
        <h2 id="periods-title" className="text-2xl">
          {t("periodsTitle")}
        </h2>
        <p>{t("periodsIntro")}</p>
        {page.versions.length === 0 && <p>{t("noVersions")}</p>}
        {page.versions.map((version) => (
          <section key={version.id} aria-labelledby={`version-${version.id}`} className="space-y-3">
            <h3 id={`version-${version.id}`} className="text-xl">
              {t("versionHeading", { number: version.number, title: version.title })}
            </h3>
            <ul className="space-y-4">
              {version.periods.map((period) => (
                <li key={period.year} className="rounded border border-slate-300 p-3" data-testid={`period-${version.number}-${period.year}`}>
                  <p className="font-semibold">
                    {period.year}: {tStatus(`period.${period.status}`)}
                    {period.closesAt !== null && (
                      <>
                        {" · "}
                        {t("colCloses")} <DateText date={period.closesAt} />
                      </>
                    )}
                  </p>
                  {page.canManagePeriods && (
                    <PeriodControls versionId={version.id} periodId={period.id} year={period.year} status={period.status} canOpen={period.canOpen} canClose={period.canClose} />
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section aria-labelledby="review-title" className="space-y-4">
        <h2 id="review-title" className="text-2xl">
          {page.reviewYear === null ? t("reviewTable") : t("reviewTitle", { year: page.reviewYear })}
        </h2>
        {page.years.length > 1 && (
          <nav aria-label={t("reviewYears")}>
            <ul className="flex flex-wrap gap-x-4">
              {page.years.map((year) => (
                <li key={year}>
                  {year === page.reviewYear ? (
                    <span aria-current="page">{year}</span>
                  ) : (
                    <Link href={`${base}/uppfoljning?ar=${year}`}>{year}</Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        )}
        {done === "approvedAll" && page.reviewYear !== null && <DoneNotice>{t("approvedAll", { year: page.reviewYear })}</DoneNotice>}
        {page.approveAll !== null && page.reviewYear !== null && <ApproveAllForm periodId={page.approveAll.periodId} year={page.reviewYear} count={page.approveAll.count} />}
        {page.reviews.length === 0 ? (
          <p>{t("reviewNone")}</p>
        ) : (
          <ul className="space-y-4">
            {page.reviews.map((review) => (
              <li key={review.reportId} className="space-y-2 rounded border border-slate-300 p-3" data-testid={`review-${review.number}-${review.organisation}`}>
                <h3 className="text-lg font-semibold">
                  {review.number} {review.title} – {review.organisation}
                </h3>
                <p>
                  {tStatus(review.status)}
                  {review.comment !== "" && ` – ${review.comment}`}
                </p>
                {review.indicators.map((indicator) => (
                  <p key={indicator.name}>{t("indicatorValue", { name: indicator.name, value: indicator.value, unit: indicator.unit })}</p>
                ))}
                <p className="text-sm">
                  {t("reviewState", { state: tStatus(`review.${review.reviewStatus}`) })}
                  {review.reportedAt !== null && (
                    <>
                      {" · "}
                      {t("reportedAt", { date: review.reportedAt.toISOString().slice(0, 10) })}
                    </>
                  )}
                </p>
                {review.reviewMessage !== null && <p className="text-sm">{t("correctionMessage", { message: review.reviewMessage })}</p>}
                {page.canReview && (
                  <ReviewForm reportId={review.reportId} organisation={review.organisation} number={review.number} canApprove={review.canApprove} canSendBack={review.canSendBack} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {dashboard !== null && (
        <section aria-labelledby="dashboard-title" className="space-y-4">
          <h2 id="dashboard-title" className="text-2xl">
            {t("dashboardTitle")}
          </h2>
          <FollowUpDashboardView dashboard={dashboard} />
        </section>
      )}
    </div>
  );
}
