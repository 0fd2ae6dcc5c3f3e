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

/** Writes the inbox rows and queues the mails of `entries` in two statements, whatever their number. */
async function writeNotifications(tx: Tx, entries: readonly { recipient: Recipient; message: NotificationMessage }[]): Promise<number> {
  if (entries.length === 0) return 0;
  await tx.notification.createMany({
    data: entries.map(({ recipient, message }) => ({ userId: recipient.userId, kind: message.kind, title: message.title, body: message.body, link: message.link })),
  });
  const base = siteUrl();
  await tx.outboxMail.createMany({ data: entries.map(({ recipient, message }) => buildNotificationMail(recipient.email, message, base)) });
  return entries.length;
}

/**
 * Writes the in-app notification and queues the e-mail for every recipient, inside the caller's
 * transaction: the change, its notifications and its mail commit or roll back together. The mail
 * itself goes out after commit (lib/mail/mutations.ts), so a mail failure never undoes the change.
 */
export async function notify(tx: Tx, recipients: readonly Recipient[], message: NotificationMessage): Promise<number> {
  const unique = [...new Map(recipients.map((r) => [r.userId, r])).values()];
  return writeNotifications(
    tx,
    unique.map((recipient) => ({ recipient, message })),
  );
}

/**
 * One message per organisation (each its own link) to that organisation's people holding `roles`:
 * three statements however many organisations, instead of a lookup and two writes per organisation.
 */
export async function notifyOrganisations(
  tx: Tx,
  roles: readonly Role[],
  messages: readonly { organisationId: string; message: NotificationMessage }[],
): Promise<number> {
  if (messages.length === 0) return 0;
  const rows = await tx.membership.findMany({
    where: { organisationId: { in: messages.map((m) => m.organisationId) }, role: { in: [...roles] }, user: { disabledAt: null } },
    select: { organisationId: true, user: { select: { id: true, email: true } } },
  });
  const entries = messages.flatMap(({ organisationId, message }) => {
    const people = new Map(rows.filter((row) => row.organisationId === organisationId).map((row) => [row.user.id, { userId: row.user.id, email: row.user.email }]));
    return [...people.values()].map((recipient) => ({ recipient, message }));
  });
  return writeNotifications(tx, entries);
}

/** Marks the actor's own notifications read (all when `ids` is empty). */
export async function markNotificationsRead(userId: string, ids: readonly string[], now: Date = new Date()): Promise<number> {
  const { count } = await getDb().notification.updateMany({
    where: { userId, readAt: null, ...(ids.length === 0 ? {} : { id: { in: [...ids] } }) },
    data: { readAt: now },
  });
  return count;
}
