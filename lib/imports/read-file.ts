import ExcelJS from "exceljs";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/imports/limits";
import type { FileErrorCode, Grid } from "@/lib/imports/types";

/**
 * Spreadsheet bytes → a grid of text. xlsx is read with exceljs (cached formula results, never
 * evaluated; merged cells count once, in their top-left cell); CSV as Swedish Excel writes it
 * (semicolon, UTF-8 with or without BOM, or Windows-1252) and with commas or tabs. What the bytes
 * are is decided by their content, never by the file name.
 */


export class ImportFileError extends Error {
  constructor(readonly code: FileErrorCode) {
    super(code);
    this.name = "ImportFileError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary (OLE2): an encrypted OOXML file (Office wraps it in CFB) or a legacy .xls.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** An encrypted OOXML package is a CFB file with an "EncryptionInfo" stream (its name in UTF-16LE). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(name, "utf16le"));
}

/** PDF, images and other binary formats: control characters that no CSV holds. */
function looksBinary(bytes: Uint8Array): boolean {
  if (Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-") return true;
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control += 1;
  return control > sample.length / 100;
}

export type SpreadsheetKind = "xlsx" | "csv";

/** What the bytes are; refuses what is not a spreadsheet the importer reads. */
export function detectKind(bytes: Uint8Array): SpreadsheetKind {
  if (bytes.length === 0) throw new ImportFileError("empty");
  if (bytes.length > IMPORT_MAX_BYTES) throw new ImportFileError("tooLarge");
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new ImportFileError(hasUtf16Name(bytes, "EncryptionInfo") || hasUtf16Name(bytes, "EncryptedPackage") ? "encrypted" : "legacyXls");
  }
  if (startsWith(bytes, ZIP_MAGIC)) return "xlsx";
  // Text: no NUL bytes (UTF-16 and binary formats have them), and something besides whitespace.
  if (bytes.includes(0) || looksBinary(bytes)) throw new ImportFileError("notSpreadsheet");
  return "csv";
}

// ───────────── xlsx ─────────────

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A number as people write it in Swedish: decimal comma, no thousands separator. */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // Float noise from Excel (61.900000000000006) is not what anybody typed.
  return String(Number(value.toPrecision(12))).replace(".", ",");
}

/** The text of one exceljs cell value; formulas give their cached result (never evaluated). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "SANT" : "FALSKT";
  if (value instanceof Date) return isoDate(value);
  if (isRecord(value)) {
    if (Array.isArray(value["richText"])) {
      return value["richText"].map((run: unknown) => (isRecord(run) && typeof run["text"] === "string" ? run["text"] : "")).join("");
    }
    if ("formula" in value || "sharedFormula" in value) return cellText(value["result"]);
    if ("hyperlink" in value) return cellText(value["text"]);
    if ("error" in value) return "";
    if ("text" in value) return cellText(value["text"]);
  }
  return "";
}

async function readXlsx(bytes: Uint8Array): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy as a plain ArrayBuffer (what exceljs declares; JSZip reads it).
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    // A zip that is no workbook (a .docx, a broken file): not a spreadsheet we can read.
    throw new ImportFileError("notSpreadsheet");
  }
  // The template's sheet is "Åtgärder"; otherwise the first visible sheet with content.
  const sheets = workbook.worksheets.filter((sheet) => sheet.state !== "hidden" && sheet.state !== "veryHidden");
  const sheet = sheets.find((candidate) => candidate.name === "Åtgärder") ?? sheets.find((candidate) => candidate.actualRowCount > 0) ?? sheets[0];
  if (sheet === undefined) throw new ImportFileError("notSpreadsheet");
  if (sheet.actualRowCount > IMPORT_MAX_ROWS + 50) throw new ImportFileError("tooManyRows");
  const rows: Grid["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged range's other cells repeat its value in exceljs: only the top-left one counts.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      cells[column - 1] = cellText(cell.value).trim();
    });
    rows.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? "") });
  });
  return { rows };
}

// ───────────── CSV ─────────────

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: Swedish Excel's "CSV (semikolonavgränsad)" is Windows-1252.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The delimiter of the first lines: the one that occurs most outside quotes. */
export function detectDelimiter(text: string): string {
  const sample = text.split(/\r?\n/).slice(0, 20).join("\n");
  let best = ";";
  let bestCount = 0;
  for (const delimiter of [";", ",", "\t"]) {
    let count = 0;
    let quoted = false;
    for (const char of sample) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === delimiter) count += 1;
    }
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** RFC 4180 with the given delimiter: quoted fields may hold delimiters, quotes ("") and line breaks. */
export function parseCsv(text: string): Grid {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const rows: Grid["rows"] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endRow = () => {
    cells.push(field.trim());
    if (cells.some((cell) => cell !== "")) rows.push({ rowNumber: rowStart, cells });
    cells = [];
    field = "";
  };
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else {
        if (char === "\n") line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(field.trim());
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[index + 1] === "\n") index += 1;
      endRow();
      line += 1;
      rowStart = line;
    } else field += char;
  }
  if (field !== "" || cells.length > 0) endRow();
  return { rows };
}

/** Reads an uploaded file into a grid, or refuses it (ImportFileError with its code). */
export async function readSpreadsheet(bytes: Uint8Array): Promise<Grid> {
  const kind = detectKind(bytes);
  const grid = kind === "xlsx" ? await readXlsx(bytes) : parseCsv(decodeText(bytes));
  if (grid.rows.length === 0) throw new ImportFileError("empty");
  return grid;
}
