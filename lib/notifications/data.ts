import "server-only";
import { getDb } from "@/lib/db/client";

/** The user's own notifications, newest first, and how many are unread. */
export async function listNotifications(userId: string, take = 50) {
  const [items, unread] = await Promise.all([
    getDb().notification.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    getDb().notification.count({ where: { userId, readAt: null } }),
  ]);
  return { items, unread };
}
