import { versionExportResponse, type VersionRouteContext } from "@/app/api/open-data/version-export";

/** The version's action items as CSV (columns documented on /oppna-data and in the schema). */
export async function GET(_request: Request, context: VersionRouteContext): Promise<Response> {
  return versionExportResponse(context, "csv");
}
