import type { Sentence } from "@/lib/audit/sentences";
import type { FormState, FormValues } from "@/lib/actions/form-state";
import type { Substance, VersionKind, VersionStatus } from "@/lib/db/generated/client";
import type { ItemDiff, VersionDiff } from "@/lib/programmes/diff";
import type { NationalStrategyOption } from "@/lib/strategies/types";

export type { Substance, VersionKind, VersionStatus };

export type VersionSummary = {
  id: string;
  number: number;
  kind: VersionKind;
  status: VersionStatus;
  title: string;
  validFrom: Date;
  validTo: Date;
  supersedesNumber: number | null;
  createdAt: Date;
  frozenAt: Date | null;
  ratifiedAt: Date | null;
  publishedAt: Date | null;
  supersededAt: Date | null;
  withdrawnAt: Date | null;
};

/** /arbetsyta/program/[programmeId]. */
export type ProgrammeOverview = {
  id: string;
  title: string;
  countyName: string;
  strategy: { id: string; title: string };
  /** Newest first. */
  versions: readonly VersionSummary[];
  /** The version on its way to publication, if any (at most one). */
  openVersion: { number: number; status: VersionStatus } | null;
  latestPublished: { number: number; validTo: Date; nationalStrategyId: string } | null;
  /** Offered only when the policy allows it and the lifecycle makes it possible now. */
  canStartRevision: boolean;
  canStartExtension: boolean;
  canViewAudit: boolean;
  nationalStrategies: readonly NationalStrategyOption[];
};

/** The version fields form, as strings (what the inputs hold); substances comma-separated. */
export type VersionFieldValues = {
  title: string;
  validFrom: string;
  validTo: string;
  substances: string;
  nationalStrategyId: string;
  changeSummary: string;
};

export type VersionFieldsCurrent = { values: VersionFieldValues; editRevision: number };

/** Why a version's fields cannot be edited, for the Swedish explanation on the page. */
export type LockReason = "FROZEN" | "CONSULTATION" | "WITHDRAWN" | "NOT_ALLOWED" | null;

export type FocusAreaMissingGoal = { stableKey: string; title: string; itemCount: number };

/** /arbetsyta/program/[programmeId]/version/[number]. */
export type VersionPage = {
  programme: { id: string; title: string; countyName: string };
  version: VersionSummary & {
    substances: readonly Substance[];
    nationalStrategy: NationalStrategyOption;
    changeSummary: string;
    editRevision: number;
    supersedesId: string | null;
  };
  fields: VersionFieldsCurrent;
  canEdit: boolean;
  lockReason: LockReason;
  canWithdraw: boolean;
  nationalStrategies: readonly NationalStrategyOption[];
  /** Focus areas whose links to national goals were dropped with a change of national strategy. */
  focusAreasMissingGoal: readonly FocusAreaMissingGoal[];
  counts: { focusAreas: number; items: number };
  /** While the version awaits endorsement: how many required organisations stood behind it. */
  endorsementProgress: { endorsed: number; required: number; declined: number } | null;
  /** The public "Ladda ner som Excel" of the version's actions, once the version is public. */
  actionsXlsxPath: string | null;
};

export type VersionRef = {
  id: string;
  number: number;
  kind: VersionKind;
  status: VersionStatus;
  title: string;
  validFrom: Date;
  validTo: Date;
};

/** Names the diff view needs: the diff itself carries only ids and stable keys. */
export type DiffNames = {
  organisations: Readonly<Record<string, string>>;
  focusAreas: Readonly<Record<string, string>>;
  nationalStrategies: Readonly<Record<string, string>>;
};

/** /arbetsyta/program/[programmeId]/jamfor. */
export type VersionDiffPage = {
  programme: { id: string; title: string };
  versions: readonly VersionRef[];
  from: VersionRef | null;
  to: VersionRef | null;
  diff: VersionDiff | null;
  /** The organisation filter: the items that involve it; null when no filter is chosen. */
  organisationFilter: { id: string; name: string; items: readonly ItemDiff[] } | null;
  /** Organisations involved in either version, by name: the options of the filter. */
  organisations: readonly { id: string; name: string }[];
  names: DiffNames;
};

export type AuditEntry = {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  entityType: string;
  before: unknown;
  after: unknown;
  /** The version the event concerns: the version itself, or the one in meta.versionNumber. */
  versionNumber: number | null;
  /** What happened in plain words (lib/audit/sentences.ts). */
  sentences: Sentence[];
};

/** /arbetsyta/program/[programmeId]/handelser. */
export type ProgrammeAuditPage = {
  programme: { id: string; title: string };
  entries: readonly AuditEntry[];
  /** The GET filter: chosen action (stable key) and person, and the choices. */
  filter: {
    stableKey: string | null;
    actorId: string | null;
    isFiltered: boolean;
    actions: { stableKey: string; number: string; title: string }[];
    people: { id: string; name: string }[];
  };
  page: number;
  pageCount: number;
  total: number;
};

/** What copying a template left out: organisations of another county (by name) and the actions that lost their lead. */
export type TemplateCopied = { droppedOrganisations: string[]; itemsWithoutLead: string[] };

export type ProgrammeCreated = { programmeId: string; versionNumber: number; template: TemplateCopied | null };

/** A published version a new programme can start from ("Utgå från en publicerad version"). */
export type TemplateVersionOption = {
  id: string;
  programmeTitle: string;
  number: number;
  countyId: string;
  countyName: string;
};
export type VersionSaved = {
  programmeId: string;
  versionId: string;
  versionNumber: number;
  editRevision: number;
  goalLinksRemoved: number;
};
export type VersionWithdrawn = { programmeId: string; versionNumber: number };
export type VersionStarted = {
  programmeId: string;
  versionId: string;
  versionNumber: number;
  copied: { focusAreas: number; goalLinks: number; items: number; organisationLinks: number; indicators: number };
  goalLinksDropped: number;
};

/**
 * The version fields form's state: a stale save comes back as "conflict" with the user's text
 * (values) and the text saved now (current), which the form shows side by side.
 */
export type VersionFieldsFormState =
  | FormState<VersionSaved>
  | { status: "conflict"; values: FormValues; current: VersionFieldsCurrent | null };

// ───────────── The workspace home: each programme's way to publication ─────────────

/** A step of the step indicator (in order: pipelineSteps in lib/programmes/lifecycle.ts). */
export type PipelineStep = Extract<VersionStatus, "DRAFT" | "CONSULTATION" | "ENDORSEMENT" | "RATIFIED" | "PUBLISHED">;

/** What the version waits on, and on whom. */
export type PipelineWaiting =
  | { kind: "DRAFT"; consulted: boolean }
  | { kind: "CONSULTATION"; submitted: number; awaited: number; deadline: Date | null; awaitedOrganisations: readonly string[] }
  | { kind: "ENDORSEMENT"; endorsed: number; required: number; missing: readonly string[]; declined: readonly string[] }
  | { kind: "RATIFIED"; ratificationDate: Date | null }
  | { kind: "PUBLISHED"; validTo: Date; hasOpenVersion: boolean };

/** The one thing to do next and the page where it is done; null when nothing waits on the coordinator. */
export type PipelineNextStep = {
  action: "sendToConsultation" | "sendForEndorsement" | "closeConsultation" | "followEndorsements" | "ratify" | "reopen" | "publish" | "startRevision";
  href: string;
} | null;

export type PipelineVersion = {
  number: number;
  title: string;
  kind: VersionKind;
  step: PipelineStep;
  /** The five steps in order, each done, current or to do (pipelineStepStates). */
  steps: readonly { step: PipelineStep; state: "DONE" | "CURRENT" | "TODO" }[];
  href: string;
  waiting: PipelineWaiting;
  next: PipelineNextStep;
};

/** /arbetsyta (coordinators): a programme with its open version and its version in force. */
export type ProgrammePipeline = {
  id: string;
  title: string;
  countyName: string;
  href: string;
  versions: readonly PipelineVersion[];
};
