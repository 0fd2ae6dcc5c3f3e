import { versionExportResponse, type VersionRouteContext } from "@/app/api/open-data/version-export";

/** The whole version as JSON (schema: /api/open-data/schema/v1.json). */
export async function GET(_request: Request, context: VersionRouteContext): Promise<Response> {
  return versionExportResponse(context, "json");
}
