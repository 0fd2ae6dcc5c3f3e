import type { FollowUpStatus, PeriodStatus, ReviewStatus, Timeframe } from "@/lib/follow-up/lifecycle";
import type { Validity } from "@/lib/programmes/lifecycle";

export type { FollowUpStatus, PeriodStatus, ReviewStatus, Timeframe };

/** A status count per point of the scale; NONE: nobody responsible has an approved report. */
export type StatusKey = FollowUpStatus | "NONE";
export type StatusCounts = Record<StatusKey, number>;

export type OrganisationRef = { id: string; slug: string; name: string };

export type IndicatorSeries = {
  stableKey: string;
  name: string;
  unit: string;
  baseline: string;
  baselineYear: number | null;
  target: string;
  targetYear: number | null;
  dataSource: string;
  values: { year: number; value: number; note: string }[];
};

export type YearStatus = {
  year: number;
  status: FollowUpStatus | null;
  /** Responsible organisations without an (approved) report this year. */
  missing: string[];
  reports: { organisation: string; status: FollowUpStatus; comment: string }[];
  isDelayed: boolean;
};

/** One action with its follow-up history (by stable key: earlier versions' years included). */
export type ActionFollowUp = {
  stableKey: string;
  number: string;
  title: string;
  focusArea: string;
  goalNumbers: number[];
  timeframe: Timeframe;
  responsible: (OrganisationRef & { lead: boolean })[];
  indicators: IndicatorSeries[];
  years: YearStatus[];
  /** In the current period (the year the dashboard shows). */
  current: { year: number | null; status: FollowUpStatus | null; isDelayed: boolean; isStale: boolean; lastReportedYear: number | null };
};

export type DistributionRow = { key: string; label: string; counts: StatusCounts; total: number };

export type PeriodSummary = { id: string | null; year: number; status: PeriodStatus; closesAt: Date | null };

export type FollowUpDashboard = {
  county: { slug: string; name: string };
  programme: { id: string; slug: string; title: string };
  version: { id: string; number: number; title: string; validFrom: Date; validTo: Date; isExample: boolean; status: string };
  nationalStrategy: { slug: string; shortTitle: string; goals: { number: number; shortLabel: string; title: string }[] };
  periods: PeriodSummary[];
  currentYear: number | null;
  /** Every year with approved reports or a period, ascending. */
  years: number[];
  /** Years between the first and the last of `years` that were not followed up (no period, no report). */
  yearsWithoutPeriod: number[];
  actions: ActionFollowUp[];
  byFocusArea: DistributionRow[];
  byGoal: DistributionRow[];
  total: StatusCounts;
  staleOrDelayed: ActionFollowUp[];
};

export type YearChange = {
  stableKey: string;
  number: string;
  title: string;
  before: FollowUpStatus | null;
  after: FollowUpStatus | null;
};

export type IndicatorChange = { action: string; indicator: string; unit: string; before: number | null; after: number };

/** The yearly uppföljningsrapport: the state in `year` and what changed since `year - 1`. */
export type YearReport = {
  dashboard: FollowUpDashboard;
  year: number;
  previousYear: number;
  counts: StatusCounts;
  previousCounts: StatusCounts;
  statusChanges: YearChange[];
  indicatorChanges: IndicatorChange[];
  actions: ActionFollowUp[];
};

// ───────────── Roll-ups across programmes ─────────────

export type RollupCounty = { slug: string; name: string; programmes: number; counts: StatusCounts; total: number; delayed: number };

export type RollupGoalStatus = {
  number: number;
  shortLabel: string;
  title: string;
  counts: StatusCounts;
  total: number;
  delayed: number;
  counties: RollupCounty[];
};

export type FollowUpRollup = {
  strategy: { slug: string; shortTitle: string; title: string };
  /** null: the national roll-up; else the county. */
  county: { slug: string; name: string } | null;
  goals: RollupGoalStatus[];
  programmes: { county: { slug: string; name: string }; slug: string; title: string; versionNumber: number; validity: Validity }[];
  counts: StatusCounts;
  total: number;
};

// ───────────── Reporting (signed in) ─────────────

export type MyPeriod = {
  periodId: string;
  year: number;
  closesAt: Date | null;
  county: string;
  programme: { id: string; title: string };
  versionNumber: number;
  organisation: { id: string; name: string };
  actionCount: number;
  reportedCount: number;
  correctionCount: number;
};

export type ReportFormAction = {
  stableKey: string;
  number: string;
  title: string;
  focusArea: string;
  timeframe: Timeframe;
  isLead: boolean;
  otherResponsible: string[];
  report: { status: FollowUpStatus; comment: string; reviewStatus: ReviewStatus; reviewMessage: string | null } | null;
  indicators: { stableKey: string; name: string; unit: string; baseline: string; target: string; value: string | null; reviewStatus: ReviewStatus | null }[];
  previous: { year: number; status: FollowUpStatus } | null;
};

export type ReportForm = {
  periodId: string;
  year: number;
  periodStatus: PeriodStatus;
  closesAt: Date | null;
  county: string;
  programme: { id: string; title: string };
  versionNumber: number;
  organisation: { id: string; name: string };
  actions: ReportFormAction[];
};

export type ReviewItem = {
  reportId: string;
  stableKey: string;
  number: string;
  title: string;
  organisation: string;
  status: FollowUpStatus;
  comment: string;
  reviewStatus: ReviewStatus;
  reviewMessage: string | null;
  reportedAt: Date | null;
  indicators: { name: string; unit: string; value: string }[];
};

export type CoordinatorFollowUp = {
  programme: { id: string; title: string; countyId: string };
  versions: { id: string; number: number; title: string; status: string; periods: (PeriodSummary & { canOpen: boolean; canClose: boolean })[] }[];
  reviewYear: number | null;
  reviews: (ReviewItem & { canApprove: boolean; canSendBack: boolean })[];
  dashboard: FollowUpDashboard | null;
  canManagePeriods: boolean;
  canReview: boolean;
  /** "Godkänn alla inskickade" of the review year's period: null when the actor may not review or nothing is submitted. */
  approveAll: { periodId: string; count: number } | null;
  /** Years with an opened period, newest first (the review's year picker). */
  years: number[];
};

// ───────────── Results of the writes ─────────────

export type PeriodChanged = { programmeId: string; versionId: string; periodId: string; year: number; queuedMails: number };
export type ReportsSaved = { programmeId: string; periodId: string; year: number; saved: number };
export type ReportReviewed = { programmeId: string; countySlug: string; programmeSlug: string; year: number; reviewStatus: "APPROVED" | "CORRECTION_REQUESTED" };
export type ReportsApproved = { programmeId: string; periodId: string; year: number; approved: number };
