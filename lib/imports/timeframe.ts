import type { TimeframeKind } from "@/lib/db/generated/client";

/** A timeframe as stored: the fields its kind does not use are null. */
export type Timeframe = {
  timeframeKind: TimeframeKind;
  startYear: number | null;
  endYear: number | null;
  startDate: string | null;
  endDate: string | null;
};

export type TimeframeReading =
  | { ok: true; timeframe: Timeframe }
  /** Several years that are no range ("2026, 2028"): the coordinator chooses. */
  | { ok: false; reason: "ambiguous"; years: number[] }
  | { ok: false; reason: "unknown" | "missing" };

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

const ongoing: Timeframe = { timeframeKind: "ONGOING", startYear: null, endYear: null, startDate: null, endDate: null };

export function yearsTimeframe(startYear: number, endYear: number): Timeframe {
  return { timeframeKind: "YEARS", startYear, endYear, startDate: null, endDate: null };
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX;
}

function isIsoDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const DASH = "[-–—‐‑]";
const yearRange = new RegExp(`^(?:år\\s*)?(\\d{4})\\s*${DASH}\\s*(\\d{4})$`, "iu");
const shortYearRange = new RegExp(`^(\\d{4})\\s*${DASH}\\s*(\\d{2})$`, "u");
const singleYear = /^(?:år\s*)?(\d{4})$/iu;
const dateRange = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})\\s*(?:${DASH}|till|to)\\s*(\\d{4}-\\d{2}-\\d{2})$`, "iu");
const ongoingWords = /^(löpande|lopande|pågående|pagaende|kontinuerligt|fortlöpande|fortlopande|ongoing|hela perioden|under hela perioden|årligen|arligen)$/iu;

/**
 * Reads a timeframe as people write it: "2026–2029", "2026-2027", "2026 - 29", "2026",
 * "2026-01-01–2026-06-30", "Löpande"/"löpande". "2026, 2028" is ambiguous (a range? two years?):
 * the coordinator chooses. Nothing else is guessed.
 */
export function parseTimeframe(text: string): TimeframeReading {
  const value = text.replace(/\s+/g, " ").replace(/\.$/, "").trim();
  if (value === "") return { ok: false, reason: "missing" };
  if (ongoingWords.test(value)) return { ok: true, timeframe: ongoing };
  const dates = dateRange.exec(value);
  if (dates !== null) {
    const [, start = "", end = ""] = dates;
    if (isIsoDate(start) && isIsoDate(end) && start <= end) {
      return { ok: true, timeframe: { timeframeKind: "DATES", startYear: null, endYear: null, startDate: start, endDate: end } };
    }
    return { ok: false, reason: "unknown" };
  }
  const range = yearRange.exec(value);
  const shortRange = shortYearRange.exec(value);
  const single = singleYear.exec(value);
  let start: number | null = null;
  let end: number | null = null;
  if (range !== null) [start, end] = [Number(range[1]), Number(range[2])];
  else if (shortRange !== null) [start, end] = [Number(shortRange[1]), Number(`${(shortRange[1] ?? "").slice(0, 2)}${shortRange[2] ?? ""}`)];
  else if (single !== null) [start, end] = [Number(single[1]), Number(single[1])];
  if (start !== null && end !== null) {
    return isYear(start) && isYear(end) && start <= end ? { ok: true, timeframe: yearsTimeframe(start, end) } : { ok: false, reason: "unknown" };
  }
  // Several years listed: "2026, 2028", "2026 och 2028", "2026; 2027".
  const listed = value.split(/\s*(?:,|;|\/|\boch\b|\bsamt\b|&)\s*/u);
  if (listed.length > 1 && listed.every((part) => /^\d{4}$/.test(part) && isYear(Number(part)))) {
    return { ok: false, reason: "ambiguous", years: [...new Set(listed.map(Number))].sort((a, b) => a - b) };
  }
  return { ok: false, reason: "unknown" };
}

/** The timeframe as the template writes it (XLSX-TEMPLATE.md column G). */
export function formatTimeframe(timeframe: Timeframe): string {
  switch (timeframe.timeframeKind) {
    case "ONGOING":
      return "Löpande";
    case "YEARS":
      return timeframe.startYear === timeframe.endYear ? `${timeframe.startYear ?? ""}` : `${timeframe.startYear ?? ""}–${timeframe.endYear ?? ""}`;
    case "DATES":
      return `${timeframe.startDate ?? ""}–${timeframe.endDate ?? ""}`;
  }
}

/** A choice's value ("YEARS:2026:2028", "ONGOING") ↔ timeframe. */
export function timeframeChoiceValue(timeframe: Timeframe): string {
  return timeframe.timeframeKind === "YEARS" ? `YEARS:${timeframe.startYear ?? ""}:${timeframe.endYear ?? ""}` : "ONGOING";
}

export function timeframeFromChoice(value: string): Timeframe | null {
  if (value === "ONGOING") return ongoing;
  const match = /^YEARS:(\d{4}):(\d{4})$/.exec(value);
  if (match === null) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return isYear(start) && isYear(end) && start <= end ? yearsTimeframe(start, end) : null;
}

/** What a coordinator may choose for a timeframe the file does not make clear. */
export function timeframeChoices(reading: TimeframeReading, validity: { startYear: number; endYear: number }): Timeframe[] {
  const choices: Timeframe[] = [];
  if (!reading.ok && reading.reason === "ambiguous") {
    const first = reading.years[0];
    const last = reading.years[reading.years.length - 1];
    if (first !== undefined && last !== undefined) choices.push(yearsTimeframe(first, last));
    for (const year of reading.years) choices.push(yearsTimeframe(year, year));
  }
  choices.push(yearsTimeframe(validity.startYear, validity.endYear));
  choices.push(ongoing);
  const seen = new Set<string>();
  return choices.filter((choice) => {
    const value = timeframeChoiceValue(choice);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}
