import "server-only";
import { listAuditFilterOptions, listProgrammeAuditEvents } from "@/lib/audit/data";
import { describeAuditEvent } from "@/lib/audit/sentences";
import type { AuditQuery } from "@/lib/programmes/schema";
import { can, countiesWhere, type Permission } from "@/lib/auth/policy";
import { getCurrentActor, requireActor } from "@/lib/auth/session";
import {
  findProgrammeWithVersions,
  findVersionByNumber,
  findVersionFields,
  listFocusAreasMissingGoal,
  listProgrammePipelines,
  loadProgrammeContents,
  type ProgrammePipelineRow,
  toVersionFieldsCurrent,
  type VersionMeta,
} from "@/lib/programmes/data";
import { listCurrentEndorsementStatuses } from "@/lib/endorsements/data";
import { endorsementOutcome } from "@/lib/endorsements/lifecycle";
import { findSuccessorsForContent } from "@/lib/organisations/data";
import { diffForOrganisation, diffVersions } from "@/lib/programmes/diff";
import { isEditable, isFrozen, isOpenVersion, isPipelineStatus, isPublic, isWithdrawable, pipelineStepStates } from "@/lib/programmes/lifecycle";
import { findSentVersion } from "@/lib/decision-basis/data";
import { downloadPath } from "@/lib/publications/open-data";
import { buildActionsXlsx } from "@/lib/publications/xlsx";
import type {
  LockReason,
  PipelineNextStep,
  PipelineVersion,
  ProgrammePipeline,
  ProgrammeAuditPage,
  ProgrammeOverview,
  VersionDiffPage,
  VersionFieldsCurrent,
  VersionPage,
  VersionRef,
  VersionStatus,
} from "@/lib/programmes/types";
import { listNationalStrategyOptions } from "@/lib/strategies/data";
import type { Actor } from "@/lib/users/types";

/*
 * Workspace pages of a programme. Each loader resolves the actor itself and puts the county scope
 * in the query; a programme outside the actor's counties is null, which the page turns into a 404.
 * What the page may offer (buttons) comes from the policy and the lifecycle here, never from JSX.
 */

/** /arbetsyta/program/[programmeId]. */
export async function loadProgrammeOverview(programmeId: string): Promise<ProgrammeOverview | null> {
  const actor = await requireActor();
  const [programme, nationalStrategies] = await Promise.all([
    findProgrammeWithVersions(programmeId, countiesWhere(actor, "programme.viewDraft")),
    listNationalStrategyOptions(),
  ]);
  if (programme === null) return null;
  const resource = { countyId: programme.countyId };
  const open = programme.versions.find((v) => isOpenVersion(v.status));
  const published = programme.versions.find((v) => v.status === "PUBLISHED");
  const canStart = open === undefined && published !== undefined;
  return {
    id: programme.id,
    title: programme.title,
    countyName: programme.countyName,
    strategy: programme.strategy,
    versions: programme.versions,
    openVersion: open === undefined ? null : { number: open.number, status: open.status },
    latestPublished:
      published === undefined
        ? null
        : { number: published.number, validTo: published.validTo, nationalStrategyId: published.nationalStrategyId },
    canStartRevision: canStart && can(actor, "version.startRevision", resource),
    canStartExtension: canStart && can(actor, "version.startRevision", resource),
    canViewAudit: can(actor, "audit.view", resource),
    nationalStrategies,
  };
}

function lockReasonOf(status: VersionStatus, mayEdit: boolean): LockReason {
  if (isFrozen(status)) return "FROZEN";
  if (status === "CONSULTATION") return "CONSULTATION";
  if (status === "WITHDRAWN") return "WITHDRAWN";
  if (!isEditable(status)) return "FROZEN";
  return mayEdit ? null : "NOT_ALLOWED";
}

/** /arbetsyta/program/[programmeId]/version/[number]. */
/**
 * "Exportera som Excel" in the workspace: the actions of any version of a county the actor
 * coordinates, drafts included, in the layout the import reads back (export → edit → import).
 * Null (→ 404) for anyone else.
 */
export async function loadWorkspaceActionsXlsx(programmeId: string, number: number): Promise<{ body: Uint8Array<ArrayBuffer>; filename: string } | null> {
  const actor = await getCurrentActor();
  if (actor === null) return null;
  const found = await findVersionByNumber(programmeId, number, countiesWhere(actor, "programme.viewDraft"));
  if (found === null) return null;
  const version = await findSentVersion(found.version.id, found.version.countyId);
  if (version === null) return null;
  return { body: await buildActionsXlsx(version), filename: `${found.slugs.programme}-version-${number}-atgarder.xlsx` };
}

export async function loadVersionPage(programmeId: string, number: number): Promise<VersionPage | null> {
  const actor = await requireActor();
  const found = await findVersionByNumber(programmeId, number, countiesWhere(actor, "programme.viewDraft"));
  if (found === null) return null;
  const { version } = found;
  const resource = { countyId: version.countyId };
  const mayEdit = can(actor, "programme.edit", resource);
  const [nationalStrategies, focusAreasMissingGoal, endorsements] = await Promise.all([
    listNationalStrategyOptions(),
    listFocusAreasMissingGoal(version.id),
    version.status === "ENDORSEMENT" ? listCurrentEndorsementStatuses(version.id) : Promise.resolve(null),
  ]);
  const outcome = endorsements === null ? null : endorsementOutcome(endorsements);
  const lockReason = lockReasonOf(version.status, mayEdit);
  return {
    programme: found.programme,
    version,
    fields: toVersionFieldsCurrent(version),
    canEdit: lockReason === null,
    lockReason,
    canWithdraw: isWithdrawable(version.status) && can(actor, "version.withdraw", resource),
    nationalStrategies,
    focusAreasMissingGoal,
    counts: found.counts,
    endorsementProgress: outcome === null ? null : { endorsed: outcome.endorsedCount, required: outcome.requiredCount, declined: outcome.declined.length },
    actionsXlsxPath: isPublic(version.status) ? downloadPath(found.slugs.county, found.slugs.programme, version.number, "atgarder.xlsx") : null,
  };
}

/** The version fields as saved now, for the conflict view after a stale save; null when not the actor's. */
export async function loadCurrentVersionFields(versionId: string): Promise<VersionFieldsCurrent | null> {
  const actor = await getCurrentActor();
  if (actor === null) return null;
  return findVersionFields(versionId, countiesWhere(actor, "programme.edit"));
}

function toRef(meta: VersionMeta): VersionRef {
  return {
    id: meta.id,
    number: meta.number,
    kind: meta.kind,
    status: meta.status,
    title: meta.title,
    validFrom: meta.validFrom,
    validTo: meta.validTo,
  };
}

/**
 * Without a choice: the newest version against the one it supersedes (or the one before it), so
 * the page opens on "what does this revision change".
 */
function defaultPair(versions: readonly VersionMeta[], from: number | null, to: number | null): [number | null, number | null] {
  const newest = versions[versions.length - 1];
  const toNumber = to ?? newest?.number ?? null;
  if (from !== null || toNumber === null) return [from, toNumber];
  const target = versions.find((v) => v.number === toNumber);
  const superseded = versions.find((v) => v.id === target?.supersedesId);
  const previous = [...versions].reverse().find((v) => v.number < toNumber);
  return [superseded?.number ?? previous?.number ?? null, toNumber];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "sv");

/** /arbetsyta/program/[programmeId]/jamfor?fran=&till=&organisation=. */
export async function loadVersionDiff(
  programmeId: string,
  query: { fran: number | null; till: number | null; organisation: string | null },
): Promise<VersionDiffPage | null> {
  const actor = await requireActor();
  let pair: [number | null, number | null] = [null, null];
  const loaded = await loadProgrammeContents(programmeId, countiesWhere(actor, "programme.viewDraft"), (versions) => {
    pair = defaultPair(versions, query.fran, query.till);
    return pair.filter((n): n is number => n !== null);
  });
  if (loaded === null) return null;
  const [fromNumber, toNumber] = pair;
  const from = fromNumber === null ? undefined : loaded.contents.get(fromNumber);
  const to = toNumber === null ? undefined : loaded.contents.get(toNumber);

  const focusAreas: Record<string, string> = {};
  for (const version of [from, to]) {
    for (const area of version?.content.focusAreas ?? []) focusAreas[area.stableKey] = area.title;
  }
  const organisations = [...loaded.organisations].map(([id, name]) => ({ id, name })).sort(byName);
  // Wound-up organisations of the older version and their successors read as one renamed organisation.
  const successorOf = from === undefined ? new Map<string, string>() : await findSuccessorsForContent(from.content);
  const diff = from !== undefined && to !== undefined ? diffVersions(from.content, to.content, { successorOf }) : null;
  const filterName = query.organisation === null ? undefined : loaded.organisations.get(query.organisation);
  return {
    programme: { id: programmeId, title: loaded.programmeTitle },
    versions: loaded.versions.map(toRef),
    from: from === undefined ? null : toRef(from.meta),
    to: to === undefined ? null : toRef(to.meta),
    diff,
    organisationFilter:
      diff === null || query.organisation === null || filterName === undefined
        ? null
        : { id: query.organisation, name: filterName, items: diffForOrganisation(diff, query.organisation) },
    organisations,
    names: {
      organisations: Object.fromEntries(loaded.organisations),
      focusAreas,
      nationalStrategies: Object.fromEntries(loaded.versions.map((v) => [v.nationalStrategyId, v.nationalStrategyTitle])),
    },
  };
}

const AUDIT_PAGE_SIZE = 25;

/** Content events (focus areas, items) name their version in meta.versionNumber. */
function versionNumberIn(meta: unknown): number | null {
  if (typeof meta !== "object" || meta === null || !("versionNumber" in meta)) return null;
  return typeof meta.versionNumber === "number" ? meta.versionNumber : null;
}

/** /arbetsyta/program/[programmeId]/handelser?sida=&atgard=&person=: the log in sentences, filtered by action and person. */
export async function loadProgrammeAudit(programmeId: string, query: AuditQuery): Promise<ProgrammeAuditPage | null> {
  const actor = await requireActor();
  const programme = await findProgrammeWithVersions(programmeId, countiesWhere(actor, "audit.view"));
  if (programme === null) return null;
  const filter = { stableKey: query.atgard, actorId: query.person };
  const [{ total, events, names }, options] = await Promise.all([listProgrammeAuditEvents(programmeId, query.sida, AUDIT_PAGE_SIZE, filter), listAuditFilterOptions(programmeId)]);
  const numberByVersionId = new Map(programme.versions.map((v) => [v.id, v.number]));
  return {
    programme: { id: programme.id, title: programme.title },
    entries: events.map((e) => {
      const versionNumber = numberByVersionId.get(e.entityId) ?? versionNumberIn(e.meta);
      return {
        id: e.id,
        at: e.at,
        action: e.action,
        actorName: e.actorName,
        actorEmail: e.actorEmail,
        entityType: e.entityType,
        before: e.before,
        after: e.after,
        versionNumber,
        sentences: describeAuditEvent({ ...e, versionNumber }, names),
      };
    }),
    filter: { ...filter, actions: options.actions, people: options.people, isFiltered: filter.stableKey !== null || filter.actorId !== null },
    page: query.sida,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    total,
  };
}

/** What a pipeline version waits on and the one next step, from its rows; the policy decides whether the step is offered. */
function toPipelineVersion(actor: Actor, programme: ProgrammePipelineRow, version: ProgrammePipelineRow["versions"][number], hasOpenVersion: boolean): PipelineVersion | null {
  if (!isPipelineStatus(version.status)) return null;
  const resource = { countyId: programme.countyId };
  const href = `/arbetsyta/program/${programme.id}/version/${version.number}`;
  const offer = (action: NonNullable<PipelineNextStep>["action"], permission: Permission, path: string): PipelineNextStep =>
    can(actor, permission, resource) ? { action, href: path } : null;
  const consulted = version.status === "DRAFT" && version.rounds.some((round) => round.closedAt !== null);
  const base = { number: version.number, title: version.title, kind: version.kind, step: version.status, steps: pipelineStepStates(version.status, consulted), href };
  switch (version.status) {
    case "DRAFT":
      return {
        ...base,
        waiting: { kind: "DRAFT", consulted },
        next: consulted ? offer("sendForEndorsement", "version.sendForEndorsement", `${href}/stallningstagande`) : offer("sendToConsultation", "version.sendToConsultation", `${href}/remiss`),
      };
    case "CONSULTATION": {
      const round = version.rounds.find((r) => r.closedAt === null) ?? version.rounds[0];
      const invitations = round?.invitations ?? [];
      const awaited = invitations.filter((i) => !i.submitted).map((i) => i.organisationName).sort((a, b) => a.localeCompare(b, "sv"));
      return {
        ...base,
        waiting: { kind: "CONSULTATION", submitted: invitations.length - awaited.length, awaited: awaited.length, deadline: round?.deadline ?? null, awaitedOrganisations: awaited },
        next: offer("closeConsultation", "consultation.close", `${href}/remiss`),
      };
    }
    case "ENDORSEMENT": {
      const outcome = endorsementOutcome(version.endorsements);
      const nameOf = new Map(version.endorsements.map((e) => [e.organisationId, e.organisationName]));
      const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? "").sort((a, b) => a.localeCompare(b, "sv"));
      const path = `${href}/stallningstagande`;
      return {
        ...base,
        waiting: { kind: "ENDORSEMENT", endorsed: outcome.endorsedCount, required: outcome.requiredCount, missing: names(outcome.pending), declined: names(outcome.declined) },
        next: outcome.isComplete
          ? offer("ratify", "version.ratify", path)
          : outcome.hasDecline
            ? offer("reopen", "version.reopen", path)
            : offer("followEndorsements", "version.ratify", path),
      };
    }
    case "RATIFIED":
      return { ...base, waiting: { kind: "RATIFIED", ratificationDate: version.ratificationDate }, next: offer("publish", "version.publish", `${href}/stallningstagande`) };
    case "PUBLISHED":
      return {
        ...base,
        waiting: { kind: "PUBLISHED", validTo: version.validTo, hasOpenVersion },
        next: hasOpenVersion ? null : offer("startRevision", "version.startRevision", `/arbetsyta/program/${programme.id}`),
      };
  }
}

/**
 * /arbetsyta for a coordinator: every programme of their counties with the version on its way (if
 * any) and the version in force, each with its step, what it waits on and the next step. Null for
 * someone who coordinates no county (signatories keep their own list). A fixed number of queries.
 */
export async function loadProgrammePipelines(): Promise<ProgrammePipeline[] | null> {
  const actor = await requireActor();
  const countyIds = countiesWhere(actor, "programme.viewDraft");
  if (countyIds.length === 0) return null;
  const rows = await listProgrammePipelines(countyIds);
  return rows.map((programme) => {
    const open = programme.versions.find((v) => isOpenVersion(v.status));
    const published = programme.versions.find((v) => v.status === "PUBLISHED");
    const versions = [open, published].flatMap((v) => (v === undefined ? [] : [toPipelineVersion(actor, programme, v, open !== undefined)]));
    return {
      id: programme.id,
      title: programme.title,
      countyName: programme.countyName,
      href: `/arbetsyta/program/${programme.id}`,
      versions: versions.filter((v): v is PipelineVersion => v !== null),
    };
  });
}
