import "server-only";
import { requireActor } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/data";

/** /arbetsyta/inkorg and the workspace's unread count: only the actor's own notifications. */
export async function loadInbox() {
  const actor = await requireActor();
  return listNotifications(actor.userId);
}
