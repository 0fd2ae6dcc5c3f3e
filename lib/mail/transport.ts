import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { getServerEnv } from "@/lib/env";

export type MailMessage = { to: string; subject: string; text: string; html?: string };

let transporter: Transporter | undefined;

/** True when SMTP_URL is set. Without it the app logs what it would have sent (development, demo). */
export function isMailConfigured(): boolean {
  return getServerEnv().SMTP_URL !== undefined;
}

function getTransporter(smtpUrl: string): Transporter {
  transporter ??= nodemailer.createTransport(smtpUrl);
  return transporter;
}

/** Sends one message over SMTP_URL from MAIL_FROM. Throws when SMTP is not configured or refuses. */
export async function sendMail(message: MailMessage): Promise<void> {
  const env = getServerEnv();
  if (env.SMTP_URL === undefined) throw new Error("SMTP_URL is not configured");
  await getTransporter(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, ...message });
}
