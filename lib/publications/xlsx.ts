import ExcelJS from "exceljs";
import type { PublicVersion, Timeframe } from "@/lib/publications/types";

/*
 * "Ladda ner som Excel": a version's actions as .xlsx in the one layout that the import template of
 * the authoring issue also reads (notes: XLSX-TEMPLATE.md). Sheet "Åtgärder", header in row 1 (bold,
 * frozen, autofilter), one row per action, each further indicator on its own row with the same Nr and
 * Nyckel. Numbers are stored as numbers, Nr as text.
 */

export const actionSheetName = "Åtgärder";

export const actionSheetColumns = [
  { header: "Fokusområde", width: 28 },
  { header: "Nr", width: 6 },
  { header: "Åtgärd", width: 40 },
  { header: "Beskrivning", width: 60 },
  { header: "Ansvarig", width: 32 },
  { header: "Samverkanspartner", width: 32 },
  { header: "Tidsplan", width: 13 },
  { header: "Uppföljning", width: 40 },
  { header: "Indikator", width: 32 },
  { header: "Enhet", width: 10 },
  { header: "Utgångsläge år", width: 9 },
  { header: "Utgångsläge", width: 11 },
  { header: "Målvärde år", width: 9 },
  { header: "Målvärde", width: 11 },
  { header: "Datakälla", width: 24 },
  { header: "Nyckel", width: 38 },
] as const;

const isoDate = (date: Date | null): string => (date === null ? "" : date.toISOString().slice(0, 10));

/** "2026–2029", "2026" (one year), "2026-01-01–2026-06-30", or `ongoing` ("Löpande"). */
export function formatTimeframe(timeframe: Timeframe, ongoing: string): string {
  switch (timeframe.kind) {
    case "YEARS":
      return timeframe.startYear === timeframe.endYear ? String(timeframe.startYear ?? "") : `${timeframe.startYear ?? ""}–${timeframe.endYear ?? ""}`;
    case "DATES":
      return `${isoDate(timeframe.startDate)}–${isoDate(timeframe.endDate)}`;
    default:
      return ongoing;
  }
}

/** A stored indicator value as a number when it is a plain number ("61,9" or "61.9"), else the text as written. */
export function numericOrText(value: string): number | string {
  const trimmed = value.trim();
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(",", ".")) : trimmed;
}

type Cell = string | number | Date | null;

/** What the actions sheet is built from: a public version, or (in the workspace) any version of the coordinator's county. */
export type ActionsSheetSource = Pick<PublicVersion, "title" | "publishedAt" | "focusAreas">;

export function actionSheetRows(version: Pick<PublicVersion, "focusAreas">): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  // Focus areas are numbered from 1 in their order (positions are 0-based and need not be contiguous).
  for (const [areaIndex, area] of version.focusAreas.entries()) {
    for (const item of area.items) {
      const responsible = item.organisations.filter((o) => o.role === "RESPONSIBLE");
      const lead = responsible.filter((o) => o.lead);
      const others = responsible.filter((o) => !o.lead);
      const base: (string | number | null)[] = [
        `${areaIndex + 1}. ${area.title}`,
        item.number,
        item.title,
        item.description,
        [...lead, ...others].map((o) => o.name).join("; "),
        item.organisations.filter((o) => o.role === "PARTNER").map((o) => o.name).join("; "),
        formatTimeframe(item.timeframe, "Löpande"),
        item.followUpText,
      ];
      const indicators = item.indicators.length === 0 ? [null] : item.indicators;
      indicators.forEach((indicator, index) => {
        const head: (string | number | null)[] = index === 0 ? base : [null, item.number, null, null, null, null, null, null];
        const tail: (string | number | null)[] =
          indicator === null
            ? [null, null, null, null, null, null, null]
            : [
                indicator.name,
                indicator.unit,
                indicator.baselineYear,
                indicator.baseline === "" ? null : numericOrText(indicator.baseline),
                indicator.targetYear,
                indicator.target === "" ? null : numericOrText(indicator.target),
                indicator.dataSource,
              ];
        rows.push([...head, ...tail, item.stableKey]);
      });
    }
  }
  return rows;
}

/** A sheet with a bold, frozen header row, an autofilter over the data and fitting column widths. */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly { header: string; width: number; numFmt?: string }[], rows: readonly Cell[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt === undefined ? {} : { numFmt: c.numFmt } }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: "top", wrapText: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === "" ? null : cell)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return sheet;
}

export async function buildActionsXlsx(version: ActionsSheetSource): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Länsplan";
  workbook.title = version.title;
  workbook.created = version.publishedAt ?? new Date(0);
  workbook.modified = version.publishedAt ?? new Date(0);
  const sheet = addTableSheet(workbook, actionSheetName, actionSheetColumns, actionSheetRows(version));
  // Nr as text so that Excel never reads "1.2" as a number or a date.
  sheet.getColumn(2).numFmt = "@";
  sheet.getColumn(4).alignment = { wrapText: false };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
