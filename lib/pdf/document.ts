import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";

/**
 * The building blocks of Länsplan's PDF documents (the programme, its beslutsunderlag and the yearly
 * follow-up report): an A4 page with an embedded open-licence font, a tagged structure tree (PDF/UA-1:
 * headings, paragraphs, lists, tables with header cells, figures with alternative text, in reading
 * order) and PDF/A-2a identification (XMP pdfaid, sRGB output intent), both from pdfkit's own support.
 * Running header, footer ("Sida N av M") and the optional band are drawn last on every page as
 * pagination artifacts, which a screen reader skips.
 *
 * Font: DejaVu Sans Condensed from the npm package dejavu-fonts-ttf (pinned; its licence is
 * node_modules/dejavu-fonts-ttf/LICENSE, a free licence that allows embedding). It covers Swedish and
 * every sign the documents print (→ ≥ – § …), so no character is ever replaced.
 */

export type FontStyle = "regular" | "bold" | "italic";

const fontFiles: Record<FontStyle, string> = {
  regular: "DejaVuSansCondensed.ttf",
  bold: "DejaVuSansCondensed-Bold.ttf",
  italic: "DejaVuSansCondensed-Oblique.ttf",
};

let fontData: Record<FontStyle, Buffer> | undefined;

/** Read once per process: the font files are the same for every document. */
function loadFonts(): Record<FontStyle, Buffer> {
  const directory = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  fontData ??= {
    regular: readFileSync(path.join(directory, fontFiles.regular)),
    bold: readFileSync(path.join(directory, fontFiles.bold)),
    italic: readFileSync(path.join(directory, fontFiles.italic)),
  };
  return fontData;
}

export const colours = { text: "#1f2328", muted: "#57606a", rule: "#d0d7de", accent: "#0b4f8a", band: "#fff4ce", bandText: "#5c3c00", headerFill: "#eef2f6" } as const;

export type PdfDocumentOptions = {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** The date the document stands for (publication), not the time of rendering: same input, same file. */
  date: Date;
  /** Running header (top of every page but the first). */
  header: string;
  /** Left part of the footer (e.g. the shortened content hash); the right part is the page number. */
  footer: string;
  /** "Sida {n} av {m}" with the numbers filled in. */
  pageLabel: (page: number, pages: number) => string;
  /** A band across the top of every page (the beslutsunderlag's "ej fastställt"). */
  band?: string;
};

export type TableColumn = { header: string; width: number; align?: "left" | "right" };
export type TocEntry = { level: 1 | 2; text: string; page: number };

type Struct = PDFKit.PDFStructureElement;

const headingSizes = { 1: 17, 2: 13.5, 3: 11.5 } as const;
const bodySize = 10;

export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  readonly left = 56;
  readonly right: number;
  readonly width: number;
  private readonly bottomLimit: number;
  private readonly root: Struct;
  private readonly parents: Struct[] = [];
  private readonly chunks: Buffer[] = [];
  private readonly finished: Promise<void>;
  private readonly toc: TocEntry[] = [];
  private readonly outlines = new Map<number, PDFKit.PDFOutline>();

  constructor(private readonly options: PdfDocumentOptions) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: options.band === undefined ? 64 : 84, bottom: 64, left: 56, right: 56 },
      pdfVersion: "1.7",
      subset: "PDF/A-2a",
      tagged: true,
      lang: "sv-SE",
      displayTitle: true,
      bufferPages: true,
      autoFirstPage: true,
      info: {
        Title: options.title,
        Author: options.author,
        Subject: options.subject,
        Keywords: options.keywords,
        Creator: "Länsplan",
        Producer: "Länsplan",
        CreationDate: options.date,
        ModDate: options.date,
      },
    });
    // PDF/UA-1 identification beside pdfkit's PDF/A part (pdfkit writes one subset's id only).
    this.doc.appendXML(
      `<rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about=""><pdfuaid:part>1</pdfuaid:part></rdf:Description>`,
    );
    const fonts = loadFonts();
    for (const style of ["regular", "bold", "italic"] as const) this.doc.registerFont(style, fonts[style]);
    this.doc.font("regular").fontSize(bodySize).fillColor(colours.text);
    this.right = this.doc.page.width - 56;
    this.width = this.right - this.left;
    this.bottomLimit = this.doc.page.height - this.doc.page.margins.bottom;
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.finished = new Promise<void>((resolve, reject) => {
      this.doc.on("end", resolve);
      this.doc.on("error", reject);
    });
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
  }

  /** Where new structure elements go: the innermost open section, else the document. */
  private get parent(): Struct {
    return this.parents.at(-1) ?? this.root;
  }

  /** Physical page number (1-based) of the current page. */
  get pageNumber(): number {
    return this.doc.bufferedPageRange().count;
  }

  get tableOfContents(): readonly TocEntry[] {
    return this.toc;
  }

  /** Content inside a Sect element (an action, a focus area): its headings and text stay together for a reader. */
  section(render: () => void): void {
    const sect = this.doc.struct("Sect");
    this.parent.add(sect);
    this.parents.push(sect);
    try {
      render();
    } finally {
      this.parents.pop();
      sect.end();
    }
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
  }

  /** A page break unless `height` points fit below the current position. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottomLimit) this.newPage();
  }

  private add(type: string, draw: () => void, options: Parameters<PDFKit.PDFDocument["struct"]>[1] = {}): void {
    this.parent.add(this.doc.struct(type, options, [draw]));
  }

  /** Decoration a reader must skip (rules, fills, repeated table headers). Never inside a tagged element. */
  artifact(draw: () => void, type: "Pagination" | "Layout" = "Layout"): void {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  heading(level: 1 | 2 | 3, text: string, options: { toc?: boolean; gapBefore?: number } = {}): void {
    const size = headingSizes[level];
    this.doc.y += options.gapBefore ?? (level === 1 ? 10 : 8);
    // Keep a heading with what follows it (three lines of text, or a table's header and first row).
    this.ensureSpace(size * 1.4 + 72);
    if (options.toc === true && level !== 3) {
      this.toc.push({ level, text, page: this.pageNumber });
      const parentOutline = level === 2 ? [...this.outlines.values()].at(-1) : undefined;
      const item = (parentOutline ?? this.doc.outline).addItem(text);
      if (level === 1) this.outlines.set(this.toc.length, item);
    }
    this.add(`H${level}`, () => {
      this.doc.font("bold").fontSize(size).fillColor(level === 1 ? colours.accent : colours.text).text(text, this.left, this.doc.y, { width: this.width });
    });
    this.doc.fillColor(colours.text).font("regular").fontSize(bodySize);
    this.doc.y += 3;
  }

  paragraph(text: string, options: { style?: FontStyle; size?: number; colour?: string } = {}): void {
    if (text.trim() === "") return;
    this.add("P", () => {
      this.doc
        .font(options.style ?? "regular")
        .fontSize(options.size ?? bodySize)
        .fillColor(options.colour ?? colours.text)
        .text(text, this.left, this.doc.y, { width: this.width, lineGap: 1.5 });
    });
    this.doc.fillColor(colours.text).font("regular").fontSize(bodySize);
    this.doc.y += 4;
  }

  /** "Label: value" lines, each one paragraph with the label in bold. Empty values are left out. */
  fields(rows: readonly (readonly [string, string])[]): void {
    for (const [label, value] of rows) {
      if (value.trim() === "") continue;
      this.add("P", () => {
        this.doc.font("bold").fontSize(bodySize).text(`${label}: `, this.left, this.doc.y, { width: this.width, continued: true, lineGap: 1.5 });
        this.doc.font("regular").text(value, { lineGap: 1.5 });
      });
      this.doc.y += 1.5;
    }
    this.doc.y += 3;
  }

  /** A bulleted list (L > LI > Lbl + LBody). */
  list(items: readonly string[]): void {
    if (items.length === 0) return;
    const list = this.doc.struct("L");
    this.parent.add(list);
    for (const item of items) {
      this.ensureSpace(14);
      const y = this.doc.y;
      const label = this.doc.struct("Lbl", {}, [() => this.doc.font("regular").fontSize(bodySize).text("•", this.left + 4, y, { width: 10, lineBreak: false })]);
      const body = this.doc.struct("LBody", {}, [() => this.doc.font("regular").fontSize(bodySize).text(item, this.left + 16, y, { width: this.width - 16, lineGap: 1.5 })]);
      list.add(this.doc.struct("LI", {}, [label, body]));
      this.doc.y += 2;
    }
    list.end();
    this.doc.x = this.left;
    this.doc.y += 3;
  }

  /**
   * A table with header cells (TH, scope Column) and data cells (TD). Rows never split across pages;
   * on a new page the header row is drawn again as an artifact (the structure has it once).
   */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: { x?: number; width?: number; size?: number } = {}): void {
    const doc = this.doc;
    const x0 = options.x ?? this.left;
    const total = options.width ?? this.width;
    const size = options.size ?? 8.5;
    const pad = 3.5;
    const fractions = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / fractions) * total);
    const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
    const rowHeight = (cells: readonly string[], font: FontStyle) => {
      doc.font(font).fontSize(size);
      return Math.max(...cells.map((cell, i) => doc.heightOfString(cell === "" ? " " : cell, { width: (widths[i] ?? 0) - 2 * pad, lineGap: 1 }))) + 2 * pad;
    };
    const headerHeight = rowHeight(columns.map((c) => c.header), "bold");
    const drawHeaderBackground = (y: number) => {
      doc.save().rect(x0, y, total, headerHeight).fill(colours.headerFill).restore();
      doc.save().moveTo(x0, y + headerHeight).lineTo(x0 + total, y + headerHeight).lineWidth(0.8).stroke(colours.muted).restore();
    };
    const drawCells = (cells: readonly string[], y: number, font: FontStyle, tag: (index: number, draw: () => void) => void) => {
      cells.forEach((cell, i) => {
        const width = (widths[i] ?? 0) - 2 * pad;
        tag(i, () => {
          doc.font(font).fontSize(size).fillColor(colours.text).text(cell, (xs[i] ?? x0) + pad, y + pad, { width, lineGap: 1, align: columns[i]?.align ?? "left" });
        });
      });
    };

    const table = doc.struct("Table");
    this.parent.add(table);
    this.ensureSpace(headerHeight + 30);
    let y = doc.y;
    // The header row once in the structure.
    this.artifact(() => drawHeaderBackground(y));
    const headRow = doc.struct("TR");
    table.add(headRow);
    drawCells(
      columns.map((c) => c.header),
      y,
      "bold",
      (i, draw) => {
        const thOptions = { title: columns[i]?.header ?? "", scope: "Column" };
        headRow.add(doc.struct("TH", thOptions, [draw]));
      },
    );
    headRow.end();
    y += headerHeight;
    for (const cells of rows) {
      const height = rowHeight(cells, "regular");
      if (y + height > this.bottomLimit) {
        this.newPage();
        y = doc.y;
        const repeatAt = y;
        this.artifact(() => {
          drawHeaderBackground(repeatAt);
          columns.forEach((c, i) => {
            doc.font("bold").fontSize(size).fillColor(colours.text).text(c.header, (xs[i] ?? x0) + pad, repeatAt + pad, { width: (widths[i] ?? 0) - 2 * pad, lineGap: 1, align: c.align ?? "left" });
          });
        });
        y += headerHeight;
      }
      const rowY = y;
      this.artifact(() => doc.save().moveTo(x0, rowY + height).lineTo(x0 + total, rowY + height).lineWidth(0.4).stroke(colours.rule).restore());
      const row = doc.struct("TR");
      table.add(row);
      drawCells(cells, rowY, "regular", (_, draw) => row.add(doc.struct("TD", {}, [draw])));
      row.end();
      y += height;
    }
    table.end();
    doc.x = this.left;
    doc.y = y + 8;
    doc.font("regular").fontSize(bodySize).fillColor(colours.text);
  }

  /** A vector figure with alternative text; `draw` paints inside the box at (x, y). */
  figure(alt: string, box: { x: number; y: number; width: number; height: number }, draw: () => void): void {
    const figureOptions = { alt, bbox: [box.x, box.y, box.x + box.width, box.y + box.height], placement: "Block" };
    this.parent.add(this.doc.struct("Figure", figureOptions, [draw]));
  }

  /** A horizontal rule (decoration). */
  rule(colour: string = colours.rule): void {
    const y = this.doc.y;
    this.artifact(() => this.doc.save().moveTo(this.left, y).lineTo(this.right, y).lineWidth(0.6).stroke(colour).restore());
    this.doc.y += 6;
  }

  /**
   * Reserves `pages` pages for a table of contents (headed by `title`) at the current position and
   * returns a function that fills it once the body is written: the body's page numbers are known then.
   */
  reserveTableOfContents(title: string, pages: number): () => void {
    this.heading(1, title, { gapBefore: 0 });
    const tocStruct = this.doc.struct("TOC");
    this.parent.add(tocStruct);
    const firstPage = this.pageNumber - 1;
    const startY = this.doc.y + 4;
    for (let page = 1; page < pages; page++) this.newPage();
    return () => {
      this.doc.switchToPage(firstPage);
      let y = startY;
      let page = firstPage;
      for (const entry of this.toc) {
        // Estimated pages: the last one takes whatever is left rather than adding a page at the end.
        if (y + 16 > this.bottomLimit && page < firstPage + pages - 1) {
          page++;
          this.doc.switchToPage(page);
          y = this.doc.page.margins.top;
        }
        const indent = entry.level === 1 ? 0 : 16;
        const entryY = y;
        const font: FontStyle = entry.level === 1 ? "bold" : "regular";
        const item = this.doc.struct("TOCI", {}, [
          this.doc.struct("P", {}, [
            () => {
              this.doc.font(font).fontSize(bodySize).fillColor(colours.text);
              this.doc.text(entry.text, this.left + indent, entryY, { width: this.width - indent - 40, lineBreak: false, ellipsis: true });
              this.doc.text(String(entry.page), this.right - 36, entryY, { width: 36, align: "right", lineBreak: false });
            },
          ]),
        ]);
        tocStruct.add(item);
        y += entry.level === 1 ? 18 : 15;
      }
      tocStruct.end();
    };
  }

  /** Header, band and footer on every page, then the bytes of the finished file. */
  async finish(): Promise<Uint8Array<ArrayBuffer>> {
    const doc = this.doc;
    const { count } = doc.bufferedPageRange();
    for (let index = 0; index < count; index++) {
      doc.switchToPage(index);
      const page = doc.page;
      const bottom = page.margins.bottom;
      // Writing into the margins must not start a new page.
      page.margins.bottom = 0;
      this.artifact(() => {
        let top = 30;
        if (this.options.band !== undefined) {
          doc.save().rect(0, 22, page.width, 24).fill(colours.band).restore();
          doc.font("bold").fontSize(10).fillColor(colours.bandText).text(this.options.band, this.left, 29, { width: this.width, align: "center", lineBreak: false });
          top = 54;
        }
        if (index > 0) {
          doc.font("regular").fontSize(8).fillColor(colours.muted).text(this.options.header, this.left, top, { width: this.width, lineBreak: false, ellipsis: true });
          doc.save().moveTo(this.left, top + 12).lineTo(this.right, top + 12).lineWidth(0.5).stroke(colours.rule).restore();
        }
        const footerY = page.height - 42;
        doc.save().moveTo(this.left, footerY - 6).lineTo(this.right, footerY - 6).lineWidth(0.5).stroke(colours.rule).restore();
        doc.font("regular").fontSize(8).fillColor(colours.muted).text(this.options.footer, this.left, footerY, { width: this.width * 0.7, lineBreak: false, ellipsis: true });
        doc.text(this.options.pageLabel(index + 1, count), this.left + this.width * 0.7, footerY, { width: this.width * 0.3, align: "right", lineBreak: false });
      }, "Pagination");
      page.margins.bottom = bottom;
    }
    doc.end();
    await this.finished;
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}

/** "2026-03-12" → "12 mars 2026" (Swedish long date, UTC). */
const months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
export function swedishDate(date: Date | null): string {
  if (date === null) return "";
  return `${date.getUTCDate()} ${months[date.getUTCMonth()] ?? ""} ${date.getUTCFullYear()}`;
}

/** "Sida {page} av {pages}" with the values filled in (the catalogues' placeholders). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
