import { followUpExportResponse, type FollowUpRouteContext } from "@/app/api/open-data/follow-up-export";

/** Approved follow-up as CSV: one row per approved report, then the derived status per action and year. */
export async function GET(_request: Request, context: FollowUpRouteContext): Promise<Response> {
  return followUpExportResponse(context, "csv");
}
