import type { VersionStatus } from "@/lib/db/generated/client";
import type { CommentFilter } from "@/lib/comments/schema";
import type { ReadableContent } from "@/lib/consultations/types";

/**
 * Who reaches the comments of which versions: the counties the actor coordinates, and (as an
 * invited reviewer of a version) the counties of the organisations the actor belongs to. Built
 * from the policy by loaders and actions; data and mutations put it in their `where`.
 */
export type CommentScope = {
  userId: string;
  coordinatorCountyIds: readonly string[];
  memberCountyIds: readonly string[];
};

/** Where a thread is anchored, as it reads now (or as it read, when the anchor was deleted). */
export type CommentAnchor =
  | { kind: "PROGRAMME" }
  | { kind: "FOCUS_AREA"; stableKey: string; label: string }
  | { kind: "ITEM"; stableKey: string; label: string }
  | { kind: "DELETED"; label: string };

export type CommentView = {
  id: string;
  authorName: string;
  text: string;
  createdAt: Date;
};

export type ThreadView = CommentView & {
  anchor: CommentAnchor;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  replies: readonly CommentView[];
  /** The actor may resolve or reopen it (and the version is still a draft). */
  canResolve: boolean;
};

export type CommentVersionHeader = {
  programmeId: string;
  programmeTitle: string;
  versionId: string;
  number: number;
  title: string;
  status: VersionStatus;
  countyName: string;
};

export type ReviewerView = { id: string; name: string; email: string; organisations: string };

/** Reviewers of the version, for its coordinator only. */
export type ReviewerPanel = {
  reviewers: readonly ReviewerView[];
  candidates: readonly { userId: string; label: string }[];
  canInvite: boolean;
};

/** /arbetsyta/program/[id]/version/[n]/kommentarer. */
export type CommentsPage = {
  version: CommentVersionHeader;
  /** Comments may be written, replied to and resolved (DRAFT, and the actor may). */
  isOpen: boolean;
  /** A coordinator of the county (content page, version page); a reviewer sees only this page. */
  isCoordinator: boolean;
  filter: CommentFilter;
  unresolvedOnly: boolean;
  /** Every anchor of the version, in the order of the programme, for the filter and the new-comment form. */
  anchors: readonly { value: string; label: string; isItem: boolean }[];
  threads: readonly ThreadView[];
  totals: { threads: number; unresolved: number };
  /** The action or focus area the page is filtered to, to read beside its threads. */
  focus: ReadableContent | null;
  reviewers: ReviewerPanel | null;
};

/** The comment threads of one action, on its own page. */
export type ItemComments = {
  versionId: string;
  isOpen: boolean;
  anchor: string;
  threads: readonly ThreadView[];
  unresolved: number;
  commentsHref: string;
};

/** Unresolved threads per focus area (its own and its actions') and per action, by stable key. */
export type UnresolvedCounts = {
  total: number;
  byFocusArea: Readonly<Record<string, number>>;
  byItem: Readonly<Record<string, number>>;
};

/** A draft the actor was invited to review (the workspace lists them). */
export type MyReview = {
  programmeId: string;
  programmeTitle: string;
  versionNumber: number;
  status: VersionStatus;
  countyName: string;
  unresolved: number;
};

export type CommentDone = { programmeId: string; versionNumber: number };

/** /arbetsyta/program/[id]/version/[n]/kommentarer/utkast: the draft to read, with its unresolved counts. */
export type CommentsDraftPage = {
  version: CommentVersionHeader;
  isCoordinator: boolean;
  readable: ReadableContent;
  counts: UnresolvedCounts;
};
