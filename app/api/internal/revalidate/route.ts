import { isOwnRevalidationRequest, renewChangedPages } from "@/lib/cluster/loaders";
import { pageChangeSchema } from "@/lib/cluster/schema";

/**
 * Renews public pages that another instance changed. Called only by this process's own listener
 * (scripts/serve.mjs, over loopback) when a notification arrives (lib/http/cluster-events.mjs):
 * Next's revalidatePath needs a request to run in. Without this process's secret: 404.
 */
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const headers = { "Cache-Control": "no-store" };
  if (!isOwnRevalidationRequest(request.headers.get("x-lansplan-revalidate"))) return new Response(null, { status: 404, headers });
  const parsed = pageChangeSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response(null, { status: 400, headers });
  renewChangedPages(parsed.data);
  return new Response(null, { status: 204, headers });
}
