import { csvColumns } from "@/lib/publications/open-data";
import type { PublicIndicator, PublicVersion } from "@/lib/publications/types";

/**
 * atgarder.csv: one row per action of a published version. RFC 4180 (comma, CRLF, fields quoted
 * when needed), UTF-8 with a byte-order mark so that spreadsheet programs read å, ä and ö. Pure.
 */

const isoDate = (date: Date | null): string => (date === null ? "" : date.toISOString().slice(0, 10));

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe:
 * open data must not execute in the reader's program.
 */
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Two dialects of the same columns: "rfc4180" (comma, decimal point: for programs) and "excel-sv"
 * (semicolon, decimal comma: what Excel with Swedish settings opens as columns). Both UTF-8 with BOM.
 */
export type CsvDialect = "rfc4180" | "excel-sv";

const separators: Record<CsvDialect, string> = { rfc4180: ",", "excel-sv": ";" };

export function csvCell(value: string | number | null, dialect: CsvDialect = "rfc4180"): string {
  if (value === null) return "";
  const separator = separators[dialect];
  const text = typeof value === "number" ? (dialect === "excel-sv" ? String(value).replace(".", ",") : String(value)) : neutralise(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Header and rows as a CSV file in `dialect`: CRLF line ends, a byte-order mark first. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], dialect: CsvDialect = "rfc4180"): string {
  const separator = separators[dialect];
  const lines = [header.join(separator), ...rows.map((row) => row.map((cell) => csvCell(cell, dialect)).join(separator))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function indicatorText(indicator: PublicIndicator): string {
  const baseline = [indicator.baseline, indicator.baselineYear === null ? "" : `(${indicator.baselineYear})`].filter(Boolean).join(" ");
  const target = [indicator.target, indicator.targetYear === null ? "" : `(${indicator.targetYear})`].filter(Boolean).join(" ");
  const unit = indicator.unit === "" ? "" : ` [${indicator.unit}]`;
  const source = indicator.dataSource === "" ? "" : ` – ${indicator.dataSource}`;
  return `${indicator.name}${unit}: ${baseline || "–"} → ${target || "–"}${source}`;
}

export function buildItemsCsv(version: PublicVersion, dialect: CsvDialect = "rfc4180"): string {
  const rows: (string | number | null)[][] = [];
  for (const area of version.focusAreas) {
    for (const item of area.items) {
      const lead = item.organisations.find((o) => o.lead);
      rows.push([
        version.county.slug,
        version.programme.slug,
        version.number,
        version.contentHash,
        area.position,
        area.title,
        area.goals.map((goal) => goal.number).join("; "),
        item.stableKey,
        item.number,
        item.title,
        item.description,
        item.timeframe.kind,
        item.timeframe.startYear,
        item.timeframe.endYear,
        isoDate(item.timeframe.startDate),
        isoDate(item.timeframe.endDate),
        lead?.name ?? "",
        item.organisations.filter((o) => o.role === "RESPONSIBLE").map((o) => o.name).join("; "),
        item.organisations.filter((o) => o.role === "PARTNER").map((o) => o.name).join("; "),
        item.followUpText,
        item.indicators.map(indicatorText).join(" | "),
      ]);
    }
  }
  return toCsv(csvColumns, rows, dialect);
}
