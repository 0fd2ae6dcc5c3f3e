// Documents for the public record (issue 14): the programme PDF and its beslutsunderlag form, read
// back with Poppler as a reader's tools read them; the actions spreadsheet read back with exceljs; the
// Swedish Excel CSV twin.
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { parseCsv } from "@/lib/follow-up/csv";
import { loadPublicVersion, loadVersionExport } from "@/lib/publications/loaders";
import { renderVersionPdf, type PdfLabels } from "@/lib/publications/pdf";
import type { PublicVersion } from "@/lib/publications/types";
import { actionSheetColumns } from "@/lib/publications/xlsx";
import sv from "@/messages/sv.json";
import { createOrganisation } from "../factories/index.ts";
import { expectArchivableAndAccessible } from "../support/pdf-checks.ts";
import { extractPdfPages, flatten, pdfInfo } from "../support/pdf-text.ts";
import { testDb as db, writePastTriggers } from "./db.ts";
import { addEndorsement, arrangePublishedProgramme } from "./public-support.ts";

const labels: PdfLabels = sv.openData.pdf;
const band = "Underlag för ställningstagande – ej fastställt";

/** A published programme with an endorsement with a reservation and indicator values in two forms. */
async function arrange() {
  const world = await arrangePublishedProgramme({
    itemTitles: ["Tillsyn av serveringsställen ≥ 18 år", "Föräldrastöd → skolorna", "Regional samordning § 4"],
    endorse: async ({ countyId, versionId }) => {
      const org = await createOrganisation(db, { countyId, kind: "MUNICIPALITY", name: "Växjö kommun" });
      await addEndorsement(versionId, {
        organisationId: org.id,
        status: "ENDORSED_WITH_RESERVATION",
        reservation: "Vi reserverar oss mot 1.1",
        decisionBody: "Kommunstyrelsen",
        decisionDate: new Date("2026-03-12"),
        paragraph: "§ 12",
        diarienummer: "KS 2026/14",
      });
    },
  });
  const indicator = await db.indicator.findFirstOrThrow({ where: { item: { focusArea: { versionId: world.v1.version.id } } } });
  // Published content is frozen by a trigger; the test data is set past it, as a seed would have written it.
  await writePastTriggers(`UPDATE indicator SET baseline = '61,9', baseline_year = 2024, target = 'minst 70', target_year = 2029 WHERE id = $1::uuid`, [indicator.id]);
  const version = await loadPublicVersion(world.county.slug, world.programme.slug, 1);
  if (version === null) throw new Error("arrange: version not public");
  return { ...world, version };
}

const actionTitles = (version: PublicVersion) => version.focusAreas.flatMap((area) => area.items.map((item) => item.title));

describe("the programme PDF", () => {
  test("is tagged PDF/A-2a with embedded fonts, a cover, contents with page numbers and every action", async () => {
    const { county, programme, version } = await arrange();
    const download = await loadVersionExport(county.slug, programme.slug, 1, "pdf", labels);
    if (download === null) throw new Error("no pdf");
    const address = `http://localhost:${process.env.PORT ?? "3000"}/lan/${county.slug}/${programme.slug}/version/1`;
    const { pages, structure } = expectArchivableAndAccessible(download.body, [
      ...actionTitles(version),
      "Länsstyrelsen i",
      "Växjö kommun",
      "Vi reserverar oss mot 1.1",
      "§ 12",
      "KS 2026/14",
      "12 mars 2026",
      "61,9",
      address,
      download.contentHash ?? "no hash",
    ]);
    expect(pdfInfo(download.body).Title).toBe(version.title);
    // Cover first, then the contents with the page each focus area starts on.
    expect(flatten(pages[0] ?? "")).toContain(version.title);
    const contents = flatten(extractPdfPages(download.body, { layout: true })[1] ?? "");
    expect(contents).toContain("Innehåll");
    for (const [index, area] of version.focusAreas.entries()) {
      const start = pages.findIndex((page, pageIndex) => pageIndex > 1 && flatten(page).includes(`${index + 1}. ${area.title}`)) + 1;
      expect(start).toBeGreaterThan(2);
      expect(contents).toContain(`${index + 1}. ${area.title} ${start}`);
    }
    // Headings in order (never a level skipped going down), tables with header cells, lists.
    const levels = structure.map((line) => /^\s*H([1-6])\b/.exec(line)?.[1]).filter((level): level is string => level !== undefined).map(Number);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1));
    expect(new Set(levels)).toEqual(new Set([1, 2, 3]));
    for (const tag of ["Table", "TR", "TH", "TD", "L", "LI", "LBody", "TOC", "TOCI"]) expect(structure.some((line) => line.trim().startsWith(`${tag} `) || line.trim() === tag), tag).toBe(true);
    expect(structure.filter((line) => line.trim().startsWith("TH")).length).toBeGreaterThanOrEqual(14);
  });

  test("as beslutsunderlag it carries the band on every page and the preface first", async () => {
    const { version } = await arrange();
    const pdf = await renderVersionPdf(version, labels, {
      band,
      preface: { heading: "Det här ändras för Växjö kommun", entries: [{ title: "1.1 Tillsyn av serveringsställen", lines: ["Ny som ansvarig", "Tidsplan 2026–2029"] }] },
    });
    const { pages, text } = expectArchivableAndAccessible(pdf, [...actionTitles(version), "Det här ändras för Växjö kommun", "Ny som ansvarig"]);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, index) => expect(flatten(page), `page ${index + 1}`).toContain(band));
    expect(text.indexOf("Det här ändras för Växjö kommun", text.indexOf("Innehåll") + 200)).toBeLessThan(text.indexOf(actionTitles(version)[0] ?? "x", text.indexOf("Innehåll") + 200));
    // Without the option there is no band.
    const ratified = flatten(extractPdfPages(await renderVersionPdf(version, labels)).join(" "));
    expect(ratified).not.toContain(band);
  });
});

describe("spreadsheets", () => {
  test("the actions xlsx reads back as the version's data, in the import template's layout", async () => {
    const { county, programme, version, organisations } = await arrange();
    const download = await loadVersionExport(county.slug, programme.slug, 1, "xlsx", labels);
    if (download === null) throw new Error("no xlsx");
    expect(download.filename).toBe(`${programme.slug}-version-1-atgarder.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.body.buffer);
    const sheet = workbook.getWorksheet("Åtgärder");
    if (sheet === undefined) throw new Error("no sheet");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(actionSheetColumns.map((c) => c.header));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const rows = [];
    for (let index = 2; index <= sheet.rowCount; index++) rows.push(sheet.getRow(index));
    const items = version.focusAreas.flatMap((area) => area.items.map((item) => ({ area, item })));
    expect(rows).toHaveLength(items.reduce((sum, { item }) => sum + Math.max(1, item.indicators.length), 0));
    for (const { area, item } of items) {
      const row = rows.find((r) => r.getCell(16).value === item.stableKey && r.getCell(3).value !== null);
      if (row === undefined) throw new Error(`no row for ${item.number}`);
      expect(row.getCell(1).value).toBe(`${version.focusAreas.indexOf(area) + 1}. ${area.title}`);
      expect(row.getCell(2).value).toBe(item.number);
      expect(typeof row.getCell(2).value).toBe("string");
      expect(row.getCell(3).value).toBe(item.title);
      const lead = item.organisations.find((o) => o.lead)?.name ?? "";
      expect(String(row.getCell(5).value ?? "").split("; ")[0]).toBe(lead);
      const indicator = item.indicators[0];
      if (indicator !== undefined) {
        expect(row.getCell(9).value).toBe(indicator.name);
        expect(row.getCell(10).value).toBe(indicator.unit);
      }
    }
    const withValues = rows.find((r) => r.getCell(12).value === 61.9);
    expect(withValues?.getCell(11).value).toBe(2024);
    expect(withValues?.getCell(14).value).toBe("minst 70");
    expect(withValues?.getCell(13).value).toBe(2029);
    expect(rows.some((r) => r.getCell(6).value === organisations.partner.name)).toBe(true);
  });

  test("the Swedish Excel twin of atgarder.csv parses with semicolons, has the same columns and rows as the machine CSV", async () => {
    const { county, programme } = await arrange();
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const machine = await loadVersionExport(county.slug, programme.slug, 1, "csv", labels);
    const excel = await loadVersionExport(county.slug, programme.slug, 1, "excel-csv", labels);
    const machineText = decoder.decode(machine?.body);
    const excelText = decoder.decode(excel?.body);
    expect(excelText.startsWith("\uFEFFcounty_slug;programme_slug;version_number;")).toBe(true);
    expect(excel?.filename).toMatch(/-atgarder-excel\.csv$/);
    expect(parseCsv(excelText)).toEqual(parseCsv(machineText));
    expect(excelText).toContain("61,9");
  });
});
