import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/** An audit row: who did what to which record, with before/after values where a record changed. */
export type AuditEventInput = {
  actorId: string | null;
  actorEmail: string | null;
  /** Verb-like key, e.g. "auth.sign_in", "version.withdraw". */
  action: string;
  entityType: string;
  entityId: string;
  countyId?: string | null;
  programmeId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  meta?: Prisma.InputJsonValue;
};

/**
 * Writes one audit row inside the caller's transaction, so the change and its record commit or
 * roll back together. Audit rows are insert-only (a database trigger refuses UPDATE and DELETE).
 */
export async function recordAuditEvent(tx: Prisma.TransactionClient, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(event), select: { id: true } });
}

/** Several audit rows in one statement (a bulk change: one row per record it changed). */
export async function recordAuditEvents(tx: Prisma.TransactionClient, events: readonly AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.auditEvent.createMany({ data: events.map(auditRow) });
}

function auditRow(event: AuditEventInput) {
  return {
    actorId: event.actorId,
    actorEmail: event.actorEmail,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    countyId: event.countyId ?? null,
    programmeId: event.programmeId ?? null,
    before: event.before,
    after: event.after,
    meta: event.meta,
  } satisfies Prisma.AuditEventCreateManyInput;
}
