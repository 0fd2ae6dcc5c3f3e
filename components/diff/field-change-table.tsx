import { useTranslations } from "next-intl";

export type FieldRow = { key: string; label: string; before: string; after: string };

/** Field-by-field changes, old and new side by side: Fält / Före / Efter. */
export function FieldChangeTable({ caption, rows }: { caption: string; rows: readonly FieldRow[] }) {
  const t = useTranslations("diff");
  if (rows.length === 0) return null;
  return (
    <table className="w-full table-fixed border-collapse text-left" data-testid="field-changes">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-600">
          <th scope="col" className="w-28 p-2 sm:w-1/5">{t("columns.field")}</th>
          <th scope="col" className="p-2">{t("columns.before")}</th>
          <th scope="col" className="p-2">{t("columns.after")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-300 align-top">
            <th scope="row" className="break-words p-2 text-sm sm:text-base">{row.label}</th>
            <td className="whitespace-pre-wrap break-words bg-red-50 p-2">
              {row.before === "" ? <span className="text-slate-700">{t("empty")}</span> : <del className="no-underline">{row.before}</del>}
            </td>
            <td className="whitespace-pre-wrap break-words bg-green-50 p-2">
              {row.after === "" ? <span className="text-slate-700">{t("empty")}</span> : <ins className="no-underline">{row.after}</ins>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
