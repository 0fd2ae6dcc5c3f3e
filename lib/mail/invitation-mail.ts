import type { InvitableRole } from "@/lib/invitations/schema";
import { buildLinkMail } from "@/lib/mail/link-mail";
import type { MailMessage } from "@/lib/mail/transport";

/** The mail is Swedish like every mail the service sends (the catalogue's "roles", in running text). */
const roleNames = {
  COORDINATOR: "länssamordnare",
  SIGNATORY: "företrädare (får svara för organisationen)",
  MEMBER: "medlem",
} satisfies Record<InvitableRole, string>;

/** The invitation e-mail, in Swedish: who invites, to which organisation and role, and the link. */
export function buildInvitationMail(input: {
  to: string;
  url: string;
  organisationName: string;
  role: InvitableRole;
  invitedByName: string;
  validDays: number;
  siteHost: string;
}): MailMessage {
  return buildLinkMail({
    to: input.to,
    subject: `Inbjudan till Länsplan: ${input.organisationName}`,
    reason: `${input.invitedByName} har bjudit in dig till Länsplan (${input.siteHost}) som ${roleNames[input.role]} för ${input.organisationName}.`,
    linkIntro: "Öppna länken för att ta emot inbjudan och logga in:",
    buttonLabel: "Ta emot inbjudan",
    url: input.url,
    validity: `Länken fungerar en gång och gäller i ${input.validDays} dagar.`,
    ifUnexpected: "Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.",
  });
}
