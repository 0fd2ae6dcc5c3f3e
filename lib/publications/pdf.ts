import "server-only";
import PDFDocument from "pdfkit";
import { versionPath } from "@/lib/publications/open-data";
import type { VersionStatus } from "@/lib/db/generated/client";
import type { PublicEndorsement, PublicIndicator, PublicVersion, Timeframe } from "@/lib/publications/types";
import { paragraphText } from "@/lib/endorsements/schema";

/**
 * program.pdf: the same content as the version page, with who stood behind it, as a PDF generated
 * by the server. Real text (selectable, searchable) in the PDF standard fonts, document title and
 * language set, and the content hash on the first page and in the document's metadata.
 */

/**
 * What the PDF is rendered from: a public version, or (beslutsunderlag) a version sent on remiss or
 * for endorsement, which has the same shape but a status that is not public yet.
 */
export type PdfVersion = Omit<PublicVersion, "status"> & { status: VersionStatus };

/** A band printed on every page, and entries printed before the content (the beslutsunderlag). */
export type PdfOptions = { band?: string; preface?: { heading: string; entries: readonly { title: string; lines: readonly string[] }[] } };

export type PdfLabels = {
  county: string;
  programme: string;
  version: string;
  kinds: { NEW: string; REVISION: string; EXTENSION: string };
  validity: string;
  nationalStrategy: string;
  substances: string;
  substanceNames: { A: string; N: string; D: string; T: string; S: string };
  publishedAt: string;
  contentHash: string;
  contentHashNone: string;
  changeSummary: string;
  ratificationTitle: string;
  ratificationBody: string;
  ratificationDate: string;
  diarienummer: string;
  endorsementsTitle: string;
  endorsementsNone: string;
  endorsementStatus: { ENDORSED: string; ENDORSED_WITH_RESERVATION: string; DECLINED: string };
  reservation: string;
  carriedOver: string;
  focusAreasTitle: string;
  goals: string;
  noGoals: string;
  timeframe: string;
  ongoing: string;
  lead: string;
  responsible: string;
  partners: string;
  followUp: string;
  indicators: string;
  baseline: string;
  target: string;
  dataSource: string;
  exampleContent: string;
  source: string;
};

// The standard PDF fonts encode text as Windows-1252: everything else is replaced rather than
// written as a wrong glyph.
const cp1252Extras = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
export function encodable(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0) ?? 0;
    const ok = code === 10 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || cp1252Extras.has(char);
    out += ok ? char : char === "\t" ? " " : "?";
  }
  return out;
}

const isoDate = (date: Date | null): string => (date === null ? "" : date.toISOString().slice(0, 10));

function timeframeText(timeframe: Timeframe, labels: PdfLabels): string {
  switch (timeframe.kind) {
    case "YEARS":
      return `${timeframe.startYear ?? ""}–${timeframe.endYear ?? ""}`;
    case "DATES":
      return `${isoDate(timeframe.startDate)} – ${isoDate(timeframe.endDate)}`;
    default:
      return labels.ongoing;
  }
}

function endorsementText(e: PublicEndorsement, labels: PdfLabels): string {
  const parts = [
    labels.endorsementStatus[e.status],
    e.decisionBody,
    isoDate(e.decisionDate),
    e.paragraph === null ? null : paragraphText(e.paragraph),
    e.diarienummer === null ? null : `${labels.diarienummer} ${e.diarienummer}`,
    e.carriedOver ? labels.carriedOver : null,
  ];
  return parts.filter((part): part is string => part !== null && part !== "").join(", ");
}

function indicatorText(indicator: PublicIndicator, labels: PdfLabels): string {
  const unit = indicator.unit === "" ? "" : ` (${indicator.unit})`;
  const baseline = `${labels.baseline}: ${indicator.baseline || "–"}${indicator.baselineYear === null ? "" : ` (${indicator.baselineYear})`}`;
  const target = `${labels.target}: ${indicator.target || "–"}${indicator.targetYear === null ? "" : ` (${indicator.targetYear})`}`;
  const source = indicator.dataSource === "" ? "" : `; ${labels.dataSource}: ${indicator.dataSource}`;
  return `${indicator.name}${unit}. ${baseline}; ${target}${source}`;
}

export async function renderVersionPdf(version: PdfVersion, labels: PdfLabels, options?: PdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    lang: "sv-SE",
    displayTitle: true,
    pdfVersion: "1.7",
    // The band is drawn on every page once the content is laid out.
    bufferPages: options?.band !== undefined,
    info: {
      Title: encodable(version.title),
      Author: encodable(version.county.name),
      Subject: encodable(`${version.programme.title}, ${labels.version} ${version.number}`),
      Keywords: `sha256:${version.contentHash ?? ""}`,
      Creator: "Länsplan",
      Producer: "Länsplan",
      // The publication time, not the time of rendering: the same version gives the same file.
      CreationDate: version.publishedAt ?? new Date(0),
      ModDate: version.publishedAt ?? new Date(0),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  const heading = (text: string, size: number) => {
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(size).text(encodable(text)).moveDown(0.2);
  };
  const paragraph = (text: string) => {
    if (text.trim() !== "") doc.font("Helvetica").fontSize(10).text(encodable(text)).moveDown(0.3);
  };
  const field = (label: string, value: string) => {
    doc.font("Helvetica-Bold").fontSize(10).text(encodable(`${label}: `), { continued: true }).font("Helvetica").text(encodable(value));
  };

  doc.font("Helvetica-Bold").fontSize(18).text(encodable(version.title));
  doc.moveDown(0.5);
  if (version.isExample) paragraph(labels.exampleContent);
  field(labels.county, version.county.name);
  field(labels.programme, version.programme.title);
  field(labels.version, `${version.number} (${labels.kinds[version.kind]})`);
  field(labels.validity, `${isoDate(version.validFrom)} – ${isoDate(version.validTo)}`);
  field(labels.nationalStrategy, `${version.nationalStrategy.title} (${version.nationalStrategy.documentRef})`);
  field(labels.substances, version.substances.map((s) => labels.substanceNames[s]).join(", "));
  // A beslutsunderlag (band set) is neither ratified nor published: those sections are left out.
  const isPublished = options?.band === undefined;
  if (isPublished) field(labels.publishedAt, isoDate(version.publishedAt));
  field(labels.contentHash, version.contentHash ?? labels.contentHashNone);
  if (isPublished) field(labels.source, versionPath(version.county.slug, version.programme.slug, version.number));
  if (options?.preface !== undefined) {
    heading(options.preface.heading, 14);
    for (const entry of options.preface.entries) {
      heading(entry.title, 11);
      // Indented as a block: wrapped lines stay under the first.
      doc.x += 12;
      for (const line of entry.lines) doc.font("Helvetica").fontSize(10).text(encodable(line));
      doc.x -= 12;
    }
  }
  if (version.changeSummary !== "") {
    heading(labels.changeSummary, 12);
    paragraph(version.changeSummary);
  }

  if (isPublished) {
    heading(labels.ratificationTitle, 14);
    field(labels.ratificationBody, version.ratification.body ?? "–");
    field(labels.ratificationDate, isoDate(version.ratification.date) || "–");
    field(labels.diarienummer, version.ratification.diarienummer ?? "–");

    heading(labels.endorsementsTitle, 14);
    if (version.endorsements.length === 0) paragraph(labels.endorsementsNone);
    for (const endorsement of version.endorsements) {
      field(endorsement.organisation.name, endorsementText(endorsement, labels));
      if (endorsement.reservation !== null) {
        doc.font("Helvetica-Oblique").fontSize(10).text(encodable(`${labels.reservation}: ${endorsement.reservation}`), { indent: 12 });
      }
    }
  }

  heading(labels.focusAreasTitle, 14);
  for (const area of version.focusAreas) {
    heading(area.title, 13);
    paragraph(area.description);
    field(labels.goals, area.goals.length === 0 ? labels.noGoals : area.goals.map((goal) => `${goal.number}. ${goal.shortLabel}`).join("; "));
    for (const item of area.items) {
      heading(`${item.number} ${item.title}`, 11);
      paragraph(item.description);
      field(labels.timeframe, timeframeText(item.timeframe, labels));
      const lead = item.organisations.find((o) => o.lead);
      if (lead !== undefined) field(labels.lead, lead.name);
      const others = item.organisations.filter((o) => o.role === "RESPONSIBLE" && !o.lead);
      if (others.length > 0) field(labels.responsible, others.map((o) => o.name).join(", "));
      const partners = item.organisations.filter((o) => o.role === "PARTNER");
      if (partners.length > 0) field(labels.partners, partners.map((o) => o.name).join(", "));
      if (item.followUpText !== "") field(labels.followUp, item.followUpText);
      for (const indicator of item.indicators) field(labels.indicators, indicatorText(indicator, labels));
    }
  }

  const band = options?.band;
  if (band !== undefined) {
    const pages = doc.bufferedPageRange();
    for (let index = pages.start; index < pages.start + pages.count; index++) {
      doc.switchToPage(index);
      doc.save().rect(0, 14, doc.page.width, 26).fill("#fde68a").restore();
      doc.font("Helvetica-Bold").fontSize(11).fillColor("#000000").text(encodable(band), 56, 22, { width: doc.page.width - 112, align: "center", lineBreak: false });
    }
  }

  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
