import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateText } from "@/components/programmes/date-text";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ScrollRegion } from "@/components/ui/scroll-region";
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
        <ScrollRegion label={t("myTitle")}>
          <table className="w-full">
            <caption className="sr-only">{t("myTitle")}</caption>
            <thead>
              <tr>
                <th scope="col" className="text-left">
                  {t("colProgramme")}
                </th>
                <th scope="col" className="text-left">
                  {t("colOrganisation")}
                </th>
                <th scope="col" className="text-left">
                  {t("colProgress")}
                </th>
                <th scope="col" className="text-left">
                  {t("colCloses")}
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={`${period.periodId}/${period.organisation.id}`} className="border-t border-slate-300 align-top">
                  <td className="py-2 pr-3">
                    <Link href={`/arbetsyta/uppfoljning/${period.periodId}?organisation=${period.organisation.id}`}>
                      {t("reportLink", { year: period.year, programme: period.programme.title })}
                    </Link>
                    <span className="block text-sm text-slate-700">{period.county}</span>
                  </td>
                  <td className="py-2 pr-3">{period.organisation.name}</td>
                  <td className="py-2 pr-3">
                    {t("progressValue", { reported: period.reportedCount, total: period.actionCount })}
                    {period.correctionCount > 0 && <strong className="block text-red-900">{t("corrections", { count: period.correctionCount })}</strong>}
                  </td>
                  <td className="py-2">{period.closesAt === null ? t("noDeadline") : <DateText date={period.closesAt} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
