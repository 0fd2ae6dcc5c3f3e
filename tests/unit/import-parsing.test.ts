// The spreadsheet importer's pure parts (issue 13): header recognition, focus-area heading rows,
// CSV dialects, timeframes, organisation names and the plan against a version's content.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { indexOrganisations, resolveOrganisationName } from "@/lib/imports/organisation-names";
import { findHeader, parseGrid, recognizeHeader, splitOrganisations } from "@/lib/imports/parse";
import { focusAreaTitle, planImport } from "@/lib/imports/plan";
import { cellText, detectKind, ImportFileError, parseCsv, readSpreadsheet } from "@/lib/imports/read-file";
import { parseTimeframe } from "@/lib/imports/timeframe";
import type { Grid, ImportOrganisation, VersionSnapshot } from "@/lib/imports/types";

const COUNTY = "00000000-0000-4000-8000-000000000004";
const OTHER = "00000000-0000-4000-8000-000000000005";
const id = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const organisations: ImportOrganisation[] = [
  { id: id(1), name: "Länsstyrelsen i Södermanlands län", shortName: "Länsstyrelsen Södermanland", kind: "COUNTY_BOARD", countyId: COUNTY },
  { id: id(2), name: "Region Sörmland", shortName: null, kind: "REGION", countyId: COUNTY },
  { id: id(3), name: "Polisområde Södermanland", shortName: null, kind: "POLICE", countyId: COUNTY },
  { id: id(4), name: "Nyköpings kommun", shortName: "Nyköping", kind: "MUNICIPALITY", countyId: COUNTY },
  { id: id(5), name: "Eskilstuna kommun", shortName: "Eskilstuna", kind: "MUNICIPALITY", countyId: COUNTY },
  { id: id(6), name: "Polismyndigheten", shortName: "Polisen", kind: "NATIONAL_AGENCY", countyId: null },
  { id: id(7), name: "Folkhälsomyndigheten", shortName: "FoHM", kind: "NATIONAL_AGENCY", countyId: null },
  { id: id(8), name: "Vingåkers kommun", shortName: "Vingåker", kind: "MUNICIPALITY", countyId: COUNTY },
  { id: id(9), name: "Vingåkers kommun", shortName: null, kind: "OTHER", countyId: null },
];

function grid(rows: string[][]): Grid {
  return { rows: rows.map((cells, index) => ({ rowNumber: index + 1, cells })) };
}

describe("header recognition", () => {
  it.each([
    ["Nr", "number"],
    ["Nummer", "number"],
    ["Åtgärd", "title"],
    ["AKTIVITET", "title"],
    ["  Beskrivning ", "description"],
    ["Ansvarig", "responsible"],
    ["Ansvariga", "responsible"],
    ["Ansvarig(a)", "responsible"],
    ["Huvudansvarig", "lead"],
    ["Samverkanspart", "partners"],
    ["Samverkanspartners", "partners"],
    ["Partner", "partners"],
    ["Tidsplan", "timeframe"],
    ["Tidsram", "timeframe"],
    ["Period", "timeframe"],
    ["Indikator", "indicator"],
    ["Mått", "indicator"],
    ["Utgångsläge", "baseline"],
    ["Basvärde", "baseline"],
    ["Utgångsläge år", "baselineYear"],
    ["Målvärde", "target"],
    ["Mål", "target"],
    ["Målvärde år", "targetYear"],
    ["Datakälla", "dataSource"],
    ["Källa", "dataSource"],
    ["Uppföljning", "followUp"],
    ["Fokusområde", "focusArea"],
    ["Nyckel", "key"],
    ["atgard", "title"],
  ])("%s → %s", (text, field) => {
    expect(recognizeHeader(text)).toBe(field);
  });

  it("finds the header below title rows and ignores prose", () => {
    const found = findHeader(
      grid([["Åtgärdsprogram ANDTS 2026–2029"], ["Länsstyrelsen i Södermanlands län, antaget 2026"], [], ["Nr", "Åtgärd", "Huvudansvarig", "Samverkanspartners", "Tidsram"]]),
    );
    expect(found?.rowIndex).toBe(3);
    expect(found?.labels).toEqual({ number: "Nr", title: "Åtgärd", lead: "Huvudansvarig", partners: "Samverkanspartners", timeframe: "Tidsram" });
  });

  it("refuses a grid without a recognisable header row", () => {
    expect(() => parseGrid(grid([["Namn", "Adress"], ["Anna", "Storgatan 1"]]))).toThrowError(expect.objectContaining({ code: "noHeader" }));
  });
});

describe("rows: focus-area headings, spacers and further indicator rows", () => {
  it("reads heading rows (only the first cell) as focus areas and skips blank rows", () => {
    const parsed = parseGrid(
      grid([
        ["Handlingsplan"],
        ["Nr", "Aktivitet", "Ansvariga", "Tidsplan", "Indikator"],
        ["1. Tillgången ska minska"],
        ["1.1", "Tillsyn", "Nyköping; Polisen", "2026–2029", "Antal besök"],
        [],
        ["", "", "", "", "Andel godkända"],
        ["2. Skydd för barn"],
        ["", "Föräldrastöd", "Regionen", "Löpande", ""],
        ["", "", "Nyköping"],
      ]),
    );
    expect(parsed.headingRows).toBe(2);
    expect(parsed.actions.map((a) => [a.rowNumber, a.focusArea, a.number, a.title, a.responsible])).toEqual([
      [4, "1. Tillgången ska minska", "1.1", "Tillsyn", ["Nyköping", "Polisen"]],
      [8, "2. Skydd för barn", "", "Föräldrastöd", ["Regionen"]],
    ]);
    expect(parsed.actions[0]?.indicators?.map((i) => i.cells.name)).toEqual(["Antal besök", "Andel godkända"]);
    // A row with content but no title is listed, never dropped silently.
    expect(parsed.skipped).toEqual([{ rowNumber: 9, reason: "noTitle", text: "Nyköping" }]);
  });

  it("puts a Huvudansvarig column first among the responsible", () => {
    const parsed = parseGrid(grid([["Åtgärd", "Ansvariga", "Huvudansvarig"], ["A", "Eskilstuna, Regionen", "Nyköping"]]));
    expect(parsed.actions[0]?.responsible).toEqual(["Nyköping", "Eskilstuna", "Regionen"]);
    expect(parsed.actions[0]?.leadNames).toBe(1);
  });

  it("splits organisation lists on comma, semicolon and line breaks", () => {
    expect(splitOrganisations("Nyköping, Polisen;Regionen\nLänsstyrelsen")).toEqual(["Nyköping", "Polisen", "Regionen", "Länsstyrelsen"]);
    expect(splitOrganisations("Polisen och Region Sörmland")).toEqual(["Polisen", "Region Sörmland"]);
  });

  it("takes the focus area from the number prefix off its title", () => {
    expect(focusAreaTitle("1. Tillgången ska minska")).toBe("Tillgången ska minska");
    expect(focusAreaTitle("Fokusområde 2: Skydd")).toBe("Skydd");
    expect(focusAreaTitle("Förutsättningar")).toBe("Förutsättningar");
  });
});

describe("CSV dialects", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it("reads Swedish Excel's semicolons with a BOM, quoted line breaks and doubled quotes", async () => {
    const sheet = await readSpreadsheet(utf8('\uFEFFNr;Åtgärd;Ansvarig\r\n1.1;"Tillsyn; ""krogar""";"Nyköping\nPolisen"\r\n'));
    expect(sheet.rows).toEqual([
      { rowNumber: 1, cells: ["Nr", "Åtgärd", "Ansvarig"] },
      { rowNumber: 2, cells: ["1.1", 'Tillsyn; "krogar"', "Nyköping\nPolisen"] },
    ]);
  });

  it("reads commas without a BOM and Windows-1252 bytes", async () => {
    expect(parseCsv("Nr,Åtgärd\n1.1,\"Tillsyn, krogar\"\n").rows[1]?.cells).toEqual(["1.1", "Tillsyn, krogar"]);
    const latin = Uint8Array.from([0x4e, 0x72, 0x3b, 0xc5, 0x74, 0x67, 0xe4, 0x72, 0x64, 0x0a, 0x31, 0x3b, 0x42, 0x0a]);
    expect((await readSpreadsheet(latin)).rows[0]?.cells).toEqual(["Nr", "Åtgärd"]);
  });

  it("refuses what is no spreadsheet: empty, PDF, binary, encrypted and legacy Office files", () => {
    const code = (bytes: Uint8Array) => {
      try {
        detectKind(bytes);
        return "accepted";
      } catch (error) {
        return error instanceof ImportFileError ? error.code : "other";
      }
    };
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    expect(code(new Uint8Array())).toBe("empty");
    expect(code(utf8("%PDF-1.7\n..."))).toBe("notSpreadsheet");
    expect(code(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toBe("notSpreadsheet");
    expect(code(Uint8Array.from([...cfb, ...Buffer.from("EncryptionInfo", "utf16le")]))).toBe("encrypted");
    expect(code(Uint8Array.from([...cfb, ...Buffer.from("Workbook", "utf16le")]))).toBe("legacyXls");
    expect(code(new Uint8Array(5 * 1024 * 1024 + 1).fill(65))).toBe("tooLarge");
  });
});

describe("xlsx cells", () => {
  it("uses a formula's cached result, never evaluates, and counts a merged heading once", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Åtgärder");
    sheet.addRow(["Nr", "Åtgärd", "Ansvarig", "Tidsplan"]);
    sheet.addRow(["1. Tillgången ska minska"]);
    sheet.mergeCells("A2:D2");
    sheet.addRow(["1.1", "Tillsyn", "Nyköping", { formula: "2020+6", result: 2026 }]);
    const parsed = parseGrid(await readSpreadsheet(new Uint8Array(await workbook.xlsx.writeBuffer())));
    expect(parsed.headingRows).toBe(1);
    expect(parsed.actions[0]).toMatchObject({ focusArea: "1. Tillgången ska minska", timeframe: "2026" });
    expect(cellText({ formula: "A1*2", result: 61.9 })).toBe("61,9");
    expect(cellText({ richText: [{ text: "Region " }, { text: "Sörmland" }] })).toBe("Region Sörmland");
  });
});

describe("timeframes", () => {
  it.each([
    ["2026–2029", { timeframeKind: "YEARS", startYear: 2026, endYear: 2029 }],
    ["2026-2027", { timeframeKind: "YEARS", startYear: 2026, endYear: 2027 }],
    ["2026 - 29", { timeframeKind: "YEARS", startYear: 2026, endYear: 2029 }],
    ["2026", { timeframeKind: "YEARS", startYear: 2026, endYear: 2026 }],
    ["Löpande", { timeframeKind: "ONGOING", startYear: null }],
    ["löpande", { timeframeKind: "ONGOING", startYear: null }],
    ["2026-01-01–2026-06-30", { timeframeKind: "DATES", startDate: "2026-01-01", endDate: "2026-06-30" }],
  ])("%s", (text, expected) => {
    const reading = parseTimeframe(text);
    expect(reading.ok && reading.timeframe).toMatchObject(expected);
  });

  it("says what it cannot read instead of guessing", () => {
    expect(parseTimeframe("2026, 2028")).toEqual({ ok: false, reason: "ambiguous", years: [2026, 2028] });
    expect(parseTimeframe("hösten")).toEqual({ ok: false, reason: "unknown" });
    expect(parseTimeframe("2029–2026")).toEqual({ ok: false, reason: "unknown" });
    expect(parseTimeframe("")).toEqual({ ok: false, reason: "missing" });
  });
});

describe("organisation names", () => {
  const index = indexOrganisations(organisations, COUNTY);
  const resolve = (name: string) => resolveOrganisationName(name, index);

  it.each([
    ["Nyköping", id(4)],
    ["Nyköpings kommun", id(4)],
    ["nykopings", id(4)],
    ["Polisen", id(3)],
    ["Regionen", id(2)],
    ["Region Sörmland", id(2)],
    ["Länsstyrelsen", id(1)],
    ["Polismyndigheten", id(6)],
    ["FoHM", id(7)],
  ])("%s is the county's organisation it means", (name, expected) => {
    expect(resolve(name)).toEqual({ kind: "resolved", organisationId: expected });
  });

  it("leaves what is unclear to the coordinator", () => {
    expect(resolve("Samtliga kommuner")).toEqual({ kind: "allMunicipalities" });
    expect(resolve("Vingåkers kommun")).toEqual({ kind: "ambiguous", candidates: [id(8), id(9)] });
    expect(resolve("Studieförbund")).toEqual({ kind: "unknown" });
  });
});

describe("the plan against the version", () => {
  const area = "20000000-0000-4000-8000-000000000001";
  const snapshot: VersionSnapshot = {
    versionId: "30000000-0000-4000-8000-000000000001",
    countyId: COUNTY,
    focusAreas: [{ id: area, title: "Tillgången ska minska", position: 0 }],
    items: [
      {
        id: "40000000-0000-4000-8000-000000000001",
        stableKey: "50000000-0000-4000-8000-000000000001",
        revision: 3,
        focusAreaId: area,
        position: 0,
        number: "1.1",
        title: "Tillsyn",
        description: "",
        timeframeKind: "YEARS",
        startYear: 2026,
        endYear: 2029,
        startDate: null,
        endDate: null,
        followUpText: "",
        leadId: id(4),
        responsible: [id(4)],
        partners: [id(3)],
        indicators: [],
      },
    ],
    validity: { startYear: 2026, endYear: 2029 },
    stamp: "0".repeat(32),
  };
  const parse = (rows: string[][]) => parseGrid(grid([["Fokusområde", "Nr", "Åtgärd", "Ansvarig", "Samverkanspartner", "Tidsplan"], ...rows]));

  it("matches by number, creates new focus areas and numbers, lists every problem with row and column", () => {
    const plan = planImport({
      parsed: parse([
        ["1. Tillgången ska minska", "1.1", "Tillsyn", "Nyköping", "Polisen", "2026–2029"],
        ["1. Tillgången ska minska", "", "Ny åtgärd", "Studieförbund", "", "2026, 2028"],
        ["2. Skydd", "", "Skyddsåtgärd", "Regionen", "", "Löpande"],
      ]),
      snapshot,
      organisations,
      resolutions: { choices: {}, skipped: [] },
    });
    expect(plan.rows.map((row) => [row.rowNumber, row.outcome, row.number])).toEqual([
      [2, "unchanged", "1.1"],
      // Numbered once its problems are resolved.
      [3, "create", ""],
      [4, "create", "2.1"],
    ]);
    expect(plan.newFocusAreas).toEqual(["Skydd"]);
    expect(plan.rows[1]?.problems.map((p) => [p.id, p.column, p.kind, p.value])).toEqual([
      ["r3:responsible:0", "Ansvarig", "unknownOrganisation", "Studieförbund"],
      ["r3:timeframe", "Tidsplan", "ambiguousTimeframe", "2026, 2028"],
    ]);
    expect(plan.unresolved).toBe(2);
  });

  it("applies the coordinator's choices and skipped rows", () => {
    const plan = planImport({
      parsed: parse([
        ["", "1.1", "Tillsyn, utökad", "Nyköping", "", "2026, 2028"],
        ["", "", "Okänd", "Studieförbund", "", ""],
      ]),
      snapshot,
      organisations,
      resolutions: { choices: { "r2:timeframe": "YEARS:2026:2028" }, skipped: [3] },
    });
    expect(plan.rows.map((row) => [row.outcome, row.timeframeText])).toEqual([
      ["update", "2026–2028"],
      ["skip", ""],
    ]);
    expect(plan.rows[0]?.match).toMatchObject({ by: "number", revision: 3 });
    expect(plan.unresolved).toBe(0);
    // Leaving out the only responsible name asks for a lead instead.
    const omitted = planImport({ parsed: parse([["", "", "X", "Studieförbund", "", "2026"]]), snapshot, organisations, resolutions: { choices: { "r2:responsible:0": "OMIT" }, skipped: [] } });
    expect(omitted.rows[0]?.problems.map((p) => [p.kind, p.chosen])).toEqual([
      ["unknownOrganisation", "OMIT"],
      ["missingResponsible", null],
    ]);
    // "Samtliga kommuner" may become every municipality of the county.
    const all = planImport({ parsed: parse([["", "", "X", "Samtliga kommuner", "", "2026"]]), snapshot, organisations, resolutions: { choices: { "r2:responsible:0": "ALL_MUNICIPALITIES" }, skipped: [] } });
    expect(all.rows[0]?.content?.responsible).toEqual([id(4), id(5), id(8)]);
    // Another county's id is no choice: it does not resolve the problem.
    const forged = planImport({ parsed: parse([["", "", "X", "Studieförbund", "", "2026"]]), snapshot, organisations, resolutions: { choices: { "r2:responsible:0": OTHER }, skipped: [] } });
    expect(forged.unresolved).toBe(1);
  });
});
