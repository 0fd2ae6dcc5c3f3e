import "server-only";
import { findInvitationByTokenHash, findUserByEmail, findUserSummary } from "@/lib/invitations/data";
import { hashInvitationToken, invitationRefusalOf } from "@/lib/invitations/mutations";
import { invitationTokenSchema } from "@/lib/invitations/schema";
import type { InvitationPage } from "@/lib/invitations/types";

/**
 * /inbjudan/[token]: needs no session (the link is the proof). Shows what accepting means, or why
 * the link cannot be used. Looking never accepts: mail scanners open links too.
 */
export async function loadInvitationPage(token: string, now: Date): Promise<InvitationPage> {
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) return { usable: false, reason: "UNKNOWN" };
  const invitation = await findInvitationByTokenHash(hashInvitationToken(parsed.data));
  const refusal = invitationRefusalOf(invitation, now);
  if (invitation === null || refusal !== null) return { usable: false, reason: refusal ?? "UNKNOWN" };
  const [inviter, user] = await Promise.all([findUserSummary(invitation.invitedById), findUserByEmail(invitation.email)]);
  return {
    usable: true,
    email: invitation.email,
    role: invitation.role,
    organisationName: invitation.organisation.name,
    organisationKind: invitation.organisation.kind,
    invitedByName: inviter?.name ?? null,
    expiresAt: invitation.expiresAt,
    isNewUser: user === null,
  };
}
