import { versionExportResponse, type VersionRouteContext } from "@/app/api/open-data/version-export";

/** The version as a PDF document, with who stood behind it. */
export async function GET(_request: Request, context: VersionRouteContext): Promise<Response> {
  return versionExportResponse(context, "pdf");
}
