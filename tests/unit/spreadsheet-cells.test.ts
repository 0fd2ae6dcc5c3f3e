import { describe, expect, test } from "vitest";
import { csvCell, toCsv } from "@/lib/publications/csv";
import { formatTimeframe, numericOrText } from "@/lib/publications/xlsx";

const years = (startYear: number, endYear: number) => ({ kind: "YEARS" as const, startYear, endYear, startDate: null, endDate: null });

describe("spreadsheet cells", () => {
  test("a timeframe is written as the import template reads it", () => {
    expect(formatTimeframe(years(2026, 2029), "Löpande")).toBe("2026–2029");
    expect(formatTimeframe(years(2026, 2026), "Löpande")).toBe("2026");
    expect(formatTimeframe({ kind: "DATES", startYear: null, endYear: null, startDate: new Date("2026-01-01"), endDate: new Date("2026-06-30") }, "Löpande")).toBe("2026-01-01–2026-06-30");
    expect(formatTimeframe({ kind: "ONGOING", startYear: null, endYear: null, startDate: null, endDate: null }, "Löpande")).toBe("Löpande");
  });

  test("an indicator value is a number when it is a plain number with a decimal comma or point, else the text as written", () => {
    expect(numericOrText("61,9")).toBe(61.9);
    expect(numericOrText("61.9")).toBe(61.9);
    expect(numericOrText(" 25 ")).toBe(25);
    expect(numericOrText("-3,5")).toBe(-3.5);
    expect(numericOrText("minst 70")).toBe("minst 70");
    expect(numericOrText("40 %")).toBe("40 %");
  });

  test("the Swedish Excel dialect separates with semicolons, writes decimal commas and quotes only what needs it", () => {
    expect(csvCell(31.5, "excel-sv")).toBe("31,5");
    expect(csvCell(31.5)).toBe("31.5");
    expect(csvCell("a;b", "excel-sv")).toBe('"a;b"');
    expect(csvCell("a,b", "excel-sv")).toBe("a,b");
    expect(csvCell("=SUM(A1)", "excel-sv")).toBe("'=SUM(A1)");
    expect(toCsv(["x", "y"], [[1.25, "Växjö; Ljungby"]], "excel-sv")).toBe('\uFEFFx;y\r\n1,25;"Växjö; Ljungby"\r\n');
  });
});
