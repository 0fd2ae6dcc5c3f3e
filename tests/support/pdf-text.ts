// Reading the app's PDFs the way a reader's tools do: Poppler (Debian poppler-utils, installed by
// .ci/run) extracts the text, the fonts, the document information, the XMP metadata, the structure
// tree and the word positions. The PDFs embed a TrueType font, so their text is glyph ids that only a
// real PDF reader maps back to characters (through the fonts' ToUnicode maps).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

function withFile<T>(pdf: Uint8Array, run: (file: string) => T): T {
  const directory = mkdtempSync(path.join(tmpdir(), "lansplan-pdf-"));
  const file = path.join(directory, "document.pdf");
  try {
    writeFileSync(file, pdf);
    return run(file);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const run = (command: string, args: readonly string[]): string => execFileSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** The text in reading order; pages are separated by a form feed ("\f"). */
export function extractPdfText(pdf: Uint8Array, options: { layout?: boolean } = {}): string {
  return withFile(pdf, (file) => run("pdftotext", [...(options.layout === true ? ["-layout"] : []), "-enc", "UTF-8", file, "-"]));
}

/** The text of each page (`layout`: as laid out on the page, columns kept on their lines). */
export function extractPdfPages(pdf: Uint8Array, options: { layout?: boolean } = {}): string[] {
  const pages = extractPdfText(pdf, options).split("\f");
  return pages.at(-1)?.trim() === "" ? pages.slice(0, -1) : pages;
}

/** `pdfinfo` as a record ("Tagged" → "yes", "Pages" → "12", …). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const text = withFile(pdf, (file) => run("pdfinfo", [file]));
  return Object.fromEntries(text.split("\n").flatMap((line) => {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    return match?.[1] === undefined ? [] : [[match[1].trim(), (match[2] ?? "").trim()]];
  }));
}

/** The XMP metadata stream. */
export function pdfXmp(pdf: Uint8Array): string {
  return withFile(pdf, (file) => run("pdfinfo", ["-meta", file]));
}

/** The structure tree, one element per line, indented by depth ("Document", "  H1 (block)", …). */
export function pdfStructure(pdf: Uint8Array): string[] {
  return withFile(pdf, (file) => run("pdfinfo", ["-struct", file])).split("\n").filter((line) => line.trim() !== "");
}

/** Every font with whether it is embedded. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean; unicode: boolean }[] {
  const lines = withFile(pdf, (file) => run("pdffonts", [file])).split("\n").slice(2).filter((line) => line.trim() !== "");
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name … emb sub uni object-id generation
    return { name: columns[0] ?? "", embedded: columns.at(-5) === "yes", unicode: columns.at(-3) === "yes" };
  });
}

export type PdfWord = { text: string; page: number; xMin: number; yMin: number; xMax: number; yMax: number; pageWidth: number; pageHeight: number };

/** Every word with its box in points from the top left of its page (pdftotext -bbox). */
export function pdfWords(pdf: Uint8Array, pages?: { first: number; last: number }): PdfWord[] {
  const args = pages === undefined ? [] : ["-f", String(pages.first), "-l", String(pages.last)];
  const html = withFile(pdf, (file) => run("pdftotext", ["-bbox", "-enc", "UTF-8", ...args, file, "-"]));
  const words: PdfWord[] = [];
  let page = (pages?.first ?? 1) - 1;
  let size = { width: 0, height: 0 };
  const decode = (text: string) => text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
  for (const match of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (match[1] !== undefined) {
      page++;
      size = { width: Number(match[1]), height: Number(match[2]) };
    } else {
      words.push({ text: decode(match[7] ?? ""), page, xMin: Number(match[3]), yMin: Number(match[4]), xMax: Number(match[5]), yMax: Number(match[6]), pageWidth: size.width, pageHeight: size.height });
    }
  }
  return words;
}

/** The document title (as a reader's window shows it) and the catalogue's language. */
export function extractPdfMetadata(pdf: Uint8Array): { title: string | null; lang: string | null } {
  const info = pdfInfo(pdf);
  const lang = /\/Lang\s*\(([^)]*)\)/.exec(Buffer.from(pdf).toString("latin1"))?.[1] ?? null;
  return { title: info.Title ?? null, lang };
}

/** Text with every run of white space made one space: a title wrapped over two lines still matches. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, " ");
}
