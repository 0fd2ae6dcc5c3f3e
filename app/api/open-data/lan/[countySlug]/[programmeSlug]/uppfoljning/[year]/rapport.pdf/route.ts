import { yearReportPdfResponse, type YearReportRouteContext } from "@/app/api/open-data/follow-up-export";

/** The uppföljningsrapport of a year as PDF (approved reports only). */
export async function GET(_request: Request, context: YearReportRouteContext): Promise<Response> {
  return yearReportPdfResponse(context);
}
