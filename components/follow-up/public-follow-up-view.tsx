import { useTranslations } from "next-intl";
import { FollowUpDashboardView } from "@/components/follow-up/follow-up-dashboard";
import { ExampleContentBadge } from "@/components/ui/example-content-badge";
import { followUpDownloadPath, followUpPath } from "@/lib/follow-up/open-data";
import type { FollowUpDashboard } from "@/lib/follow-up/types";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicLocale } from "@/lib/publications/types";

/** /lan/<län>/<program>/uppfoljning: the programme's follow-up, approved reports only. */
export function PublicFollowUpView({ dashboard, locale }: { dashboard: FollowUpDashboard; locale: PublicLocale }) {
  const t = useTranslations("followUpPublic");
  const d = useTranslations("documents");
  const { county, programme, version } = dashboard;
  const programmePath = `/lan/${county.slug}/${programme.slug}`;
  const base = followUpPath(county.slug, programme.slug);
  return (
    <article className="space-y-8">
      <header className="space-y-4">
        <nav aria-label={t("breadcrumbsLabel")} className="text-sm">
          <ol className="flex flex-wrap gap-2">
            <li>
              <a href={publicPath(locale, "/")}>{t("home")}</a> /
            </li>
            <li>
              <a href={publicPath(locale, `/lan/${county.slug}`)}>{county.name}</a> /
            </li>
            <li>
              <a href={publicPath(locale, programmePath)}>{programme.title}</a>
            </li>
          </ol>
        </nav>
        <h1 className="text-3xl">
          {t("pageTitle", { programme: programme.title })}
          {version.isExample && <ExampleContentBadge />}
        </h1>
        <p>{t("intro", { number: version.number })}</p>
        <p className="print:hidden">{t("print")}</p>
      </header>
      <nav aria-labelledby="follow-up-links-title" className="space-y-2 print:hidden">
        <h2 id="follow-up-links-title" className="text-xl">
          {t("reportsTitle")}
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {[...dashboard.years].reverse().map((year) => (
            <li key={year}>
              <a href={publicPath(locale, `${base}/${year}`)}>{t("reportLink", { year })}</a>
            </li>
          ))}
        </ul>
        <p>
          {t("downloads")}: <a href={followUpDownloadPath(county.slug, programme.slug, "uppfoljning.json")}>{t("json")}</a>
          {" · "}
          <a href={followUpDownloadPath(county.slug, programme.slug, "uppfoljning.csv")}>{t("csv")}</a>
          {" · "}
          <a href={followUpDownloadPath(county.slug, programme.slug, "uppfoljning-excel.csv")}>{d("excelCsv")}</a>
          {" · "}
          <a href={followUpDownloadPath(county.slug, programme.slug, "uppfoljning.xlsx")}>{d("xlsx")}</a>
        </p>
      </nav>
      <FollowUpDashboardView dashboard={dashboard} />
    </article>
  );
}
