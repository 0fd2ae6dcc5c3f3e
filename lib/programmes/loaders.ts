import "server-only";
import { can, countiesWhere } from "@/lib/auth/policy";
import { getCurrentActor, requireActor } from "@/lib/auth/session";
import {
  findProgrammeWithVersions,
  findVersionByNumber,
  findVersionFields,
  listFocusAreasMissingGoal,
  listProgrammeAuditEvents,
  loadProgrammeContents,
  toVersionFieldsCurrent,
  type VersionMeta,
} from "@/lib/programmes/data";
import { listCurrentEndorsementStatuses } from "@/lib/endorsements/data";
import { endorsementOutcome } from "@/lib/endorsements/lifecycle";
import { diffForOrganisation, diffVersions } from "@/lib/programmes/diff";
import { isEditable, isFrozen, isOpenVersion, isPublic, isWithdrawable } from "@/lib/programmes/lifecycle";
import { downloadPath } from "@/lib/publications/open-data";
import type {
  LockReason,
  ProgrammeAuditPage,
  ProgrammeOverview,
  VersionDiffPage,
  VersionFieldsCurrent,
  VersionPage,
  VersionRef,
  VersionStatus,
} from "@/lib/programmes/types";
import { listNationalStrategyOptions } from "@/lib/strategies/data";

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
  const diff = from !== undefined && to !== undefined ? diffVersions(from.content, to.content) : null;
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

/** /arbetsyta/program/[programmeId]/handelser?sida=. */
export async function loadProgrammeAudit(programmeId: string, page: number): Promise<ProgrammeAuditPage | null> {
  const actor = await requireActor();
  const programme = await findProgrammeWithVersions(programmeId, countiesWhere(actor, "audit.view"));
  if (programme === null) return null;
  const [{ total, events }, nationalStrategies] = await Promise.all([
    listProgrammeAuditEvents(programmeId, page, AUDIT_PAGE_SIZE),
    listNationalStrategyOptions(),
  ]);
  const numberByVersionId = new Map(programme.versions.map((v) => [v.id, v.number]));
  return {
    programme: { id: programme.id, title: programme.title },
    entries: events.map((e) => ({
      id: e.id,
      at: e.at,
      action: e.action,
      actorName: e.actorName,
      actorEmail: e.actorEmail,
      entityType: e.entityType,
      before: e.before,
      after: e.after,
      versionNumber: numberByVersionId.get(e.entityId) ?? versionNumberIn(e.meta),
    })),
    nationalStrategies: Object.fromEntries(nationalStrategies.map((s) => [s.id, s.shortTitle])),
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    total,
  };
}
