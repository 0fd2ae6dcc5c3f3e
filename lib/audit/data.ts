import "server-only";
import type { AuditNames } from "@/lib/audit/sentences";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export type AuditFilter = { stableKey: string | null; actorId: string | null };

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Every id a row mentions (in before, after, meta, the entity's key), to name them in a fixed number of queries. */
function idsIn(values: readonly unknown[]): string[] {
  const found = new Set<string>();
  for (const value of values) {
    const json = typeof value === "string" ? value : JSON.stringify(value ?? null);
    for (const match of json.matchAll(uuidPattern)) found.add(match[0].toLowerCase());
  }
  return [...found];
}

/**
 * The programme's audit rows for one action (its stable key: the item's rows, and the follow-up
 * reports of it, submitted or reviewed) and/or one person. Scope: the programme, checked by the loader.
 */
async function filterWhere(programmeId: string, filter: AuditFilter): Promise<Prisma.AuditEventWhereInput> {
  const where: Prisma.AuditEventWhereInput = { programmeId };
  if (filter.actorId !== null) where.actorId = filter.actorId;
  if (filter.stableKey !== null) {
    const reports = await getDb().followUpReport.findMany({ where: { programmeId, actionStableKey: filter.stableKey }, select: { id: true } });
    where.OR = [
      { meta: { path: ["stableKey"], equals: filter.stableKey } },
      { entityId: { startsWith: `${programmeId}/${filter.stableKey}/` } },
      { entityId: { in: reports.map((r) => r.id) } },
    ];
  }
  return where;
}

/** One page of a programme's audit events, newest first, with the names of everyone and everything they mention. */
export async function listProgrammeAuditEvents(programmeId: string, page: number, pageSize: number, filter: AuditFilter) {
  const db = getDb();
  const where = await filterWhere(programmeId, filter);
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, at: true, action: true, actorId: true, actorEmail: true, entityType: true, entityId: true, before: true, after: true, meta: true },
    }),
  ]);
  const mentioned = idsIn(events.flatMap((e) => [e.entityId, e.before, e.after, e.meta]));
  // Reports first: their actions and organisations are named with the rest.
  const reports = mentioned.length === 0 ? [] : await db.followUpReport.findMany({ where: { id: { in: mentioned } }, select: { id: true, actionStableKey: true, organisationId: true, year: true } });
  const ids = [...new Set([...mentioned, ...reports.flatMap((r) => [r.actionStableKey, r.organisationId]), ...events.flatMap((e) => (e.actorId === null ? [] : [e.actorId]))])];
  const [organisations, people, focusAreas, items, strategies] =
    ids.length === 0
      ? [[], [], [], [], []]
      : await Promise.all([
          db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
          db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }),
          db.focusArea.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
          db.actionItem.findMany({
            where: { OR: [{ id: { in: ids } }, { stableKey: { in: ids }, version: { programmeId } }] },
            orderBy: { version: { number: "asc" } },
            select: { id: true, stableKey: true, number: true, title: true },
          }),
          db.nationalStrategy.findMany({ where: { id: { in: ids } }, select: { id: true, shortTitle: true } }),
        ]);
  const itemNames: Record<string, { number: string; title: string }> = {};
  // Ordered by version: the newest version's number and title win for a stable key.
  for (const item of items) {
    itemNames[item.id] = { number: item.number, title: item.title };
    itemNames[item.stableKey] = { number: item.number, title: item.title };
  }
  const names: AuditNames = {
    organisations: Object.fromEntries(organisations.map((o) => [o.id, o.name])),
    people: Object.fromEntries(people.map((p) => [p.id, p.name ?? p.email])),
    focusAreas: Object.fromEntries(focusAreas.map((f) => [f.id, f.title])),
    items: itemNames,
    nationalStrategies: Object.fromEntries(strategies.map((s) => [s.id, s.shortTitle])),
    reports: Object.fromEntries(reports.map((r) => [r.id, { stableKey: r.actionStableKey, organisationId: r.organisationId, year: r.year }])),
  };
  const actorName = new Map(people.map((p) => [p.id, p.name]));
  return {
    total,
    names,
    events: events.map((e) => ({
      id: e.id.toString(),
      at: e.at,
      action: e.action,
      actorName: e.actorId === null ? null : (actorName.get(e.actorId) ?? null),
      actorEmail: e.actorEmail,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
      meta: e.meta,
    })),
  };
}

/** The filter's choices: the programme's actions (newest number and title per stable key) and the people in its log. */
export async function listAuditFilterOptions(programmeId: string) {
  const db = getDb();
  const [items, actors] = await Promise.all([
    db.actionItem.findMany({ where: { version: { programmeId } }, orderBy: { version: { number: "asc" } }, select: { stableKey: true, number: true, title: true } }),
    db.auditEvent.findMany({ where: { programmeId, actorId: { not: null } }, distinct: ["actorId"], select: { actorId: true } }),
  ]);
  const actorIds = actors.flatMap((a) => (a.actorId === null ? [] : [a.actorId]));
  const people = actorIds.length === 0 ? [] : await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } });
  const byKey = new Map<string, { stableKey: string; number: string; title: string }>();
  for (const item of items) byKey.set(item.stableKey, item);
  return {
    actions: [...byKey.values()].sort((a, b) => a.number.localeCompare(b.number, "sv", { numeric: true })),
    people: people.map((p) => ({ id: p.id, name: p.name ?? p.email })).sort((a, b) => a.name.localeCompare(b.name, "sv")),
  };
}
