import type { MailMessage } from "@/lib/mail/transport";

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** The sign-in e-mail, in Swedish (the link is the only way in; it works once). */
export function buildSignInMail(input: { to: string; url: string; expiresInMinutes: number; siteHost: string }): MailMessage {
  const subject = "Logga in på Länsplan";
  const text = [
    "Hej!",
    "",
    `Någon (förhoppningsvis du) bad om att få logga in på Länsplan (${input.siteHost}) med den här e-postadressen.`,
    "",
    "Öppna länken för att logga in:",
    input.url,
    "",
    `Länken fungerar en gång och gäller i ${input.expiresInMinutes} minuter.`,
    "Om du inte bad om att logga in kan du bortse från det här meddelandet.",
    "",
    "Länsplan",
  ].join("\n");
  const url = escapeHtml(input.url);
  const html = `<!doctype html>
<html lang="sv"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a">
<p>Hej!</p>
<p>Någon (förhoppningsvis du) bad om att få logga in på Länsplan (${escapeHtml(input.siteHost)}) med den här e-postadressen.</p>
<p><a href="${url}" style="display: inline-block; padding: 0.6em 1.2em; background: #1d4ed8; color: #ffffff; text-decoration: none; border-radius: 4px">Logga in på Länsplan</a></p>
<p>Länken fungerar en gång och gäller i ${input.expiresInMinutes} minuter. Om knappen inte fungerar, kopiera adressen:<br>${url}</p>
<p>Om du inte bad om att logga in kan du bortse från det här meddelandet.</p>
</body></html>`;
  return { to: input.to, subject, text, html };
}
