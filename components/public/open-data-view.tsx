import { useTranslations } from "next-intl";
import { csvColumns, openDataListPath, openDataSchemaPath } from "@/lib/publications/open-data";

/** How to use the open data: the list, the files per version, the schema and the content hash. */
export function OpenDataView() {
  const t = useTranslations("openData");
  const d = useTranslations("documents");
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      <section className="space-y-2">
        <h2 className="text-2xl">{t("listTitle")}</h2>
        <p>{t("list")}</p>
        <p>
          <a href={openDataListPath}>{openDataListPath}</a>
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-2xl">{t("downloadsTitle")}</h2>
        <p>{t("downloads")}</p>
        <ul className="list-disc pl-6">
          <li>
            <code>/api/open-data/lan/&#123;län&#125;/&#123;program&#125;/version/&#123;nummer&#125;/program.json</code>
          </li>
          <li>
            <code>/api/open-data/lan/&#123;län&#125;/&#123;program&#125;/version/&#123;nummer&#125;/atgarder.csv</code>
          </li>
          <li>
            <code>/api/open-data/lan/&#123;län&#125;/&#123;program&#125;/version/&#123;nummer&#125;/atgarder-excel.csv</code>
          </li>
          <li>
            <code>/api/open-data/lan/&#123;län&#125;/&#123;program&#125;/version/&#123;nummer&#125;/atgarder.xlsx</code>
          </li>
          <li>
            <code>/api/open-data/lan/&#123;län&#125;/&#123;program&#125;/version/&#123;nummer&#125;/program.pdf</code>
          </li>
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-2xl">{d("openDataTitle")}</h2>
        <p>{d("openDataCsv")}</p>
        <p>{d("openDataXlsx")}</p>
        <p>{d("openDataPdf")}</p>
      </section>
      <section className="space-y-2">
        <h2 className="text-2xl">{t("schemaTitle")}</h2>
        <p>{t("schema")}</p>
        <p>
          <a href={openDataSchemaPath}>{openDataSchemaPath}</a>
        </p>
        <p>{t("csvColumns")}</p>
        <p>
          <code className="break-words">{csvColumns.join(", ")}</code>
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-2xl">{t("hashTitle")}</h2>
        <p>{t("hash")}</p>
      </section>
    </article>
  );
}
