import { buildLinkMail } from "@/lib/mail/link-mail";
import type { MailMessage } from "@/lib/mail/transport";

/** The sign-in e-mail, in Swedish (the link is the only way in; it works once). */
export function buildSignInMail(input: { to: string; url: string; expiresInMinutes: number; siteHost: string }): MailMessage {
  return buildLinkMail({
    to: input.to,
    subject: "Logga in på Länsplan",
    reason: `Någon (förhoppningsvis du) bad om att få logga in på Länsplan (${input.siteHost}) med den här e-postadressen.`,
    linkIntro: "Öppna länken för att logga in:",
    buttonLabel: "Logga in på Länsplan",
    url: input.url,
    validity: `Länken fungerar en gång och gäller i ${input.expiresInMinutes} minuter.`,
    ifUnexpected: "Om du inte bad om att logga in kan du bortse från det här meddelandet.",
  });
}
