import { escapeHtml } from "@/lib/mail/sign-in-mail";
import type { MailMessage } from "@/lib/mail/transport";
import type { InvitableRole } from "@/lib/invitations/schema";

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
  const subject = `Inbjudan till Länsplan: ${input.organisationName}`;
  const text = [
    "Hej!",
    "",
    `${input.invitedByName} har bjudit in dig till Länsplan (${input.siteHost}) som ${roleNames[input.role]} för ${input.organisationName}.`,
    "",
    "Öppna länken för att ta emot inbjudan och logga in:",
    input.url,
    "",
    `Länken fungerar en gång och gäller i ${input.validDays} dagar.`,
    "Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.",
    "",
    "Länsplan",
  ].join("\n");
  const url = escapeHtml(input.url);
  const html = `<!doctype html>
<html lang="sv"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a">
<p>Hej!</p>
<p>${escapeHtml(input.invitedByName)} har bjudit in dig till Länsplan (${escapeHtml(input.siteHost)}) som ${escapeHtml(roleNames[input.role])} för ${escapeHtml(input.organisationName)}.</p>
<p><a href="${url}" style="display: inline-block; padding: 0.6em 1.2em; background: #1d4ed8; color: #ffffff; text-decoration: none; border-radius: 4px">Ta emot inbjudan</a></p>
<p>Länken fungerar en gång och gäller i ${input.validDays} dagar. Om knappen inte fungerar, kopiera adressen:<br>${url}</p>
<p>Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.</p>
</body></html>`;
  return { to: input.to, subject, text, html };
}
