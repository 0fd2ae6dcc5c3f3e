import "server-only";
import PDFDocument from "pdfkit";
import { statusLetters } from "@/lib/follow-up/lifecycle";
import { statusKeys } from "@/lib/follow-up/rollup";
import type { StatusKey, YearReport } from "@/lib/follow-up/types";
import { encodable } from "@/lib/publications/pdf";

/**
 * The uppföljningsrapport of one year as a PDF: the status distribution (a bar per status with its
 * number written beside it, so the figure reads in black and white), the changes since the year
 * before, and every action with its reports. Real text in the standard PDF fonts.
 */

export type YearReportPdfLabels = {
  title: string;
  programme: string;
  version: string;
  year: string;
  distribution: string;
  previousYear: string;
  statusNames: Record<StatusKey, string>;
  changesTitle: string;
  noChanges: string;
  indicatorChangesTitle: string;
  actionsTitle: string;
  delayed: string;
  missing: string;
  rule: string;
  exampleContent: string;
  source: string;
};

const colours: Record<StatusKey, string> = { DONE: "#1a7f37", HALF: "#6f9a1f", STARTED: "#b7791f", NOT_STARTED: "#b42318", NOT_RELEVANT: "#6b7280", NONE: "#d1d5db" };

export async function renderYearReportPdf(report: YearReport, labels: YearReportPdfLabels): Promise<Uint8Array<ArrayBuffer>> {
  const { dashboard, year } = report;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    lang: "sv-SE",
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: encodable(`${labels.title} ${year}: ${dashboard.programme.title}`), Author: encodable(dashboard.county.name), Creator: "Länsplan", Producer: "Länsplan" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  const heading = (text: string, size: number) => doc.moveDown(0.6).font("Helvetica-Bold").fontSize(size).text(encodable(text)).moveDown(0.2);
  const paragraph = (text: string) => {
    if (text.trim() !== "") doc.font("Helvetica").fontSize(10).text(encodable(text)).moveDown(0.2);
  };
  const name = (status: StatusKey) => `${status === "NONE" ? "" : `${statusLetters[status]} `}${labels.statusNames[status]}`;

  doc.font("Helvetica-Bold").fontSize(18).text(encodable(`${labels.title} ${year}`));
  paragraph(`${dashboard.programme.title} – ${dashboard.county.name}`);
  paragraph(`${labels.version} ${dashboard.version.number}: ${dashboard.version.title}`);
  if (dashboard.version.isExample) paragraph(labels.exampleContent);
  paragraph(labels.rule);

  heading(labels.distribution, 14);
  const total = Math.max(1, dashboard.actions.length);
  for (const status of statusKeys) {
    const count = report.counts[status];
    const y = doc.y;
    doc.font("Helvetica").fontSize(10).text(encodable(name(status)), 56, y, { width: 150 });
    doc.rect(210, y + 1, (count / total) * 220, 9).fill(colours[status]).fillColor("#000000");
    doc.text(encodable(`${count} (${labels.previousYear}: ${report.previousCounts[status]})`), 440, y, { width: 100 });
    doc.x = 56;
  }

  heading(labels.changesTitle, 14);
  if (report.statusChanges.length === 0) paragraph(labels.noChanges);
  for (const change of report.statusChanges) {
    paragraph(`${change.number} ${change.title}: ${change.before === null ? "–" : statusLetters[change.before]} → ${change.after === null ? "–" : statusLetters[change.after]}`);
  }
  if (report.indicatorChanges.length > 0) {
    heading(labels.indicatorChangesTitle, 12);
    for (const change of report.indicatorChanges) paragraph(`${change.action}: ${change.indicator} ${change.before ?? "–"} → ${change.after} ${change.unit}`);
  }

  heading(labels.actionsTitle, 14);
  for (const action of report.actions) {
    const row = action.years.find((y) => y.year === year);
    doc.font("Helvetica-Bold").fontSize(11).text(encodable(`${action.number} ${action.title}: ${row?.status ? name(row.status) : labels.statusNames.NONE}${row?.isDelayed ? ` (${labels.delayed})` : ""}`));
    for (const r of row?.reports ?? []) paragraph(`${r.organisation} – ${statusLetters[r.status]}${r.comment === "" ? "" : `: ${r.comment}`}`);
    if (row !== undefined && row.missing.length > 0) paragraph(`${labels.missing}: ${row.missing.join(", ")}`);
  }
  paragraph(`${labels.source}: /lan/${dashboard.county.slug}/${dashboard.programme.slug}/uppfoljning/${year}`);
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
