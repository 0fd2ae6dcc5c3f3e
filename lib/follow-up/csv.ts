import { parseStatusLetter, statusLetters } from "@/lib/follow-up/lifecycle";
import type { ReportForm } from "@/lib/follow-up/types";
import { toCsv } from "@/lib/publications/csv";

/*
 * The reporting CSV of one period and organisation (export, fill in, import) and the open-data CSV
 * of approved follow-up. UTF-8 with BOM; the reporting file in Swedish Excel's dialect (semicolon, decimal
 * comma), the open-data CSV in RFC 4180 with a Swedish Excel twin (lib/publications/csv.ts). Pure.
 *
 * Reporting file: one "action" row per action (status as the county boards' letter G, H, P, E or
 * "Ej relevant", and a comment) followed by one "indicator" row per indicator the organisation
 * gives a value for.
 */

/** "31.5" → "31,5": a stored number as Swedish Excel reads it (the import accepts both). */
const decimalComma = (value: string): string => (/^-?\d+\.\d+$/.test(value) ? value.replace(".", ",") : value);

export const reportingCsvColumns = ["row_type", "action_stable_key", "indicator_stable_key", "number", "title", "status", "comment", "value", "unit"] as const;

export function buildReportingCsv(form: ReportForm): string {
  const rows: (string | number | null)[][] = [];
  for (const action of form.actions) {
    rows.push(["action", action.stableKey, "", action.number, action.title, action.report === null ? "" : statusLetters[action.report.status], action.report?.comment ?? "", "", ""]);
    for (const indicator of action.indicators) {
      rows.push(["indicator", action.stableKey, indicator.stableKey, action.number, indicator.name, "", "", decimalComma(indicator.value ?? ""), indicator.unit]);
    }
  }
  // Swedish Excel dialect: the signatory opens, fills in and saves it in Excel; the import reads both dialects.
  return toCsv([...reportingCsvColumns], rows, "excel-sv");
}


/**
 * RFC 4180 records (quoted fields, doubled quotes, CRLF or LF); a leading BOM is dropped. The
 * separator is a comma, or a semicolon when the header line has semicolons and no commas (what
 * spreadsheet programs with Swedish settings save).
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const firstLine = input.split(/\r?\n/, 1)[0] ?? "";
  const separator = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < input.length; index++) {
    const char = input[index];
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === separator) {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && input[index + 1] === "\n") index++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((cell) => cell.trim() !== ""));
}

/** An exported cell that started with a formula character got an apostrophe (csvCell): take it off again. */
function unneutralise(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * The reporting file as the bulk form's fields (see lib/follow-up/schema.ts gatherEntries), so an
 * import is validated and saved exactly like the form. Null when the header is not ours.
 */
export function reportingCsvToFields(text: string): Record<string, string> | null {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return null;
  const column = (name: (typeof reportingCsvColumns)[number]) => header.findIndex((cell) => cell.trim().toLowerCase() === name);
  const at = {
    rowType: column("row_type"),
    action: column("action_stable_key"),
    indicator: column("indicator_stable_key"),
    status: column("status"),
    comment: column("comment"),
    value: column("value"),
  };
  if (Object.values(at).some((index) => index < 0)) return null;
  const fields: Record<string, string> = {};
  for (const row of rows) {
    const cell = (index: number) => unneutralise((row[index] ?? "").trim());
    const actionKey = cell(at.action).toLowerCase();
    if (actionKey === "") continue;
    if (cell(at.rowType) === "indicator") {
      fields[`indicator:${actionKey}:${cell(at.indicator).toLowerCase()}`] = cell(at.value);
    } else {
      const letter = cell(at.status);
      const status = parseStatusLetter(letter);
      // An unknown letter is passed on as it is, so the form's check names it beside the action.
      fields[`status:${actionKey}`] = status ?? letter;
      fields[`comment:${actionKey}`] = cell(at.comment);
    }
  }
  return fields;
}
