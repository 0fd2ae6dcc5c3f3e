import type { OrganisationKind } from "@/lib/db/generated/client";
import type { ActionItemContent } from "@/lib/action-items/types";
import type { FormState } from "@/lib/actions/form-state";

/**
 * A spreadsheet import into a DRAFT version (issue 13): file → grid (read-file.ts) → parsed rows
 * (parse.ts, pure) → plan against the version's content and the county's organisations
 * (plan.ts, pure) → preview → "Genomför importen" (mutations.ts, one transaction).
 */

/** The columns the importer understands. A column the file does not have is `undefined` in a row. */
export const importFields = [
  "focusArea",
  "number",
  "title",
  "description",
  "lead",
  "responsible",
  "partners",
  "timeframe",
  "followUp",
  "indicator",
  "unit",
  "baselineYear",
  "baseline",
  "targetYear",
  "target",
  "dataSource",
  "key",
] as const;

export type ImportField = (typeof importFields)[number];

/** A worksheet as text: rows of cells, 1-based row numbers as the spreadsheet shows them. */
export type Grid = { rows: { rowNumber: number; cells: string[] }[] };

export type IndicatorCells = {
  name: string;
  unit: string;
  baselineYear: string;
  baseline: string;
  targetYear: string;
  target: string;
  dataSource: string;
};

/** One action as the file gives it (text as written); fields of absent columns are undefined. */
export type ParsedAction = {
  /** The spreadsheet row of the action's first line. */
  rowNumber: number;
  /** The focus area heading or column text in force for this row ("1. Tillgången ska minska"), or null. */
  focusArea: string | null;
  number: string;
  title: string;
  key: string;
  description?: string;
  /** Responsible organisations as written, lead first (a "Huvudansvarig" column is put first). */
  responsible?: string[];
  /** How many of `responsible` came from a "Huvudansvarig" column (for the column in messages). */
  leadNames?: number;
  partners?: string[];
  timeframe?: string;
  followUp?: string;
  /** Indicators from this row and its continuation rows; undefined when the file has no indicator column. */
  indicators?: { rowNumber: number; cells: IndicatorCells }[];
};

/** A row the parser leaves out, listed in the preview with why. */
export type ParsedSkip = { rowNumber: number; reason: "noTitle" | "orphanIndicator"; text: string };

export type ParsedImport = {
  /** Header text per recognised field (the file's own words, for messages: "Rad 12, Huvudansvarig: …"). */
  columns: Partial<Record<ImportField, string>>;
  headerRow: number;
  actions: ParsedAction[];
  skipped: ParsedSkip[];
  /** Focus areas given as heading rows (only the first cell filled). */
  headingRows: number;
};

/** Why a file is refused before any preview; the UI says it in words ("imports.fileErrors"). */
export const fileErrorCodes = [
  "empty",
  "tooLarge",
  "tooManyRows",
  "notSpreadsheet",
  "encrypted",
  "legacyXls",
  "noHeader",
  "noFile",
] as const;

export type FileErrorCode = (typeof fileErrorCodes)[number];

// ───────────── Planning ─────────────

export type ImportOrganisation = {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  /** null: national (county-less). */
  countyId: string | null;
};

export type ExistingIndicator = {
  stableKey: string;
  name: string;
  unit: string;
  baseline: string;
  baselineYear: number | null;
  target: string;
  targetYear: number | null;
  dataSource: string;
};

/** An action's stored scalar fields, as the editor's content type has them (one definition). */
type ItemScalars = Omit<ActionItemContent, "organisations" | "indicators">;

export type ExistingItem = ItemScalars & {
  id: string;
  stableKey: string;
  revision: number;
  focusAreaId: string;
  position: number;
  /** Responsible (lead first, then by id) and partner organisation ids. */
  leadId: string | null;
  responsible: string[];
  partners: string[];
  indicators: ExistingIndicator[];
};

export type ExistingFocusArea = { id: string; title: string; position: number };

/** The version's content as the plan sees it; `stamp` changes with any change of it. */
export type VersionSnapshot = {
  versionId: string;
  countyId: string;
  focusAreas: ExistingFocusArea[];
  items: ExistingItem[];
  /** The version's validity in years (a choice for a timeframe the file leaves unclear). */
  validity: { startYear: number; endYear: number };
  stamp: string;
};

export const problemKinds = [
  "unknownOrganisation",
  "ambiguousOrganisation",
  "allMunicipalities",
  "missingResponsible",
  "ambiguousTimeframe",
  "unknownTimeframe",
  "missingTimeframe",
  "missingFocusArea",
  "duplicateRow",
  "tooLong",
  "invalidYear",
] as const;

/** Special values of an organisation choice: leave the name out; every municipality of the county. */
export const OMIT_CHOICE = "OMIT";
export const ALL_MUNICIPALITIES_CHOICE = "ALL_MUNICIPALITIES";

export type ProblemKind = (typeof problemKinds)[number];

/** A choice the coordinator makes for a problem (or "skip" the whole row). */
export type ProblemChoice = { value: string; label: string };

export type ImportProblem = {
  /** Stable across renders of the same draft: the key of its resolution. */
  id: string;
  rowNumber: number;
  /** The file's own header text of the column. */
  column: string;
  kind: ProblemKind;
  /** The text as written in the file. */
  value: string;
  /** What may be chosen (empty: only skipping the row resolves it). */
  choices: ProblemChoice[];
  /** The choice stored for it, if any (valid: then the problem is resolved). */
  chosen: string | null;
};

export type PlannedContent = ItemScalars & {
  leadId: string;
  responsible: string[];
  partners: string[];
  indicators: Omit<ExistingIndicator, "stableKey">[];
};

export type PlanOutcome = "create" | "update" | "unchanged" | "skip";

export type PlannedRow = {
  rowNumber: number;
  number: string;
  title: string;
  outcome: PlanOutcome;
  /** Why a row is skipped: the coordinator chose it, or the parser could not read it as an action. */
  skipReason: "chosen" | "noTitle" | "orphanIndicator" | "duplicateRow" | null;
  /** Unresolved problems block the import; resolved ones stay listed with their choice. */
  problems: ImportProblem[];
  /** Target focus area: an existing id, or the title of a new one (created by the import). */
  focusArea: { id: string; title: string } | { id: null; title: string } | null;
  /** The existing action it updates (matched by Nyckel, then Nr). */
  match: { itemId: string; revision: number; by: "key" | "number"; movesFocusArea: boolean } | null;
  content: PlannedContent | null;
  /** Names of the organisations for the preview: lead first. */
  responsibleNames: string[];
  partnerNames: string[];
  timeframeText: string;
};

export type ImportPlan = {
  rows: PlannedRow[];
  newFocusAreas: string[];
  counts: Record<PlanOutcome, number>;
  unresolved: number;
  stamp: string;
};

/** Choices made in the preview: problem id → chosen value; rows (by first spreadsheet row) to skip. */
export type ImportResolutions = { choices: Record<string, string>; skipped: number[] };

export type ImportOutcome = { created: number; updated: number; unchanged: number; skipped: number; focusAreasCreated: number };

// ───────────── Pages and forms ─────────────

export type ImportVersionSummary = {
  id: string;
  programmeId: string;
  number: number;
  title: string;
  programmeTitle: string;
  canImport: boolean;
};

export type ImportPreviewView = {
  version: ImportVersionSummary;
  draft: { id: string; filename: string; revision: number; createdAt: string; columns: string[]; headerRow: number; headingRows: number };
  plan: ImportPlan;
  result: ImportOutcome | null;
};

export type ImportUploaded = { draftId: string; programmeId: string; versionNumber: number };

export type UploadFormState = FormState<ImportUploaded>;

export type ApplyFormState =
  | FormState<ImportOutcome & { programmeId: string; versionNumber: number }>
  | { status: "conflict"; values: Record<string, string> };
