import { followUpExportResponse, type FollowUpRouteContext } from "@/app/api/open-data/follow-up-export";

/** Approved follow-up of the programme's newest public version, with history by stable key (open data v1, $defs/followUp). */
export async function GET(_request: Request, context: FollowUpRouteContext): Promise<Response> {
  return followUpExportResponse(context, "json");
}
