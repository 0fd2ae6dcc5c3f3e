import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { FollowUpStatus, PeriodStatus, ReviewStatus } from "@/lib/db/generated/client";
import { defaultPeriodYears, publicReviewStatus } from "@/lib/follow-up/lifecycle";
import type { DashboardInput, RollupRow } from "@/lib/follow-up/rollup";
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
const timeframeKindSchema = z.enum(["YEARS", "DATES", "ONGOING"]);
const nullableInt = z.number().int().nullable();
const nullableDay = z.string().nullable();

/** The roll-up's one JSON document (see findRollupRows): flat sets of compact arrays, checked on the way in. */
const rollupDocumentSchema = z.object({
  // programme id, county slug, county name, programme slug, title, version number, valid from, valid to
  programmes: z.array(z.tuple([z.string(), z.string(), z.string(), z.string(), z.string(), z.number().int(), z.string(), z.string()])).nullable(),
  // focus area id, goal numbers
  areas: z.array(z.tuple([z.string(), z.array(z.number().int())])).nullable(),
  // programme id, item id, stable key, focus area id, timeframe kind, start year, end year, start date, end date
  items: z.array(z.tuple([z.string(), z.string(), z.string(), z.string(), timeframeKindSchema, nullableInt, nullableInt, nullableDay, nullableDay])).nullable(),
  // item id, responsible organisation id
  responsible: z.array(z.tuple([z.string(), z.string()])).nullable(),
  // programme id, stable key, organisation id, newest approved year, its status
  reports: z.array(z.tuple([z.string(), z.string(), z.string(), z.number().int(), followUpStatusSchema])).nullable(),
});

const day = (value: string | null): Date | null => (value === null ? null : new Date(`${value}T00:00:00.000Z`));

function groupInto<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * One row per action of every programme in force (the newest public version of each programme of
 * the strategy whose validity covers `now`), with its goals, responsible organisations and the
 * approved reports of its newest approved year. Only public versions and approved reports.
 *
 * Raw SQL because this is the national page: one statement whatever the number of counties,
 * actions and years. It returns flat sets (programmes, focus areas with their goals, actions,
 * responsible organisations, each organisation's newest approved report per action), each read
 * with a plain scan or index lookup from the handful of versions in force, as one JSON document of
 * compact arrays; they are joined here. (Joining them in SQL through CTEs misjudged the row counts
 * and took seconds; a subquery per action cost more than all the rest; decoding thousands of rows
 * one value at a time cost more than the query.)
 */
export async function findRollupRows(strategyId: string, countyId: string | null, now: Date): Promise<RollupRow[]> {
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
      'areas', (
        SELECT json_agg(json_build_array(a.id, a.numbers)) FROM (
          SELECT fa.id, array_agg(g.number ORDER BY g.number) AS numbers
          FROM focus_area fa JOIN focus_area_goal fg ON fg.focus_area_id = fa.id JOIN long_term_goal g ON g.id = fg.goal_id
          WHERE fa.version_id IN (SELECT id FROM in_force) GROUP BY fa.id) a),
      'items', (
        SELECT json_agg(json_build_array(f.programme_id, i.id, i.stable_key, i.focus_area_id, i.timeframe_kind, i.start_year, i.end_year, i.start_date, i.end_date))
        FROM in_force f JOIN action_item i ON i.version_id = f.id),
      'responsible', (
        SELECT json_agg(json_build_array(l.item_id, l.organisation_id))
        FROM in_force f JOIN action_item i ON i.version_id = f.id JOIN action_item_organisation l ON l.item_id = i.id
        WHERE l.role = 'RESPONSIBLE'),
      'reports', (
        SELECT json_agg(json_build_array(r.programme_id, r.action_stable_key, r.organisation_id, r.year, r.status)) FROM (
          SELECT programme_id, action_stable_key, organisation_id, max(year) AS year, (array_agg(status ORDER BY year DESC))[1] AS status
          FROM follow_up_report
          WHERE programme_id IN (SELECT programme_id FROM in_force) AND review_status = 'APPROVED'
          GROUP BY programme_id, action_stable_key, organisation_id) r)
    )::text AS doc`;
  const doc = rollupDocumentSchema.parse(JSON.parse(row?.doc ?? "{}"));
  const programmes = new Map((doc.programmes ?? []).map(([id, countySlug, countyName, slug, title, number, validFrom, validTo]) => [id, { countySlug, countyName, slug, title, number, validFrom, validTo }]));
  const areaGoals = new Map(doc.areas ?? []);
  const responsible = new Map<string, string[]>();
  for (const [itemId, organisationId] of doc.responsible ?? []) groupInto(responsible, itemId, organisationId);
  const byAction = new Map<string, { organisationId: string; year: number; status: FollowUpStatus }[]>();
  for (const [programmeId, stableKey, organisationId, year, status] of doc.reports ?? []) groupInto(byAction, `${programmeId}/${stableKey}`, { organisationId, year, status });
  return (doc.items ?? []).flatMap(([programmeId, itemId, stableKey, focusAreaId, kind, startYear, endYear, startDate, endDate]) => {
    const programme = programmes.get(programmeId);
    if (programme === undefined) return [];
    const responsibleIds = responsible.get(itemId) ?? [];
    const own = (byAction.get(`${programmeId}/${stableKey}`) ?? []).filter((r) => responsibleIds.includes(r.organisationId));
    const latestYear = own.length === 0 ? null : Math.max(...own.map((r) => r.year));
    return [
      {
        countySlug: programme.countySlug,
        countyName: programme.countyName,
        programmeId,
        programmeSlug: programme.slug,
        programmeTitle: programme.title,
        versionNumber: programme.number,
        validFrom: new Date(`${programme.validFrom}T00:00:00.000Z`),
        validTo: new Date(`${programme.validTo}T00:00:00.000Z`),
        goalNumbers: areaGoals.get(focusAreaId) ?? [],
        timeframe: { kind, startYear, endYear, startDate: day(startDate), endDate: day(endDate) },
        responsibleIds,
        latestYear,
        reports: own.filter((r) => r.year === latestYear).map((r) => ({ organisationId: r.organisationId, status: r.status })),
      },
    ];
  });
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
