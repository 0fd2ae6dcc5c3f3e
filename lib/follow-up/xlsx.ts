import ExcelJS from "exceljs";
import type { FollowUpDashboard, StatusKey } from "@/lib/follow-up/types";
import { addTableSheet } from "@/lib/publications/xlsx";

/*
 * "Ladda ner som Excel" for a programme's approved follow-up: sheet "Uppföljning" (one row per action,
 * year and responsible organisation's report; the action's derived status beside it) and sheet
 * "Indikatorer" (one row per reported indicator value). Years and values are numbers, the period's
 * closing day a date. Pure apart from the workbook library.
 */

export type FollowUpXlsxLabels = { statusNames: Record<StatusKey, string>; yes: string; no: string };

export const followUpSheetColumns = [
  { header: "År", width: 7 },
  { header: "Fokusområde", width: 28 },
  { header: "Nr", width: 6 },
  { header: "Åtgärd", width: 42 },
  { header: "Status", width: 30 },
  { header: "Försenad", width: 9 },
  { header: "Organisation", width: 28 },
  { header: "Organisationens status", width: 30 },
  { header: "Kommentar", width: 50 },
  { header: "Perioden stängde", width: 14, numFmt: "yyyy-mm-dd" },
  { header: "Nyckel", width: 38 },
] as const;

export const indicatorSheetColumns = [
  { header: "År", width: 7 },
  { header: "Nr", width: 6 },
  { header: "Åtgärd", width: 42 },
  { header: "Indikator", width: 36 },
  { header: "Enhet", width: 10 },
  { header: "Värde", width: 10, numFmt: "0.##" },
  { header: "Anteckning", width: 30 },
  { header: "Utgångsläge", width: 12 },
  { header: "Målvärde", width: 12 },
] as const;

type Cell = string | number | Date | null;

export function followUpSheetRows(dashboard: FollowUpDashboard, labels: FollowUpXlsxLabels): { actions: Cell[][]; indicators: Cell[][] } {
  const closes = new Map(dashboard.periods.map((p) => [p.year, p.closesAt]));
  const actions: Cell[][] = [];
  const indicators: Cell[][] = [];
  for (const action of dashboard.actions) {
    for (const year of action.years) {
      const common: Cell[] = [year.year, action.focusArea, action.number, action.title, labels.statusNames[year.status ?? "NONE"], year.isDelayed ? labels.yes : labels.no];
      const reports = year.reports.length === 0 ? [null] : year.reports;
      for (const report of reports) {
        actions.push([...common, report?.organisation ?? null, report === null ? null : labels.statusNames[report.status], report?.comment ?? null, closes.get(year.year) ?? null, action.stableKey]);
      }
    }
    for (const indicator of action.indicators) {
      for (const value of indicator.values) {
        indicators.push([value.year, action.number, action.title, indicator.name, indicator.unit, value.value, value.note, indicator.baseline, indicator.target]);
      }
    }
  }
  return { actions, indicators };
}

export async function buildFollowUpXlsx(dashboard: FollowUpDashboard, labels: FollowUpXlsxLabels): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Länsplan";
  workbook.title = `Uppföljning: ${dashboard.programme.title}`;
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const rows = followUpSheetRows(dashboard, labels);
  const sheet = addTableSheet(workbook, "Uppföljning", followUpSheetColumns, rows.actions);
  sheet.getColumn(3).numFmt = "@";
  addTableSheet(workbook, "Indikatorer", indicatorSheetColumns, rows.indicators).getColumn(2).numFmt = "@";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
