import { loadReportingCsv } from "@/lib/follow-up/loaders";
import { periodIdParamSchema } from "@/lib/follow-up/schema";
import { cacheControl } from "@/lib/http/cache-control";

type Context = { params: Promise<{ periodId: string }> };

/**
 * The signed-in signatory's reporting file of a period (their organisation's actions, to fill in
 * and import). The loader resolves the session; anything not theirs is a 404. Never cached.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const periodId = periodIdParamSchema.safeParse((await context.params).periodId);
  const organisation = periodIdParamSchema.safeParse(new URL(request.url).searchParams.get("organisation"));
  const download = periodId.success ? await loadReportingCsv(periodId.data, organisation.success ? organisation.data : null) : null;
  if (download === null) {
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": cacheControl.noStore } });
  }
  return new Response(download.body, {
    status: 200,
    headers: { "Content-Type": download.contentType, "Content-Disposition": `attachment; filename="${download.filename}"`, "Cache-Control": `private, ${cacheControl.noStore}` },
  });
}
