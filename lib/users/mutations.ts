import "server-only";
import { getDb } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { authUserSelect } from "@/lib/users/data";
import type { AuthUser } from "@/lib/users/types";

/** Marks the address verified after a successful e-mail link sign-in; refuses disabled users. */
export async function markEmailVerified(userId: string, at: Date): Promise<AuthUser> {
  return getDb().user.update({
    where: { id: userId, disabledAt: null },
    data: { emailVerified: at },
    select: authUserSelect,
  });
}

/** Records a completed sign-in: lastSignInAt and the "auth.sign_in" audit row, in one transaction. */
export async function recordSignIn(input: { userId: string; email: string; provider: string; at: Date }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { lastSignInAt: input.at }, select: { id: true } });
    await recordAuditEvent(tx, {
      actorId: input.userId,
      actorEmail: input.email,
      action: "auth.sign_in",
      entityType: "User",
      entityId: input.userId,
      meta: { provider: input.provider },
    });
  });
}
