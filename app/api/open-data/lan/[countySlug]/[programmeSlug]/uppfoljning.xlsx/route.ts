import { followUpExportResponse, type FollowUpRouteContext } from "@/app/api/open-data/follow-up-export";

/** "Ladda ner som Excel": approved follow-up as a workbook with Swedish headers (lib/follow-up/xlsx.ts). */
export async function GET(_request: Request, context: FollowUpRouteContext): Promise<Response> {
  return followUpExportResponse(context, "xlsx");
}
