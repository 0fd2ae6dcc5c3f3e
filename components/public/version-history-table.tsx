import { useTranslations } from "next-intl";
import { CalendarDate } from "@/components/public/calendar-date";
import { DateRange } from "@/components/public/date-range";
import { publicPath, versionPath } from "@/lib/publications/open-data";
import type { PublicLocale, PublicVersionSummary } from "@/lib/publications/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * The programme's public versions with links to each and to the changes from the version before.
 * `showStatus` is false on a version's own (immutable) page, where "ersatt" could go stale.
 */
export function VersionHistoryTable({
  versions,
  countySlug,
  programmeSlug,
  locale,
  showStatus,
}: {
  versions: readonly PublicVersionSummary[];
  countySlug: string;
  programmeSlug: string;
  locale: PublicLocale;
  showStatus: boolean;
}) {
  const t = useTranslations("public.history");
  const tStatus = useTranslations("status");
  const tKind = useTranslations("public.kinds");
  return (
    <ScrollRegion label={t("caption")}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-600">
            <th scope="col" className="p-2">{t("version")}</th>
            <th scope="col" className="p-2">{t("kind")}</th>
            {showStatus && <th scope="col" className="p-2">{t("status")}</th>}
            <th scope="col" className="p-2">{t("validity")}</th>
            <th scope="col" className="p-2">{t("published")}</th>
            <th scope="col" className="p-2">{t("changes")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version, index) => {
            const previous = versions[index + 1];
            const path = versionPath(countySlug, programmeSlug, version.number);
            return (
              <tr key={version.number} className="border-b border-slate-300 align-top">
                <th scope="row" className="p-2 font-normal">
                  <a href={publicPath(locale, path)}>{t("versionLink", { number: version.number })}</a>
                </th>
                <td className="p-2">{tKind(version.kind)}</td>
                {showStatus && <td className="p-2">{tStatus(version.status)}</td>}
                <td className="p-2">
                  <DateRange from={version.validFrom} to={version.validTo} />
                </td>
                <td className="p-2">
                  <CalendarDate date={version.publishedAt} />
                </td>
                <td className="p-2">
                  {previous === undefined ? (
                    t("first")
                  ) : (
                    <a href={publicPath(locale, `${path}/andringar`)}>{t("changesLink", { from: previous.number, to: version.number })}</a>
                  )}
                  {version.changeSummary !== "" && <span className="mt-1 block">{version.changeSummary}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
