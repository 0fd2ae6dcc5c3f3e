import { getMessages } from "next-intl/server";
import { cacheControl } from "@/lib/http/cache-control";
import { loadVersionExport, parseVersionNumber } from "@/lib/publications/loaders";
import type { ExportFormat } from "@/lib/publications/types";

export type VersionRouteContext = { params: Promise<{ countySlug: string; programmeSlug: string; number: string }> };

/** Header with the content hash of the version a download was made from (hex sha256). */
export const contentHashHeader = "X-Lansplan-Content-Hash";

/**
 * A download of one published version. The content of a published version never changes, so the
 * response is cacheable for good; anything not public is a 404 that nobody may cache.
 */
export async function versionExportResponse(context: VersionRouteContext, format: ExportFormat): Promise<Response> {
  const { countySlug, programmeSlug, number } = await context.params;
  const parsed = parseVersionNumber(number);
  const messages = await getMessages({ locale: "sv" });
  const download = parsed === null ? null : await loadVersionExport(countySlug, programmeSlug, parsed, format, messages.openData.pdf);
  if (download === null) {
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": cacheControl.noStore } });
  }
  const headers = new Headers({
    "Content-Type": download.contentType,
    "Content-Disposition": `${format === "pdf" ? "inline" : "attachment"}; filename="${download.filename}"`,
    "Cache-Control": cacheControl.immutable,
    "Access-Control-Allow-Origin": "*",
  });
  if (download.contentHash !== null) {
    headers.set(contentHashHeader, download.contentHash);
    headers.set("ETag", `W/"${download.contentHash}-${format}"`);
  }
  return new Response(download.body, { status: 200, headers });
}
