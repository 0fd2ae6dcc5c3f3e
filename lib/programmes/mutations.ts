import "server-only";
import { randomUUID } from "node:crypto";
import { renumberVersionItems } from "@/lib/action-items/mutations";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { getDb } from "@/lib/db/client";
import { withDbErrors } from "@/lib/db/errors";
import type { Prisma, Substance, VersionKind } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { findCurrentSuccessors, isAllowedItemOrganisation } from "@/lib/organisations/data";
import { editableStatuses, isEditable, isOpenVersion, publicStatuses, transition } from "@/lib/programmes/lifecycle";
import type {
  CreateProgrammeInput,
  StartExtensionInput,
  StartRevisionInput,
  VersionFieldsInput,
  WithdrawVersionInput,
} from "@/lib/programmes/schema";
import type { ProgrammeCreated, TemplateCopied, VersionSaved, VersionStarted, VersionWithdrawn } from "@/lib/programmes/types";
import { assertNationalStrategyExists, firstFreeSlug, slugFromTitle } from "@/lib/strategies/mutations";
import type { Actor } from "@/lib/users/types";

/*
 * Writes of programmes and their versions. Every function takes the actor and the counties the
 * actor may act in (countiesWhere in the action) and puts that scope in its statements; each change
 * is one transaction with its audit row inside.
 */

type Tx = Prisma.TransactionClient;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

// A revision of a large programme copies thousands of rows; the default 5 s would be tight on a
// busy machine, and a timeout rolls everything back anyway.
const COPY_TRANSACTION = { timeout: 30_000, maxWait: 10_000 } as const;

function audit(actor: Actor) {
  return { actorId: actor.userId, actorEmail: actor.email };
}

export type VersionRef = { programmeId: string; versionNumber: number };

/**
 * Locks the version row (SELECT … FOR UPDATE) for the rest of the transaction and returns it, when
 * it is in `countyIds`. Every status change takes this lock first, so two changes of one version
 * queue instead of racing; content writes wait on it too (the frozen-content trigger reads the
 * version FOR SHARE), so nothing is added to a version after it was frozen.
 */
export async function lockVersion(tx: Tx, versionId: string, countyIds: readonly string[]) {
  // Raw SQL: Prisma has no SELECT … FOR UPDATE.
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM programme_version WHERE id = ${versionId}::uuid AND county_id = ANY(${[...countyIds]}::uuid[]) FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  return tx.programmeVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      id: true,
      status: true,
      kind: true,
      number: true,
      programmeId: true,
      countyId: true,
      title: true,
      supersedesId: true,
      endorsementRound: true,
      validFrom: true,
      validTo: true,
      programme: { select: { title: true, slug: true } },
    },
  });
}

// ───────────── New programme ─────────────

/**
 * Copies the content of a public version (`templateId`, any county's) into the new DRAFT `toId` of
 * `countyId`, as a template: new stable keys for focus areas, actions and indicators (a new
 * programme shares no follow-up history with its template); goal links only to goals of the new
 * version's national strategy; organisations only where an action of `countyId` may name them
 * (active, the county's own or national): the others are left out and listed, as are the actions
 * that lost their lead. Then the actions are renumbered by place. Refuses (VALIDATION on
 * `templateVersionId`) a version that is not public: another county's draft is none of the
 * coordinator's business. A few statements whatever the size of the template.
 */
async function copyTemplate(
  tx: Tx,
  templateId: string,
  toId: string,
  countyId: string,
  nationalStrategyId: string,
): Promise<TemplateCopied & { items: number }> {
  const template = await tx.programmeVersion.findFirst({
    where: { id: templateId, status: { in: [...publicStatuses] } },
    select: { id: true },
  });
  if (template === null) {
    throw new AppError("VALIDATION", "no public version to start from", { fieldErrors: { templateVersionId: ["unknownTemplate"] } });
  }
  const [areas, items] = await Promise.all([
    tx.focusArea.findMany({
      where: { versionId: template.id },
      orderBy: [{ position: "asc" }, { title: "asc" }, { id: "asc" }],
      select: { id: true, position: true, title: true, description: true, goals: { select: { goalId: true, goal: { select: { strategyId: true } } } } },
    }),
    tx.actionItem.findMany({
      where: { versionId: template.id },
      orderBy: [{ position: "asc" }, { number: "asc" }, { id: "asc" }],
      select: {
        id: true,
        focusAreaId: true,
        number: true,
        position: true,
        title: true,
        description: true,
        timeframeKind: true,
        startYear: true,
        endYear: true,
        startDate: true,
        endDate: true,
        followUpText: true,
        organisations: { select: { role: true, lead: true, organisation: { select: { id: true, name: true, countyId: true, active: true, slug: true } } } },
        indicators: {
          orderBy: { position: "asc" },
          select: { position: true, name: true, unit: true, baseline: true, baselineYear: true, target: true, targetYear: true, dataSource: true },
        },
      },
    }),
  ]);
  // New row ids chosen here, so children can point at their new parents without reading them back.
  const newAreaIds = new Map(areas.map((area) => [area.id, randomUUID()]));
  const newItemIds = new Map(items.map((item) => [item.id, randomUUID()]));
  const newId = (ids: ReadonlyMap<string, string>, oldId: string): string => {
    const id = ids.get(oldId);
    if (id === undefined) throw new Error(`copyTemplate: no new id for ${oldId}`);
    return id;
  };
  const dropped = new Set<string>();
  const itemsWithoutLead: string[] = [];
  const links: Prisma.ActionItemOrganisationCreateManyInput[] = [];
  for (const item of items) {
    const itemId = newId(newItemIds, item.id);
    const kept = item.organisations.filter((link) => isAllowedItemOrganisation(link.organisation, countyId));
    for (const link of item.organisations) if (!kept.includes(link)) dropped.add(link.organisation.name);
    if (item.organisations.some((link) => link.lead === true) && !kept.some((link) => link.lead === true)) itemsWithoutLead.push(item.number);
    links.push(...kept.map((link) => ({ itemId, organisationId: link.organisation.id, role: link.role, lead: link.lead })));
  }
  await tx.focusArea.createMany({
    data: areas.map((area) => ({
      id: newId(newAreaIds, area.id),
      versionId: toId,
      stableKey: randomUUID(),
      position: area.position,
      title: area.title,
      description: area.description,
    })),
  });
  await tx.focusAreaGoal.createMany({
    data: areas.flatMap((area) =>
      area.goals
        .filter((link) => link.goal.strategyId === nationalStrategyId)
        .map((link) => ({ focusAreaId: newId(newAreaIds, area.id), goalId: link.goalId })),
    ),
  });
  await tx.actionItem.createMany({
    data: items.map(({ id, focusAreaId, organisations: _organisations, indicators: _indicators, ...fields }) => ({
      ...fields,
      id: newId(newItemIds, id),
      versionId: toId,
      focusAreaId: newId(newAreaIds, focusAreaId),
      stableKey: randomUUID(),
    })),
  });
  await tx.actionItemOrganisation.createMany({ data: links });
  await tx.indicator.createMany({
    data: items.flatMap((item) => item.indicators.map((indicator) => ({ ...indicator, itemId: newId(newItemIds, item.id), stableKey: randomUUID() }))),
  });
  await renumberVersionItems(tx, toId);
  const collator = new Intl.Collator("sv");
  return { droppedOrganisations: [...dropped].sort(collator.compare), itemsWithoutLead, items: items.length };
}

/**
 * A programme under a regional strategy, with version 1 (NEW, DRAFT) holding the given fields;
 * with `templateVersionId`, its content copied from that public version (see copyTemplate).
 */
export async function createProgramme(
  actor: Actor,
  countyIds: readonly string[],
  input: CreateProgrammeInput,
): Promise<ProgrammeCreated> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const strategy = await tx.regionalStrategy.findFirst({
        where: { id: input.strategyId, countyId: { in: [...countyIds] } },
        select: { countyId: true, nationalStrategyId: true },
      });
      if (strategy === null) throw new AppError("NOT_FOUND");
      const base = slugFromTitle(input.title);
      const taken = await tx.actionProgramme.findMany({
        where: { countyId: strategy.countyId, slug: { startsWith: base } },
        select: { slug: true },
      });
      const programme = await tx.actionProgramme.create({
        data: {
          countyId: strategy.countyId,
          regionalStrategyId: input.strategyId,
          slug: firstFreeSlug(base, new Set(taken.map((t) => t.slug))),
          title: input.title,
        },
        select: { id: true },
      });
      const version = await tx.programmeVersion.create({
        data: {
          programmeId: programme.id,
          countyId: strategy.countyId,
          number: 1,
          kind: "NEW",
          status: "DRAFT",
          title: input.title,
          validFrom: input.validFrom,
          validTo: input.validTo,
          substances: [...input.substances],
          nationalStrategyId: strategy.nationalStrategyId,
        },
        select: { id: true, number: true },
      });
      const template =
        input.templateVersionId === null
          ? null
          : await copyTemplate(tx, input.templateVersionId, version.id, strategy.countyId, strategy.nationalStrategyId);
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "programme.create",
        entityType: "ActionProgramme",
        entityId: programme.id,
        countyId: strategy.countyId,
        programmeId: programme.id,
        after: {
          title: input.title,
          validFrom: isoDate(input.validFrom),
          validTo: isoDate(input.validTo),
          substances: [...input.substances],
          nationalStrategyId: strategy.nationalStrategyId,
          versionNumber: version.number,
          ...(template === null ? {} : { templateVersionId: input.templateVersionId }),
        },
        meta: { versionId: version.id, ...(template === null ? {} : { template }) },
      });
      const copied = template === null ? null : { droppedOrganisations: template.droppedOrganisations, itemsWithoutLead: template.itemsWithoutLead };
      return { programmeId: programme.id, versionNumber: version.number, template: copied };
    }, COPY_TRANSACTION),
  );
}

// ───────────── Version fields (optimistic locking on editRevision) ─────────────

type FieldSnapshot = {
  title: string;
  validFrom: string;
  validTo: string;
  substances: string;
  nationalStrategyId: string;
  changeSummary: string;
};

function snapshot(v: {
  title: string;
  validFrom: Date;
  validTo: Date;
  substances: readonly string[];
  nationalStrategyId: string;
  changeSummary: string;
}): FieldSnapshot {
  return {
    title: v.title,
    validFrom: isoDate(v.validFrom),
    validTo: isoDate(v.validTo),
    substances: v.substances.join(", "),
    nationalStrategyId: v.nationalStrategyId,
    changeSummary: v.changeSummary,
  };
}

const snapshotKeys = [
  "title",
  "validFrom",
  "validTo",
  "substances",
  "nationalStrategyId",
  "changeSummary",
] as const satisfies readonly (keyof FieldSnapshot)[];

/** Only the fields that changed, before and after: what the audit trail shows. */
function changedFields(before: FieldSnapshot, after: FieldSnapshot): { before: Partial<FieldSnapshot>; after: Partial<FieldSnapshot> } {
  const b: Partial<FieldSnapshot> = {};
  const a: Partial<FieldSnapshot> = {};
  for (const key of snapshotKeys) {
    if (before[key] !== after[key]) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

/**
 * Saves a DRAFT version's own fields when nobody saved since `input.editRevision`. The scope
 * (county), the lifecycle (editable status) and the revision are one compare-and-set; when it
 * changes nothing, a second read says why: gone (NOT_FOUND), frozen (INVALID_TRANSITION) or saved
 * by someone else (CONFLICT). A new national strategy drops the focus areas' links to goals of the
 * old one (the coordinator re-links them; the version page flags the areas).
 */
export async function updateVersionFields(
  actor: Actor,
  countyIds: readonly string[],
  input: VersionFieldsInput,
): Promise<VersionSaved> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      await assertNationalStrategyExists(tx, input.nationalStrategyId);
      const before = await tx.programmeVersion.findFirst({
        where: { id: input.versionId, countyId: { in: [...countyIds] } },
        select: {
          countyId: true,
          programmeId: true,
          number: true,
          title: true,
          validFrom: true,
          validTo: true,
          substances: true,
          nationalStrategyId: true,
          changeSummary: true,
        },
      });
      if (before === null) throw new AppError("NOT_FOUND");

      // Security-critical: scope, lifecycle and revision in the one statement that writes.
      const { count } = await tx.programmeVersion.updateMany({
        where: {
          id: input.versionId,
          countyId: before.countyId,
          editRevision: input.editRevision,
          status: { in: [...editableStatuses] },
        },
        data: {
          title: input.title,
          validFrom: input.validFrom,
          validTo: input.validTo,
          substances: [...input.substances],
          nationalStrategyId: input.nationalStrategyId,
          changeSummary: input.changeSummary,
          editRevision: { increment: 1 },
        },
      });
      if (count !== 1) {
        const now = await tx.programmeVersion.findUnique({ where: { id: input.versionId }, select: { status: true } });
        if (now === null) throw new AppError("NOT_FOUND");
        if (!isEditable(now.status)) throw new AppError("INVALID_TRANSITION", "the version is frozen", { reason: "FROZEN" });
        throw new AppError("CONFLICT", "the version was saved by someone else since this edit started");
      }

      let goalLinksRemoved = 0;
      if (input.nationalStrategyId !== before.nationalStrategyId) {
        const removed = await tx.focusAreaGoal.deleteMany({
          where: { focusArea: { versionId: input.versionId }, goal: { strategyId: { not: input.nationalStrategyId } } },
        });
        goalLinksRemoved = removed.count;
      }

      const changes = changedFields(snapshot(before), snapshot(input));
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "version.updateFields",
        entityType: "ProgrammeVersion",
        entityId: input.versionId,
        countyId: before.countyId,
        programmeId: before.programmeId,
        before: changes.before,
        after: changes.after,
        meta: { editRevision: input.editRevision + 1, goalLinksRemoved },
      });
      return {
        programmeId: before.programmeId,
        versionId: input.versionId,
        versionNumber: before.number,
        editRevision: input.editRevision + 1,
        goalLinksRemoved,
      };
    }),
  );
}

// ───────────── Withdraw ─────────────

/**
 * Withdraws a version that is not yet ratified (lifecycle WITHDRAW). Compare-and-set on the status
 * read: when it changed in between (sent for endorsement, ratified), nothing is written: CONFLICT.
 */
export async function withdrawVersion(
  actor: Actor,
  countyIds: readonly string[],
  input: WithdrawVersionInput,
  now: Date = new Date(),
): Promise<VersionWithdrawn> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const version = await tx.programmeVersion.findFirst({
        where: { id: input.versionId, countyId: { in: [...countyIds] } },
        select: { status: true, number: true, programmeId: true, countyId: true },
      });
      if (version === null) throw new AppError("NOT_FOUND");
      const next = transition(version.status, "WITHDRAW");
      if (!next.ok) throw new AppError("INVALID_TRANSITION", `cannot withdraw a ${version.status} version`, { reason: next.reason });
      const { count } = await tx.programmeVersion.updateMany({
        where: { id: input.versionId, countyId: version.countyId, status: version.status },
        data: { status: next.next, withdrawnAt: now },
      });
      if (count !== 1) throw new AppError("CONFLICT", "the version's status changed meanwhile");
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: "version.withdraw",
        entityType: "ProgrammeVersion",
        entityId: input.versionId,
        countyId: version.countyId,
        programmeId: version.programmeId,
        before: { status: version.status },
        after: { status: next.next },
        meta: { versionNumber: version.number },
      });
      return { programmeId: version.programmeId, versionNumber: version.number };
    }),
  );
}

// ───────────── Revision and extension: a new DRAFT copied from the latest published version ─────────────

type PublishedSource = {
  id: string;
  number: number;
  title: string;
  validFrom: Date;
  validTo: Date;
  substances: Substance[];
  nationalStrategyId: string;
  changeSummary: string;
};

/**
 * Locks the programme (so two starts queue instead of both passing the checks), then finds the
 * version to copy: the latest PUBLISHED one, provided no version is open (DRAFT, CONSULTATION,
 * ENDORSEMENT, RATIFIED). Returns the number the new version gets.
 */
async function lockAndFindSource(
  tx: Tx,
  programmeId: string,
  countyIds: readonly string[],
): Promise<{ countyId: string; source: PublishedSource; nextNumber: number }> {
  // Raw SQL for the row lock (the query API has no FOR UPDATE); scope and lock in one statement.
  const locked = await tx.$queryRaw<{ county_id: string }[]>`
    SELECT county_id::text FROM action_programme
    WHERE id = ${programmeId}::uuid AND county_id = ANY(${[...countyIds]}::uuid[])
    FOR UPDATE`;
  const programme = locked[0];
  if (programme === undefined) throw new AppError("NOT_FOUND");
  const versions = await tx.programmeVersion.findMany({
    where: { programmeId },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      status: true,
      title: true,
      validFrom: true,
      validTo: true,
      substances: true,
      nationalStrategyId: true,
      changeSummary: true,
    },
  });
  const open = versions.find((v) => isOpenVersion(v.status));
  if (open !== undefined) {
    throw new AppError("INVALID_TRANSITION", `version ${open.number} is still open`, {
      reason: "OPEN_VERSION",
      versionNumber: open.number,
    });
  }
  const source = versions.find((v) => v.status === "PUBLISHED");
  if (source === undefined) throw new AppError("INVALID_TRANSITION", "nothing published to revise", { reason: "NOT_PUBLISHED" });
  return { countyId: programme.county_id, source, nextNumber: (versions[0]?.number ?? 0) + 1 };
}

type CopyCounts = VersionStarted["copied"];

/**
 * Copies every focus area, goal link, item, organisation link and indicator of `fromId` into the
 * new DRAFT `toId`: same stable keys, new row ids. Set-based SQL, one INSERT … SELECT per table,
 * children matched to their new parents by stable key, so a 500-item programme copies in a few
 * statements. Goal links are kept only when the goal belongs to `nationalStrategyId`: a version
 * mapped to a newer strategy loses its links to the old goals (no guessing by goal number).
 */
async function copyContent(tx: Tx, fromId: string, toId: string, nationalStrategyId: string): Promise<CopyCounts & { goalLinksBefore: number }> {
  const focusAreas = await tx.$executeRaw`
    INSERT INTO focus_area (version_id, stable_key, position, title, description)
    SELECT ${toId}::uuid, stable_key, position, title, description
    FROM focus_area WHERE version_id = ${fromId}::uuid`;
  const goalLinksBefore = await tx.focusAreaGoal.count({ where: { focusArea: { versionId: fromId } } });
  const goalLinks = await tx.$executeRaw`
    INSERT INTO focus_area_goal (focus_area_id, goal_id)
    SELECT new_fa.id, g.goal_id
    FROM focus_area_goal g
    JOIN focus_area old_fa ON old_fa.id = g.focus_area_id
    JOIN focus_area new_fa ON new_fa.version_id = ${toId}::uuid AND new_fa.stable_key = old_fa.stable_key
    JOIN long_term_goal ltg ON ltg.id = g.goal_id
    WHERE old_fa.version_id = ${fromId}::uuid AND ltg.strategy_id = ${nationalStrategyId}::uuid`;
  const items = await tx.$executeRaw`
    INSERT INTO action_item (version_id, focus_area_id, stable_key, number, position, title, description,
                             timeframe_kind, start_year, end_year, start_date, end_date, follow_up_text)
    SELECT ${toId}::uuid, new_fa.id, i.stable_key, i.number, i.position, i.title, i.description,
           i.timeframe_kind, i.start_year, i.end_year, i.start_date, i.end_date, i.follow_up_text
    FROM action_item i
    JOIN focus_area old_fa ON old_fa.id = i.focus_area_id
    JOIN focus_area new_fa ON new_fa.version_id = ${toId}::uuid AND new_fa.stable_key = old_fa.stable_key
    WHERE i.version_id = ${fromId}::uuid`;
  const organisationLinks = await tx.$executeRaw`
    INSERT INTO action_item_organisation (item_id, organisation_id, role, lead)
    SELECT new_i.id, o.organisation_id, o.role, o.lead
    FROM action_item_organisation o
    JOIN action_item old_i ON old_i.id = o.item_id
    JOIN action_item new_i ON new_i.version_id = ${toId}::uuid AND new_i.stable_key = old_i.stable_key
    WHERE old_i.version_id = ${fromId}::uuid`;
  const indicators = await tx.$executeRaw`
    INSERT INTO indicator (item_id, stable_key, position, name, unit, baseline, baseline_year, target, target_year, data_source)
    SELECT new_i.id, ind.stable_key, ind.position, ind.name, ind.unit, ind.baseline, ind.baseline_year,
           ind.target, ind.target_year, ind.data_source
    FROM indicator ind
    JOIN action_item old_i ON old_i.id = ind.item_id
    JOIN action_item new_i ON new_i.version_id = ${toId}::uuid AND new_i.stable_key = old_i.stable_key
    WHERE old_i.version_id = ${fromId}::uuid`;
  return { focusAreas, goalLinks, items, organisationLinks, indicators, goalLinksBefore };
}

/**
 * A revision names organisations as they are now: every wound-up organisation linked to an action
 * of the new draft `versionId` is replaced by its current successor (Landstinget Sörmland → Region
 * Sörmland). Where the successor is already linked to the action, the two links merge into the
 * stronger role (responsible over partner) and the lead stays with the successor. Returns the
 * replacements, for the audit row.
 */
async function replaceWoundUpOrganisations(tx: Tx, versionId: string): Promise<{ from: string; to: string; links: number }[]> {
  const linked = await tx.actionItemOrganisation.findMany({ where: { item: { versionId } }, distinct: ["organisationId"], select: { organisationId: true } });
  const successorOf = await findCurrentSuccessors(
    linked.map((l) => l.organisationId),
    tx,
  );
  const replaced: { from: string; to: string; links: number }[] = [];
  for (const [from, to] of successorOf) {
    const links = await tx.actionItemOrganisation.findMany({ where: { organisationId: from, item: { versionId } }, select: { itemId: true, role: true, lead: true } });
    for (const link of links) {
      const existing = await tx.actionItemOrganisation.findUnique({ where: { itemId_organisationId: { itemId: link.itemId, organisationId: to } }, select: { role: true, lead: true } });
      await tx.actionItemOrganisation.delete({ where: { itemId_organisationId: { itemId: link.itemId, organisationId: from } } });
      const role = existing?.role === "RESPONSIBLE" || link.role === "RESPONSIBLE" ? "RESPONSIBLE" : "PARTNER";
      const lead = existing?.lead === true || link.lead === true ? true : null;
      await tx.actionItemOrganisation.upsert({
        where: { itemId_organisationId: { itemId: link.itemId, organisationId: to } },
        create: { itemId: link.itemId, organisationId: to, role, lead },
        update: { role, lead },
      });
    }
    replaced.push({ from, to, links: links.length });
  }
  return replaced;
}

async function startVersion(
  actor: Actor,
  countyIds: readonly string[],
  programmeId: string,
  kind: Extract<VersionKind, "REVISION" | "EXTENSION">,
  choose: (source: PublishedSource, tx: Tx) => Promise<{ validTo: Date; nationalStrategyId: string; changeSummary: string }>,
): Promise<VersionStarted> {
  return withDbErrors(() =>
    getDb().$transaction(async (tx) => {
      const { countyId, source, nextNumber } = await lockAndFindSource(tx, programmeId, countyIds);
      const fields = await choose(source, tx);
      const version = await tx.programmeVersion.create({
        data: {
          programmeId,
          countyId,
          number: nextNumber,
          kind,
          supersedesId: source.id,
          status: "DRAFT",
          title: source.title,
          validFrom: source.validFrom,
          validTo: fields.validTo,
          substances: [...source.substances],
          nationalStrategyId: fields.nationalStrategyId,
          changeSummary: fields.changeSummary,
        },
        select: { id: true },
      });
      const { goalLinksBefore, ...copied } = await copyContent(tx, source.id, version.id, fields.nationalStrategyId);
      const goalLinksDropped = goalLinksBefore - copied.goalLinks;
      const successors = kind === "REVISION" ? await replaceWoundUpOrganisations(tx, version.id) : [];
      await recordAuditEvent(tx, {
        ...audit(actor),
        action: kind === "REVISION" ? "version.startRevision" : "version.startExtension",
        entityType: "ProgrammeVersion",
        entityId: version.id,
        countyId,
        programmeId,
        before: { versionNumber: source.number, validTo: isoDate(source.validTo), nationalStrategyId: source.nationalStrategyId },
        after: {
          versionNumber: nextNumber,
          kind,
          validTo: isoDate(fields.validTo),
          nationalStrategyId: fields.nationalStrategyId,
        },
        meta: { supersedesId: source.id, copied, goalLinksDropped, successors },
      });
      return { programmeId, versionId: version.id, versionNumber: nextNumber, copied, goalLinksDropped };
    }, COPY_TRANSACTION),
  );
}

/**
 * Starts a revision: a new DRAFT (kind REVISION) copied from the latest published version, with
 * the same stable keys. With another national strategy, the focus areas' goal links are dropped
 * and the areas flagged until the coordinator links them to the new strategy's goals.
 */
export async function startRevision(actor: Actor, countyIds: readonly string[], input: StartRevisionInput): Promise<VersionStarted> {
  return startVersion(actor, countyIds, input.programmeId, "REVISION", async (source, tx) => {
    const nationalStrategyId = input.nationalStrategyId ?? source.nationalStrategyId;
    if (nationalStrategyId !== source.nationalStrategyId) {
      await assertNationalStrategyExists(tx, nationalStrategyId);
    }
    return { validTo: source.validTo, nationalStrategyId, changeSummary: "" };
  });
}

/** Starts an extension: a copy of the latest published version whose only change is a later end. */
export async function startExtension(actor: Actor, countyIds: readonly string[], input: StartExtensionInput): Promise<VersionStarted> {
  return startVersion(actor, countyIds, input.programmeId, "EXTENSION", async (source) => {
    if (input.validTo.getTime() <= source.validTo.getTime()) {
      throw new AppError("VALIDATION", "the new end is not after the current end", {
        fieldErrors: { validTo: ["extensionNotAfterEnd"] },
      });
    }
    return { validTo: input.validTo, nationalStrategyId: source.nationalStrategyId, changeSummary: source.changeSummary };
  });
}
