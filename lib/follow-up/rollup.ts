import {
  currentPeriodYear,
  yearsWithoutPeriod,
  deriveActionStatus,
  followUpStatuses,
  isDelayed,
  staleness,
  type FollowUpStatus,
  type PeriodStatus,
  type Timeframe,
} from "@/lib/follow-up/lifecycle";
import type {
  ActionFollowUp,
  DistributionRow,
  FollowUpDashboard,
  FollowUpRollup,
  IndicatorChange,
  OrganisationRef,
  RollupCounty,
  RollupGoalStatus,
  StatusCounts,
  StatusKey,
  YearChange,
  YearReport,
} from "@/lib/follow-up/types";
import { validityAt } from "@/lib/programmes/lifecycle";

/*
 * The follow-up figures, as pure functions over rows the data layer read: per programme version
 * (status per focus area and national goal, indicator series, stale and delayed actions), the
 * yearly report with its changes, and the roll-up across programmes. The status rules themselves
 * live in lifecycle.ts; this file only counts.
 */

/** Map.groupBy is not in Node 20. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return groups;
}

export const statusKeys: readonly StatusKey[] = [...followUpStatuses, "NONE"];

export function emptyCounts(): StatusCounts {
  return { DONE: 0, HALF: 0, STARTED: 0, NOT_STARTED: 0, NOT_RELEVANT: 0, NONE: 0 };
}

function countStatuses(statuses: readonly (FollowUpStatus | null)[]): StatusCounts {
  const counts = emptyCounts();
  for (const status of statuses) counts[status ?? "NONE"] += 1;
  return counts;
}

export type DashboardItemInput = {
  stableKey: string;
  number: string;
  title: string;
  timeframe: Timeframe;
  responsible: (OrganisationRef & { lead: boolean })[];
  indicators: Omit<ActionFollowUp["indicators"][number], "values">[];
};

export type DashboardInput = Omit<FollowUpDashboard, "periods" | "currentYear" | "years" | "yearsWithoutPeriod" | "actions" | "byFocusArea" | "byGoal" | "total" | "staleOrDelayed"> & {
  focusAreas: { stableKey: string; title: string; goalNumbers: number[]; items: DashboardItemInput[] }[];
  periods: { id: string | null; year: number; status: PeriodStatus; closesAt: Date | null }[];
  /** Only the reports the reader may see (the public: approved ones). */
  reports: { actionStableKey: string; year: number; organisationId: string; status: FollowUpStatus; comment: string }[];
  indicatorValues: { indicatorStableKey: string; year: number; value: number; note: string }[];
};

export function buildDashboard(input: DashboardInput): FollowUpDashboard {
  const { focusAreas, periods, reports, indicatorValues, ...head } = input;
  const reportYears = reports.map((r) => r.year);
  const currentYear = currentPeriodYear(periods) ?? (reportYears.length > 0 ? Math.max(...reportYears) : null);
  const years = [...new Set([...reportYears, ...periods.filter((p) => p.status !== "PLANNED").map((p) => p.year)])].sort((a, b) => a - b);

  const reportsByAction = groupBy(reports, (r) => r.actionStableKey);
  const valuesByIndicator = groupBy(indicatorValues, (v) => v.indicatorStableKey);

  const actions: ActionFollowUp[] = focusAreas.flatMap((area) =>
    area.items.map((item) => {
      const responsibleIds = item.responsible.map((o) => o.id);
      const names = new Map(item.responsible.map((o) => [o.id, o.name]));
      const own = reportsByAction.get(item.stableKey) ?? [];
      const ownYears = [...new Set(own.map((r) => r.year))];
      const yearRows = years.map((year) => {
        const inYear = own.filter((r) => r.year === year && names.has(r.organisationId));
        const derived = deriveActionStatus(responsibleIds, inYear);
        return {
          year,
          status: derived.status,
          missing: derived.missing.map((id) => names.get(id) ?? id),
          reports: inYear.map((r) => ({ organisation: names.get(r.organisationId) ?? "", status: r.status, comment: r.comment })),
          isDelayed: isDelayed({ timeframe: item.timeframe, status: derived.status, periodYear: year }),
        };
      });
      const currentRow = yearRows.find((row) => row.year === currentYear);
      const stale = currentYear === null ? { isStale: true, lastReportedYear: ownYears.length > 0 ? Math.max(...ownYears) : null } : staleness(ownYears, currentYear);
      return {
        stableKey: item.stableKey,
        number: item.number,
        title: item.title,
        focusArea: area.title,
        goalNumbers: area.goalNumbers,
        timeframe: item.timeframe,
        responsible: item.responsible,
        indicators: item.indicators.map((indicator) => ({
          ...indicator,
          values: (valuesByIndicator.get(indicator.stableKey) ?? []).map((v) => ({ year: v.year, value: v.value, note: v.note })).sort((a, b) => a.year - b.year),
        })),
        years: yearRows,
        current: {
          year: currentYear,
          status: currentRow?.status ?? null,
          isDelayed: currentYear === null ? false : isDelayed({ timeframe: item.timeframe, status: currentRow?.status ?? null, periodYear: currentYear }),
          isStale: stale.isStale,
          lastReportedYear: stale.lastReportedYear,
        },
      };
    }),
  );

  const byFocusArea: DistributionRow[] = focusAreas.map((area) => {
    const statuses = actions.filter((a) => area.items.some((i) => i.stableKey === a.stableKey)).map((a) => a.current.status);
    return { key: area.stableKey, label: area.title, counts: countStatuses(statuses), total: statuses.length };
  });
  const byGoal: DistributionRow[] = head.nationalStrategy.goals.map((goal) => {
    const statuses = actions.filter((a) => a.goalNumbers.includes(goal.number)).map((a) => a.current.status);
    return { key: String(goal.number), label: `${goal.number}. ${goal.shortLabel}`, counts: countStatuses(statuses), total: statuses.length };
  });

  return {
    ...head,
    periods: periods.map((p) => ({ id: p.id, year: p.year, status: p.status, closesAt: p.closesAt })),
    currentYear,
    years,
    yearsWithoutPeriod: yearsWithoutPeriod(years),
    actions,
    byFocusArea,
    byGoal,
    total: countStatuses(actions.map((a) => a.current.status)),
    staleOrDelayed: actions.filter((a) => a.current.isStale || a.current.isDelayed),
  };
}

/** The uppföljningsrapport of `year`: its state and what changed since the year before. */
export function buildYearReport(dashboard: FollowUpDashboard, year: number): YearReport {
  const previousYear = year - 1;
  const statusIn = (action: ActionFollowUp, y: number) => action.years.find((row) => row.year === y)?.status ?? null;
  const statusChanges: YearChange[] = dashboard.actions.flatMap((action) => {
    const before = statusIn(action, previousYear);
    const after = statusIn(action, year);
    return before === after ? [] : [{ stableKey: action.stableKey, number: action.number, title: action.title, before, after }];
  });
  const indicatorChanges: IndicatorChange[] = dashboard.actions.flatMap((action) =>
    action.indicators.flatMap((indicator) => {
      const after = indicator.values.find((v) => v.year === year);
      if (after === undefined) return [];
      const before = indicator.values.find((v) => v.year === previousYear)?.value ?? null;
      return [{ action: `${action.number} ${action.title}`, indicator: indicator.name, unit: indicator.unit, before, after: after.value }];
    }),
  );
  return {
    dashboard,
    year,
    previousYear,
    counts: countStatuses(dashboard.actions.map((a) => statusIn(a, year))),
    previousCounts: countStatuses(dashboard.actions.map((a) => statusIn(a, previousYear))),
    statusChanges,
    indicatorChanges,
    actions: dashboard.actions,
  };
}

// ───────────── Roll-up across programmes ─────────────

/** An action item of a public version, as its roll-up state is derived from. */
export type ActionStateItem = {
  itemId: string;
  versionId: string;
  stableKey: string;
  goalNumbers: number[];
  timeframe: Timeframe;
  responsibleIds: string[];
  /** The version's first valid day: its year is the programme start for isDelayed. */
  validFrom: Date;
};

/** One row of follow_up_action_state. */
export type ActionState = { itemId: string; versionId: string; goalNumbers: number[]; status: FollowUpStatus | null; latestYear: number | null; delayed: boolean };

/**
 * The roll-up state of each item from the programme's approved reports (history hangs on the
 * stable key, so every version's item with that key shares them): the newest year with an approved
 * report of a responsible organisation, the status derived from that year's reports of the
 * responsible organisations, and whether the action was delayed in that year.
 */
export function computeActionStates(
  items: readonly ActionStateItem[],
  approvedReports: readonly { actionStableKey: string; organisationId: string; year: number; status: FollowUpStatus }[],
): ActionState[] {
  const reportsByAction = groupBy(approvedReports, (r) => r.actionStableKey);
  return items.map((item) => {
    const own = (reportsByAction.get(item.stableKey) ?? []).filter((r) => item.responsibleIds.includes(r.organisationId));
    const latestYear = own.length === 0 ? null : Math.max(...own.map((r) => r.year));
    const { status } = deriveActionStatus(item.responsibleIds, own.filter((r) => r.year === latestYear));
    const delayed = latestYear !== null && isDelayed({ timeframe: item.timeframe, status, periodYear: latestYear });
    return { itemId: item.itemId, versionId: item.versionId, goalNumbers: item.goalNumbers, status, latestYear, delayed };
  });
}

/** A programme in force, as the roll-up lists it. */
export type RollupProgramme = {
  id: string;
  countySlug: string;
  countyName: string;
  slug: string;
  title: string;
  versionNumber: number;
  validFrom: Date;
  validTo: Date;
};

/** `count` actions of one programme in force with the same goals, status and delay. */
export type RollupGroup = { programmeId: string; goalNumbers: number[]; status: FollowUpStatus | null; delayed: boolean; count: number };

function sumCounts(groups: readonly RollupGroup[]): { counts: StatusCounts; total: number; delayed: number } {
  const counts = emptyCounts();
  let total = 0;
  let delayed = 0;
  for (const group of groups) {
    counts[group.status ?? "NONE"] += group.count;
    total += group.count;
    if (group.delayed) delayed += group.count;
  }
  return { counts, total, delayed };
}

export function buildRollup(input: {
  strategy: FollowUpRollup["strategy"];
  county: FollowUpRollup["county"];
  goals: { number: number; shortLabel: string; title: string }[];
  programmes: readonly RollupProgramme[];
  groups: readonly RollupGroup[];
  now: Date;
}): FollowUpRollup {
  const programmeById = new Map(input.programmes.map((p) => [p.id, p]));
  // Only programmes with actions count (as before: a programme without any is not followed up).
  const groups = input.groups.filter((g) => programmeById.has(g.programmeId) && g.count > 0);
  const goals: RollupGoalStatus[] = input.goals.map((goal) => {
    const inGoal = groups.filter((g) => g.goalNumbers.includes(goal.number));
    const byCounty = groupBy(inGoal, (g) => programmeById.get(g.programmeId)?.countySlug);
    const counties: RollupCounty[] = [...byCounty.values()].flatMap((list) => {
      const first = list[0] === undefined ? undefined : programmeById.get(list[0].programmeId);
      if (first === undefined) return [];
      return [{ slug: first.countySlug, name: first.countyName, programmes: new Set(list.map((g) => g.programmeId)).size, ...sumCounts(list) }];
    });
    counties.sort((a, b) => a.name.localeCompare(b.name, "sv"));
    return { ...goal, ...sumCounts(inGoal), counties };
  });
  const withActions = new Set(groups.map((g) => g.programmeId));
  const programmes = input.programmes
    .filter((p) => withActions.has(p.id))
    .map((p) => ({
      county: { slug: p.countySlug, name: p.countyName },
      slug: p.slug,
      title: p.title,
      versionNumber: p.versionNumber,
      validity: validityAt(p.validFrom, p.validTo, input.now),
    }));
  programmes.sort((a, b) => a.county.name.localeCompare(b.county.name, "sv") || a.title.localeCompare(b.title, "sv"));
  const { counts, total } = sumCounts(groups);
  return { strategy: input.strategy, county: input.county, goals, programmes, counts, total };
}
