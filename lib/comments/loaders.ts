import "server-only";
import { cache } from "react";
import { can, type PolicyResource } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import {
  commentScopeOf,
  countThreads,
  countUnresolved,
  findCommentVersion,
  listMyReviews,
  listReviewerCandidates,
  listReviewers,
  listThreads,
} from "@/lib/comments/data";
import { areCommentsOpen } from "@/lib/comments/lifecycle";
import { commentsFilterPath, type CommentFilter } from "@/lib/comments/schema";
import type { CommentsDraftPage, CommentsPage, CommentVersionHeader, ItemComments, MyReview, ThreadView, UnresolvedCounts } from "@/lib/comments/types";
import { readableContent } from "@/lib/consultations/loaders";
import type { ReadableContent } from "@/lib/consultations/types";
import type { Actor } from "@/lib/users/types";

/*
 * Workspace pages of the comments while drafting. Each loader resolves the actor and scopes its
 * reads to the versions the actor coordinates or was invited to review; anything else is null
 * (→ 404). What a page may offer comes from the policy and the lifecycle here, never from JSX.
 */

type Found = NonNullable<Awaited<ReturnType<typeof findCommentVersion>>>;

/** The version the actor may read the comments of; cached per request (metadata and page share it). */
const findVersion = cache(async (programmeId: string, number: number): Promise<{ actor: Actor; version: Found; resource: PolicyResource } | null> => {
  const actor = await requireActor();
  const version = await findCommentVersion(commentScopeOf(actor), programmeId, number);
  if (version === null) return null;
  const resource = { countyId: version.countyId, ...(version.isReviewer ? { reviewerInCounty: version.countyId } : {}) };
  return can(actor, "comment.view", resource) ? { actor, version, resource } : null;
});

/** The header of a version whose comments the actor may read (page titles); null otherwise. */
export async function loadCommentVersion(programmeId: string, number: number): Promise<CommentVersionHeader | null> {
  const found = await findVersion(programmeId, number);
  return found === null ? null : headerOf(found.version);
}

async function threadsFor(actor: Actor, version: Found, resource: PolicyResource, filter: CommentFilter, unresolvedOnly: boolean): Promise<ThreadView[]> {
  const isOpen = areCommentsOpen(version.status);
  const rows = await listThreads(version.id, filter, unresolvedOnly);
  return rows.map(({ authorId, ...thread }) => ({
    ...thread,
    canResolve: isOpen && can(actor, "comment.resolve", { ...resource, ...(authorId === null ? {} : { authorId }) }),
  }));
}

function headerOf(version: Found): CommentVersionHeader {
  return {
    programmeId: version.programmeId,
    programmeTitle: version.programme.title,
    versionId: version.id,
    number: version.number,
    title: version.title,
    status: version.status,
    countyName: version.county.name,
  };
}

/** Only the focus area or action the page is filtered to, to read beside its threads. */
function focusOf(readable: ReadableContent, filter: CommentFilter): ReadableContent | null {
  if (filter.kind !== "FOCUS_AREA" && filter.kind !== "ITEM") return null;
  const focusAreas = readable.content.focusAreas.flatMap((area) => {
    if (filter.kind === "FOCUS_AREA") return area.stableKey === filter.stableKey ? [area] : [];
    const items = area.items.filter((item) => item.stableKey === filter.stableKey);
    return items.length === 0 ? [] : [{ ...area, items }];
  });
  return focusAreas.length === 0 ? null : { ...readable, content: { ...readable.content, focusAreas } };
}

/** /arbetsyta/program/[programmeId]/version/[number]/kommentarer?avser=&olosta=. */
export async function loadCommentsPage(
  programmeId: string,
  number: number,
  query: { filter: CommentFilter; unresolvedOnly: boolean },
): Promise<CommentsPage | null> {
  const found = await findVersion(programmeId, number);
  if (found === null) return null;
  const { actor, version, resource } = found;
  const isCoordinator = can(actor, "reviewer.manage", { countyId: version.countyId });
  const [readable, threads, totals, reviewers, candidates] = await Promise.all([
    readableContent(version.programmeId, version.countyId, version.number),
    threadsFor(actor, version, resource, query.filter, query.unresolvedOnly),
    countThreads(version.id),
    isCoordinator ? listReviewers(version.id, version.countyId) : Promise.resolve(null),
    isCoordinator && areCommentsOpen(version.status) ? listReviewerCandidates(version.id, version.countyId) : Promise.resolve([]),
  ]);
  if (readable === null) return null;
  const anchors = readable.content.focusAreas.flatMap((area, index) => [
    { value: `fa:${area.stableKey}`, label: `${index + 1}. ${area.title}`, isItem: false },
    ...area.items.map((item) => ({ value: `item:${item.stableKey}`, label: `${item.number} ${item.title}`, isItem: true })),
  ]);
  return {
    version: headerOf(version),
    isOpen: areCommentsOpen(version.status) && can(actor, "comment.write", resource),
    isCoordinator,
    filter: query.filter,
    unresolvedOnly: query.unresolvedOnly,
    anchors,
    threads,
    totals,
    focus: focusOf(readable, query.filter),
    reviewers: reviewers === null ? null : { reviewers, candidates, canInvite: areCommentsOpen(version.status) },
  };
}

/** The threads of one action, for its own page (the coordinator's item editor). */
export async function loadItemComments(programmeId: string, number: number, stableKey: string): Promise<ItemComments | null> {
  const found = await findVersion(programmeId, number);
  if (found === null) return null;
  const { actor, version, resource } = found;
  const filter: CommentFilter = { kind: "ITEM", stableKey };
  const threads = await threadsFor(actor, version, resource, filter, false);
  return {
    versionId: version.id,
    isOpen: areCommentsOpen(version.status) && can(actor, "comment.write", resource),
    anchor: `item:${stableKey}`,
    threads,
    unresolved: threads.filter((thread) => thread.resolvedAt === null).length,
    commentsHref: commentsFilterPath(programmeId, number, filter),
  };
}

/** Unresolved threads per focus area and action (content page badges) and in total (version page). */
export const loadUnresolvedCounts = cache(async (programmeId: string, number: number): Promise<UnresolvedCounts | null> => {
  const found = await findVersion(programmeId, number);
  return found === null ? null : countUnresolved(found.version.id);
});

/** The drafts the actor was invited to review (workspace). */
export async function loadMyReviews(): Promise<MyReview[]> {
  const actor = await requireActor();
  return listMyReviews(commentScopeOf(actor));
}

/** /arbetsyta/program/[programmeId]/version/[number]/kommentarer/utkast: the draft to read (reviewers have no other way to it). */
export async function loadCommentsDraft(programmeId: string, number: number): Promise<CommentsDraftPage | null> {
  const found = await findVersion(programmeId, number);
  if (found === null) return null;
  const { actor, version } = found;
  const [readable, counts] = await Promise.all([readableContent(version.programmeId, version.countyId, version.number), countUnresolved(version.id)]);
  if (readable === null) return null;
  return { version: headerOf(version), isCoordinator: can(actor, "reviewer.manage", { countyId: version.countyId }), readable, counts };
}
