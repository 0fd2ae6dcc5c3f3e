import { followUpStatuses, statusLetters } from "@/lib/follow-up/lifecycle";
import type { FollowUpDashboard, FollowUpStatus } from "@/lib/follow-up/types";

/*
 * Follow-up in the open data, schema version 1 (added to /api/open-data/schema/v1.json as
 * `$defs/followUp`; within v1 fields are only ever added). Approved reports only. Unlike a
 * version's program.json this document changes every time a report is approved, so it carries
 * `generatedAt` and is served with a short cache lifetime. Pure.
 */

export const followUpJsonFile = "uppfoljning.json";
export const followUpCsvFile = "uppfoljning.csv";
/** The same columns in Swedish Excel's dialect (semicolon, decimal comma). */
export const followUpExcelCsvFile = "uppfoljning-excel.csv";
export const followUpXlsxFile = "uppfoljning.xlsx";

export function followUpPath(countySlug: string, programmeSlug: string): string {
  return `/lan/${countySlug}/${programmeSlug}/uppfoljning`;
}

export function followUpDownloadPath(countySlug: string, programmeSlug: string, file: typeof followUpJsonFile | typeof followUpCsvFile | typeof followUpExcelCsvFile | typeof followUpXlsxFile): string {
  return `/api/open-data/lan/${countySlug}/${programmeSlug}/${file}`;
}

export function yearReportPdfPath(countySlug: string, programmeSlug: string, year: number): string {
  return `/api/open-data/lan/${countySlug}/${programmeSlug}/uppfoljning/${year}/rapport.pdf`;
}

/** CSV columns of uppfoljning.csv: one row per approved report, then one per action and year with the derived status. */
export const followUpCsvColumns = [
  "county_slug",
  "programme_slug",
  "year",
  "item_stable_key",
  "item_number",
  "item_title",
  "organisation_slug",
  "organisation_name",
  "status",
  "status_letter",
  "comment_or_flag",
] as const;

export const derivationRule =
  "An action's status in a year is the least advanced status among its responsible organisations' approved reports " +
  "(G > H > P > E); 'Ej relevant' only when every reporting organisation says so. Delayed (försenad) is derived: the " +
  "timeframe has ended and the action is not done, or it has not started after its start year.";

const isoDate = (date: Date | null): string | null => (date === null ? null : date.toISOString().slice(0, 10));

type ApprovedReportRow = {
  actionStableKey: string;
  year: number;
  status: FollowUpStatus;
  comment: string;
  reviewedAt: Date | null;
  organisation: { slug: string; name: string };
};

export function buildFollowUpDocument(dashboard: FollowUpDashboard, reports: readonly ApprovedReportRow[], generatedAt: Date) {
  const { county, programme, version } = dashboard;
  return {
    schemaVersion: 1,
    schema: "/api/open-data/schema/v1.json#/$defs/followUp",
    generatedAt: generatedAt.toISOString(),
    url: followUpPath(county.slug, programme.slug),
    county: { slug: county.slug, name: county.name },
    programme: { slug: programme.slug, title: programme.title, url: `/lan/${county.slug}/${programme.slug}` },
    version: { number: version.number, title: version.title, validFrom: isoDate(version.validFrom), validTo: isoDate(version.validTo), isExample: version.isExample },
    statusScale: followUpStatuses.map((status) => ({ status, letter: statusLetters[status] })),
    derivationRule,
    currentYear: dashboard.currentYear,
    years: dashboard.years,
    actions: dashboard.actions.map((action) => ({
      stableKey: action.stableKey,
      number: action.number,
      title: action.title,
      focusArea: action.focusArea,
      goalNumbers: action.goalNumbers,
      lastReportedYear: action.current.lastReportedYear,
      years: action.years.map((y) => ({
        year: y.year,
        status: y.status,
        delayed: y.isDelayed,
        reports: reports
          .filter((r) => r.actionStableKey === action.stableKey && r.year === y.year)
          .map((r) => ({ organisation: r.organisation, status: r.status, comment: r.comment, approvedAt: r.reviewedAt?.toISOString() ?? null })),
      })),
      indicators: action.indicators.map((indicator) => ({
        stableKey: indicator.stableKey,
        name: indicator.name,
        unit: indicator.unit,
        baseline: indicator.baseline,
        baselineYear: indicator.baselineYear,
        target: indicator.target,
        targetYear: indicator.targetYear,
        values: indicator.values.map((v) => ({ year: v.year, value: v.value })),
      })),
    })),
  };
}

type SchemaParts = {
  text: unknown;
  nullableText: unknown;
  date: unknown;
  nullableYear: unknown;
  object: (properties: Record<string, unknown>, description?: string) => unknown;
};

/** `$defs/followUp` of the open-data schema v1 (the helpers come from lib/publications/open-data.ts). */
export function followUpDocumentSchema({ text, nullableYear, object }: SchemaParts) {
  const status = { enum: [...followUpStatuses] };
  const nullableStatus = { enum: [...followUpStatuses, null] };
  return object(
    {
      schemaVersion: { const: 1 },
      schema: text,
      generatedAt: { type: "string", format: "date-time" },
      url: text,
      county: object({ slug: text, name: text }),
      programme: object({ slug: text, title: text, url: text }),
      version: object({ number: { type: "integer" }, title: text, validFrom: { type: "string", format: "date" }, validTo: { type: "string", format: "date" }, isExample: { type: "boolean" } }),
      statusScale: { type: "array", items: object({ status, letter: text }) },
      derivationRule: text,
      currentYear: nullableYear,
      years: { type: "array", items: { type: "integer" } },
      actions: {
        type: "array",
        items: object({
          stableKey: text,
          number: text,
          title: text,
          focusArea: text,
          goalNumbers: { type: "array", items: { type: "integer" } },
          lastReportedYear: nullableYear,
          years: {
            type: "array",
            items: object({
              year: { type: "integer" },
              status: nullableStatus,
              delayed: { type: "boolean" },
              reports: {
                type: "array",
                items: object({ organisation: object({ slug: text, name: text }), status, comment: text, approvedAt: { type: ["string", "null"], format: "date-time" } }),
              },
            }),
          },
          indicators: {
            type: "array",
            items: object({
              stableKey: text,
              name: text,
              unit: text,
              baseline: text,
              baselineYear: nullableYear,
              target: text,
              targetYear: nullableYear,
              values: { type: "array", items: object({ year: { type: "integer" }, value: { type: "number" } }) },
            }),
          },
        }),
      },
    },
    `Approved follow-up of a programme (${followUpJsonFile}); ${followUpCsvFile} has the columns ${followUpCsvColumns.join(", ")}.`,
  );
}
