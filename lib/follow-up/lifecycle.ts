import type { FollowUpStatus, PeriodStatus, ReviewStatus, TimeframeKind, VersionStatus } from "@/lib/db/generated/client";

export type { FollowUpStatus, PeriodStatus, ReviewStatus };

/**
 * Follow-up rules as pure functions (no I/O, no clock: the period and date are passed in).
 * The county boards' scale: G (DONE), H (HALF), P (STARTED), E (NOT_STARTED), Ej relevant.
 */

/** How far an action has come, for the "least advanced" rule. NOT_RELEVANT is outside the scale. */
const progress = { NOT_STARTED: 0, STARTED: 1, HALF: 2, DONE: 3 } as const satisfies Record<Exclude<FollowUpStatus, "NOT_RELEVANT">, number>;

export type OrganisationReport = { organisationId: string; status: FollowUpStatus };

export type DerivedStatus = {
  /** null: nobody responsible has reported yet. */
  status: FollowUpStatus | null;
  /** Responsible organisations that have not reported in the period. */
  missing: readonly string[];
};

/**
 * The rule shown to the reader: an action shared by several responsible organisations has come
 * only as far as the one that has come least far. "Ej relevant" counts only when every reporting
 * organisation says so. Organisations that have not reported are listed, not guessed.
 */
export function deriveActionStatus(responsible: readonly string[], reports: readonly OrganisationReport[]): DerivedStatus {
  const byOrganisation = new Map(reports.filter((r) => responsible.includes(r.organisationId)).map((r) => [r.organisationId, r.status]));
  const missing = responsible.filter((id) => !byOrganisation.has(id));
  const statuses = [...byOrganisation.values()];
  if (statuses.length === 0) return { status: null, missing };
  const relevant = statuses.filter((s): s is Exclude<FollowUpStatus, "NOT_RELEVANT"> => s !== "NOT_RELEVANT");
  if (relevant.length === 0) return { status: "NOT_RELEVANT", missing };
  const least = relevant.reduce((a, b) => (progress[b] < progress[a] ? b : a));
  return { status: least, missing };
}

export type Timeframe = {
  kind: TimeframeKind;
  startYear: number | null;
  endYear: number | null;
  startDate: Date | null;
  endDate: Date | null;
};

/**
 * Försenad (delayed) is derived, never reported, and only ever said of a reported status: the
 * action's timeframe has ended (its end year, or the year of its dated end, is the period's year
 * or earlier) and the approved report for that period says it is not done (not G, not "Ej
 * relevant"). No report is "Ej rapporterat ännu", never delayed; an ongoing action has no end
 * and is never delayed; an action that has not started within its timeframe is shown by its
 * status (E), not called delayed before its time is up.
 */
export function isDelayed(input: {
  timeframe: Timeframe;
  status: FollowUpStatus | null;
  /** The reporting period (year) the status belongs to. */
  periodYear: number;
}): boolean {
  const { timeframe, status, periodYear } = input;
  if (status === null || status === "DONE" || status === "NOT_RELEVANT") return false;
  const endYear = timeframe.kind === "YEARS" ? timeframe.endYear : timeframe.kind === "DATES" ? (timeframe.endDate?.getUTCFullYear() ?? null) : null;
  return endYear !== null && endYear <= periodYear;
}

/** "Ej uppdaterad sedan …": an action without a report in the current period. */
export function staleness(reportYears: readonly number[], currentPeriodYear: number): { isStale: boolean; lastReportedYear: number | null } {
  const last = reportYears.length > 0 ? Math.max(...reportYears) : null;
  return { isStale: last === null || last < currentPeriodYear, lastReportedYear: last };
}

// ───────────── Reporting periods ─────────────

/** The default periods of a version: each calendar year of its validity (giltighetstid). */
export function defaultPeriodYears(validFrom: Date, validTo: Date): number[] {
  const from = validFrom.getUTCFullYear();
  const to = validTo.getUTCFullYear();
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

export type PeriodEvent = "OPEN" | "CLOSE";

/** A period is PLANNED until the coordinator opens it; a closed period can be opened again (late reports). */
export const periodTransitions = {
  PLANNED: { OPEN: "OPEN" },
  OPEN: { CLOSE: "CLOSED" },
  CLOSED: { OPEN: "OPEN" },
} as const satisfies Record<PeriodStatus, Partial<Record<PeriodEvent, PeriodStatus>>>;

export function transitionPeriod(status: PeriodStatus, event: PeriodEvent): { ok: true; next: PeriodStatus } | { ok: false; code: "INVALID_TRANSITION" } {
  const table: Partial<Record<PeriodEvent, PeriodStatus>> = periodTransitions[status];
  const next = table[event];
  return next === undefined ? { ok: false, code: "INVALID_TRANSITION" } : { ok: true, next };
}

/** From which statuses an event may start (for compare-and-set in the mutations). */
export function periodStatusesAllowing(event: PeriodEvent): PeriodStatus[] {
  const statuses = ["PLANNED", "OPEN", "CLOSED"] as const satisfies readonly PeriodStatus[];
  return statuses.filter((status) => transitionPeriod(status, event).ok);
}

/**
 * Periods belong to the programme and the year: only the programme's version in force (PUBLISHED)
 * opens periods. A superseded version's years are reported on its successor, so nobody is asked
 * to report one year twice.
 */
export function canOpenPeriodOn(versionStatus: VersionStatus): boolean {
  return versionStatus === "PUBLISHED";
}

export type PeriodOnVersion = { id: string; year: number; status: PeriodStatus; closesAt: Date | null };

export type PeriodHandover = {
  /** Open periods of the superseded versions: all closed (reporting never continues on them). */
  close: string[];
  /** Years that continue on the new version (created or opened again there), with their closing day. */
  open: { year: number; closesAt: Date | null }[];
};

/**
 * When a revision is published over the versions in `superseded`, every open period of those
 * versions is closed and, when the new version's validity covers its year, continues open on the
 * new version (same closing day; a year already open there stays as it is). Reports keep their
 * history: they hang on the programme, the action's stable key and the year, not on the version.
 */
export function handOverPeriods(input: {
  superseded: readonly PeriodOnVersion[];
  next: readonly { year: number; status: PeriodStatus }[];
  nextYears: readonly number[];
}): PeriodHandover {
  const open = input.superseded.filter((p) => p.status === "OPEN");
  const alreadyOpen = new Set(input.next.filter((p) => p.status === "OPEN").map((p) => p.year));
  const moved = new Map<number, Date | null>();
  for (const period of open) {
    if (!input.nextYears.includes(period.year) || alreadyOpen.has(period.year)) continue;
    const earlier = moved.get(period.year);
    // Two superseded versions with the same year open (old data): keep the later closing day.
    if (earlier === undefined || (earlier !== null && (period.closesAt === null || period.closesAt > earlier))) moved.set(period.year, period.closesAt);
  }
  return {
    close: open.map((p) => p.id),
    open: [...moved.entries()].sort(([a], [b]) => a - b).map(([year, closesAt]) => ({ year, closesAt })),
  };
}

/**
 * Years between the first and the last followed-up year that have neither a period nor a report:
 * the public table says so instead of jumping from one year to the next without a word.
 */
export function yearsWithoutPeriod(followedUpYears: readonly number[]): number[] {
  if (followedUpYears.length === 0) return [];
  const present = new Set(followedUpYears);
  const first = Math.min(...followedUpYears);
  const last = Math.max(...followedUpYears);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index).filter((year) => !present.has(year));
}

/** Organisations report only while the period is open. */
export function acceptsReports(status: PeriodStatus): boolean {
  return status === "OPEN";
}

/** The "closes in a week" reminder is due from seven days before the closing date, while open. */
export function isClosingReminderDue(input: { status: PeriodStatus; closesAt: Date | null; reminderQueuedAt: Date | null; now: Date }): boolean {
  const { status, closesAt, reminderQueuedAt, now } = input;
  if (status !== "OPEN" || closesAt === null || reminderQueuedAt !== null) return false;
  const day = 24 * 60 * 60 * 1000;
  const closesEnd = closesAt.getTime() + day; // a period closes at the end of its closing day
  return now.getTime() < closesEnd && closesEnd - now.getTime() <= 7 * day + day;
}

/**
 * The current period of a version, for "Ej uppdaterad sedan …": the newest open period, else the
 * newest closed one; null before any period has been opened.
 */
export function currentPeriodYear(periods: readonly { year: number; status: PeriodStatus }[]): number | null {
  const open = periods.filter((p) => p.status === "OPEN").map((p) => p.year);
  if (open.length > 0) return Math.max(...open);
  const closed = periods.filter((p) => p.status === "CLOSED").map((p) => p.year);
  return closed.length > 0 ? Math.max(...closed) : null;
}

// ───────────── Review of a report ─────────────

export type ReviewEvent = "SUBMIT" | "APPROVE" | "REQUEST_CORRECTION";

/**
 * An organisation submits (again after a correction request); the coordinator approves or sends it
 * back with a message. An approved report is what the public sees: the organisation cannot change
 * it any more (the coordinator can send it back to reopen it).
 */
export const reviewTransitions = {
  DRAFT: { SUBMIT: "SUBMITTED" },
  SUBMITTED: { SUBMIT: "SUBMITTED", APPROVE: "APPROVED", REQUEST_CORRECTION: "CORRECTION_REQUESTED" },
  CORRECTION_REQUESTED: { SUBMIT: "SUBMITTED" },
  APPROVED: { REQUEST_CORRECTION: "CORRECTION_REQUESTED" },
} as const satisfies Record<ReviewStatus, Partial<Record<ReviewEvent, ReviewStatus>>>;

export function transitionReview(status: ReviewStatus, event: ReviewEvent): { ok: true; next: ReviewStatus } | { ok: false; code: "INVALID_TRANSITION" } {
  const table: Partial<Record<ReviewEvent, ReviewStatus>> = reviewTransitions[status];
  const next = table[event];
  return next === undefined ? { ok: false, code: "INVALID_TRANSITION" } : { ok: true, next };
}

export function reviewStatusesAllowing(event: ReviewEvent): ReviewStatus[] {
  const statuses = ["DRAFT", "SUBMITTED", "CORRECTION_REQUESTED", "APPROVED"] as const satisfies readonly ReviewStatus[];
  return statuses.filter((status) => transitionReview(status, event).ok);
}

/** Only approved reports are public. */
export const publicReviewStatus = "APPROVED" satisfies ReviewStatus;

/** The county boards' letters, for tables, CSV and charts. */
export const statusLetters = { DONE: "G", HALF: "H", STARTED: "P", NOT_STARTED: "E", NOT_RELEVANT: "Ej relevant" } as const satisfies Record<FollowUpStatus, string>;

/** Display order of the scale (most advanced first), "not reported" last. */
export const followUpStatuses = ["DONE", "HALF", "STARTED", "NOT_STARTED", "NOT_RELEVANT"] as const satisfies readonly FollowUpStatus[];

export function parseStatusLetter(value: string): FollowUpStatus | null {
  const normalised = value.trim().toUpperCase();
  if (normalised === "") return null;
  const found = followUpStatuses.find((status) => statusLetters[status].toUpperCase() === normalised || status === normalised);
  return found ?? null;
}

/** First number in a free-text baseline or target ("32 %", "ca 40", "1 200"), for charts; null when there is none. */
export function leadingNumber(text: string): number | null {
  const match = /-?\d[\d\s\u00a0]*(?:[.,]\d+)?/.exec(text);
  if (match === null) return null;
  const value = Number(match[0].replace(/[\s\u00a0]/g, "").replace(",", "."));
  return Number.isFinite(value) ? value : null;
}
