import type { MailMessage } from "@/lib/mail/transport";

/*
 * Follow-up e-mails, in Swedish (the people who report are Swedish organisations). Plain text
 * only: they are queued in OutboxMail inside the transaction that causes them and sent after
 * commit by the outbox worker.
 */

const isoDate = (date: Date | null): string | null => (date === null ? null : date.toISOString().slice(0, 10));

export function buildPeriodOpenedMail(input: { to: string; organisation: string; programme: string; year: number; closesAt: Date | null; url: string }): MailMessage {
  const closes = isoDate(input.closesAt);
  const text = [
    "Hej!",
    "",
    `Uppföljningen av ${input.programme} för ${input.year} är öppen. ${input.organisation} är ansvarig för åtgärder i programmet och ombeds rapportera läget för dem.`,
    closes === null ? "" : `Sista dag att rapportera: ${closes}.`,
    "",
    "Rapportera här (alla era åtgärder på en sida, eller som CSV-fil):",
    input.url,
    "",
    "Länsplan",
  ]
    .filter((line, index, lines) => line !== "" || lines[index - 1] !== "")
    .join("\n");
  return { to: input.to, subject: `Uppföljning ${input.year} är öppen: ${input.programme}`, text };
}

export function buildPeriodClosingMail(input: { to: string; organisation: string; programme: string; year: number; closesAt: Date; missing: number; url: string }): MailMessage {
  const text = [
    "Hej!",
    "",
    `Uppföljningen av ${input.programme} för ${input.year} stänger ${isoDate(input.closesAt) ?? ""}.`,
    `${input.organisation} har ${input.missing} ${input.missing === 1 ? "åtgärd" : "åtgärder"} kvar att rapportera.`,
    "",
    input.url,
    "",
    "Länsplan",
  ].join("\n");
  return { to: input.to, subject: `Påminnelse: uppföljning ${input.year} stänger om en vecka`, text };
}

export function buildCorrectionRequestedMail(input: { to: string; organisation: string; programme: string; year: number; action: string; message: string; url: string }): MailMessage {
  const text = [
    "Hej!",
    "",
    `Länsstyrelsen ber ${input.organisation} komplettera uppföljningen ${input.year} av åtgärden "${input.action}" i ${input.programme}:`,
    "",
    input.message,
    "",
    input.url,
    "",
    "Länsplan",
  ].join("\n");
  return { to: input.to, subject: `Komplettering behövs: uppföljning ${input.year}`, text };
}
