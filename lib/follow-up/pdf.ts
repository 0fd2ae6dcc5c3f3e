import "server-only";
import { getPublicBaseUrl } from "@/lib/env";
import { statusKeys } from "@/lib/follow-up/rollup";
import type { StatusKey, YearReport } from "@/lib/follow-up/types";
import { colours, fill, TaggedPdf } from "@/lib/pdf/document";
import type followUpSv from "@/messages/follow-up.sv.json";

/**
 * The uppföljningsrapport of one year as a PDF (tagged, PDF/A-2a, embedded font: lib/pdf/document.ts):
 * the status distribution as a vector bar chart with the same figures in a table beside it, the
 * changes since the year before, the indicators and every action with its reports.
 * Status names come whole from the catalogue ("G – Genomförd …"): the letter is never added twice.
 */

export type YearReportPdfLabels = (typeof followUpSv)["followUpPdf"] & {
  statusNames: Record<StatusKey, string>;
  rule: string;
  delayed: string;
};

const barColours: Record<StatusKey, string> = { DONE: "#1a7f37", HALF: "#6f9a1f", STARTED: "#b7791f", NOT_STARTED: "#b42318", NOT_RELEVANT: "#6b7280", NONE: "#c4c9cf" };

const decimal = (value: number): string => value.toLocaleString("sv-SE", { maximumFractionDigits: 2 });

export async function renderYearReportPdf(report: YearReport, labels: YearReportPdfLabels): Promise<Uint8Array<ArrayBuffer>> {
  const { dashboard, year, previousYear } = report;
  const title = `${labels.title} ${year}: ${dashboard.programme.title}`;
  const address = `${getPublicBaseUrl()}/lan/${dashboard.county.slug}/${dashboard.programme.slug}/uppfoljning/${year}`;
  const pdf = new TaggedPdf({
    title,
    author: fill(labels.countyBoard, { county: dashboard.county.name }),
    subject: `${dashboard.programme.title}, ${labels.version.toLowerCase()} ${dashboard.version.number}`,
    keywords: `uppföljning ${year}`,
    date: new Date(Date.UTC(year, 11, 31)),
    header: `${labels.title} ${year} · ${dashboard.programme.title}`,
    footer: dashboard.county.name,
    pageLabel: (page, pages) => fill(labels.page, { page, pages }),
  });
  const { doc } = pdf;
  const statusName = (status: StatusKey | null) => labels.statusNames[status ?? "NONE"];

  pdf.paragraph(fill(labels.countyBoard, { county: dashboard.county.name }), { style: "bold", size: 12, colour: colours.accent });
  pdf.heading(1, `${labels.title} ${year}`, { gapBefore: 2 });
  pdf.paragraph(dashboard.programme.title, { size: 12 });
  pdf.paragraph(`${labels.version} ${dashboard.version.number}: ${dashboard.version.title}`, { colour: colours.muted });
  if (dashboard.version.isExample) pdf.paragraph(labels.exampleContent, { style: "italic", colour: colours.muted });
  pdf.paragraph(labels.rule, { size: 9, colour: colours.muted });

  // ── The distribution: chart on the left, its figures in a table on the right ──
  pdf.heading(2, labels.distribution);
  const total = Math.max(1, dashboard.actions.length);
  const rowHeight = 18;
  const chartWidth = 220;
  const box = { x: pdf.left, y: doc.y + 4, width: chartWidth, height: statusKeys.length * rowHeight + 8 };
  pdf.ensureSpace(box.height + 40);
  box.y = doc.y + 4;
  const countsText = statusKeys.map((status) => `${statusName(status)}: ${report.counts[status]}`).join("; ");
  pdf.figure(fill(labels.chartAlt, { year, total: dashboard.actions.length, counts: countsText }), box, () => {
    const labelWidth = 62;
    statusKeys.forEach((status, index) => {
      const y = box.y + 4 + index * rowHeight;
      const short = status === "NONE" ? "–" : (labels.statusNames[status].split(" – ")[0] ?? "");
      doc.font("bold").fontSize(8.5).fillColor(colours.text).text(short, box.x, y + 2, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
      const barMax = chartWidth - labelWidth - 30;
      const width = Math.max(0.5, (report.counts[status] / total) * barMax);
      doc.save().rect(box.x + labelWidth, y, width, 12).fill(barColours[status]).restore();
      doc.font("regular").fontSize(8.5).fillColor(colours.text).text(String(report.counts[status]), box.x + labelWidth + width + 4, y + 2, { width: 26, lineBreak: false });
    });
  });
  const columns = labels.distributionColumns;
  doc.y = box.y;
  pdf.table(
    [
      { header: columns.status, width: 3 },
      { header: fill(columns.count, { year }), width: 1.2, align: "right" },
      { header: fill(columns.previous, { year: previousYear }), width: 1.2, align: "right" },
    ],
    statusKeys.map((status) => [statusName(status), String(report.counts[status]), String(report.previousCounts[status])]),
    { x: pdf.left + chartWidth + 20, width: pdf.width - chartWidth - 20 },
  );
  doc.y = Math.max(doc.y, box.y + box.height + 8);

  // ── Changes since the year before ──
  pdf.heading(2, labels.changesTitle);
  if (report.statusChanges.length === 0) pdf.paragraph(labels.noChanges);
  else {
    const c = labels.changeColumns;
    pdf.table(
      [
        { header: c.number, width: 0.6 },
        { header: c.action, width: 4 },
        { header: fill(c.before, { year: previousYear }), width: 2.2 },
        { header: fill(c.after, { year }), width: 2.2 },
      ],
      report.statusChanges.map((change) => [change.number, change.title, statusName(change.before), statusName(change.after)]),
    );
  }
  if (report.indicatorChanges.length > 0) {
    pdf.heading(2, labels.indicatorChangesTitle);
    const c = labels.indicatorColumns;
    pdf.table(
      [
        { header: c.action, width: 3 },
        { header: c.indicator, width: 3 },
        { header: c.before, width: 1, align: "right" },
        { header: c.after, width: 1, align: "right" },
        { header: c.unit, width: 1 },
      ],
      report.indicatorChanges.map((change) => [change.action, change.indicator, change.before === null ? "–" : decimal(change.before), decimal(change.after), change.unit]),
    );
  }

  // ── Every action ──
  pdf.heading(2, labels.actionsTitle);
  const c = labels.actionColumns;
  pdf.table(
    [
      { header: c.number, width: 0.6 },
      { header: c.action, width: 3.2 },
      { header: c.status, width: 2 },
      { header: c.reports, width: 4 },
    ],
    report.actions.map((action) => {
      const row = action.years.find((y) => y.year === year);
      const status = `${statusName(row?.status ?? null)}${row?.isDelayed === true ? ` (${labels.delayed})` : ""}`;
      const reports = [
        ...(row?.reports ?? []).map((r) => `${r.organisation}: ${labels.statusNames[r.status]}${r.comment === "" ? "" : `. ${r.comment}`}`),
        ...(row !== undefined && row.missing.length > 0 ? [`${labels.missing}: ${row.missing.join(", ")}`] : []),
      ];
      return [action.number, action.title, status, reports.join("\n")];
    }),
  );
  pdf.paragraph(`${labels.source}: ${address}`, { size: 9, colour: colours.muted });
  return pdf.finish();
}
