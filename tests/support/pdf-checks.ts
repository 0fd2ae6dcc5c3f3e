// The checks every document PDF of issue 14 must pass, read with Poppler: every font embedded with a
// Unicode map, tagged with a structure root, PDF/A-2a and PDF/UA-1 identification in the XMP, the
// language, "Sida N av M" on every page, the expected texts, and no character replaced.
import { expect } from "vitest";
import { extractPdfMetadata, extractPdfPages, flatten, pdfFonts, pdfInfo, pdfStructure, pdfXmp } from "./pdf-text.ts";

export function expectArchivableAndAccessible(pdf: Uint8Array, expectedTexts: readonly string[]) {
  const fonts = pdfFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((font) => font.embedded && font.unicode), JSON.stringify(fonts)).toBe(true);
  expect(pdfInfo(pdf).Tagged).toBe("yes");
  const xmp = pdfXmp(pdf);
  expect(xmp).toContain("<pdfaid:part>2</pdfaid:part>");
  expect(xmp).toContain("<pdfaid:conformance>A</pdfaid:conformance>");
  expect(xmp).toContain("<pdfuaid:part>1</pdfuaid:part>");
  expect(extractPdfMetadata(pdf).lang).toBe("sv-SE");
  const structure = pdfStructure(pdf);
  expect(structure[0]).toBe("Document");
  const pages = extractPdfPages(pdf);
  const text = flatten(pages.join(" "));
  for (const expected of expectedTexts) expect(text).toContain(expected);
  pages.forEach((page, index) => expect(page).toContain(`Sida ${index + 1} av ${pages.length}`));
  expect(text).not.toContain("\uFFFD");
  // No character replaced by a question mark: none of the texts has one.
  expect(text).not.toContain("?");
  return { pages, structure, text };
}

