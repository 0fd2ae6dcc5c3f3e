import "server-only";
import { revalidatePath } from "next/cache";
import { cache } from "react";
import { can, countiesWhere } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { buildReportingCsv } from "@/lib/follow-up/csv";
import { toCsv, type CsvDialect } from "@/lib/publications/csv";
import {
  findCoordinatorDashboardInput,
  findCoordinatorProgramme,
  findPublicDashboardInput,
  findReportForm,
  findRollupCounty,
  findRollupRows,
  findRollupStrategy,
  listApprovedReports,
  listMyPeriods,
  listReportsForReview,
  toPeriods,
} from "@/lib/follow-up/data";
import { canOpenPeriodOn, currentPeriodYear, statusLetters, transitionPeriod, transitionReview, type PeriodStatus } from "@/lib/follow-up/lifecycle";
import type { VersionStatus } from "@/lib/db/generated/client";
import { buildFollowUpDocument, followUpCsvColumns } from "@/lib/follow-up/open-data";
import { renderYearReportPdf, type YearReportPdfLabels } from "@/lib/follow-up/pdf";
import { buildFollowUpXlsx, type FollowUpXlsxLabels } from "@/lib/follow-up/xlsx";
import { buildDashboard, buildRollup, buildYearReport } from "@/lib/follow-up/rollup";
import type { CoordinatorFollowUp, FollowUpDashboard, FollowUpRollup, MyPeriod, ReportForm, YearReport } from "@/lib/follow-up/types";
import { announcePublicPageChange } from "@/lib/cluster/mutations";
import { purgePublicPageStore } from "@/lib/http/public-page-store-bridge";

/*
 * Follow-up for pages. Public loaders need no session and show only approved reports of public
 * versions (lib/follow-up/data.ts holds the rule); their pages are cached until
 * invalidatePublicFollowUp() runs. Workspace loaders resolve the actor and put the actor's
 * organisations or counties in the query; anything outside them is null (a 404 for the page).
 */

// ───────────── Public ─────────────

export const loadPublicFollowUp = cache(async (countySlug: string, programmeSlug: string): Promise<FollowUpDashboard | null> => {
  const input = await findPublicDashboardInput(countySlug, programmeSlug);
  return input === null ? null : buildDashboard(input);
});

/** The uppföljningsrapport of a year that has approved follow-up or a period. */
export const loadPublicYearReport = cache(async (countySlug: string, programmeSlug: string, year: number): Promise<YearReport | null> => {
  const dashboard = await loadPublicFollowUp(countySlug, programmeSlug);
  if (dashboard === null || !dashboard.years.includes(year)) return null;
  return buildYearReport(dashboard, year);
});

/** Roll-up per long-term goal of the national strategy in force: nationally (countySlug null) or for one county. */
export const loadFollowUpRollup = cache(async (countySlug: string | null): Promise<FollowUpRollup | null> => {
  const now = new Date();
  const [strategy, county] = await Promise.all([findRollupStrategy(null, now), countySlug === null ? Promise.resolve(null) : findRollupCounty(countySlug)]);
  if (strategy === null || (countySlug !== null && county === null)) return null;
  const { programmes, groups } = await findRollupRows(strategy.id, county?.id ?? null, now);
  return buildRollup({
    strategy: { slug: strategy.slug, shortTitle: strategy.shortTitle, title: strategy.title },
    county: county === null ? null : { slug: county.slug, name: county.name },
    goals: strategy.goals,
    programmes,
    groups,
    now,
  });
});

export type FollowUpDownload = { body: Uint8Array<ArrayBuffer>; contentType: string; filename: string };

export type FollowUpExportFormat = "json" | "csv" | "excel-csv" | "xlsx";

/** uppfoljning.json / .csv / -excel.csv / .xlsx of a public programme: approved follow-up only. */
export async function loadFollowUpExport(
  countySlug: string,
  programmeSlug: string,
  format: FollowUpExportFormat,
  xlsxLabels?: FollowUpXlsxLabels,
): Promise<FollowUpDownload | null> {
  const dashboard = await loadPublicFollowUp(countySlug, programmeSlug);
  if (dashboard === null) return null;
  const base = `${countySlug}-${programmeSlug}-uppfoljning`;
  if (format === "xlsx") {
    if (xlsxLabels === undefined) return null;
    return { body: await buildFollowUpXlsx(dashboard, xlsxLabels), contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename: `${base}.xlsx` };
  }
  if (format === "json") {
    const reports = await listApprovedReports(countySlug, programmeSlug);
    const body = new TextEncoder().encode(`${JSON.stringify(buildFollowUpDocument(dashboard, reports, new Date()), null, 2)}\n`);
    return { body, contentType: "application/json; charset=utf-8", filename: `${base}.json` };
  }
  const reports = await listApprovedReports(countySlug, programmeSlug);
  const titles = new Map(dashboard.actions.map((a) => [a.stableKey, a]));
  const rows = reports.map((r) => {
    const action = titles.get(r.actionStableKey);
    return [countySlug, programmeSlug, r.year, r.actionStableKey, action?.number ?? "", action?.title ?? "", r.organisation.slug, r.organisation.name, r.status, statusLetters[r.status], r.comment];
  });
  const derivedRows = dashboard.actions.flatMap((action) =>
    action.years.map((y) => [countySlug, programmeSlug, y.year, action.stableKey, action.number, action.title, "", "", y.status ?? "", y.status === null ? "" : statusLetters[y.status], y.isDelayed ? "delayed" : ""]),
  );
  const dialect: CsvDialect = format === "excel-csv" ? "excel-sv" : "rfc4180";
  const filename = format === "excel-csv" ? `${base}-excel.csv` : `${base}.csv`;
  return { body: new TextEncoder().encode(toCsv(followUpCsvColumns, [...rows, ...derivedRows], dialect)), contentType: "text/csv; charset=utf-8; header=present", filename };
}

export async function loadYearReportPdf(countySlug: string, programmeSlug: string, year: number, labels: YearReportPdfLabels): Promise<FollowUpDownload | null> {
  const report = await loadPublicYearReport(countySlug, programmeSlug, year);
  if (report === null) return null;
  return { body: await renderYearReportPdf(report, labels), contentType: "application/pdf", filename: `${countySlug}-${programmeSlug}-uppfoljningsrapport-${year}.pdf` };
}

// Route patterns as the app directory names them, route group included (Next derives each cached
// page's tags from its file path): every language, county and programme at once.
const publicFollowUpPaths = ["/(public)/site/[locale]/lan/[countySlug]/[programmeSlug]/uppfoljning", "/(public)/site/[locale]/uppfoljning"];

/**
 * Call after a report was approved or sent back (in the server action, after the commit): the
 * public follow-up pages of the programme and the roll-ups are rendered again on their next
 * request. Other public pages do not show follow-up and keep their cache.
 */
export async function invalidatePublicFollowUp(): Promise<void> {
  for (const path of publicFollowUpPaths) revalidatePath(path, "layout");
  purgePublicPageStore();
  // The other instances on the database do the same (lib/http/cluster-events.mjs).
  await announcePublicPageChange(publicFollowUpPaths.map((path) => ({ path, type: "layout" })));
}

// ───────────── Reporting (signatories) ─────────────

/** The organisations the actor reports for (SIGNATORY there). */
async function reportingOrganisations(): Promise<string[]> {
  const actor = await requireActor();
  return [...new Set(actor.memberships.map((m) => m.organisationId))].filter((id) => can(actor, "followup.report", { organisationId: id }));
}

/** /arbetsyta/uppfoljning: open periods with actions of the actor's organisations, across programmes. */
export async function loadMyPeriods(): Promise<MyPeriod[]> {
  return listMyPeriods(await reportingOrganisations());
}

/** The bulk form of a period for one of the actor's organisations (the first with actions when not named). */
export async function loadReportForm(periodId: string, organisationId: string | null): Promise<ReportForm | null> {
  const organisations = await reportingOrganisations();
  const candidates = organisationId === null ? organisations : organisations.filter((id) => id === organisationId);
  for (const id of candidates) {
    const form = await findReportForm(periodId, id);
    if (form !== null) return form;
  }
  return null;
}

/** A header-safe file name part: "Nyköpings kommun" → "nykopings-kommun". */
function asciiName(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export async function loadReportingCsv(periodId: string, organisationId: string | null): Promise<FollowUpDownload | null> {
  const form = await loadReportForm(periodId, organisationId);
  if (form === null) return null;
  const body = new TextEncoder().encode(buildReportingCsv(form));
  return { body, contentType: "text/csv; charset=utf-8; header=present", filename: `uppfoljning-${form.year}-${asciiName(form.organisation.name)}.csv` };
}

// ───────────── Coordinator ─────────────

/** /arbetsyta/program/[programmeId]/uppfoljning: periods, reports to review for `year`, the dashboard. */
export async function loadCoordinatorFollowUp(programmeId: string, year: number | null): Promise<CoordinatorFollowUp | null> {
  const actor = await requireActor();
  const counties = [...new Set([...countiesWhere(actor, "followup.review"), ...countiesWhere(actor, "followup.managePeriods")])];
  const programme = await findCoordinatorProgramme(programmeId, counties);
  if (programme === null) return null;
  const versions = programme.versions.map((v) => ({ id: v.id, number: v.number, title: v.title, status: v.status, periods: toPeriods(v) }));
  const allPeriods = versions.flatMap((v) => v.periods);
  const years = [...new Set(allPeriods.filter((p) => p.status !== "PLANNED").map((p) => p.year))].sort((a, b) => b - a);
  const reviewYear = year ?? currentPeriodYear(allPeriods);
  const [reviews, dashboardInput] = await Promise.all([
    reviewYear === null ? Promise.resolve([]) : listReportsForReview(programme.id, reviewYear, counties),
    versions[0] === undefined ? Promise.resolve(null) : findCoordinatorDashboardInput(versions[0].id, counties),
  ]);
  const resource = { countyId: programme.countyId };
  const canReview = can(actor, "followup.review", resource);
  // "Godkänn alla inskickade" approves what approveSubmittedReports approves: the year's submitted reports.
  const submitted = reviews.filter((r) => r.reviewStatus === "SUBMITTED").length;
  const reviewPeriodId = allPeriods.find((p) => p.year === reviewYear && p.id !== null)?.id ?? null;
  return {
    programme: { id: programme.id, title: programme.title, countyId: programme.countyId },
    versions: versions.map((v) => ({ ...v, periods: v.periods.map((p) => ({ ...p, ...periodActions(p.status, v.status) })) })),
    reviewYear,
    reviews: reviews.map((r) => ({ ...r, canApprove: transitionReview(r.reviewStatus, "APPROVE").ok, canSendBack: transitionReview(r.reviewStatus, "REQUEST_CORRECTION").ok })),
    dashboard: dashboardInput === null ? null : buildDashboard(dashboardInput),
    canManagePeriods: can(actor, "followup.managePeriods", resource),
    canReview,
    approveAll: canReview && reviewPeriodId !== null && submitted > 0 ? { periodId: reviewPeriodId, count: submitted } : null,
    years,
  };
}

/** What the period buttons may offer (the lifecycle's answer; the action checks it again). */
function periodActions(status: PeriodStatus, versionStatus: VersionStatus): { canOpen: boolean; canClose: boolean } {
  return { canOpen: canOpenPeriodOn(versionStatus) && transitionPeriod(status, "OPEN").ok, canClose: transitionPeriod(status, "CLOSE").ok };
}
