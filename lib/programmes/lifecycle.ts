import type { VersionStatus } from "@/lib/db/generated/client";

/**
 * Programme-version lifecycle (DOMAIN.md, "The life of a programme version"). Pure: no I/O.
 * Public pages show only these statuses; everything else is a working draft of the county.
 */
export const publicStatuses = ["PUBLISHED", "SUPERSEDED"] as const satisfies readonly VersionStatus[];

export type PublicStatus = (typeof publicStatuses)[number];

export function isPublic(status: VersionStatus): status is PublicStatus {
  return publicStatuses.some((s) => s === status);
}

// ───────────── The transition table ─────────────

export const versionStatuses = [
  "DRAFT",
  "CONSULTATION",
  "ENDORSEMENT",
  "RATIFIED",
  "PUBLISHED",
  "SUPERSEDED",
  "WITHDRAWN",
] as const satisfies readonly VersionStatus[];

export const versionEvents = [
  "EDIT",
  "SEND_TO_CONSULTATION",
  "CLOSE_CONSULTATION",
  "SEND_FOR_ENDORSEMENT",
  "REOPEN",
  "RATIFY",
  "PUBLISH",
  "SUPERSEDE",
  "WITHDRAW",
] as const;

export type VersionEvent = (typeof versionEvents)[number];

/**
 * The whole life of a programme version (DOMAIN.md). A missing entry is an illegal transition.
 * EDIT is the content edit: legal only in DRAFT and leaves the status as it is.
 */
export const versionTransitions = {
  DRAFT: {
    EDIT: "DRAFT",
    SEND_TO_CONSULTATION: "CONSULTATION",
    SEND_FOR_ENDORSEMENT: "ENDORSEMENT",
    WITHDRAW: "WITHDRAWN",
  },
  CONSULTATION: { CLOSE_CONSULTATION: "DRAFT", WITHDRAW: "WITHDRAWN" },
  ENDORSEMENT: { RATIFY: "RATIFIED", REOPEN: "DRAFT", WITHDRAW: "WITHDRAWN" },
  RATIFIED: { PUBLISH: "PUBLISHED" },
  PUBLISHED: { SUPERSEDE: "SUPERSEDED" },
  SUPERSEDED: {},
  WITHDRAWN: {},
} as const satisfies Record<VersionStatus, Partial<Record<VersionEvent, VersionStatus>>>;

/** What the lifecycle needs to know besides the status, passed in (no I/O here). */
export type TransitionContext = {
  /** RATIFY: every required organisation has endorsed (with or without reservation). */
  endorsementsComplete?: boolean;
};

export type TransitionResult =
  | { ok: true; next: VersionStatus }
  | { ok: false; code: "INVALID_TRANSITION"; reason: "NOT_ALLOWED_FROM_STATUS" | "ENDORSEMENTS_INCOMPLETE" };

export function transition(status: VersionStatus, event: VersionEvent, context: TransitionContext = {}): TransitionResult {
  const row: Partial<Record<VersionEvent, VersionStatus>> = versionTransitions[status];
  const next = row[event];
  if (next === undefined) return { ok: false, code: "INVALID_TRANSITION", reason: "NOT_ALLOWED_FROM_STATUS" };
  if (event === "RATIFY" && context.endorsementsComplete !== true) {
    return { ok: false, code: "INVALID_TRANSITION", reason: "ENDORSEMENTS_INCOMPLETE" };
  }
  return { ok: true, next };
}

/** Content (fields, focus areas, items, indicators) may change only in DRAFT. */
export function isEditable(status: VersionStatus): boolean {
  return status === "DRAFT";
}

/**
 * Frozen for good: from ENDORSEMENT on, what a municipality stood behind is exactly what is
 * published and archived. (CONSULTATION is only paused: closing the round returns to DRAFT.)
 */
export function isFrozen(status: VersionStatus): boolean {
  return status === "ENDORSEMENT" || status === "RATIFIED" || status === "PUBLISHED" || status === "SUPERSEDED";
}

/** Not yet ratified and not ended: the coordinator may still withdraw it. */
export function isWithdrawable(status: VersionStatus): boolean {
  return transition(status, "WITHDRAW").ok;
}

/**
 * A version still on its way to publication. A programme has at most one: a new revision or
 * extension starts only when none is open (the previous one was published or withdrawn).
 */
export const openVersionStatuses = ["DRAFT", "CONSULTATION", "ENDORSEMENT", "RATIFIED"] as const satisfies readonly VersionStatus[];

export function isOpenVersion(status: VersionStatus): boolean {
  return openVersionStatuses.some((s) => s === status);
}

/** The statuses in which content may change, for a `where` (the same rule as isEditable). */
export const editableStatuses: readonly VersionStatus[] = versionStatuses.filter(isEditable);

export type Validity = "UPCOMING" | "IN_FORCE" | "EXPIRED";

/** "Gällande" and "upphörd" are derived from the validity period and the date, never stored. */
export function validityAt(validFrom: Date, validTo: Date, now: Date): Validity {
  const day = now.toISOString().slice(0, 10);
  if (day < validFrom.toISOString().slice(0, 10)) return "UPCOMING";
  if (day > validTo.toISOString().slice(0, 10)) return "EXPIRED";
  return "IN_FORCE";
}

/** The workspace home's step indicator, in order: Utkast → Remiss → Ställningstagande → Fastställd → Publicerad. */
export const pipelineSteps = ["DRAFT", "CONSULTATION", "ENDORSEMENT", "RATIFIED", "PUBLISHED"] as const satisfies readonly VersionStatus[];

export type PipelineStatus = (typeof pipelineSteps)[number];

export function isPipelineStatus(status: VersionStatus): status is PipelineStatus {
  return pipelineSteps.some((step) => step === status);
}

export type PipelineStepState = "DONE" | "CURRENT" | "TODO";

/**
 * Each step of the indicator for a version in `status`: the steps before it are done, its own is
 * current, the rest to do. A draft back from a closed remiss (`consulted`) has the remiss behind it.
 */
export function pipelineStepStates(status: PipelineStatus, consulted: boolean): { step: PipelineStatus; state: PipelineStepState }[] {
  const current = pipelineSteps.indexOf(status);
  return pipelineSteps.map((step, index) => ({
    step,
    state: index === current ? "CURRENT" : index < current || (consulted && step === "CONSULTATION") ? "DONE" : "TODO",
  }));
}
