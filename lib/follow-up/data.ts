import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { PeriodStatus, ReviewStatus } from "@/lib/db/generated/client";
import { defaultPeriodYears, publicReviewStatus } from "@/lib/follow-up/lifecycle";
import type { DashboardInput, RollupGroup, RollupProgramme } from "@/lib/follow-up/rollup";
import type { MyPeriod, ReportForm, ReviewItem } from "@/lib/follow-up/types";
import { publicVersionWhere } from "@/lib/programmes/data";
import { publicStatuses } from "@/lib/programmes/lifecycle";

/*
 * Follow-up reads. Security-critical:
 * - public reads reach versions only through publicVersionWhere() and reports and indicator values
 *   only with reviewStatus APPROVED (publicReportWhere), and select no person;
 * - signed-in reads take the actor's organisations or counties as arguments and put them in the
 *   where. Query counts are fixed: nested selects, never one query per action.
 */

/** Only approved reports and values are public, whatever else the caller adds. */
function publicReportWhere(): { reviewStatus: ReviewStatus } {
  return { reviewStatus: publicReviewStatus };
}

const itemSelect = {
  stableKey: true,
  number: true,
  title: true,
  timeframeKind: true,
  startYear: true,
  endYear: true,
  startDate: true,
  endDate: true,
  organisations: {
    where: { role: "RESPONSIBLE" },
    select: { lead: true, organisation: { select: { id: true, slug: true, name: true } } },
  },
  indicators: {
    orderBy: [{ position: "asc" }, { stableKey: "asc" }],
    select: { stableKey: true, name: true, unit: true, baseline: true, baselineYear: true, target: true, targetYear: true, dataSource: true },
  },
} satisfies Prisma.ActionItemSelect;

type ItemRow = Prisma.ActionItemGetPayload<{ select: typeof itemSelect }>;

const dashboardVersionSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  validFrom: true,
  validTo: true,
  isExample: true,
  programmeId: true,
  county: { select: { slug: true, name: true } },
  programme: { select: { id: true, slug: true, title: true, isExample: true } },
  nationalStrategy: { select: { slug: true, shortTitle: true, goals: { orderBy: { number: "asc" }, select: { number: true, shortLabel: true, title: true } } } },
  reportingPeriods: { orderBy: { year: "asc" }, select: { id: true, year: true, status: true, closesAt: true } },
  focusAreas: {
    orderBy: [{ position: "asc" }, { stableKey: "asc" }],
    select: {
      stableKey: true,
      title: true,
      goals: { select: { goal: { select: { number: true } } } },
      items: { orderBy: [{ position: "asc" }, { stableKey: "asc" }], select: itemSelect },
    },
  },
} satisfies Prisma.ProgrammeVersionSelect;

type DashboardVersionRow = Prisma.ProgrammeVersionGetPayload<{ select: typeof dashboardVersionSelect }>;

function toItemInput(item: ItemRow): DashboardInput["focusAreas"][number]["items"][number] {
  return {
    stableKey: item.stableKey,
    number: item.number,
    title: item.title,
    timeframe: { kind: item.timeframeKind, startYear: item.startYear, endYear: item.endYear, startDate: item.startDate, endDate: item.endDate },
    responsible: item.organisations
      .map((link) => ({ ...link.organisation, lead: link.lead === true }))
      .sort((a, b) => Number(b.lead) - Number(a.lead) || a.name.localeCompare(b.name, "sv")),
    indicators: item.indicators,
  };
}

/** Every default year of the version, with the stored period where there is one (else PLANNED). */
function periodsOf(row: Pick<DashboardVersionRow, "validFrom" | "validTo" | "reportingPeriods">) {
  const stored = new Map(row.reportingPeriods.map((p) => [p.year, p]));
  const years = [...new Set([...defaultPeriodYears(row.validFrom, row.validTo), ...stored.keys()])].sort((a, b) => a - b);
  return years.map((year) => {
    const period = stored.get(year);
    return period === undefined
      ? { id: null, year, status: "PLANNED" as const, closesAt: null }
      : { id: period.id, year, status: period.status, closesAt: period.closesAt };
  });
}

/** The dashboard's rows: approved reports only, in the workspace too (the same figures the public sees). */
async function dashboardInputOf(row: DashboardVersionRow): Promise<DashboardInput> {
  const scope = publicReportWhere();
  // History hangs on the programme and the stable key, not the version: earlier versions' years come along.
  const [reports, values] = await Promise.all([
    getDb().followUpReport.findMany({
      where: { programmeId: row.programmeId, ...scope },
      select: { actionStableKey: true, year: true, organisationId: true, status: true, comment: true },
    }),
    getDb().indicatorValue.findMany({
      where: { programmeId: row.programmeId, ...scope },
      select: { indicatorStableKey: true, year: true, value: true, note: true },
    }),
  ]);
  return {
    county: row.county,
    programme: { id: row.programme.id, slug: row.programme.slug, title: row.programme.title },
    version: {
      id: row.id,
      number: row.number,
      title: row.title,
      validFrom: row.validFrom,
      validTo: row.validTo,
      isExample: row.isExample || row.programme.isExample,
      status: row.status,
    },
    nationalStrategy: row.nationalStrategy,
    focusAreas: row.focusAreas.map((area) => ({
      stableKey: area.stableKey,
      title: area.title,
      goalNumbers: area.goals.map((g) => g.goal.number).sort((a, b) => a - b),
      items: area.items.map(toItemInput),
    })),
    periods: periodsOf(row),
    reports,
    indicatorValues: values.map((v) => ({ ...v, value: v.value.toNumber() })),
  };
}

/** The newest public version of a programme by its URL, with approved follow-up only. */
export async function findPublicDashboardInput(countySlug: string, programmeSlug: string): Promise<DashboardInput | null> {
  const row = await getDb().programmeVersion.findFirst({
    where: { ...publicVersionWhere(), programme: { slug: programmeSlug, county: { slug: countySlug } } },
    orderBy: { number: "desc" },
    select: dashboardVersionSelect,
  });
  return row === null ? null : dashboardInputOf(row);
}

/** Approved reports of a public programme, one row per report, for open data. */
export async function listApprovedReports(countySlug: string, programmeSlug: string) {
  return getDb().followUpReport.findMany({
    where: {
      ...publicReportWhere(),
      programme: { slug: programmeSlug, county: { slug: countySlug }, versions: { some: publicVersionWhere() } },
    },
    orderBy: [{ year: "asc" }, { actionStableKey: "asc" }, { organisation: { name: "asc" } }],
    select: {
      actionStableKey: true,
      year: true,
      status: true,
      comment: true,
      reviewedAt: true,
      organisation: { select: { slug: true, name: true } },
    },
  });
}

// ───────────── Roll-up across programmes ─────────────

export async function findRollupStrategy(strategySlug: string | null, now: Date) {
  return getDb().nationalStrategy.findFirst({
    where: strategySlug === null ? { periodFrom: { lte: now.getUTCFullYear() } } : { slug: strategySlug },
    orderBy: { periodFrom: "desc" },
    select: { id: true, slug: true, shortTitle: true, title: true, goals: { orderBy: { number: "asc" }, select: { number: true, shortLabel: true, title: true } } },
  });
}

export async function findRollupCounty(countySlug: string) {
  return getDb().county.findUnique({ where: { slug: countySlug }, select: { id: true, slug: true, name: true } });
}

const followUpStatusSchema = z.enum(["DONE", "HALF", "STARTED", "NOT_STARTED", "NOT_RELEVANT"]);

/** The roll-up's one JSON document (see findRollupRows): compact arrays, checked on the way in. */
const rollupDocumentSchema = z.object({
  // programme id, county slug, county name, programme slug, title, version number, valid from, valid to
  programmes: z.array(z.tuple([z.string(), z.string(), z.string(), z.string(), z.string(), z.number().int(), z.string(), z.string()])).nullable(),
  // programme id, goal numbers, status (null: no approved report), delayed, number of actions
  groups: z.array(z.tuple([z.string(), z.array(z.number().int()), followUpStatusSchema.nullable(), z.boolean(), z.number().int()])).nullable(),
});

const day = (value: string): Date => new Date(`${value}T00:00:00.000Z`);

/**
 * The programmes in force (the newest public version of each programme of the strategy whose
 * validity covers `now`, optionally of one county) and their actions counted by goals, status and
 * delay, from follow_up_action_state (kept current by the writes that change it, see
 * lib/follow-up/action-states.ts). Only public versions; the states come from approved reports only.
 *
 * Raw SQL because this is the national page: one statement whatever the number of counties,
 * actions and reports, returning one JSON document of compact arrays (a few hundred groups).
 */
export async function findRollupRows(strategyId: string, countyId: string | null, now: Date): Promise<{ programmes: RollupProgramme[]; groups: RollupGroup[] }> {
  const today = now.toISOString().slice(0, 10);
  const countyFilter = countyId === null ? Prisma.empty : Prisma.sql`AND v.county_id = ${countyId}::uuid`;
  const [row] = await getDb().$queryRaw<{ doc: string }[]>`
    WITH in_force AS MATERIALIZED (
      SELECT * FROM (
        SELECT DISTINCT ON (v.programme_id) v.id, v.programme_id, v.county_id, v.number, v.valid_from, v.valid_to
        FROM programme_version v
        WHERE v.status::text IN (${Prisma.join([...publicStatuses])}) AND v.national_strategy_id = ${strategyId}::uuid ${countyFilter}
        ORDER BY v.programme_id, v.number DESC
      ) newest
      WHERE valid_from <= ${today}::date AND valid_to >= ${today}::date
    )
    SELECT json_build_object(
      'programmes', (
        SELECT json_agg(json_build_array(f.programme_id, c.slug, c.name, p.slug, p.title, f.number, f.valid_from, f.valid_to))
        FROM in_force f JOIN county c ON c.id = f.county_id JOIN action_programme p ON p.id = f.programme_id),
      'groups', (
        SELECT json_agg(json_build_array(g.programme_id, g.goal_numbers, g.status, g.delayed, g.n)) FROM (
          SELECT f.programme_id, s.goal_numbers, s.status, s.delayed, count(*)::int AS n
          FROM in_force f JOIN follow_up_action_state s ON s.version_id = f.id
          GROUP BY f.programme_id, s.goal_numbers, s.status, s.delayed) g)
    )::text AS doc`;
  const doc = rollupDocumentSchema.parse(JSON.parse(row?.doc ?? "{}"));
  return {
    programmes: (doc.programmes ?? []).map(([id, countySlug, countyName, slug, title, versionNumber, validFrom, validTo]) => ({
      id,
      countySlug,
      countyName,
      slug,
      title,
      versionNumber,
      validFrom: day(validFrom),
      validTo: day(validTo),
    })),
    groups: (doc.groups ?? []).map(([programmeId, goalNumbers, status, delayed, count]) => ({ programmeId, goalNumbers, status, delayed, count })),
  };
}

// ───────────── Authorization lookups (the county or organisation of a record, never from a form) ─────────────

export async function findPeriodCountyId(periodId: string): Promise<string | undefined> {
  const period = await getDb().reportingPeriod.findUnique({ where: { id: periodId }, select: { version: { select: { countyId: true } } } });
  return period?.version.countyId;
}

export async function findVersionCountyId(versionId: string): Promise<string | undefined> {
  const version = await getDb().programmeVersion.findUnique({ where: { id: versionId }, select: { countyId: true } });
  return version?.countyId;
}

export async function findReportCountyId(reportId: string): Promise<string | undefined> {
  const report = await getDb().followUpReport.findUnique({ where: { id: reportId }, select: { programme: { select: { countyId: true } } } });
  return report?.programme.countyId;
}

// ───────────── Reporting (signatories) ─────────────

/** Open periods of public versions in which one of `organisationIds` is responsible for an action. */
export async function listMyPeriods(organisationIds: readonly string[]): Promise<MyPeriod[]> {
  if (organisationIds.length === 0) return [];
  const periods = await getDb().reportingPeriod.findMany({
    where: {
      status: "OPEN",
      version: { ...publicVersionWhere(), items: { some: { organisations: { some: { role: "RESPONSIBLE", organisationId: { in: [...organisationIds] } } } } } },
    },
    orderBy: [{ year: "desc" }],
    select: {
      id: true,
      year: true,
      closesAt: true,
      version: {
        select: {
          number: true,
          programmeId: true,
          county: { select: { name: true } },
          programme: { select: { id: true, title: true } },
          items: {
            where: { organisations: { some: { role: "RESPONSIBLE", organisationId: { in: [...organisationIds] } } } },
            select: {
              stableKey: true,
              organisations: {
                where: { role: "RESPONSIBLE", organisationId: { in: [...organisationIds] } },
                select: { organisation: { select: { id: true, name: true } } },
              },
            },
          },
        },
      },
    },
  });
  const reports = await getDb().followUpReport.findMany({
    where: { organisationId: { in: [...organisationIds] }, year: { in: [...new Set(periods.map((p) => p.year))] }, programmeId: { in: periods.map((p) => p.version.programmeId) } },
    select: { programmeId: true, actionStableKey: true, year: true, organisationId: true, reviewStatus: true },
  });
  return periods.flatMap((period) => {
    const byOrganisation = new Map<string, { id: string; name: string; keys: string[] }>();
    for (const item of period.version.items) {
      for (const link of item.organisations) {
        const entry = byOrganisation.get(link.organisation.id) ?? { ...link.organisation, keys: [] };
        entry.keys.push(item.stableKey);
        byOrganisation.set(link.organisation.id, entry);
      }
    }
    return [...byOrganisation.values()].map((organisation) => {
      const own = reports.filter(
        (r) => r.programmeId === period.version.programmeId && r.year === period.year && r.organisationId === organisation.id && organisation.keys.includes(r.actionStableKey),
      );
      return {
        periodId: period.id,
        year: period.year,
        closesAt: period.closesAt,
        county: period.version.county.name,
        programme: period.version.programme,
        versionNumber: period.version.number,
        organisation: { id: organisation.id, name: organisation.name },
        actionCount: organisation.keys.length,
        reportedCount: own.filter((r) => r.reviewStatus !== "CORRECTION_REQUESTED").length,
        correctionCount: own.filter((r) => r.reviewStatus === "CORRECTION_REQUESTED").length,
      };
    });
  });
}

/**
 * The bulk form of one period for one organisation: every action of the period's version the
 * organisation is responsible for, with its report and (when it leads) indicator values. Null when
 * the period does not exist, is not of a public version, or the organisation has nothing to report.
 */
export async function findReportForm(periodId: string, organisationId: string): Promise<ReportForm | null> {
  const period = await getDb().reportingPeriod.findFirst({
    where: { id: periodId, version: publicVersionWhere() },
    select: {
      id: true,
      year: true,
      status: true,
      closesAt: true,
      version: {
        select: {
          number: true,
          programmeId: true,
          county: { select: { name: true } },
          programme: { select: { id: true, title: true } },
          items: {
            where: { organisations: { some: { role: "RESPONSIBLE", organisationId } } },
            orderBy: [{ focusArea: { position: "asc" } }, { position: "asc" }],
            select: {
              ...itemSelect,
              focusArea: { select: { title: true } },
            },
          },
        },
      },
    },
  });
  if (period === null || period.version.items.length === 0) return null;
  const organisation = await getDb().organisation.findUnique({ where: { id: organisationId }, select: { id: true, name: true } });
  if (organisation === null) return null;
  const keys = period.version.items.map((item) => item.stableKey);
  const indicatorKeys = period.version.items.flatMap((item) => item.indicators.map((i) => i.stableKey));
  const [reports, previous, values] = await Promise.all([
    getDb().followUpReport.findMany({
      where: { programmeId: period.version.programmeId, year: period.year, organisationId, actionStableKey: { in: keys } },
      select: { actionStableKey: true, status: true, comment: true, reviewStatus: true, reviewMessage: true },
    }),
    getDb().followUpReport.findMany({
      where: { programmeId: period.version.programmeId, year: { lt: period.year }, organisationId, actionStableKey: { in: keys } },
      orderBy: { year: "desc" },
      select: { actionStableKey: true, year: true, status: true },
    }),
    getDb().indicatorValue.findMany({
      where: { programmeId: period.version.programmeId, year: period.year, indicatorStableKey: { in: indicatorKeys } },
      select: { indicatorStableKey: true, value: true, reviewStatus: true },
    }),
  ]);
  return {
    periodId: period.id,
    year: period.year,
    periodStatus: period.status,
    closesAt: period.closesAt,
    county: period.version.county.name,
    programme: period.version.programme,
    versionNumber: period.version.number,
    organisation,
    actions: period.version.items.map((item) => {
      const report = reports.find((r) => r.actionStableKey === item.stableKey) ?? null;
      const isLead = item.organisations.some((link) => link.lead === true && link.organisation.id === organisationId);
      const last = previous.find((r) => r.actionStableKey === item.stableKey);
      return {
        stableKey: item.stableKey,
        number: item.number,
        title: item.title,
        focusArea: item.focusArea.title,
        timeframe: { kind: item.timeframeKind, startYear: item.startYear, endYear: item.endYear, startDate: item.startDate, endDate: item.endDate },
        isLead,
        otherResponsible: item.organisations.filter((link) => link.organisation.id !== organisationId).map((link) => link.organisation.name),
        report,
        // Indicator values are the lead organisation's to give (one value per indicator and year).
        indicators: isLead
          ? item.indicators.map((indicator) => {
              const value = values.find((v) => v.indicatorStableKey === indicator.stableKey);
              return {
                stableKey: indicator.stableKey,
                name: indicator.name,
                unit: indicator.unit,
                baseline: indicator.baseline,
                target: indicator.target,
                value: value === undefined ? null : value.value.toString(),
                reviewStatus: value?.reviewStatus ?? null,
              };
            })
          : [],
        previous: last === undefined ? null : { year: last.year, status: last.status },
      };
    }),
  };
}

// ───────────── Coordinator ─────────────

/** The programme's versions that can be followed up (public ones) with their periods; null outside `countyIds`. */
export async function findCoordinatorProgramme(programmeId: string, countyIds: readonly string[]) {
  return getDb().actionProgramme.findFirst({
    where: { id: programmeId, countyId: { in: [...countyIds] } },
    select: {
      id: true,
      title: true,
      countyId: true,
      versions: {
        where: publicVersionWhere(),
        orderBy: { number: "desc" },
        select: { id: true, number: true, title: true, status: true, validFrom: true, validTo: true, reportingPeriods: { orderBy: { year: "asc" }, select: { id: true, year: true, status: true, closesAt: true } } },
      },
    },
  });
}

export function toPeriods(row: { validFrom: Date; validTo: Date; reportingPeriods: { id: string; year: number; status: PeriodStatus; closesAt: Date | null }[] }) {
  return periodsOf(row);
}

/** Every report of `year` of the programme (any review status), for the coordinator's review. */
export async function listReportsForReview(programmeId: string, year: number, countyIds: readonly string[]): Promise<ReviewItem[]> {
  const [reports, version] = await Promise.all([
    getDb().followUpReport.findMany({
      where: { programmeId, year, programme: { countyId: { in: [...countyIds] } } },
      orderBy: [{ reportedAt: "asc" }],
      select: {
        id: true,
        actionStableKey: true,
        status: true,
        comment: true,
        reviewStatus: true,
        reviewMessage: true,
        reportedAt: true,
        versionId: true,
        organisationId: true,
        organisation: { select: { name: true } },
      },
    }),
    getDb().programmeVersion.findFirst({
      where: { programmeId, ...publicVersionWhere(), countyId: { in: [...countyIds] } },
      orderBy: { number: "desc" },
      select: { id: true },
    }),
  ]);
  const versionIds = [...new Set([...reports.map((r) => r.versionId), ...(version === null ? [] : [version.id])])];
  const [items, values] = await Promise.all([
    getDb().actionItem.findMany({
      where: { versionId: { in: versionIds }, stableKey: { in: reports.map((r) => r.actionStableKey) } },
      select: {
        versionId: true,
        stableKey: true,
        number: true,
        title: true,
        organisations: { where: { lead: true }, select: { organisationId: true } },
        indicators: { orderBy: { position: "asc" }, select: { stableKey: true, name: true, unit: true } },
      },
    }),
    getDb().indicatorValue.findMany({ where: { programmeId, year }, select: { indicatorStableKey: true, value: true, organisationId: true } }),
  ]);
  return reports
    .flatMap((report) => {
      const item = items.find((i) => i.stableKey === report.actionStableKey && i.versionId === report.versionId);
      if (item === undefined) return [];
      const isLead = item.organisations.some((o) => o.organisationId === report.organisationId);
      return [
        {
          reportId: report.id,
          stableKey: report.actionStableKey,
          number: item.number,
          title: item.title,
          organisation: report.organisation.name,
          status: report.status,
          comment: report.comment,
          reviewStatus: report.reviewStatus,
          reviewMessage: report.reviewMessage,
          reportedAt: report.reportedAt,
          indicators: isLead
            ? item.indicators.flatMap((indicator) => {
                const value = values.find((v) => v.indicatorStableKey === indicator.stableKey);
                return value === undefined ? [] : [{ name: indicator.name, unit: indicator.unit, value: value.value.toString() }];
              })
            : [],
        },
      ];
    })
    .sort((a, b) => a.number.localeCompare(b.number, "sv", { numeric: true }) || a.organisation.localeCompare(b.organisation, "sv"));
}

/** A public version of the coordinator's counties, for the workspace dashboard (approved reports, like the public page). */
export async function findCoordinatorDashboardInput(versionId: string, countyIds: readonly string[]): Promise<DashboardInput | null> {
  const row = await getDb().programmeVersion.findFirst({
    where: { id: versionId, countyId: { in: [...countyIds] }, ...publicVersionWhere() },
    select: dashboardVersionSelect,
  });
  return row === null ? null : dashboardInputOf(row);
}
