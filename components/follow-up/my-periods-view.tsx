import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateText } from "@/components/programmes/date-text";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { MyPeriod } from "@/lib/follow-up/types";

/** /arbetsyta/uppfoljning: the open periods with actions the signatory's organisations report on. */
export function MyPeriodsView({ periods }: { periods: readonly MyPeriod[] }) {
  const t = useTranslations("followUp");
  const tNav = useTranslations("authoringNav");
  return (
    <div className="space-y-6">
      <Breadcrumbs label={tNav("breadcrumbs")} items={[{ href: "/arbetsyta", label: tNav("workspace") }, { href: "/arbetsyta/uppfoljning", label: t("title") }]} />
      <h1 className="text-3xl">{t("myTitle")}</h1>
      <p>{t("myIntro")}</p>
      {periods.length === 0 ? (
        <p>{t("myNone")}</p>
      ) : (
        // One card per period and organisation: the link to the form first, then three short facts
        // that sit side by side where there is room and stack on a phone (no table to scroll sideways).
        <ul className="space-y-3">
          {periods.map((period) => (
            <li key={`${period.periodId}/${period.organisation.id}`} className="space-y-2 rounded border border-slate-300 p-4">
              <p className="font-semibold">
                <Link href={`/arbetsyta/uppfoljning/${period.periodId}?organisation=${period.organisation.id}`}>
                  {t("reportLink", { year: period.year, programme: period.programme.title })}
                </Link>
                <span className="block text-sm font-normal text-slate-700">{period.county}</span>
              </p>
              <dl className="grid gap-x-8 gap-y-2 sm:grid-cols-3">
                <div>
                  <dt className="text-sm text-slate-700">{t("colOrganisation")}</dt>
                  <dd>{period.organisation.name}</dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-700">{t("colProgress")}</dt>
                  <dd>
                    {t("progressValue", { reported: period.reportedCount, total: period.actionCount })}
                    {period.correctionCount > 0 && <strong className="block text-red-900">{t("corrections", { count: period.correctionCount })}</strong>}
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-700">{t("colCloses")}</dt>
                  <dd>{period.closesAt === null ? t("noDeadline") : <DateText date={period.closesAt} />}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
