import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { EndorsementView, MyEndorsement } from "@/lib/endorsements/types";
import { findCurrentSuccessors } from "@/lib/organisations/data";
import { loadProgrammeContents } from "@/lib/programmes/data";
import { diffVersions, type OrganisationChange, type VersionDiff } from "@/lib/programmes/diff";

/* Reads of endorsements; each puts its scope (county or organisations) in the `where`. */

export const endorsementViewSelect = {
  id: true,
  organisationId: true,
  organisation: { select: { name: true } },
  required: true,
  status: true,
  decisionBody: true,
  decisionDate: true,
  paragraph: true,
  diarienummer: true,
  reservation: true,
  declineReason: true,
  minutesFileId: true,
  decidedAt: true,
  round: true,
  current: true,
  carriedOverFrom: { select: { version: { select: { number: true } } } },
} satisfies Prisma.EndorsementSelect;

type EndorsementRow = Prisma.EndorsementGetPayload<{ select: typeof endorsementViewSelect }>;

export function toEndorsementView(row: EndorsementRow): EndorsementView {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisation.name,
    required: row.required,
    status: row.status,
    decisionBody: row.decisionBody,
    decisionDate: row.decisionDate,
    paragraph: row.paragraph,
    diarienummer: row.diarienummer,
    reservation: row.reservation,
    declineReason: row.declineReason,
    hasMinutes: row.minutesFileId !== null,
    decidedAt: row.decidedAt,
    carriedOverFromVersion: row.carriedOverFrom?.version.number ?? null,
  };
}

/** Every endorsement row of a version (all rounds), organisations by name. */
export async function listVersionEndorsements(versionId: string, countyIds: readonly string[]) {
  return getDb().endorsement.findMany({
    where: { versionId, version: { countyId: { in: [...countyIds] } } },
    orderBy: [{ round: "desc" }, { organisation: { name: "asc" } }],
    select: endorsementViewSelect,
  });
}

/** The current decisions of a (published) version that could carry over: of active organisations only. */
export async function listStoodBehind(versionId: string) {
  return getDb().endorsement.findMany({
    where: { versionId, current: true, status: { in: ["ENDORSED", "ENDORSED_WITH_RESERVATION"] }, organisation: { active: true } },
    select: { organisationId: true, status: true, id: true, organisation: { select: { name: true } } },
  });
}

/** An endorsement row of one of `organisationIds` with its version. */
export async function findEndorsementForOrganisations(endorsementId: string, organisationIds: readonly string[]) {
  return getDb().endorsement.findFirst({
    where: { id: endorsementId, organisationId: { in: [...organisationIds] } },
    select: {
      ...endorsementViewSelect,
      version: {
        select: {
          id: true,
          number: true,
          kind: true,
          title: true,
          status: true,
          contentHash: true,
          countyId: true,
          county: { select: { name: true } },
          programmeId: true,
          programme: { select: { title: true } },
          supersedes: { select: { number: true } },
        },
      },
    },
  });
}

/** What the policy checks a decision against: the row's organisation, and a signing delegation. */
export async function findDecisionScope(endorsementId: string, userId: string | null): Promise<{ organisationId: string; signingDelegationFor?: string } | null> {
  const row = await getDb().endorsement.findUnique({
    where: { id: endorsementId },
    select: { organisationId: true, versionId: true, organisation: { select: { allowsDelegation: true } } },
  });
  if (row === null) return null;
  if (userId === null || !row.organisation.allowsDelegation) return { organisationId: row.organisationId };
  const delegation = await getDb().signingDelegation.findFirst({
    where: { versionId: row.versionId, organisationId: row.organisationId, userId, revokedAt: null },
    select: { id: true },
  });
  return delegation === null ? { organisationId: row.organisationId } : { organisationId: row.organisationId, signingDelegationFor: row.organisationId };
}

/** Current endorsement requests of `organisationIds` on versions not withdrawn, newest first. */
export async function listEndorsementRequests(organisationIds: readonly string[]): Promise<MyEndorsement[]> {
  const rows = await getDb().endorsement.findMany({
    where: { organisationId: { in: [...organisationIds] }, current: true, required: true, version: { status: { in: ["ENDORSEMENT", "RATIFIED"] } } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, status: true, organisation: { select: { name: true } }, version: { select: { number: true, status: true, programme: { select: { title: true } } } } },
  });
  return rows.map((row) => ({
    endorsementId: row.id,
    organisationName: row.organisation.name,
    programmeTitle: row.version.programme.title,
    versionNumber: row.version.number,
    status: row.status,
    isOpen: row.version.status === "ENDORSEMENT",
  }));
}

/** The version a minutes file belongs to, for deciding who may download it. */
export async function findMinutes(endorsementId: string) {
  return getDb().endorsement.findFirst({
    where: { id: endorsementId, minutesFileId: { not: null } },
    select: {
      organisationId: true,
      version: { select: { status: true, countyId: true } },
      minutesFile: { select: { filename: true, bytes: true, size: true, sha256: true } },
    },
  });
}

/** The live decisions of a version, as the pure outcome rule takes them. */
export async function listCurrentEndorsementStatuses(versionId: string) {
  const rows = await getDb().endorsement.findMany({
    where: { versionId, current: true },
    select: { organisationId: true, required: true, status: true, carriedOverFromId: true },
  });
  return rows.map((row) => ({ organisationId: row.organisationId, required: row.required, status: row.status, carriedOver: row.carriedOverFromId !== null }));
}

/** A revision against the published version it revises: the diff and who it changed things for. */
export type RevisionChanges = {
  basis: { versionId: string; number: number };
  diff: VersionDiff;
  /** Active organisations whose commitments changed, each with what changed (see lib/programmes/diff.ts). */
  changes: readonly OrganisationChange[];
  /** Names of every organisation the two versions name (successors included), by id. */
  names: ReadonlyMap<string, string>;
};

/**
 * The diff of a revision or extension against the version it revises, with wound-up
 * organisations seen as their successors, and the organisations whose commitments changed: only
 * active ones (a wound-up organisation is never asked). Null for a NEW version. Reads in `db`
 * (the transaction that sends the version, or the client).
 */
export async function findRevisionChanges(
  version: { programmeId: string; countyId: string; number: number; supersedesId: string | null },
  db: Prisma.TransactionClient = getDb(),
): Promise<RevisionChanges | null> {
  const { supersedesId } = version;
  if (supersedesId === null) return null;
  let basisNumber: number | null = null;
  const loaded = await loadProgrammeContents(
    version.programmeId,
    [version.countyId],
    (versions) => {
      basisNumber = versions.find((v) => v.id === supersedesId)?.number ?? null;
      return basisNumber === null ? [version.number] : [basisNumber, version.number];
    },
    db,
  );
  const before = basisNumber === null ? undefined : loaded?.contents.get(basisNumber);
  const after = loaded?.contents.get(version.number);
  if (loaded === null || before === undefined || after === undefined || basisNumber === null) return null;
  const beforeIds = before.content.focusAreas.flatMap((area) => area.items.flatMap((item) => item.organisations.map((o) => o.organisationId)));
  const successorOf = await findCurrentSuccessors([...new Set(beforeIds)], db);
  const diff = diffVersions(before.content, after.content, { successorOf });
  const active = await db.organisation.findMany({ where: { id: { in: [...diff.organisationsAffected] }, active: true }, select: { id: true } });
  const activeIds = new Set(active.map((o) => o.id));
  const names = new Map(loaded.organisations);
  const missing = [...successorOf.values()].filter((id) => !names.has(id));
  if (missing.length > 0) {
    for (const o of await db.organisation.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } })) names.set(o.id, o.name);
  }
  return {
    basis: { versionId: supersedesId, number: basisNumber },
    diff,
    changes: diff.organisationChanges.filter((change) => activeIds.has(change.organisationId)),
    names,
  };
}

/** The organisations left out of a round of a version, with the coordinator's written reasons. */
export async function listLeftOut(versionId: string, round: number) {
  const rows = await getDb().endorsementLeftOut.findMany({
    where: { versionId, round },
    orderBy: { organisation: { name: "asc" } },
    select: { organisationId: true, reason: true, organisation: { select: { name: true } } },
  });
  return rows.map((row) => ({ organisationId: row.organisationId, organisationName: row.organisation.name, reason: row.reason }));
}
