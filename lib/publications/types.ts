import type { PublicConsultationSummary } from "@/lib/consultations/types";
import type {
  EndorsementStatus,
  ItemOrganisationRole,
  OrganisationKind,
  Substance,
  TimeframeKind,
  VersionKind,
} from "@/lib/db/generated/client";
import type { ContentHashInput } from "@/lib/programmes/content-hash";
import type { VersionDiff } from "@/lib/programmes/diff";
import type { PublicStatus, Validity } from "@/lib/programmes/lifecycle";
import type { FollowUpStatus } from "@/lib/follow-up/types";

/**
 * What the public sees: only PUBLISHED and SUPERSEDED versions (lib/programmes/data.ts
 * publicVersionWhere), never a draft, a pending decision, a person or an e-mail address.
 * Every type here is a DTO built from an explicit select.
 */

export type { Validity };

export type PublicLocale = "sv" | "en";

export type CountyRef = { slug: string; name: string };
export type ProgrammeRef = { slug: string; title: string };
export type OrganisationRef = { slug: string; name: string };

/** English titles (titleEn, shortLabelEn) are null when not translated: /en then shows the Swedish, marked lang="sv". */
export type LongTermGoalRef = { number: number; shortLabel: string; title: string; titleEn: string | null; shortLabelEn: string | null };

export type NationalStrategyRef = {
  slug: string;
  title: string;
  shortTitle: string;
  titleEn: string | null;
  shortTitleEn: string | null;
  documentRef: string;
  periodFrom: number;
  periodTo: number;
};

export type Timeframe = {
  kind: TimeframeKind;
  startYear: number | null;
  endYear: number | null;
  startDate: Date | null;
  endDate: Date | null;
};

export type PublicIndicator = {
  stableKey: string;
  position: number;
  name: string;
  unit: string;
  baseline: string;
  baselineYear: number | null;
  target: string;
  targetYear: number | null;
  dataSource: string;
};

export type PublicItemOrganisation = OrganisationRef & {
  id: string;
  role: ItemOrganisationRole;
  lead: boolean;
};

export type PublicActionItem = {
  stableKey: string;
  number: string;
  position: number;
  title: string;
  description: string;
  timeframe: Timeframe;
  followUpText: string;
  /** Lead first, then the other responsible organisations, then partners; by name within each. */
  organisations: readonly PublicItemOrganisation[];
  indicators: readonly PublicIndicator[];
};

export type PublicFocusArea = {
  stableKey: string;
  position: number;
  title: string;
  description: string;
  goals: readonly LongTermGoalRef[];
  items: readonly PublicActionItem[];
};

/** A decided endorsement of a public version. PENDING rows are never part of a public read. */
export type PublicEndorsement = {
  organisation: OrganisationRef;
  status: Exclude<EndorsementStatus, "PENDING">;
  decisionBody: string | null;
  decisionDate: Date | null;
  paragraph: string | null;
  diarienummer: string | null;
  reservation: string | null;
  /** The decision was taken on an earlier version and carried over to this one. */
  carriedOver: boolean;
  /** Where the minutes extract (PDF) can be downloaded, when the organisation attached one. */
  minutesPath: string | null;
};

/**
 * An organisation's standing on one public version (DOMAIN.md): it stood behind this version,
 * its decision on version N carries over, it was not asked (with the coordinator's reason when its
 * commitments had changed), it declined, or its decision is pending.
 */
export type StandingKind = "STOOD_BEHIND" | "CARRIED_OVER" | "NOT_ASKED" | "DECLINED" | "PENDING";

export type StandingRole = "RESPONSIBLE" | "PARTNER" | "SIGNATORY";

export type PublicStanding = {
  organisation: OrganisationRef;
  /** How the version names it: responsible, partner, and/or asked to decide (signatory). */
  roles: readonly StandingRole[];
  standing: StandingKind;
  /** The decision behind STOOD_BEHIND, CARRIED_OVER and DECLINED (for CARRIED_OVER: the original decision). */
  decision: PublicEndorsement | null;
  /** CARRIED_OVER: the version the decision was taken on. */
  carriedOverFromVersion: number | null;
  /** NOT_ASKED: the coordinator's written reason, when its commitments had changed; null otherwise. */
  notAskedReason: string | null;
};

export type PublicRatification = {
  body: string | null;
  date: Date | null;
  diarienummer: string | null;
};

export type PublicVersionSummary = {
  number: number;
  kind: VersionKind;
  status: PublicStatus;
  title: string;
  validFrom: Date;
  validTo: Date;
  publishedAt: Date | null;
  changeSummary: string;
};

export type ConsultationSummary = {
  rounds: number;
  invited: number;
  responded: number;
  comments: number;
  accepted: number;
  partlyAccepted: number;
  notAccepted: number;
};

export type PublicVersion = {
  county: CountyRef;
  programme: ProgrammeRef & { isExample: boolean };
  regionalStrategy: { title: string; overarchingText: string };
  nationalStrategy: NationalStrategyRef & { id: string; goals: readonly LongTermGoalRef[] };
  number: number;
  kind: VersionKind;
  status: PublicStatus;
  title: string;
  validFrom: Date;
  validTo: Date;
  substances: readonly Substance[];
  changeSummary: string;
  contentHash: string | null;
  publishedAt: Date | null;
  ratification: PublicRatification;
  isExample: boolean;
  focusAreas: readonly PublicFocusArea[];
  endorsements: readonly PublicEndorsement[];
  /** Every organisation the version names or asked to decide, each with its standing: none left out. */
  standings: readonly PublicStanding[];
  consultation: ConsultationSummary | null;
  /** Every public version of the programme, newest first (this one included). */
  history: readonly PublicVersionSummary[];
  itemCount: number;
};

/** The current-version page: the version plus what depends on today's date. */
export type CurrentPublicVersion = PublicVersion & { validity: Validity };

export type VersionDiffNames = {
  organisations: Readonly<Record<string, string>>;
  focusAreas: Readonly<Record<string, string>>;
  nationalStrategies: Readonly<Record<string, string>>;
};

/** Two public versions of one programme, as the pure diff takes them. */
export type PublicVersionComparison = {
  county: CountyRef;
  programme: ProgrammeRef;
  before: { number: number; content: ContentHashInput };
  after: { number: number; content: ContentHashInput };
  names: VersionDiffNames;
};

export type PublicVersionChanges = PublicVersionComparison & { diff: VersionDiff };

// ───────────── County, home ─────────────

export type PublicProgrammeListing = ProgrammeRef & {
  isExample: boolean;
  latest: PublicVersionSummary & { validity: Validity };
  versions: readonly PublicVersionSummary[];
};

export type PublicRegionalStrategy = {
  title: string;
  validFrom: Date;
  validTo: Date;
  /** The end date after the latest extension decision, when it was extended. */
  extendedTo: Date | null;
  nationalStrategy: NationalStrategyRef;
  programmes: readonly PublicProgrammeListing[];
};

export type PublicCounty = CountyRef & { strategies: readonly PublicRegionalStrategy[] };

export type HomeCounty = CountyRef & {
  programmes: readonly (ProgrammeRef & { isExample: boolean; latest: PublicVersionSummary & { validity: Validity } })[];
};

export type HomeOverview = {
  nationalStrategy: (NationalStrategyRef & OverarchingGoal & { goals: readonly LongTermGoalRef[] }) | null;
  counties: readonly HomeCounty[];
};

// ───────────── National roll-up ─────────────

export type RollupItem = {
  number: string;
  title: string;
  lead: OrganisationRef | null;
};

export type RollupProgramme = {
  county: CountyRef;
  programme: ProgrammeRef;
  versionNumber: number;
  validity: Validity;
  focusAreas: readonly { title: string; items: readonly RollupItem[] }[];
};

/** The overarching goal (övergripande mål); its English is null when not translated, like the goals' titles. */
export type OverarchingGoal = { overarchingGoal: string; overarchingGoalEn: string | null };

/**
 * A priority area under a long-term goal: what the reference data calls prioriterade mål (2011–2015),
 * insatsområden (2016–2020) or prioriterade insatsområden (2022–2025). English null when not translated.
 */
export type PriorityAreaRef = { number: string; title: string; titleEn: string | null };

export type RollupGoal = LongTermGoalRef & {
  priorityAreas: readonly PriorityAreaRef[];
  programmes: readonly RollupProgramme[];
  countyCount: number;
  itemCount: number;
};

export type NationalRollup = {
  strategy: NationalStrategyRef & OverarchingGoal;
  goals: readonly RollupGoal[];
  /** Programmes that implement this strategy (newest public version of each). */
  programmeCount: number;
  inForceCount: number;
  otherStrategies: readonly NationalStrategyRef[];
};

// ───────────── Organisation ─────────────

export type OrganisationAction = {
  number: string;
  title: string;
  role: ItemOrganisationRole;
  lead: boolean;
  focusArea: string;
  timeframe: Timeframe;
  /** The newest approved follow-up of the action (any responsible organisation's report), or null. */
  followUp: { status: FollowUpStatus | null; year: number } | null;
};

export type OrganisationProgramme = {
  county: CountyRef;
  programme: ProgrammeRef;
  versionNumber: number;
  validity: Validity;
  actions: readonly OrganisationAction[];
};

export type OrganisationEndorsement = {
  county: CountyRef;
  programme: ProgrammeRef;
  versionNumber: number;
  status: Exclude<EndorsementStatus, "PENDING">;
  decisionBody: string | null;
  decisionDate: Date | null;
  paragraph: string | null;
  diarienummer: string | null;
};

export type PublicOrganisation = OrganisationRef & {
  kind: OrganisationKind;
  county: CountyRef | null;
  programmes: readonly OrganisationProgramme[];
  endorsements: readonly OrganisationEndorsement[];
};

// ───────────── Open data ─────────────

export type PublishedVersionListing = {
  county: CountyRef;
  programme: ProgrammeRef;
  number: number;
  status: PublicStatus;
  title: string;
  validFrom: Date;
  validTo: Date;
  publishedAt: Date | null;
  contentHash: string | null;
  nationalStrategySlug: string;
};

export type ExportFormat = "json" | "csv" | "excel-csv" | "pdf" | "xlsx";

export type VersionExport = {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  filename: string;
  contentHash: string | null;
};

/** /lan/[county]/[programme]/version/[n]/remissammanstallning. */
export type PublicConsultationPage = {
  county: { slug: string; name: string };
  programme: { slug: string; title: string };
  number: number;
  title: string;
  rounds: PublicConsultationSummary["rounds"];
};
