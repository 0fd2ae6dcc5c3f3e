import { followUpExportResponse, type FollowUpRouteContext } from "@/app/api/open-data/follow-up-export";

/** uppfoljning.csv's columns and rows in Swedish Excel's dialect (semicolon, decimal comma, BOM). */
export async function GET(_request: Request, context: FollowUpRouteContext): Promise<Response> {
  return followUpExportResponse(context, "excel-csv");
}
