import type { MailMessage } from "@/lib/mail/transport";

/** One notification as both the inbox row and the e-mail say it (Swedish; the link is site-relative). */
export type NotificationMessage = {
  kind: NotificationKind;
  title: string;
  body: string;
  /** Site-relative path, e.g. /arbetsyta/remiss/…; the e-mail makes it absolute. */
  link: string;
};

export type NotificationKind =
  | "consultation.invited"
  | "consultation.deadline"
  | "consultation.responded"
  | "endorsement.requested"
  | "endorsement.decided"
  | "version.ratified"
  | "version.published";

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** The e-mail for one notification to one recipient. `siteUrl` has no trailing slash. */
export function buildNotificationMail(to: string, message: NotificationMessage, siteUrl: string): MailMessage {
  const url = `${siteUrl}${message.link}`;
  const text = ["Hej!", "", message.body, "", `Öppna i Länsplan: ${url}`, "", "Du får det här meddelandet eftersom du företräder en organisation i Länsplan.", "", "Länsplan"].join("\n");
  const html = `<!doctype html>
<html lang="sv"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a">
<p>Hej!</p>
<p>${escapeHtml(message.body)}</p>
<p><a href="${escapeHtml(url)}">Öppna i Länsplan</a></p>
<p style="color: #555">Du får det här meddelandet eftersom du företräder en organisation i Länsplan.</p>
</body></html>`;
  return { to, subject: `Länsplan: ${message.title}`, text, html };
}
