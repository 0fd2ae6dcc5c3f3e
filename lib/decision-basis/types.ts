import type { ReadableContent } from "@/lib/consultations/types";
import type { VersionDiff } from "@/lib/programmes/diff";
import type { DiffNames } from "@/lib/programmes/types";

/*
 * The beslutsunderlag: what a signatory organisation reads before its board decides on a version
 * sent on remiss or for endorsement. "What changed for <organisation>" is a view of the structured
 * diff (lib/programmes/diff.ts) with organisation and focus-area names resolved, so the page and
 * the PDF say the same thing.
 */

export type ItemRole = "LEAD" | "RESPONSIBLE" | "PARTNER";

/** An item field before → after, as text ("2018–2021" → "2023–2025"). */
export type ItemFieldChange = { field: "number" | "title" | "description" | "timeframe" | "followUpText"; before: string; after: string };

/** What an indicator says, grouped as a reader sees it: a value comes with its year. */
export type IndicatorAspect = "name" | "unit" | "baseline" | "target" | "dataSource";

export type IndicatorAspectChange = { aspect: IndicatorAspect; before: string; after: string };

export type IndicatorView = { name: string; unit: string; baseline: string; target: string; dataSource: string };

export type IndicatorChangeView =
  | { kind: "added"; key: string; indicator: IndicatorView }
  | { kind: "removed"; key: string; indicator: IndicatorView }
  | { kind: "changed"; key: string; name: string; changes: readonly IndicatorAspectChange[] };

export type ResponsibilityChangeView =
  | { kind: "added" | "removed"; organisation: string; role: "RESPONSIBLE" | "PARTNER" }
  | { kind: "roleChanged"; organisation: string; before: "RESPONSIBLE" | "PARTNER"; after: "RESPONSIBLE" | "PARTNER" }
  | { kind: "leadChanged"; before: string | null; after: string | null }
  /** A wound-up organisation succeeded by another (Landstinget Sörmland → Region Sörmland). */
  | { kind: "replaced"; before: string; after: string; role: "RESPONSIBLE" | "PARTNER" };

/** One action the organisation is (or was) responsible for or partner in, and what changed in it. */
export type OrganisationItemChange = {
  key: string;
  kind: "added" | "removed" | "changed";
  number: string;
  title: string;
  focusArea: string;
  /** The organisation's role on the item before and after (null: not involved on that side). */
  roleBefore: ItemRole | null;
  roleAfter: ItemRole | null;
  moved: { from: string; to: string } | null;
  fields: readonly ItemFieldChange[];
  indicators: readonly IndicatorChangeView[];
  responsibility: readonly ResponsibilityChangeView[];
  /** Added or removed items: the item as it reads on the side where it exists. */
  description: string;
  timeframe: TimeframeView;
};

export type TimeframeView = { kind: string; startYear: number | null; endYear: number | null; startDate: string | null; endDate: string | null };

/** An action of a first version (no published predecessor) the organisation is named in. */
export type OrganisationItem = { key: string; number: string; title: string; focusArea: string; role: ItemRole; timeframe: TimeframeView; indicators: readonly IndicatorView[] };

export type ChangesForOrganisation = {
  organisationName: string;
  /** The published version this one revises; null for a first version. */
  basisNumber: number | null;
  /** Revisions: every action the organisation is named in before or after, with what changed. */
  changes: readonly OrganisationItemChange[];
  /** First version: the actions it is responsible for or partners in. */
  items: readonly OrganisationItem[];
  /** The coordinator's summary of the changes (may be empty). */
  changeSummary: string;
};

/** A download: the beslutsunderlag PDF. */
export type DecisionBasisFile = { body: Uint8Array<ArrayBuffer>; filename: string; contentHash: string };

/**
 * The words of the PDF's preface (messages/decision-basis.*.json, `decisionBasis.pdf`). Templates
 * hold {placeholders} filled in by the loader.
 */
export type DecisionBasisPdfLabels = {
  band: string;
  heading: string;
  firstVersion: string;
  revisionOf: string;
  noChanges: string;
  kinds: { added: string; removed: string; changed: string };
  roles: Record<ItemRole, string>;
  role: string;
  roleChanged: string;
  focusArea: string;
  moved: string;
  fields: Record<ItemFieldChange["field"], string>;
  fromTo: string;
  indicator: string;
  indicatorAdded: string;
  indicatorRemoved: string;
  indicatorAspects: Record<IndicatorAspect, string>;
  responsibility: { RESPONSIBLE: string; PARTNER: string };
  responsibilityAdded: string;
  responsibilityRemoved: string;
  responsibilityRole: string;
  responsibilityReplaced: string;
  leadChanged: string;
  none: string;
  ongoing: string;
  filename: string;
};

/** A version as one organisation reads it on its decision or remiss page. */
export type OrganisationVersionView = {
  changes: ChangesForOrganisation;
  readable: ReadableContent;
  /** The whole diff against the version revised (null for a first version), for "all changes". */
  fullDiff: { basisNumber: number; diff: VersionDiff; names: DiffNames } | null;
  /** The content hash of what was sent (recorded, or computed from the locked content on remiss). */
  contentHash: string;
};

