import type { FollowUpStatus, TimeframeKind } from "@/lib/db/generated/client";

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
 * Försenad (delayed) is derived, never reported: the timeframe has ended and the action is not
 * done, or it should have started and has not. Ongoing actions are delayed only when not started
 * after the first year of the programme.
 */
export function isDelayed(input: {
  timeframe: Timeframe;
  status: FollowUpStatus | null;
  /** The reporting period (year) the status belongs to. */
  periodYear: number;
  programmeStartYear: number;
}): boolean {
  const { timeframe, status, periodYear } = input;
  if (status === "DONE" || status === "NOT_RELEVANT") return false;
  const endYear = timeframe.kind === "YEARS" ? timeframe.endYear : timeframe.kind === "DATES" ? (timeframe.endDate?.getUTCFullYear() ?? null) : null;
  const startYear =
    timeframe.kind === "YEARS" ? timeframe.startYear : timeframe.kind === "DATES" ? (timeframe.startDate?.getUTCFullYear() ?? null) : input.programmeStartYear;
  if (endYear !== null && periodYear > endYear) return true;
  const notStarted = status === null || status === "NOT_STARTED";
  return notStarted && startYear !== null && periodYear > startYear;
}

/** "Ej uppdaterad sedan …": an action without a report in the current period. */
export function staleness(reportYears: readonly number[], currentPeriodYear: number): { isStale: boolean; lastReportedYear: number | null } {
  const last = reportYears.length > 0 ? Math.max(...reportYears) : null;
  return { isStale: last === null || last < currentPeriodYear, lastReportedYear: last };
}
