import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { pdfWords, type PdfWord } from "../support/pdf-text";
import { expectAccessible } from "./support";

// The programme PDF as the built app serves it, rendered to images the way a reader sees it: the
// cover title and an action's title must stand where the text positions in the PDF say, and the
// pixels there must be ink, so a layout regression (text off the page, overlapping, moved, blank
// page) fails here. Seeded example content: Kronoberg version 1 is published.
const KRONOBERG = "/lan/kronoberg/atgardsprogram-andts";

const dpi = 60;

/** Page `page` as a greyscale bitmap (PGM from pdftoppm: header, then one byte per pixel). */
function renderGrey(file: string, page: number): { width: number; height: number; pixels: Buffer } {
  const bytes = execFileSync("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), file]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 32).toString("latin1"));
  if (header?.[1] === undefined || header[2] === undefined) throw new Error("not a PGM image");
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}

/** Share of dark pixels inside a box given in PDF points (top left origin). */
function inkIn(image: { width: number; pixels: Buffer }, box: { xMin: number; yMin: number; xMax: number; yMax: number }): number {
  const scale = dpi / 72;
  let dark = 0;
  let all = 0;
  for (let y = Math.floor(box.yMin * scale); y < Math.ceil(box.yMax * scale); y++) {
    for (let x = Math.floor(box.xMin * scale); x < Math.ceil(box.xMax * scale); x++) {
      all++;
      if ((image.pixels[y * image.width + x] ?? 255) < 160) dark++;
    }
  }
  return all === 0 ? 0 : dark / all;
}

/** The words of `text` as one run on one page, or null. */
function findRun(words: readonly PdfWord[], text: string): PdfWord[] | null {
  const wanted = text.split(/\s+/).filter((w) => w !== "");
  for (let index = 0; index + wanted.length <= words.length; index++) {
    const run = words.slice(index, index + wanted.length);
    if (run.every((word, offset) => word.text === wanted[offset] && word.page === run[0]?.page)) return run;
  }
  return null;
}

test("the programme PDF: the cover title and an action title stand where the rendered pages show them", async ({ page, request }, testInfo) => {
  await page.goto(`${KRONOBERG}/version/1`);
  await expectAccessible(page);
  const pdfHref = await page.getByRole("link", { name: "Programmet som PDF" }).getAttribute("href");
  const xlsxHref = await page.getByRole("link", { name: "Ladda ner som Excel" }).getAttribute("href");
  expect(pdfHref).toBe(`/api/open-data${KRONOBERG}/version/1/program.pdf`);
  expect(xlsxHref).toBe(`/api/open-data${KRONOBERG}/version/1/atgarder.xlsx`);

  const document = await (await request.get(`/api/open-data${KRONOBERG}/version/1/program.json`)).json();
  const title: string = document.version.title;
  const firstItem: { number: string; title: string } = document.focusAreas[0].items[0];

  const response = await request.get(pdfHref ?? "");
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  const directory = mkdtempSync(path.join(tmpdir(), "lansplan-e2e-pdf-"));
  const file = path.join(directory, "program.pdf");
  writeFileSync(file, bytes);
  const words = pdfWords(bytes);

  // Cover: the title in the upper half of page 1, from the left margin, in the large heading size.
  const cover = findRun(words, title.split(/\s+/).slice(0, 3).join(" "));
  expect(cover, `cover title "${title}" on page 1`).not.toBeNull();
  const coverWord = cover?.[0];
  if (coverWord === undefined) throw new Error("no cover title");
  expect(coverWord.page).toBe(1);
  expect(coverWord.xMin).toBeCloseTo(56, 0);
  expect(coverWord.yMin / coverWord.pageHeight).toBeGreaterThan(0.12);
  expect(coverWord.yMin / coverWord.pageHeight).toBeLessThan(0.45);
  expect(coverWord.yMax - coverWord.yMin).toBeGreaterThan(14);

  // The first action: its number and title as a heading on a body page, inside the margins.
  const action = findRun(words, `${firstItem.number} ${firstItem.title.split(/\s+/).slice(0, 3).join(" ")}`);
  expect(action, `action "${firstItem.number} ${firstItem.title}"`).not.toBeNull();
  const actionWord = action?.[0];
  if (actionWord === undefined || action === null) throw new Error("no action title");
  expect(actionWord.page).toBeGreaterThan(2);
  expect(actionWord.xMin).toBeCloseTo(56, 0);
  expect(Math.max(...action.map((w) => w.xMax))).toBeLessThanOrEqual(actionWord.pageWidth - 56 + 1);
  expect(actionWord.yMin).toBeGreaterThan(64);
  expect(actionWord.yMax).toBeLessThan(actionWord.pageHeight - 64);
  // The page's footer stands below the body.
  const footer = words.find((w) => w.page === actionWord.page && w.text === "Sida");
  expect(footer?.yMin ?? 0).toBeGreaterThan(actionWord.pageHeight - 64);

  // The rendered pages: ink exactly where the text positions say, white paper above the cover title.
  for (const [pageNumber, word] of [
    [1, coverWord],
    [actionWord.page, actionWord],
  ] as const) {
    execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", String(pageNumber), "-l", String(pageNumber), "-singlefile", file, path.join(directory, `page-${pageNumber}`)]);
    await testInfo.attach(`page-${pageNumber}.png`, { body: readFileSync(path.join(directory, `page-${pageNumber}.png`)), contentType: "image/png" });
    const image = renderGrey(file, pageNumber);
    expect(image.width).toBe(Math.ceil((word.pageWidth * dpi) / 72));
    expect(inkIn(image, word), `ink at "${word.text}" on page ${pageNumber}`).toBeGreaterThan(0.08);
  }
  const coverImage = renderGrey(file, 1);
  expect(inkIn(coverImage, { xMin: 56, yMin: 60, xMax: 400, yMax: 100 })).toBe(0);
  rmSync(directory, { recursive: true, force: true });

  // "Ladda ner som Excel": the actions in the import template's layout.
  const xlsx = await request.get(xlsxHref ?? "");
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await xlsx.body()).buffer);
  const sheet = workbook.getWorksheet("Åtgärder");
  expect(sheet?.getRow(1).getCell(1).value).toBe("Fokusområde");
  expect(sheet?.getRow(2).getCell(2).value).toBe(firstItem.number);
  expect(sheet?.getRow(2).getCell(3).value).toBe(firstItem.title);
});
