import "server-only";
import { countiesWhere } from "@/lib/auth/policy";
import type { CommentFilter } from "@/lib/comments/schema";
import type { CommentAnchor, CommentScope, MyReview, ReviewerView, UnresolvedCounts } from "@/lib/comments/types";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/users/types";

/*
 * Reads of the comments while drafting. Never used by the public site or the exports: comments
 * live in their own tables, which lib/publications does not read.
 */

/** The actor's reach (see CommentScope), from the policy: pure, for loaders and actions. */
export function commentScopeOf(actor: Actor): CommentScope {
  return {
    userId: actor.userId,
    coordinatorCountyIds: countiesWhere(actor, "comment.view"),
    memberCountyIds: [...new Set(actor.memberships.flatMap((m) => (m.countyId === null ? [] : [m.countyId])))],
  };
}

/**
 * The versions whose comments the scope reaches: its coordinators' counties, and versions the user
 * is an active reviewer of in a county where they still belong to an organisation.
 */
export function commentVersionWhere(scope: CommentScope): Prisma.ProgrammeVersionWhereInput {
  return {
    OR: [
      { countyId: { in: [...scope.coordinatorCountyIds] } },
      { countyId: { in: [...scope.memberCountyIds] }, reviewers: { some: { userId: scope.userId, removedAt: null } } },
    ],
  };
}

const versionHeaderSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  countyId: true,
  programmeId: true,
  programme: { select: { title: true } },
  county: { select: { name: true } },
} satisfies Prisma.ProgrammeVersionSelect;

/** A version by programme and number within the scope, with whether the user reviews it; null otherwise. */
export async function findCommentVersion(scope: CommentScope, programmeId: string, number: number) {
  const row = await getDb().programmeVersion.findFirst({
    where: { programmeId, number, ...commentVersionWhere(scope) },
    select: { ...versionHeaderSelect, reviewers: { where: { userId: scope.userId, removedAt: null }, select: { id: true } } },
  });
  if (row === null) return null;
  const { reviewers, ...version } = row;
  return { ...version, isReviewer: reviewers.length > 0 };
}

/** What the policy needs about a version: its county, and whether `userId` is an active reviewer of it. */
export async function findVersionCommentResource(versionId: string, userId: string): Promise<{ countyId: string; isReviewer: boolean } | null> {
  const row = await getDb().programmeVersion.findUnique({
    where: { id: versionId },
    select: { countyId: true, reviewers: { where: { userId, removedAt: null }, select: { id: true } } },
  });
  return row === null ? null : { countyId: row.countyId, isReviewer: row.reviewers.length > 0 };
}

/** What the policy needs about a thread: its county, its author, and whether `userId` reviews its version. */
export async function findThreadResource(
  threadId: string,
  userId: string,
): Promise<{ countyId: string; authorId: string | null; isReviewer: boolean } | null> {
  const row = await getDb().draftComment.findFirst({
    where: { id: threadId, parentId: null },
    select: { countyId: true, authorId: true, version: { select: { reviewers: { where: { userId, removedAt: null }, select: { id: true } } } } },
  });
  return row === null ? null : { countyId: row.countyId, authorId: row.authorId, isReviewer: row.version.reviewers.length > 0 };
}

/** The county of a reviewer invitation's version; null when it does not exist. */
export async function findReviewerCounty(reviewerId: string): Promise<{ countyId: string } | null> {
  const row = await getDb().draftReviewer.findUnique({ where: { id: reviewerId }, select: { version: { select: { countyId: true } } } });
  return row === null ? null : { countyId: row.version.countyId };
}

// ───────────── Threads ─────────────

function filterWhere(filter: CommentFilter): Prisma.DraftCommentWhereInput {
  switch (filter.kind) {
    case "ALL":
      return {};
    case "PROGRAMME":
      return { focusAreaId: null, actionItemId: null, anchorLabel: "" };
    case "FOCUS_AREA":
      return { OR: [{ focusArea: { stableKey: filter.stableKey } }, { actionItem: { focusArea: { stableKey: filter.stableKey } } }] };
    case "ITEM":
      return { actionItem: { stableKey: filter.stableKey } };
  }
}

const authorSelect = { select: { name: true, email: true } } satisfies Prisma.DraftComment$authorArgs;

const threadSelect = {
  id: true,
  text: true,
  createdAt: true,
  resolvedAt: true,
  resolvedById: true,
  anchorLabel: true,
  authorId: true,
  author: authorSelect,
  focusArea: { select: { stableKey: true, title: true, position: true } },
  actionItem: { select: { stableKey: true, number: true, title: true, position: true, focusArea: { select: { position: true } } } },
  replies: { orderBy: { createdAt: "asc" }, select: { id: true, text: true, createdAt: true, author: authorSelect } },
} satisfies Prisma.DraftCommentSelect;

type ThreadRow = Prisma.DraftCommentGetPayload<{ select: typeof threadSelect }>;

const nameOf = (author: { name: string | null; email: string } | null) => (author === null ? "–" : (author.name ?? author.email));

function anchorOf(row: ThreadRow): CommentAnchor {
  if (row.actionItem !== null) return { kind: "ITEM", stableKey: row.actionItem.stableKey, label: `${row.actionItem.number} ${row.actionItem.title}` };
  if (row.focusArea !== null) return { kind: "FOCUS_AREA", stableKey: row.focusArea.stableKey, label: `${row.focusArea.position + 1}. ${row.focusArea.title}` };
  return row.anchorLabel === "" ? { kind: "PROGRAMME" } : { kind: "DELETED", label: row.anchorLabel };
}

/** Programme first, then by focus area and action position, then oldest first; deleted anchors last. */
function sortKey(row: ThreadRow): [number, number, number] {
  if (row.actionItem !== null) return [row.actionItem.focusArea.position + 1, row.actionItem.position + 1, row.createdAt.getTime()];
  if (row.focusArea !== null) return [row.focusArea.position + 1, 0, row.createdAt.getTime()];
  return [row.anchorLabel === "" ? 0 : Number.MAX_SAFE_INTEGER, 0, row.createdAt.getTime()];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The threads of a version (already scoped by the caller), filtered, in the order of the programme, with their replies. */
export async function listThreads(versionId: string, filter: CommentFilter, unresolvedOnly: boolean) {
  const rows = await getDb().draftComment.findMany({
    where: { versionId, parentId: null, ...(unresolvedOnly ? { resolvedAt: null } : {}), ...filterWhere(filter) },
    select: threadSelect,
  });
  const resolverIds = [...new Set(rows.flatMap((row) => (row.resolvedById === null ? [] : [row.resolvedById])))];
  const resolvers =
    resolverIds.length === 0 ? [] : await getDb().user.findMany({ where: { id: { in: resolverIds } }, select: { id: true, name: true, email: true } });
  const resolverName = new Map(resolvers.map((user) => [user.id, nameOf(user)]));
  return rows
    .map((row) => ({ row, key: sortKey(row) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ row }) => ({
      id: row.id,
      authorId: row.authorId,
      authorName: nameOf(row.author),
      text: row.text,
      createdAt: row.createdAt,
      resolvedAt: row.resolvedAt,
      resolvedByName: row.resolvedById === null ? null : (resolverName.get(row.resolvedById) ?? null),
      anchor: anchorOf(row),
      replies: row.replies.map((reply) => ({ id: reply.id, authorName: nameOf(reply.author), text: reply.text, createdAt: reply.createdAt })),
    }));
}

/** Threads and unresolved threads of a version. */
export async function countThreads(versionId: string): Promise<{ threads: number; unresolved: number }> {
  const [threads, unresolved] = await Promise.all([
    getDb().draftComment.count({ where: { versionId, parentId: null } }),
    getDb().draftComment.count({ where: { versionId, parentId: null, resolvedAt: null } }),
  ]);
  return { threads, unresolved };
}

/** Unresolved threads of a version (already scoped by the caller) per focus area and action, in one query. */
export async function countUnresolved(versionId: string): Promise<UnresolvedCounts> {
  const rows = await getDb().draftComment.findMany({
    where: { versionId, parentId: null, resolvedAt: null },
    select: { focusArea: { select: { stableKey: true } }, actionItem: { select: { stableKey: true, focusArea: { select: { stableKey: true } } } } },
  });
  const byFocusArea: Record<string, number> = {};
  const byItem: Record<string, number> = {};
  for (const row of rows) {
    const areaKey = row.actionItem?.focusArea.stableKey ?? row.focusArea?.stableKey;
    if (areaKey !== undefined) byFocusArea[areaKey] = (byFocusArea[areaKey] ?? 0) + 1;
    if (row.actionItem !== null) byItem[row.actionItem.stableKey] = (byItem[row.actionItem.stableKey] ?? 0) + 1;
  }
  return { total: rows.length, byFocusArea, byItem };
}

// ───────────── Reviewers ─────────────

/** Active reviewers of a version, with the county's organisations they belong to. */
export async function listReviewers(versionId: string, countyId: string): Promise<ReviewerView[]> {
  const rows = await getDb().draftReviewer.findMany({
    where: { versionId, removedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      user: { select: { name: true, email: true, memberships: { where: { organisation: { countyId } }, select: { organisation: { select: { name: true } } } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.user.name ?? row.user.email,
    email: row.user.email,
    organisations: [...new Set(row.user.memberships.map((m) => m.organisation.name))].join(", "),
  }));
}

/**
 * People who may be invited to review: active users who belong to one of the county's active
 * organisations, are not yet reviewers and are not its coordinators (who need no invitation).
 */
export async function listReviewerCandidates(versionId: string, countyId: string): Promise<{ userId: string; label: string }[]> {
  const rows = await getDb().user.findMany({
    where: {
      disabledAt: null,
      memberships: {
        some: { organisation: { countyId, active: true } },
        none: { role: "COORDINATOR", organisation: { countyId, kind: "COUNTY_BOARD" } },
      },
      reviews: { none: { versionId, removedAt: null } },
    },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, memberships: { where: { organisation: { countyId } }, select: { organisation: { select: { name: true } } } } },
  });
  return rows.map((row) => ({
    userId: row.id,
    label: `${row.name ?? row.email} (${[...new Set(row.memberships.map((m) => m.organisation.name))].join(", ")})`,
  }));
}

/** The drafts `scope.userId` was invited to review, in counties where they still belong to an organisation. */
export async function listMyReviews(scope: CommentScope): Promise<MyReview[]> {
  const rows = await getDb().draftReviewer.findMany({
    where: { userId: scope.userId, removedAt: null, version: { countyId: { in: [...scope.memberCountyIds] } } },
    orderBy: { createdAt: "desc" },
    select: {
      version: {
        select: {
          ...versionHeaderSelect,
          _count: { select: { draftComments: { where: { parentId: null, resolvedAt: null } } } },
        },
      },
    },
  });
  return rows.map(({ version }) => ({
    programmeId: version.programmeId,
    programmeTitle: version.programme.title,
    versionNumber: version.number,
    status: version.status,
    countyName: version.county.name,
    unresolved: version._count.draftComments,
  }));
}
