import { useTranslations } from "next-intl";
import { CsvImportForm } from "@/components/follow-up/csv-import-form";
import { ReportFormView } from "@/components/follow-up/report-form";
import { DateText } from "@/components/programmes/date-text";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { ReportForm } from "@/lib/follow-up/types";

/** /arbetsyta/uppfoljning/[periodId]: all of the organisation's actions of the period, and the CSV route. */
export function ReportPageView({ form }: { form: ReportForm }) {
  const t = useTranslations("followUp");
  const tNav = useTranslations("authoringNav");
  const tStatus = useTranslations("followUpStatus");
  return (
    <div className="space-y-8">
      <Breadcrumbs
        label={tNav("breadcrumbs")}
        items={[
          { href: "/arbetsyta", label: tNav("workspace") },
          { href: "/arbetsyta/uppfoljning", label: t("title") },
          { href: `/arbetsyta/uppfoljning/${form.periodId}`, label: t("formTitle", { year: form.year }) },
        ]}
      />
      <div className="space-y-2">
        <h1 className="text-3xl">
          {t("formTitle", { year: form.year })}: {form.programme.title}
        </h1>
        <p>{t("formIntro", { organisation: form.organisation.name, programme: form.programme.title, version: form.versionNumber })}</p>
        <p>
          {tStatus(`period.${form.periodStatus}`)}
          {form.closesAt !== null && (
            <>
              {" · "}
              {t("colCloses")} <DateText date={form.closesAt} />
            </>
          )}
        </p>
        <details className="rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold">{tStatus("delayed")} / G H P E</summary>
          <p className="mt-2">{tStatus("rule")}</p>
        </details>
      </div>
      <ReportFormView form={form} />
      {form.periodStatus === "OPEN" && (
        <section aria-labelledby="csv-title" className="space-y-3 border-t border-slate-300 pt-6">
          <h2 id="csv-title" className="text-2xl">
            {t("csvTitle")}
          </h2>
          <p>{t("csvIntro")}</p>
          <p>
            <a href={`/api/follow-up/${form.periodId}/rapport.csv?organisation=${form.organisation.id}`} download>
              {t("csvDownload", { year: form.year })}
            </a>
          </p>
          <CsvImportForm periodId={form.periodId} organisationId={form.organisation.id} />
        </section>
      )}
    </div>
  );
}
