import "server-only";
import { getPublicBaseUrl } from "@/lib/env";
import { colours, fill, swedishDate, TaggedPdf } from "@/lib/pdf/document";
import { versionPath } from "@/lib/publications/open-data";
import type { VersionStatus } from "@/lib/db/generated/client";
import type { PublicActionItem, PublicEndorsement, PublicStanding, PublicVersion } from "@/lib/publications/types";
import { formatTimeframe } from "@/lib/publications/xlsx";
import type sv from "@/messages/sv.json";

/**
 * program.pdf: the programme as the county's publication for the public record. Cover, table of
 * contents, the regional strategy's text, every focus area with its national goals and every action
 * in one layout (indicators as a table), who stood behind it, the ratification and the permanent
 * address. Tagged (PDF/UA-1) and PDF/A-2a with an embedded font: lib/pdf/document.ts.
 *
 * The same document is the beslutsunderlag of a version on remiss or for endorsement: `band` is
 * printed across every page and `preface` (e.g. the organisation's own changes) comes first.
 */

export type PdfLabels = (typeof sv)["openData"]["pdf"];

/**
 * What the PDF is rendered from: a public version, or (the beslutsunderlag) a version sent on
 * remiss or for endorsement, which has the same shape and a status that is not public yet.
 */
export type PdfVersion = Omit<PublicVersion, "status"> & { status: VersionStatus };

export type VersionPdfOptions = {
  band?: string;
  preface?: { heading: string; entries: readonly { title: string; lines: readonly string[] }[] };
};

const join = (parts: readonly (string | null | undefined)[], separator = ", "): string =>
  parts.filter((part): part is string => typeof part === "string" && part !== "").join(separator);

/** One organisation's standing for this version: every organisation the programme names has one. */
function standingRow(standing: PublicStanding, labels: PdfLabels): string[] {
  const e: PublicEndorsement | null = standing.decision;
  const kind =
    standing.standing === "CARRIED_OVER"
      ? fill(labels.standingKinds.CARRIED_OVER, { number: standing.carriedOverFromVersion ?? "" })
      : standing.standing === "STOOD_BEHIND" && e !== null
        ? labels.endorsementStatus[e.status]
        : labels.standingKinds[standing.standing];
  const reason = standing.notAskedReason === null ? null : fill(labels.notAskedReason, { reason: standing.notAskedReason });
  return [
    standing.organisation.name,
    join([kind, reason], "; "),
    e?.decisionBody ?? "",
    swedishDate(e?.decisionDate ?? null),
    // "§ 12" on one line: a no-break space between the sign and the number.
    e === null || e.paragraph === null || e.paragraph === "" ? "" : `§\u00a0${e.paragraph.replace(/^§\s*/, "")}`,
    e?.diarienummer ?? "",
    e?.reservation ?? "",
  ];
}

function renderAction(pdf: TaggedPdf, item: PublicActionItem, labels: PdfLabels): void {
  pdf.section(() => {
    pdf.heading(3, `${item.number} ${item.title}`, { gapBefore: 6 });
    pdf.paragraph(item.description);
    const lead = item.organisations.find((o) => o.lead);
    pdf.fields([
      [labels.lead, lead?.name ?? ""],
      [labels.responsible, item.organisations.filter((o) => o.role === "RESPONSIBLE" && !o.lead).map((o) => o.name).join(", ")],
      [labels.partners, item.organisations.filter((o) => o.role === "PARTNER").map((o) => o.name).join(", ")],
      [labels.timeframe, formatTimeframe(item.timeframe, labels.ongoing)],
      [labels.followUp, item.followUpText],
    ]);
    if (item.indicators.length > 0) {
      const c = labels.indicatorColumns;
      pdf.table(
        [
          { header: c.indicator, width: 2.4 },
          { header: c.unit, width: 0.7 },
          { header: c.baselineYear, width: 1.35, align: "right" },
          { header: c.baseline, width: 1.35, align: "right" },
          { header: c.targetYear, width: 1.2, align: "right" },
          { header: c.target, width: 1.2, align: "right" },
          { header: c.source, width: 1.8 },
        ],
        item.indicators.map((i) => [i.name, i.unit, i.baselineYear === null ? "" : String(i.baselineYear), i.baseline, i.targetYear === null ? "" : String(i.targetYear), i.target, i.dataSource]),
      );
    }
    pdf.rule();
  });
}

export async function renderVersionPdf(version: PdfVersion, labels: PdfLabels, options?: VersionPdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  // A beslutsunderlag (band set) is neither ratified nor published: those parts are left out.
  const isRecord = options?.band === undefined;
  const address = `${getPublicBaseUrl()}${versionPath(version.county.slug, version.programme.slug, version.number)}`;
  const shortHash = version.contentHash === null ? labels.contentHashNone : version.contentHash.slice(0, 12);
  const pdf = new TaggedPdf({
    title: version.title,
    author: fill(labels.countyBoard, { county: version.county.name }),
    subject: `${version.programme.title}, ${labels.version.toLowerCase()} ${version.number}`,
    keywords: `sha256:${version.contentHash ?? ""}`,
    date: version.publishedAt ?? version.ratification.date ?? new Date(0),
    header: `${version.title} · ${labels.version} ${version.number}`,
    footer: fill(labels.footerHash, { hash: shortHash }),
    pageLabel: (page, pages) => fill(labels.page, { page, pages }),
    band: options?.band,
  });
  const { doc } = pdf;

  // ── Cover ──
  doc.y = options?.band === undefined ? 150 : 170;
  pdf.paragraph(fill(labels.countyBoard, { county: version.county.name }), { style: "bold", size: 13, colour: colours.accent });
  pdf.artifact(() => doc.save().rect(pdf.left, doc.y + 2, 60, 3).fill(colours.accent).restore());
  doc.y += 18;
  pdf.heading(1, version.title, { gapBefore: 0 });
  pdf.paragraph(version.programme.title, { size: 12, colour: colours.muted });
  if (options?.band !== undefined) pdf.paragraph(options.band, { style: "bold", size: 12, colour: colours.bandText });
  doc.y += 24;
  const ratification = version.ratification;
  pdf.fields([
    [labels.validity, `${swedishDate(version.validFrom)} – ${swedishDate(version.validTo)}`],
    [labels.version, `${version.number} (${labels.kinds[version.kind]})`],
    [labels.status, options?.band ?? (version.status === "PUBLISHED" || version.status === "SUPERSEDED" ? labels.statuses[version.status] : "")],
    ...(isRecord
      ? ([
          [labels.ratified, join([ratification.body, swedishDate(ratification.date), ratification.diarienummer === null ? null : `${labels.diarienummer} ${ratification.diarienummer}`])],
          [labels.publishedAt, swedishDate(version.publishedAt)],
        ] as const)
      : []),
    [labels.nationalStrategy, `${version.nationalStrategy.title} (${version.nationalStrategy.documentRef})`],
    [labels.substances, version.substances.map((s) => labels.substanceNames[s]).join(", ")],
    [labels.contentHash, version.contentHash ?? labels.contentHashNone],
  ]);
  if (version.isExample) pdf.paragraph(labels.exampleContent, { style: "italic", colour: colours.muted });

  // ── Table of contents: sections, focus areas; filled in when the page numbers are known ──
  pdf.newPage();
  const entries = 5 + version.focusAreas.length + (options?.preface === undefined ? 0 : 1);
  const fillContents = pdf.reserveTableOfContents(labels.tableOfContents, Math.ceil((entries * 18 + 80) / 680));

  // ── Body ──
  pdf.newPage();
  if (options?.preface !== undefined) {
    pdf.heading(1, options.preface.heading, { toc: true, gapBefore: 0 });
    for (const entry of options.preface.entries) {
      pdf.section(() => {
        pdf.heading(2, entry.title);
        // A line under the one before it ("– Målvärde: …") is indented rather than given a second mark.
        pdf.list(entry.lines.map((line) => line.replace(/^– /, "\u2003")));
      });
    }
    pdf.newPage();
  }
  pdf.heading(1, labels.regionalStrategyTitle, { toc: true, gapBefore: 0 });
  pdf.paragraph(version.regionalStrategy.title, { style: "bold" });
  pdf.paragraph(version.regionalStrategy.overarchingText);
  if (version.changeSummary !== "") {
    pdf.heading(2, labels.changeSummary);
    pdf.paragraph(version.changeSummary);
  }

  pdf.heading(1, labels.focusAreasTitle, { toc: true, gapBefore: 16 });
  for (const [index, area] of version.focusAreas.entries()) {
    pdf.section(() => {
      pdf.heading(2, `${index + 1}. ${area.title}`, { toc: true, gapBefore: 12 });
      pdf.paragraph(area.description);
      pdf.paragraph(`${labels.goals}:`, { style: "bold" });
      if (area.goals.length === 0) pdf.paragraph(labels.noGoals, { style: "italic" });
      pdf.list(area.goals.map((goal) => `${goal.number}. ${goal.title}`));
      for (const item of area.items) renderAction(pdf, item, labels);
    });
  }

  if (isRecord) {
    pdf.heading(1, labels.endorsementsTitle, { toc: true, gapBefore: 16 });
    if (version.standings.length === 0) pdf.paragraph(labels.endorsementsNone);
    else {
      const c = labels.endorsementColumns;
      pdf.table(
        [
          { header: c.organisation, width: 2.2 },
          { header: c.outcome, width: 2 },
          { header: c.body, width: 2.1 },
          { header: c.date, width: 1.4 },
          { header: c.paragraph, width: 0.8 },
          { header: c.diarienummer, width: 1.6 },
          { header: c.reservation, width: 1.5 },
        ],
        version.standings.map((standing) => standingRow(standing, labels)),
        // Seven columns: a size at which long single words ("Kommunfullmäktige") fit their column.
        { size: 8 },
      );
    }

    pdf.heading(1, labels.ratificationTitle, { toc: true, gapBefore: 16 });
    pdf.fields([
      [labels.ratificationBody, ratification.body ?? labels.none],
      [labels.ratificationDate, swedishDate(ratification.date) || labels.none],
      [labels.diarienummer, ratification.diarienummer ?? labels.none],
    ]);

    pdf.heading(1, labels.permanentAddressTitle, { toc: true, gapBefore: 16 });
    pdf.paragraph(labels.permanentAddress);
    pdf.paragraph(address, { style: "bold" });
    pdf.fields([[labels.contentHash, version.contentHash ?? labels.contentHashNone]]);
  }

  fillContents();
  return pdf.finish();
}
