import { decisionBasisResponse } from "@/app/api/beslutsunderlag/response";
import { loadInvitationDecisionBasis } from "@/lib/decision-basis/loaders";

/** The beslutsunderlag of a remiss invitation while its round is open. */
export async function GET(_request: Request, { params }: { params: Promise<{ invitationId: string }> }): Promise<Response> {
  return decisionBasisResponse((await params).invitationId, loadInvitationDecisionBasis);
}
