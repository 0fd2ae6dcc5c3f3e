import { getMessages } from "next-intl/server";
import { loadFollowUpExport, loadYearReportPdf, type FollowUpDownload, type FollowUpExportFormat } from "@/lib/follow-up/loaders";
import { programmeYearParamSchema } from "@/lib/follow-up/schema";
import { cacheControl } from "@/lib/http/cache-control";

export type FollowUpRouteContext = { params: Promise<{ countySlug: string; programmeSlug: string }> };
export type YearReportRouteContext = { params: Promise<{ countySlug: string; programmeSlug: string; year: string }> };

/**
 * Approved follow-up changes whenever a report is approved: unlike a version's downloads these are
 * public for one minute only. Anything not public is a 404 that nobody may cache.
 */
function respond(download: FollowUpDownload | null, disposition: "inline" | "attachment"): Response {
  if (download === null) {
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": cacheControl.noStore } });
  }
  return new Response(download.body, {
    status: 200,
    headers: {
      "Content-Type": download.contentType,
      "Content-Disposition": `${disposition}; filename="${download.filename}"`,
      "Cache-Control": cacheControl.shortPublic,
      "Access-Control-Allow-Origin": "*",
    },
  });
}

export async function followUpExportResponse(context: FollowUpRouteContext, format: FollowUpExportFormat): Promise<Response> {
  const { countySlug, programmeSlug } = await context.params;
  const messages = await getMessages({ locale: "sv" });
  const { short: _short, review: _review, period: _period, delayed: _delayed, staleSince: _staleSince, neverReported: _neverReported, rule: _rule, ...statusNames } = messages.followUpStatus;
  const labels = { statusNames, yes: "Ja", no: "Nej" };
  return respond(await loadFollowUpExport(countySlug, programmeSlug, format, labels), "attachment");
}

export async function yearReportPdfResponse(context: YearReportRouteContext): Promise<Response> {
  const { countySlug, programmeSlug, year } = await context.params;
  const parsed = /^\d{4}$/.test(year) ? programmeYearParamSchema.safeParse(year) : null;
  if (parsed?.success !== true) return respond(null, "inline");
  const messages = await getMessages({ locale: "sv" });
  const { short: _short, review: _review, period: _period, delayed, staleSince: _staleSince, neverReported: _neverReported, rule, ...statusNames } = messages.followUpStatus;
  const labels = { ...messages.followUpPdf, statusNames, rule, delayed: delayed.toLowerCase() };
  return respond(await loadYearReportPdf(countySlug, programmeSlug, parsed.data, labels), "inline");
}
