import type { FormState, FormValues } from "@/lib/actions/form-state";
import type { VersionStatus } from "@/lib/db/generated/client";
import type { TimeframeKind } from "@/lib/action-items/types";

export type { VersionStatus };

/**
 * Who edits and where: the actor (for the audit row) and the counties whose drafts they may edit
 * (from the policy, `countiesWhere(actor, "programme.edit")`). Every mutation of the content editor
 * puts `countyIds` into its `where`, so a record of another county is simply not found.
 */
export type EditorScope = {
  actorId: string;
  actorEmail: string | null;
  countyIds: readonly string[];
};

/** The version a content page is about. */
export type EditorVersionSummary = {
  id: string;
  programmeId: string;
  countyId: string;
  number: number;
  title: string;
  status: VersionStatus;
  /** Action numbers follow position ("n.m"); off: the coordinator writes them. */
  autoNumbering: boolean;
  /** DRAFT and the actor may edit: the page shows edit controls (the server checks again anyway). */
  canEdit: boolean;
};

/** A long-term goal of a national strategy, as the editor shows and links it. */
export type GoalOption = {
  id: string;
  number: number;
  shortLabel: string;
  title: string;
};

export type LinkedGoal = GoalOption & {
  /** The goal belongs to another national strategy than the version's (e.g. after a revision changed it). */
  isOtherStrategy: boolean;
};

/** One action in the content overview (the full item is on its own page). */
export type EditorItemSummary = {
  id: string;
  stableKey: string;
  /** The stored position in its focus area: what a move's compare-and-set starts from. */
  position: number;
  number: string;
  title: string;
  leadOrganisationName: string | null;
  timeframeKind: TimeframeKind;
  startYear: number | null;
  endYear: number | null;
  /** ISO dates (YYYY-MM-DD). */
  startDate: string | null;
  endDate: string | null;
};

export type EditorFocusArea = {
  id: string;
  stableKey: string;
  title: string;
  description: string;
  revision: number;
  goals: LinkedGoal[];
  items: EditorItemSummary[];
  /** Informational: no link to a national goal although the version maps to a strategy with goals. */
  lacksGoalLink: boolean;
  /** At least one linked goal belongs to another national strategy than the version's. */
  hasOtherStrategyGoal: boolean;
};

/** Everything the content editor page shows, read with a fixed number of queries. */
export type VersionContentForEditor = {
  version: EditorVersionSummary;
  /** The long-term goals of the version's national strategy, in number order (link checkboxes). */
  strategyGoals: GoalOption[];
  focusAreas: EditorFocusArea[];
  /** Organisations a new action's lead may be (active, the county's or national); empty when the page cannot add. */
  leadOptions: { id: string; name: string; group: "COUNTY" | "NATIONAL" }[];
};

/** Result of a focus-area change: enough to revalidate the pages that show it. */
export type FocusAreaChanged = {
  focusAreaId: string;
  programmeId: string;
  versionNumber: number;
  revision: number;
};

export type FocusAreaConflictDetails = {
  revision: number;
  current: { title: string; description: string; goalIds: string };
};

/** What the focus-area forms' server actions hand back to useActionState. */
export type FocusAreaFormState =
  | FormState<FocusAreaChanged>
  | { status: "conflict"; values: FormValues; conflict: FocusAreaConflictDetails };
