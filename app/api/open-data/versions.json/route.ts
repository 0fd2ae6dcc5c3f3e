import { cacheControl } from "@/lib/http/cache-control";
import { loadVersionList } from "@/lib/publications/loaders";

/** Every published version, machine-readable (schema: /api/open-data/schema/v1.json#/$defs/versionList). */
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const list = await loadVersionList();
  return Response.json(list, { headers: { "Cache-Control": cacheControl.shortPublic, "Access-Control-Allow-Origin": "*" } });
}
