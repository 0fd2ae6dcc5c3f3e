import {
  currentPeriodYear,
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

export type DashboardInput = Omit<FollowUpDashboard, "periods" | "currentYear" | "years" | "actions" | "byFocusArea" | "byGoal" | "total" | "staleOrDelayed"> & {
  focusAreas: { stableKey: string; title: string; goalNumbers: number[]; items: DashboardItemInput[] }[];
  periods: { id: string | null; year: number; status: PeriodStatus; closesAt: Date | null }[];
  /** Only the reports the reader may see (the public: approved ones). */
  reports: { actionStableKey: string; year: number; organisationId: string; status: FollowUpStatus; comment: string }[];
  indicatorValues: { indicatorStableKey: string; year: number; value: number; note: string }[];
};

export function buildDashboard(input: DashboardInput): FollowUpDashboard {
  const { focusAreas, periods, reports, indicatorValues, ...head } = input;
  const programmeStartYear = head.version.validFrom.getUTCFullYear();
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
          isDelayed: isDelayed({ timeframe: item.timeframe, status: derived.status, periodYear: year, programmeStartYear }),
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
          isDelayed: currentYear === null ? false : isDelayed({ timeframe: item.timeframe, status: currentRow?.status ?? null, periodYear: currentYear, programmeStartYear }),
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

export type RollupRow = {
  countySlug: string;
  countyName: string;
  programmeId: string;
  programmeSlug: string;
  programmeTitle: string;
  versionNumber: number;
  validFrom: Date;
  validTo: Date;
  goalNumbers: number[];
  timeframe: Timeframe;
  responsibleIds: string[];
  /** The newest year with an approved report of a responsible organisation, and those reports. */
  latestYear: number | null;
  reports: { organisationId: string; status: FollowUpStatus }[];
};

export function buildRollup(input: {
  strategy: FollowUpRollup["strategy"];
  county: FollowUpRollup["county"];
  goals: { number: number; shortLabel: string; title: string }[];
  rows: readonly RollupRow[];
  now: Date;
}): FollowUpRollup {
  const derived = input.rows.map((row) => {
    const { status } = deriveActionStatus(row.responsibleIds, row.reports);
    const delayed =
      row.latestYear !== null && isDelayed({ timeframe: row.timeframe, status, periodYear: row.latestYear, programmeStartYear: row.validFrom.getUTCFullYear() });
    return { row, status, delayed };
  });
  const goals: RollupGoalStatus[] = input.goals.map((goal) => {
    const inGoal = derived.filter((d) => d.row.goalNumbers.includes(goal.number));
    const byCounty = groupBy(inGoal, (d) => d.row.countySlug);
    const counties: RollupCounty[] = [...byCounty.values()].flatMap((list) => {
      const [first] = list;
      if (first === undefined) return [];
      return [
        {
          slug: first.row.countySlug,
          name: first.row.countyName,
          programmes: new Set(list.map((d) => d.row.programmeId)).size,
          counts: countStatuses(list.map((d) => d.status)),
          total: list.length,
          delayed: list.filter((d) => d.delayed).length,
        },
      ];
    });
    counties.sort((a, b) => a.name.localeCompare(b.name, "sv"));
    return {
      ...goal,
      counts: countStatuses(inGoal.map((d) => d.status)),
      total: inGoal.length,
      delayed: inGoal.filter((d) => d.delayed).length,
      counties,
    };
  });
  const programmes = [...groupBy(input.rows, (row) => row.programmeId).values()].flatMap((list) => {
    const [row] = list;
    if (row === undefined) return [];
    return [
      {
        county: { slug: row.countySlug, name: row.countyName },
        slug: row.programmeSlug,
        title: row.programmeTitle,
        versionNumber: row.versionNumber,
        validity: validityAt(row.validFrom, row.validTo, input.now),
      },
    ];
  });
  programmes.sort((a, b) => a.county.name.localeCompare(b.county.name, "sv") || a.title.localeCompare(b.title, "sv"));
  return {
    strategy: input.strategy,
    county: input.county,
    goals,
    programmes,
    counts: countStatuses(derived.map((d) => d.status)),
    total: derived.length,
  };
}
