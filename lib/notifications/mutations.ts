import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma, Role } from "@/lib/db/generated/client";
import { getServerEnv } from "@/lib/env";
import { buildNotificationMail, type NotificationMessage } from "@/lib/mail/notification-mail";

type Tx = Prisma.TransactionClient;

export type Recipient = { userId: string; email: string };

/** Active users holding one of `roles` in any of `organisationIds`, each once. */
export async function findRecipients(tx: Tx, organisationIds: readonly string[], roles: readonly Role[]): Promise<Recipient[]> {
  if (organisationIds.length === 0) return [];
  const rows = await tx.membership.findMany({
    where: { organisationId: { in: [...organisationIds] }, role: { in: [...roles] }, user: { disabledAt: null } },
    select: { user: { select: { id: true, email: true } } },
  });
  const byId = new Map(rows.map((row) => [row.user.id, { userId: row.user.id, email: row.user.email }]));
  return [...byId.values()];
}

/** The coordinators at the county board (Länsstyrelsen) of `countyId`. */
export async function findCountyCoordinators(tx: Tx, countyId: string): Promise<Recipient[]> {
  const boards = await tx.organisation.findMany({ where: { countyId, kind: "COUNTY_BOARD" }, select: { id: true } });
  return findRecipients(
    tx,
    boards.map((b) => b.id),
    ["COORDINATOR"],
  );
}

function siteUrl(): string {
  return (getServerEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/**
 * Writes the in-app notification and queues the e-mail for every recipient, inside the caller's
 * transaction: the change, its notifications and its mail commit or roll back together. The mail
 * itself goes out after commit (lib/mail/outbox.ts), so a mail failure never undoes the change.
 */
export async function notify(tx: Tx, recipients: readonly Recipient[], message: NotificationMessage): Promise<number> {
  const unique = [...new Map(recipients.map((r) => [r.userId, r])).values()];
  if (unique.length === 0) return 0;
  await tx.notification.createMany({
    data: unique.map((r) => ({ userId: r.userId, kind: message.kind, title: message.title, body: message.body, link: message.link })),
  });
  const base = siteUrl();
  await tx.outboxMail.createMany({ data: unique.map((r) => buildNotificationMail(r.email, message, base)) });
  return unique.length;
}

/** Marks the actor's own notifications read (all when `ids` is empty). */
export async function markNotificationsRead(userId: string, ids: readonly string[], now: Date = new Date()): Promise<number> {
  const { count } = await getDb().notification.updateMany({
    where: { userId, readAt: null, ...(ids.length === 0 ? {} : { id: { in: [...ids] } }) },
    data: { readAt: now },
  });
  return count;
}
