import { useTranslations } from "next-intl";
import { downloadPath } from "@/lib/publications/open-data";

/** PDF, CSV (machine and Swedish Excel), Excel and JSON of one version, with the content hash a reader can check them against. */
export function DownloadLinks({
  countySlug,
  programmeSlug,
  number,
  contentHash,
}: {
  countySlug: string;
  programmeSlug: string;
  number: number;
  contentHash: string | null;
}) {
  const t = useTranslations("public.downloads");
  const d = useTranslations("documents");
  return (
    <div className="space-y-2">
      <ul className="flex flex-wrap gap-4">
        <li>
          <a href={downloadPath(countySlug, programmeSlug, number, "program.pdf")} type="application/pdf">
            {t("pdf")}
          </a>
        </li>
        <li>
          <a href={downloadPath(countySlug, programmeSlug, number, "atgarder.csv")} type="text/csv">
            {t("csv")}
          </a>
        </li>
        <li>
          <a href={downloadPath(countySlug, programmeSlug, number, "atgarder.xlsx")} type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {d("xlsx")}
          </a>
        </li>
        <li>
          <a href={downloadPath(countySlug, programmeSlug, number, "atgarder-excel.csv")} type="text/csv">
            {d("excelCsv")}
          </a>
        </li>
        <li>
          <a href={downloadPath(countySlug, programmeSlug, number, "program.json")} type="application/json">
            {t("json")}
          </a>
        </li>
      </ul>
      <p className="text-sm">
        {t("hashLabel")}: <code className="break-all">{contentHash ?? t("noHash")}</code>
      </p>
    </div>
  );
}
