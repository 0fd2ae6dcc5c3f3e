import { IMPORT_MAX_ROWS } from "@/lib/imports/limits";
import { ImportFileError } from "@/lib/imports/read-file";
import type { Grid, ImportField, IndicatorCells, ParsedAction, ParsedImport, ParsedSkip } from "@/lib/imports/types";

/**
 * A grid → the actions it holds (pure). Accepts the project's template (docs: XLSX-TEMPLATE,
 * header in row 1, focus area as a column, further indicator rows with the same Nr) and the
 * layouts counties keep: title rows above the header, Swedish header variants, focus areas as
 * heading rows (only the first cell filled, often merged across the row), blank spacer rows.
 */

/** Lower case, no diacritics, no punctuation, single spaces: "Ansvarig(a) *" → "ansvarig a". */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Header words per field, normalized. Exact matches first; then a header that starts with one of
// the `prefixes` ("ansvarig organisation", "beskrivning av atgarden").
const headerWords: Record<ImportField, { exact: string[]; prefixes: string[] }> = {
  focusArea: { exact: ["fokusomrade", "fokusomraden", "insatsomrade", "malomrade", "omrade", "prioriterat omrade"], prefixes: ["fokusomrade", "insatsomrade", "malomrade"] },
  number: { exact: ["nr", "nummer", "atgardsnummer", "atgard nr", "nr atgard", "lopnummer"], prefixes: [] },
  title: { exact: ["atgard", "atgarder", "aktivitet", "aktiviteter", "atgard aktivitet", "rubrik", "benamning"], prefixes: ["atgard", "aktivitet"] },
  description: { exact: ["beskrivning", "beskrivning av atgarden", "innehall"], prefixes: ["beskrivning"] },
  lead: { exact: ["huvudansvarig", "huvudansvariga", "huvudman", "ledande aktor"], prefixes: ["huvudansvarig"] },
  responsible: { exact: ["ansvarig", "ansvariga", "ansvar", "ansvarig a", "ansvariga aktorer", "medansvariga", "ovriga ansvariga"], prefixes: ["ansvarig", "ansvariga", "medansvarig"] },
  partners: {
    exact: ["samverkanspart", "samverkansparter", "samverkanspartner", "samverkanspartners", "partner", "partners", "samverkan", "samarbetspartner", "samarbetspartners", "samverkansaktorer"],
    prefixes: ["samverkanspart", "samarbetspart"],
  },
  timeframe: { exact: ["tidsplan", "tidsram", "period", "tid", "tidsperiod", "genomforandetid", "nar"], prefixes: ["tidsplan", "tidsram"] },
  followUp: { exact: ["uppfoljning", "hur foljs atgarden upp", "uppfoljning av atgarden"], prefixes: ["uppfoljning"] },
  indicator: { exact: ["indikator", "indikatorer", "matt", "indikator matt", "matt indikator"], prefixes: ["indikator"] },
  unit: { exact: ["enhet", "mattenhet"], prefixes: [] },
  baselineYear: { exact: ["utgangslage ar", "basvarde ar", "basar", "ar utgangslage", "ar for utgangslage"], prefixes: [] },
  baseline: { exact: ["utgangslage", "basvarde", "nulage", "utgangsvarde"], prefixes: [] },
  targetYear: { exact: ["malvarde ar", "mal ar", "malar", "ar malvarde", "ar for malvarde"], prefixes: [] },
  target: { exact: ["malvarde", "mal", "malniva"], prefixes: [] },
  dataSource: { exact: ["datakalla", "kalla", "datakallor", "kallor"], prefixes: ["datakalla"] },
  key: { exact: ["nyckel", "stabil nyckel", "id"], prefixes: [] },
};

const fieldsByPriority = Object.keys(headerWords).filter((field): field is ImportField => field in headerWords);

/** The field a header cell names, or null. */
export function recognizeHeader(text: string): ImportField | null {
  const normalized = normalizeText(text);
  if (normalized === "") return null;
  for (const field of fieldsByPriority) if (headerWords[field].exact.includes(normalized)) return field;
  for (const field of fieldsByPriority) {
    if (headerWords[field].prefixes.some((prefix) => normalized === prefix || normalized.startsWith(`${prefix} `) || normalized.startsWith(prefix))) {
      return field;
    }
  }
  return null;
}

export type HeaderMatch = { rowIndex: number; columns: Map<number, ImportField>; labels: Partial<Record<ImportField, string>> };

const HEADER_SEARCH_ROWS = 20;

/**
 * The header row: the first of the first 20 rows that names the action's title column and at
 * least one other known column (title rows above it have one or two cells of prose).
 */
export function findHeader(grid: Grid): HeaderMatch | null {
  for (let rowIndex = 0; rowIndex < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); rowIndex++) {
    const row = grid.rows[rowIndex];
    if (row === undefined) continue;
    const columns = new Map<number, ImportField>();
    const labels: Partial<Record<ImportField, string>> = {};
    row.cells.forEach((cell, column) => {
      const field = recognizeHeader(cell);
      // The first column of a field counts (a second "Ansvarig" column is not a second field).
      if (field === null || labels[field] !== undefined) return;
      columns.set(column, field);
      labels[field] = cell.trim();
    });
    if (labels.title !== undefined && columns.size >= 2) return { rowIndex, columns, labels };
  }
  return null;
}

/** Organisation names in one cell: comma, semicolon or line break; "och"/"samt" between the last two. */
export function splitOrganisations(text: string): string[] {
  return text
    .split(/[;,\n\r]+|\s+(?:och|samt)\s+(?=[A-ZÅÄÖ])/u)
    .map((name) => name.replace(/\s+/g, " ").replace(/^[-•*\s]+|[.\s]+$/g, "").trim())
    .filter((name) => name !== "");
}

/** "1.2", "12", "3.10 a": a value that is an action number, not a heading. */
const numberPattern = /^\d{1,3}(?:[.,]\d{1,3}){0,3}\s?[a-z]?$/i;

function isHeadingRow(cells: readonly string[], firstColumn: number): string | null {
  const filled = cells.flatMap((cell, column) => (cell === "" ? [] : [{ cell, column }]));
  const [only] = filled;
  if (filled.length !== 1 || only === undefined || only.column > firstColumn) return null;
  if (numberPattern.test(only.cell)) return null;
  return only.cell;
}

/** Parses a grid; refuses a grid without a recognisable header or with more than 1,000 rows. */
export function parseGrid(grid: Grid): ParsedImport {
  const header = findHeader(grid);
  if (header === null) throw new ImportFileError("noHeader");
  const dataRows = grid.rows.slice(header.rowIndex + 1);
  if (dataRows.filter((row) => row.cells.some((cell) => cell.trim() !== "")).length > IMPORT_MAX_ROWS) throw new ImportFileError("tooManyRows");
  const has = (field: ImportField) => header.labels[field] !== undefined;
  const columnOf = new Map<ImportField, number>();
  for (const [column, field] of header.columns) columnOf.set(field, column);
  const firstColumn = Math.min(...header.columns.keys());

  const actions: ParsedAction[] = [];
  const skipped: ParsedSkip[] = [];
  let focusArea: string | null = null;
  let headingRows = 0;

  for (const row of dataRows) {
    // Spacer rows.
    if (row.cells.every((cell) => cell.trim() === "")) continue;
    const get = (field: ImportField) => {
      const column = columnOf.get(field);
      return column === undefined ? "" : (row.cells[column] ?? "").trim();
    };
    const heading = isHeadingRow(row.cells, firstColumn);
    if (heading !== null && get("title") === "") {
      focusArea = heading;
      headingRows += 1;
      continue;
    }
    if (has("focusArea") && get("focusArea") !== "") focusArea = get("focusArea");
    const indicator: IndicatorCells = {
      name: get("indicator"),
      unit: get("unit"),
      baselineYear: get("baselineYear"),
      baseline: get("baseline"),
      targetYear: get("targetYear"),
      target: get("target"),
      dataSource: get("dataSource"),
    };
    const hasIndicator = Object.values(indicator).some((value) => value !== "");
    const title = get("title");
    const previous = actions[actions.length - 1];

    if (title === "") {
      // A further indicator of the action above: title empty, Nr empty or the same.
      const sameAction = previous !== undefined && (get("number") === "" || get("number") === previous.number) && (get("key") === "" || get("key") === previous.key);
      if (hasIndicator && sameAction && previous.indicators !== undefined) {
        previous.indicators.push({ rowNumber: row.rowNumber, cells: indicator });
        continue;
      }
      const text = row.cells.filter((cell) => cell !== "").join(" · ");
      skipped.push({ rowNumber: row.rowNumber, reason: hasIndicator && previous === undefined ? "orphanIndicator" : "noTitle", text: text.slice(0, 200) });
      continue;
    }

    const leads = has("lead") ? splitOrganisations(get("lead")) : [];
    const responsible = [...new Set([...leads, ...(has("responsible") ? splitOrganisations(get("responsible")) : [])])];
    actions.push({
      rowNumber: row.rowNumber,
      focusArea,
      number: get("number").replace(",", "."),
      title,
      key: get("key"),
      ...(has("description") ? { description: get("description") } : {}),
      ...(has("lead") || has("responsible") ? { responsible, leadNames: leads.length } : {}),
      ...(has("partners") ? { partners: splitOrganisations(get("partners")) } : {}),
      ...(has("timeframe") ? { timeframe: get("timeframe") } : {}),
      ...(has("followUp") ? { followUp: get("followUp") } : {}),
      ...(has("indicator") ? { indicators: hasIndicator ? [{ rowNumber: row.rowNumber, cells: indicator }] : [] } : {}),
    });
  }
  return { columns: header.labels, headerRow: grid.rows[header.rowIndex]?.rowNumber ?? 1, actions, skipped, headingRows };
}
