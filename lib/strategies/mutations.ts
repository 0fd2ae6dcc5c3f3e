import "server-only";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { getDb } from "@/lib/db/client";
import { withDbErrors } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import type { CreateStrategyInput, RecordExtensionInput, UpdateStrategyInput } from "@/lib/strategies/schema";
import type { ExtensionRecorded, StrategySaved } from "@/lib/strategies/types";
import type { Actor } from "@/lib/users/types";

type Tx = Prisma.TransactionClient;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A national strategy that does not exist is a field error, not a foreign-key crash. */
export async function assertNationalStrategyExists(tx: Tx, nationalStrategyId: string): Promise<void> {
  const found = await tx.nationalStrategy.findUnique({ where: { id: nationalStrategyId }, select: { id: true } });
  if (found === null) {
    throw new AppError("VALIDATION", "unknown national strategy", { fieldErrors: { nationalStrategyId: ["unknownNationalStrategy"] } });
  }
}

/**
 * URL segment from a title: lower-case ASCII, Swedish letters folded (å ä → a, ö → o), dashes
 * between words, at most 60 characters. Unique per county: a taken slug gets -2, -3 ….
 */
export function slugFromTitle(title: string): string {
  const base = title
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base === "" ? "namnlos" : base;
}

export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const auditedStrategy = (s: {
  title: string;
  validFrom: Date;
  validTo: Date;
  nationalStrategyId: string;
  overarchingText: string;
}) => ({
  title: s.title,
  validFrom: isoDate(s.validFrom),
  validTo: isoDate(s.validTo),
  nationalStrategyId: s.nationalStrategyId,
  overarchingText: s.overarchingText,
});

/** A new regional strategy in `countyId` (authorized by the caller for that county). */
export async function createStrategy(actor: Actor, countyId: string, input: CreateStrategyInput): Promise<StrategySaved> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      await assertNationalStrategyExists(tx, input.nationalStrategyId);
      const base = slugFromTitle(input.title);
      const taken = await tx.regionalStrategy.findMany({
        where: { countyId, slug: { startsWith: base } },
        select: { slug: true },
      });
      // A concurrent create that takes the same slug loses on the unique (county, slug): CONFLICT.
      const created = await tx.regionalStrategy.create({
        data: {
          countyId,
          slug: firstFreeSlug(base, new Set(taken.map((t) => t.slug))),
          title: input.title,
          validFrom: input.validFrom,
          validTo: input.validTo,
          nationalStrategyId: input.nationalStrategyId,
          overarchingText: input.overarchingText,
        },
        select: { id: true, revision: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "strategy.create",
        entityType: "RegionalStrategy",
        entityId: created.id,
        countyId,
        after: auditedStrategy(input),
      });
      return { strategyId: created.id, revision: created.revision };
    }),
  );
}

/**
 * Saves the strategy's fields (only in `countyIds`, the counties the actor may edit) when nobody saved since `input.revision` (optimistic locking):
 * scope, revision check and write are one statement; a stale revision is CONFLICT.
 */
export async function updateStrategy(actor: Actor, countyIds: readonly string[], input: UpdateStrategyInput): Promise<StrategySaved> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      await assertNationalStrategyExists(tx, input.nationalStrategyId);
      const before = await tx.regionalStrategy.findFirst({
        where: { id: input.strategyId, countyId: { in: [...countyIds] } },
        select: { countyId: true, title: true, validFrom: true, validTo: true, nationalStrategyId: true, overarchingText: true, revision: true },
      });
      if (before === null) throw new AppError("NOT_FOUND");
      const { count } = await tx.regionalStrategy.updateMany({
        where: { id: input.strategyId, countyId: before.countyId, revision: input.revision },
        data: {
          title: input.title,
          validFrom: input.validFrom,
          validTo: input.validTo,
          nationalStrategyId: input.nationalStrategyId,
          overarchingText: input.overarchingText,
          revision: { increment: 1 },
        },
      });
      if (count !== 1) {
        const now = await tx.regionalStrategy.findUnique({ where: { id: input.strategyId }, select: { revision: true } });
        throw new AppError("CONFLICT", "the strategy was saved by someone else", { revision: now?.revision ?? before.revision });
      }
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "strategy.update",
        entityType: "RegionalStrategy",
        entityId: input.strategyId,
        countyId: before.countyId,
        before: auditedStrategy(before),
        after: auditedStrategy(input),
      });
      return { strategyId: input.strategyId, revision: input.revision + 1 };
    }),
  );
}

/**
 * Records a decision to extend the strategy (förlängning). The new end must lie after the current
 * end (the decided end or the latest extension). The strategy row is locked first, so two
 * decisions recorded at once are checked one after the other.
 */
export async function recordStrategyExtension(
  actor: Actor,
  countyIds: readonly string[],
  input: RecordExtensionInput,
): Promise<ExtensionRecorded> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      // Raw SQL for the row lock (Prisma has no SELECT … FOR UPDATE); scope and lock in one statement.
      const locked = await tx.$queryRaw<{ county_id: string; valid_to: Date }[]>`
        SELECT county_id::text, valid_to FROM regional_strategy
        WHERE id = ${input.strategyId}::uuid AND county_id = ANY(${[...countyIds]}::uuid[])
        FOR UPDATE`;
      const strategy = locked[0];
      if (strategy === undefined) throw new AppError("NOT_FOUND");
      const latest = await tx.strategyExtension.aggregate({
        where: { regionalStrategyId: input.strategyId },
        _max: { newValidTo: true },
      });
      const currentEnd =
        latest._max.newValidTo !== null && latest._max.newValidTo.getTime() > strategy.valid_to.getTime()
          ? latest._max.newValidTo
          : strategy.valid_to;
      if (input.newValidTo.getTime() <= currentEnd.getTime()) {
        throw new AppError("VALIDATION", "the new end is not after the current end", {
          fieldErrors: { newValidTo: ["extensionNotAfterEnd"] },
        });
      }
      const extension = await tx.strategyExtension.create({
        data: {
          regionalStrategyId: input.strategyId,
          newValidTo: input.newValidTo,
          decisionBody: input.decisionBody,
          decisionDate: input.decisionDate,
          diarienummer: input.diarienummer,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: "strategy.extend",
        entityType: "RegionalStrategy",
        entityId: input.strategyId,
        countyId: strategy.county_id,
        before: { validTo: isoDate(currentEnd) },
        after: {
          validTo: isoDate(input.newValidTo),
          decisionBody: input.decisionBody,
          decisionDate: isoDate(input.decisionDate),
          diarienummer: input.diarienummer,
        },
        meta: { extensionId: extension.id },
      });
      return { strategyId: input.strategyId, extensionId: extension.id };
    }),
  );
}
