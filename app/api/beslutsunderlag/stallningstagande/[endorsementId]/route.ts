import { decisionBasisResponse } from "@/app/api/beslutsunderlag/response";
import { loadEndorsementDecisionBasis } from "@/lib/decision-basis/loaders";

/** The beslutsunderlag of an endorsement request: the version as sent, the organisation's changes first. */
export async function GET(_request: Request, { params }: { params: Promise<{ endorsementId: string }> }): Promise<Response> {
  return decisionBasisResponse((await params).endorsementId, loadEndorsementDecisionBasis);
}
