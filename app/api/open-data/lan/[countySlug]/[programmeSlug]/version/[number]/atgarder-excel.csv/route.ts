import { versionExportResponse, type VersionRouteContext } from "@/app/api/open-data/version-export";

/** atgarder.csv's columns and rows in Swedish Excel's dialect (semicolon, decimal comma, BOM). */
export async function GET(_request: Request, context: VersionRouteContext): Promise<Response> {
  return versionExportResponse(context, "excel-csv");
}
