import "server-only";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { isGrantableRole, type CountyScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { withDbErrors } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { organisationInScope } from "@/lib/invitations/data";
import type { ChangeRoleInput } from "@/lib/memberships/schema";
import type { MembershipChanged, MembershipRemoved } from "@/lib/memberships/types";
import type { Actor } from "@/lib/users/types";

/**
 * Memberships a coordinator or administrator may change: in an organisation of the scope, never an
 * ADMIN membership (administrators are appointed outside the app's forms).
 */
function manageableMembership(membershipId: string, scope: CountyScope): Prisma.MembershipWhereInput {
  return { id: membershipId, role: { not: "ADMIN" }, organisation: organisationInScope(scope) };
}

const membershipSelect = {
  userId: true,
  role: true,
  organisationId: true,
  user: { select: { email: true } },
  organisation: { select: { kind: true, countyId: true } },
} satisfies Prisma.MembershipSelect;

/**
 * Gives a membership another role. Takes effect on that person's next request: sessions load the
 * memberships from the database every time (lib/auth/session.ts).
 */
export async function changeMembershipRole(actor: Actor, scope: CountyScope, input: ChangeRoleInput): Promise<MembershipChanged> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const before = await tx.membership.findFirst({ where: manageableMembership(input.membershipId, scope), select: membershipSelect });
      if (before === null) throw new AppError("NOT_FOUND");
      if (!isGrantableRole(input.role, before.organisation.kind)) {
        throw new AppError("VALIDATION", "role not grantable here", { fieldErrors: { role: ["coordinatorOnlyAtCountyBoard"] } });
      }
      // Scope and the role read above in one statement: a concurrent change makes this a CONFLICT.
      const { count } = await tx.membership.updateMany({
        where: { ...manageableMembership(input.membershipId, scope), role: before.role },
        data: { role: input.role },
      });
      if (count !== 1) throw new AppError("CONFLICT", "the membership changed meanwhile");
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "membership.role_change",
        entityType: "Membership",
        entityId: input.membershipId,
        countyId: before.organisation.countyId,
        before: { userId: before.userId, email: before.user.email, organisationId: before.organisationId, role: before.role },
        after: { role: input.role },
      });
      return { membershipId: input.membershipId, organisationId: before.organisationId, role: input.role };
    }),
  );
}

/**
 * Removes a membership. When it was the person's last role in the organisation, their signing
 * delegations for it are revoked in the same transaction (a delegate must be a member).
 */
export async function removeMembership(actor: Actor, scope: CountyScope, membershipId: string, now: Date): Promise<MembershipRemoved> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const before = await tx.membership.findFirst({ where: manageableMembership(membershipId, scope), select: membershipSelect });
      if (before === null) throw new AppError("NOT_FOUND");
      const { count } = await tx.membership.deleteMany({ where: manageableMembership(membershipId, scope) });
      if (count !== 1) throw new AppError("CONFLICT", "the membership changed meanwhile");
      const remaining = await tx.membership.count({ where: { userId: before.userId, organisationId: before.organisationId } });
      const revoked =
        remaining === 0
          ? await tx.signingDelegation.updateMany({
              where: { userId: before.userId, organisationId: before.organisationId, revokedAt: null },
              data: { revokedAt: now },
            })
          : { count: 0 };
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "membership.remove",
        entityType: "Membership",
        entityId: membershipId,
        countyId: before.organisation.countyId,
        before: { userId: before.userId, email: before.user.email, organisationId: before.organisationId, role: before.role },
        meta: { delegationsRevoked: revoked.count },
      });
      return { membershipId, organisationId: before.organisationId };
    }),
  );
}
