import type { LongTermGoalRef } from "@/lib/publications/types";
import type { PublicStatus } from "@/lib/programmes/lifecycle";

export type SearchHitKind = "programme" | "focusArea" | "item";

/** One result. `snippet` marks the matched words between ⟦ and ⟧ (rendered as <mark>). */
export type SearchHit = {
  kind: SearchHitKind;
  county: { slug: string; name: string };
  programme: { slug: string; title: string };
  versionNumber: number;
  versionStatus: PublicStatus;
  title: string;
  itemNumber: string | null;
  focusAreaTitle: string | null;
  snippet: string;
};

export type SearchResults = {
  hits: readonly SearchHit[];
  /** More matched than are shown. */
  truncated: boolean;
  /** How many matched in all (also those not shown). */
  total: number;
};

export type SearchFilterOptions = {
  counties: readonly { slug: string; name: string }[];
  organisations: readonly { slug: string; name: string }[];
  strategies: readonly { slug: string; shortTitle: string; goals: readonly LongTermGoalRef[] }[];
};

export const highlightStart = "⟦";
export const highlightEnd = "⟧";
