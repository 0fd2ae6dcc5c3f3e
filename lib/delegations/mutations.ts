import "server-only";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { getDb } from "@/lib/db/client";
import { withDbErrors } from "@/lib/db/errors";
import { delegableVersionWhere } from "@/lib/delegations/data";
import type { GrantDelegationInput } from "@/lib/delegations/schema";
import type { DelegationGranted, DelegationRevoked } from "@/lib/delegations/types";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/users/types";

/**
 * Delegates signing for one programme version to a member of the organisation (authorized by the
 * caller: the actor is a signatory of `input.organisationId`). The organisation must allow
 * delegation, the delegate must hold a role in it, and the version must be one it is asked about.
 * A revoked delegation for the same (version, person) is granted again rather than duplicated; the
 * audit trail keeps both.
 */
export async function grantDelegation(actor: Actor, input: GrantDelegationInput, now: Date): Promise<DelegationGranted> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const organisation = await tx.organisation.findFirst({
        where: { id: input.organisationId, active: true, allowsDelegation: true },
        select: { id: true, countyId: true },
      });
      if (organisation === null) throw new AppError("FORBIDDEN", "the organisation does not allow delegation");
      const delegate = await tx.membership.findFirst({
        where: { organisationId: organisation.id, userId: input.userId, user: { disabledAt: null } },
        select: { user: { select: { email: true } } },
      });
      if (delegate === null) throw new AppError("VALIDATION", "not a member", { fieldErrors: { userId: ["notAMember"] } });
      const version = await tx.programmeVersion.findFirst({
        where: { id: input.versionId, ...delegableVersionWhere(organisation) },
        select: { id: true, countyId: true, programmeId: true },
      });
      if (version === null) throw new AppError("VALIDATION", "version not delegable", { fieldErrors: { versionId: ["versionNotDelegable"] } });
      const existing = await tx.signingDelegation.findUnique({
        where: { versionId_organisationId_userId: { versionId: version.id, organisationId: organisation.id, userId: input.userId } },
        select: { id: true, revokedAt: true },
      });
      if (existing !== null && existing.revokedAt === null) {
        throw new AppError("VALIDATION", "already delegated", { fieldErrors: { userId: ["alreadyDelegated"] } });
      }
      const delegation =
        existing === null
          ? await tx.signingDelegation.create({
              data: { versionId: version.id, organisationId: organisation.id, userId: input.userId, grantedById: actor.userId },
              select: { id: true },
            })
          : await tx.signingDelegation.update({
              where: { id: existing.id },
              data: { revokedAt: null, grantedById: actor.userId, createdAt: now },
              select: { id: true },
            });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "delegation.grant",
        entityType: "SigningDelegation",
        entityId: delegation.id,
        countyId: version.countyId,
        programmeId: version.programmeId,
        after: { versionId: version.id, organisationId: organisation.id, userId: input.userId, email: delegate.user.email },
      });
      return { delegationId: delegation.id, organisationId: organisation.id };
    }),
  );
}

/** Revokes a delegation of one of `organisationIds` (where the actor speaks for the organisation); one statement. */
export async function revokeDelegation(
  actor: Actor,
  organisationIds: readonly string[],
  delegationId: string,
  now: Date,
): Promise<DelegationRevoked> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const { count } = await tx.signingDelegation.updateMany({
        where: { id: delegationId, organisationId: { in: [...organisationIds] }, revokedAt: null },
        data: { revokedAt: now },
      });
      if (count !== 1) throw new AppError("NOT_FOUND");
      const delegation = await tx.signingDelegation.findUniqueOrThrow({
        where: { id: delegationId },
        select: { versionId: true, userId: true, organisationId: true, version: { select: { countyId: true, programmeId: true } } },
      });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "delegation.revoke",
        entityType: "SigningDelegation",
        entityId: delegationId,
        countyId: delegation.version.countyId,
        programmeId: delegation.version.programmeId,
        before: { versionId: delegation.versionId, organisationId: delegation.organisationId, userId: delegation.userId },
      });
      return { delegationId, organisationId: delegation.organisationId };
    }),
  );
}
