import type { FormState, FormValues } from "@/lib/actions/form-state";
import type { ItemOrganisationRole, TimeframeKind } from "@/lib/db/generated/client";
import type { EditorVersionSummary } from "@/lib/focus-areas/types";
import type { OrganisationOption } from "@/lib/organisations/types";

export type { FormValues, ItemOrganisationRole, TimeframeKind };

export type IndicatorContent = {
  stableKey: string;
  name: string;
  unit: string;
  baseline: string;
  baselineYear: number | null;
  target: string;
  targetYear: number | null;
  dataSource: string;
};

/** The editable content of one action, as stored. */
export type ActionItemContent = {
  number: string;
  title: string;
  description: string;
  timeframeKind: TimeframeKind;
  startYear: number | null;
  endYear: number | null;
  /** ISO dates (YYYY-MM-DD). */
  startDate: string | null;
  endDate: string | null;
  followUpText: string;
  organisations: { organisationId: string; role: ItemOrganisationRole; lead: boolean }[];
  indicators: IndicatorContent[];
};

export type IndicatorInput = Omit<IndicatorContent, "stableKey"> & {
  /**
   * The form row's key: an existing indicator's stable key keeps that indicator (and its follow-up
   * history); anything else is a new indicator and gets a new stable key.
   */
  rowKey: string;
};

/** A validated item form: what the mutations write. The timeframe fields not used by its kind are null. */
export type ActionItemContentInput = {
  number: string;
  title: string;
  description: string;
  timeframeKind: TimeframeKind;
  startYear: number | null;
  endYear: number | null;
  startDate: string | null;
  endDate: string | null;
  followUpText: string;
  /** Responsible organisations, the lead among them. */
  responsible: string[];
  partners: string[];
  leadOrganisationId: string;
  indicators: IndicatorInput[];
};

export type UpdateActionItemInput = ActionItemContentInput & {
  itemId: string;
  /** The item's revision the edit started from (compare-and-set). */
  revision: number;
};

export type CreateActionItemInput = ActionItemContentInput & { focusAreaId: string };

/** After a save: where the item lives now and its new revision, with the values as stored. */
export type ActionItemSaved = {
  itemId: string;
  stableKey: string;
  revision: number;
  programmeId: string;
  versionNumber: number;
  values: FormValues;
};

/** Details of a CONFLICT: the item as it is now, in the form's own shape, to show beside the user's text. */
export type ActionItemConflict = {
  revision: number;
  current: FormValues;
};

export type FocusAreaChoice = { id: string; stableKey: string; title: string; position: number };

/** The item form page of an existing action. */
export type ActionItemEditorView = {
  version: EditorVersionSummary;
  item: {
    id: string;
    stableKey: string;
    revision: number;
    focusAreaTitle: string;
    content: ActionItemContent;
  };
  organisations: OrganisationOption[];
  /** The stored item as form values (the form's starting point and the draft's base). */
  formValues: FormValues;
};

/** The form page for a new action in one of the version's focus areas. */
export type NewActionItemEditorView = {
  version: EditorVersionSummary;
  focusAreas: FocusAreaChoice[];
  focusAreaId: string;
  /** Focus area id → the number a new action there would get ("2.7"), a suggestion only. */
  suggestedNumbers: Record<string, string>;
  organisations: OrganisationOption[];
  formValues: FormValues;
};

/** Result of a reorder or move. */
export type ActionItemMoved = { itemId: string; programmeId: string; versionNumber: number };

/** What the item form's server action hands back to useActionState; the submitted values always travel back. */
export type ItemFormState =
  | FormState<ActionItemSaved>
  | { status: "conflict"; values: FormValues; conflict: ActionItemConflict };

/** A small editor command (reorder, move, delete): its outcome, for the control's message. */
export type CommandState = FormState<ActionItemMoved>;
