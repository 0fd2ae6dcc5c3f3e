import { useTranslations } from "next-intl";
import { AuditFilter } from "@/components/audit/audit-filter";
import { AuditTrail } from "@/components/audit/audit-trail";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import type { ProgrammeAuditPage } from "@/lib/programmes/types";

/** /arbetsyta/program/[programmeId]/handelser: the programme's audit trail, paginated. */
export function AuditPageView({ page }: { page: ProgrammeAuditPage }) {
  const t = useTranslations("audit");
  const tLog = useTranslations("auditLog");
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
      {!page.filter.isFiltered && <p>{t("intro", { title: page.programme.title, total: page.total })}</p>}
      <AuditFilter action={`${base}/handelser`} filter={page.filter} />
      {page.filter.isFiltered && (
        <p role="status">
          {tLog("filtered", { total: page.total })} {page.total === 0 && tLog("noneHint")}
        </p>
      )}
      {page.entries.length === 0 && !page.filter.isFiltered ? <p>{t("empty")}</p> : <AuditTrail entries={page.entries} />}
      <Pagination
        label={t("pagination")}
        page={page.page}
        pageCount={page.pageCount}
        hrefFor={(n) => `${base}/handelser?${new URLSearchParams({ ...(page.filter.stableKey === null ? {} : { atgard: page.filter.stableKey }), ...(page.filter.actorId === null ? {} : { person: page.filter.actorId }), sida: String(n) }).toString()}`}
        previousLabel={t("previous")}
        nextLabel={t("next")}
        positionLabel={t("position", { page: page.page, count: page.pageCount })}
      />
    </div>
  );
}
