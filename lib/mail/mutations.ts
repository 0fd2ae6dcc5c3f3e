import "server-only";
import { after } from "next/server";
import { getDb } from "@/lib/db/client";
import { isMailConfigured, sendMail } from "@/lib/mail/transport";

/*
 * The mail outbox: rows are written in the same transaction as the change they report
 * (lib/notifications/mutations.ts) and sent here, after commit, with retries. A failed send is
 * retried with growing pauses and never touches the change itself.
 */

export const MAX_MAIL_ATTEMPTS = 6;
const BATCH_SIZE = 50;

/** Pause before attempt n+1: 1, 2, 4, 8, 16 minutes. */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 2 ** Math.max(0, attempts - 1);
}

type ClaimedMail = { id: string; to: string; subject: string; text: string; html: string | null; attempts: number };

export type DeliveryReport = { sent: number; retried: number; failed: number };

/**
 * Sends what is due. Rows are claimed with FOR UPDATE SKIP LOCKED and their next attempt pushed
 * ahead in the same statement, so two servers (or two calls) never send the same mail twice.
 * Without SMTP_URL (development, demo) each mail is written to the server log instead.
 */
export async function deliverQueuedMail(now: Date = new Date()): Promise<DeliveryReport> {
  const db = getDb();
  // Raw SQL: Prisma has no FOR UPDATE SKIP LOCKED.
  const claimed = await db.$queryRaw<ClaimedMail[]>`
    UPDATE outbox_mail SET attempts = attempts + 1, next_attempt_at = ${new Date(now.getTime() + 10 * 60_000)}
    WHERE id IN (
      SELECT id FROM outbox_mail WHERE status = 'QUEUED' AND next_attempt_at <= ${now}
      ORDER BY created_at LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED)
    RETURNING id::text, "to", subject, text, html, attempts`;
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const configured = isMailConfigured();
  for (const mail of claimed) {
    try {
      if (configured) {
        await sendMail({ to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html === null ? {} : { html: mail.html }) });
      } else if (process.env.NODE_ENV !== "test") {
        console.info(`E-post (SMTP_URL saknas, loggas i stället) till ${mail.to}: ${mail.subject}\n${mail.text}`);
      }
      await db.outboxMail.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      report.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = mail.attempts >= MAX_MAIL_ATTEMPTS;
      await db.outboxMail.update({
        where: { id: mail.id },
        data: giveUp
          ? { status: "FAILED", lastError: message.slice(0, 500) }
          : { lastError: message.slice(0, 500), nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)) },
      });
      if (giveUp) report.failed += 1;
      else report.retried += 1;
    }
  }
  return report;
}

function logDeliveryError(error: unknown): void {
  console.error("[outbox] leverans misslyckades", error);
}

/**
 * After a change that queued mail: send once the response is out (Next's `after`). Outside a
 * request (scripts, tests) nothing is started here: the periodic sweep (instrumentation-node.ts)
 * sends what is due within a minute.
 */
export function scheduleMailDelivery(): void {
  try {
    after(() => deliverQueuedMail().then(() => undefined, logDeliveryError));
  } catch {
    // Not inside a request: the sweep delivers.
  }
}
