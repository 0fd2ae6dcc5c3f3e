import type { VersionKind, VersionStatus } from "@/lib/db/generated/client";
import type { TemplateVersionOption } from "@/lib/programmes/types";

export type { VersionKind, VersionStatus };

/** A national strategy as the pickers offer it. */
export type NationalStrategyOption = {
  id: string;
  shortTitle: string;
  periodFrom: number;
  periodTo: number;
};

export type StrategyExtensionSummary = {
  id: string;
  newValidTo: Date;
  decisionBody: string;
  decisionDate: Date;
  diarienummer: string | null;
};

export type ProgrammeVersionListItem = {
  id: string;
  number: number;
  kind: VersionKind;
  status: VersionStatus;
  validFrom: Date;
  validTo: Date;
};

export type StrategyProgrammeSummary = {
  id: string;
  title: string;
  versions: readonly ProgrammeVersionListItem[];
};

export type StrategySummary = {
  id: string;
  title: string;
  validFrom: Date;
  validTo: Date;
  /** The end after the latest extension decision; equals validTo without one. */
  effectiveValidTo: Date;
  nationalStrategy: NationalStrategyOption;
  isExample: boolean;
  programmes: readonly StrategyProgrammeSummary[];
};

export type CountyStrategies = {
  countyId: string;
  countyName: string;
  strategies: readonly StrategySummary[];
};

/** /arbetsyta/strategier: the coordinator's counties (usually one). */
export type StrategiesOverview = {
  counties: readonly CountyStrategies[];
};

export type StrategyDetail = StrategySummary & {
  countyId: string;
  countyName: string;
  overarchingText: string;
  revision: number;
  extensions: readonly StrategyExtensionSummary[];
};

/** /arbetsyta/strategier/[strategyId]. */
export type StrategyPage = {
  strategy: StrategyDetail;
  nationalStrategies: readonly NationalStrategyOption[];
  canCreateProgramme: boolean;
  /** Published versions a new programme may start from (empty when the actor cannot create one). */
  templateVersions: readonly TemplateVersionOption[];
};

/** /arbetsyta/strategier/ny: where a new strategy can be created. */
export type NewStrategyPage = {
  counties: readonly { id: string; name: string }[];
  nationalStrategies: readonly NationalStrategyOption[];
};

export type StrategySaved = { strategyId: string; revision: number };
export type ExtensionRecorded = { strategyId: string; extensionId: string };
