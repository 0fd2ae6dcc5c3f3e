import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { isGrantableRole, type CountyScope } from "@/lib/auth/policy";
import { consumeInvitationAttempt } from "@/lib/auth/rate-limit";
import { getDb } from "@/lib/db/client";
import { withDbErrors } from "@/lib/db/errors";
import { getServerEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { organisationInScope } from "@/lib/invitations/data";
import type { AcceptInvitationInput, InviteInput } from "@/lib/invitations/schema";
import { invitationValidDays, type InvitationRefusal, type InvitationRevoked, type InvitationSent } from "@/lib/invitations/types";
import { buildInvitationMail } from "@/lib/mail/invitation-mail";
import { isMailConfigured, sendMail } from "@/lib/mail/transport";
import type { Actor, AuthUser } from "@/lib/users/types";

/**
 * Security-critical: the link carries 32 random bytes; the database keeps only their SHA-256, so a
 * copy of the table (a backup, a log) lets nobody in.
 */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

function appBaseUrl(): string {
  return getServerEnv().NEXTAUTH_URL ?? "http://localhost:3000";
}

/**
 * Invites `input.email` into an organisation of the actor's scope with a role: one row (the token's
 * hash, valid 7 days) and its audit event in one transaction, then the e-mail. Refused: more than
 * the hourly limit of invitations (RATE_LIMITED with retryAfterSeconds), an organisation outside
 * the scope or inactive (NOT_FOUND), a role the organisation cannot give (COORDINATOR outside a
 * county board), and someone who already holds that role there.
 */
export async function inviteMember(actor: Actor, scope: CountyScope, input: InviteInput, now: Date): Promise<InvitationSent> {
  const limit = await consumeInvitationAttempt({ inviterId: actor.userId, now });
  if (!limit.allowed) throw new AppError("RATE_LIMITED", "too many invitations", { retryAfterSeconds: limit.retryAfterSeconds });
  const token = newInvitationToken();
  const created = await withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const organisation = await tx.organisation.findFirst({
        where: { id: input.organisationId, active: true, ...organisationInScope(scope) },
        select: { id: true, name: true, kind: true, countyId: true },
      });
      if (organisation === null) throw new AppError("NOT_FOUND");
      if (!isGrantableRole(input.role, organisation.kind)) {
        throw new AppError("VALIDATION", "role not grantable here", { fieldErrors: { role: ["coordinatorOnlyAtCountyBoard"] } });
      }
      const existing = await tx.membership.findFirst({
        where: { organisationId: organisation.id, role: input.role, user: { email: input.email } },
        select: { id: true },
      });
      if (existing !== null) throw new AppError("VALIDATION", "already a member", { fieldErrors: { email: ["alreadyMember"] } });
      const invitation = await tx.accountInvitation.create({
        data: {
          email: input.email,
          organisationId: organisation.id,
          role: input.role,
          tokenHash: hashInvitationToken(token),
          invitedById: actor.userId,
          expiresAt: new Date(now.getTime() + invitationValidDays * 24 * 60 * 60 * 1000),
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "invitation.send",
        entityType: "AccountInvitation",
        entityId: invitation.id,
        countyId: organisation.countyId,
        after: { email: input.email, role: input.role, organisationId: organisation.id },
      });
      return { invitationId: invitation.id, organisationName: organisation.name };
    }),
  );
  // After commit (STYLE.md §2): a failed send leaves a pending invitation the coordinator can revoke and send again.
  const url = `${appBaseUrl()}/inbjudan/${token}`;
  if (isMailConfigured()) {
    await sendMail(
      buildInvitationMail({
        to: input.email,
        url,
        organisationName: created.organisationName,
        role: input.role,
        invitedByName: actor.name ?? actor.email,
        validDays: invitationValidDays,
        siteHost: new URL(url).host,
      }),
    );
  } else {
    console.info(`[e-post] Inbjudan till ${input.email}: ${url}`);
  }
  return { invitationId: created.invitationId, email: input.email };
}

/** Revokes an open invitation of the scope: one statement; anything else (used, revoked, foreign) is NOT_FOUND. */
export async function revokeInvitation(actor: Actor, scope: CountyScope, invitationId: string, now: Date): Promise<InvitationRevoked> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const { count } = await tx.accountInvitation.updateMany({
        where: { id: invitationId, acceptedAt: null, revokedAt: null, organisation: organisationInScope(scope) },
        data: { revokedAt: now },
      });
      if (count !== 1) throw new AppError("NOT_FOUND");
      const invitation = await tx.accountInvitation.findUniqueOrThrow({
        where: { id: invitationId },
        select: { email: true, role: true, organisationId: true, organisation: { select: { countyId: true } } },
      });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "invitation.revoke",
        entityType: "AccountInvitation",
        entityId: invitationId,
        countyId: invitation.organisation.countyId,
        before: { email: invitation.email, role: invitation.role, organisationId: invitation.organisationId },
      });
      return { invitationId, organisationId: invitation.organisationId };
    }),
  );
}

/** Why a token cannot be used now, or null when it can. */
export function invitationRefusalOf(
  invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null; organisation: { active: boolean } } | null,
  now: Date,
): InvitationRefusal | null {
  if (invitation === null) return "UNKNOWN";
  if (invitation.acceptedAt !== null) return "USED";
  if (invitation.revokedAt !== null) return "REVOKED";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  if (!invitation.organisation.active) return "ORGANISATION_INACTIVE";
  return null;
}

export type AcceptOutcome = { ok: true; user: AuthUser } | { ok: false; reason: InvitationRefusal | "USER_DISABLED" };

/**
 * Accepts an invitation: marks it used (compare-and-set: a link works exactly once, also when it is
 * opened twice at the same moment), creates the user when the address is new (verified: they hold
 * the mailbox the link went to) and the membership, with the audit event, in one transaction.
 * Called by next-auth's "invitation" sign-in, which then signs the person in.
 */
export async function acceptInvitation(input: AcceptInvitationInput, now: Date): Promise<AcceptOutcome> {
  const tokenHash = hashInvitationToken(input.token);
  return getDb().$transaction(async (tx): Promise<AcceptOutcome> => {
    const { count } = await tx.accountInvitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now }, organisation: { active: true } },
      data: { acceptedAt: now },
    });
    if (count !== 1) {
      const current = await tx.accountInvitation.findUnique({
        where: { tokenHash },
        select: { expiresAt: true, acceptedAt: true, revokedAt: true, organisation: { select: { active: true } } },
      });
      return { ok: false, reason: invitationRefusalOf(current, now) ?? "USED" };
    }
    const invitation = await tx.accountInvitation.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, email: true, role: true, organisationId: true, organisation: { select: { countyId: true } } },
    });
    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, disabledAt: true } });
    // A disabled account stays disabled: an invitation is not a way back in. The transaction rolls
    // back, so the link stays unused for an administrator to look at.
    if (existing !== null && existing.disabledAt !== null) throw new InvitationRollback("USER_DISABLED");
    const user =
      existing === null
        ? await tx.user.create({
            data: { email: invitation.email, name: input.name, emailVerified: now },
            select: { id: true, email: true, name: true, emailVerified: true },
          })
        : await tx.user.update({
            where: { id: existing.id },
            data: { emailVerified: now },
            select: { id: true, email: true, name: true, emailVerified: true },
          });
    await tx.membership.createMany({
      data: [{ userId: user.id, organisationId: invitation.organisationId, role: invitation.role }],
      skipDuplicates: true,
    });
    await recordAuditEvent(tx, {
      actorId: user.id,
      actorEmail: user.email,
      action: "invitation.accept",
      entityType: "AccountInvitation",
      entityId: invitation.id,
      countyId: invitation.organisation.countyId,
      after: { userId: user.id, role: invitation.role, organisationId: invitation.organisationId, newUser: existing === null },
    });
    return { ok: true, user };
  }).catch((error: unknown): AcceptOutcome => {
    if (error instanceof InvitationRollback) return { ok: false, reason: error.reason };
    throw error;
  });
}

/** Thrown inside the acceptance transaction to roll it back with a reason. */
class InvitationRollback extends Error {
  constructor(readonly reason: "USER_DISABLED") {
    super(reason);
  }
}
