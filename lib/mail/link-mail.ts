import type { MailMessage } from "@/lib/mail/transport";

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * The one layout of the service's e-mails, which all carry one link: greeting, why the mail came,
 * the link (a button in HTML, the bare address in text), how long it works, what to do if
 * unexpected. Swedish; every value is escaped in the HTML part.
 */
export function buildLinkMail(input: {
  to: string;
  subject: string;
  reason: string;
  linkIntro: string;
  buttonLabel: string;
  url: string;
  validity: string;
  ifUnexpected: string;
}): MailMessage {
  const text = ["Hej!", "", input.reason, "", input.linkIntro, input.url, "", input.validity, input.ifUnexpected, "", "Länsplan"].join("\n");
  const url = escapeHtml(input.url);
  const html = `<!doctype html>
<html lang="sv"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a">
<p>Hej!</p>
<p>${escapeHtml(input.reason)}</p>
<p><a href="${url}" style="display: inline-block; padding: 0.6em 1.2em; background: #1d4ed8; color: #ffffff; text-decoration: none; border-radius: 4px">${escapeHtml(input.buttonLabel)}</a></p>
<p>${escapeHtml(input.validity)} Om knappen inte fungerar, kopiera adressen:<br>${url}</p>
<p>${escapeHtml(input.ifUnexpected)}</p>
</body></html>`;
  return { to: input.to, subject: input.subject, text, html };
}
