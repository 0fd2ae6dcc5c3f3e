import { useTranslations } from "next-intl";
import { AuditTrail } from "@/components/audit/audit-trail";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import type { ProgrammeAuditPage } from "@/lib/programmes/types";

/** /arbetsyta/program/[programmeId]/handelser: the programme's audit trail, paginated. */
export function AuditPageView({ page }: { page: ProgrammeAuditPage }) {
  const t = useTranslations("audit");
  const tNav = useTranslations("authoringNav");
  const base = `/arbetsyta/program/${page.programme.id}`;
  return (
    <div className="space-y-6">
      <Breadcrumbs
        label={tNav("breadcrumbs")}
        items={[
          { href: "/arbetsyta", label: tNav("workspace") },
          { href: "/arbetsyta/strategier", label: tNav("strategies") },
          { href: base, label: page.programme.title },
          { href: `${base}/handelser`, label: t("title") },
        ]}
      />
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro", { title: page.programme.title, total: page.total })}</p>
      <AuditTrail entries={page.entries} nationalStrategies={page.nationalStrategies} />
      <Pagination
        label={t("pagination")}
        page={page.page}
        pageCount={page.pageCount}
        hrefFor={(n) => `${base}/handelser?sida=${n}`}
        previousLabel={t("previous")}
        nextLabel={t("next")}
        positionLabel={t("position", { page: page.page, count: page.pageCount })}
      />
    </div>
  );
}
