import { versionExportResponse, type VersionRouteContext } from "@/app/api/open-data/version-export";

/** "Ladda ner som Excel": the version's actions in the layout of the import template (lib/publications/xlsx.ts). */
export async function GET(_request: Request, context: VersionRouteContext): Promise<Response> {
  return versionExportResponse(context, "xlsx");
}
