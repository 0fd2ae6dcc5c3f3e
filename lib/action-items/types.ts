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

/** "Lägg till åtgärd" on the content page: the rest is written later on the action's own page. */
export type QuickCreateActionItemInput = {
  focusAreaId: string;
  title: string;
  leadOrganisationId: string;
  timeframeKind: TimeframeKind;
  startYear: number | null;
  endYear: number | null;
  startDate: string | null;
  endDate: string | null;
};

/**
 * "Flytta till …": the action to `targetPosition` (0-based, in the list without the action) of
 * `targetFocusAreaId`. `fromFocusAreaId` and `fromPosition` are where the page showed it: the
 * compare-and-set refuses the move (CONFLICT) when it has moved since.
 */
export type MoveActionItemToInput = {
  itemId: string;
  fromFocusAreaId: string;
  fromPosition: number;
  targetFocusAreaId: string;
  targetPosition: number;
};

/** After "Flytta till …": the number before and after (equal when automatic numbering is off), and where it is now. */
export type ActionItemPlaced = ActionItemMoved & {
  stableKey: string;
  fromNumber: string;
  number: string;
  focusAreaTitle: string;
  /** 1-based place in the focus area. */
  place: number;
};

/** After turning automatic numbering on or off. */
export type AutoNumberingSet = { programmeId: string; versionNumber: number; autoNumbering: boolean; renumbered: number };

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
    /** Where the content page opens after the action is deleted. */
    focusAreaStableKey: string;
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

export type MoveToState = FormState<ActionItemPlaced>;

export type AutoNumberingState = FormState<AutoNumberingSet>;

/**
 * The inline "Lägg till åtgärd" form's state: on success the saved action (its number for the
 * announcement) and `next`: the coordinator chose "Spara och lägg till nästa".
 */
export type QuickCreateState = FormState<ActionItemSaved & { title: string }>;
