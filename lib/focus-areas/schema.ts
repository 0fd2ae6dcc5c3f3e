import { z } from "zod";

/**
 * The focus-area forms of the content editor. Same schemas in the browser and in the server
 * actions; messages are codes of the "focusAreas.fieldErrors" catalogue.
 */

export const focusAreaFieldErrorCodes = ["required", "invalid", "tooLong", "otherStrategyGoal", "notEmpty", "hasComments"] as const;

export type FocusAreaFieldErrorCode = (typeof focusAreaFieldErrorCodes)[number];

export function isFocusAreaFieldErrorCode(value: string): value is FocusAreaFieldErrorCode {
  return focusAreaFieldErrorCodes.some((code) => code === value);
}

export const FOCUS_AREA_TITLE_MAX = 500;
export const FOCUS_AREA_TEXT_MAX = 20_000;
/** More goals than any national strategy has: a longer list is a tampered form. */
const GOALS_MAX = 50;

const recordId = z.guid({ error: "invalid" });

const revision = z.union([z.number().int().min(0), z.string().regex(/^\d{1,9}$/).transform(Number)], { error: "invalid" });

const title = z
  .string({ error: (issue) => (issue.input === undefined ? "required" : "invalid") })
  .trim()
  .min(1, { error: "required" })
  .max(FOCUS_AREA_TITLE_MAX, { error: "tooLong" });

const description = z
  .string({ error: "invalid" })
  .trim()
  .max(FOCUS_AREA_TEXT_MAX, { error: "tooLong" })
  .optional()
  .transform((value) => value ?? "");

/** Checked goal boxes: none (missing), one (a string) or several (an array); an empty string is none. */
const goalIds = z
  .union([z.string(), z.array(z.string())], { error: "invalid" })
  .optional()
  .transform((value) => [...new Set((value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((id) => id !== ""))])
  .pipe(z.array(recordId).max(GOALS_MAX, { error: "invalid" }));

export const createFocusAreaSchema = z.object({ versionId: recordId, title, description, goalIds });

export const updateFocusAreaSchema = z.object({ focusAreaId: recordId, revision, title, description, goalIds });

export const moveFocusAreaSchema = z.object({ focusAreaId: recordId, direction: z.enum(["up", "down"]) });

export const deleteFocusAreaSchema = z.object({ focusAreaId: recordId, revision });

export type CreateFocusAreaInput = z.output<typeof createFocusAreaSchema>;
export type UpdateFocusAreaInput = z.output<typeof updateFocusAreaSchema>;
export type MoveFocusAreaInput = z.output<typeof moveFocusAreaSchema>;
export type DeleteFocusAreaInput = z.output<typeof deleteFocusAreaSchema>;

// ───────────── Pages of the content editor (for links and revalidation) ─────────────

export function versionPath(programmeId: string, versionNumber: number): string {
  return `/arbetsyta/program/${programmeId}/version/${versionNumber}`;
}

export function contentEditorPath(programmeId: string, versionNumber: number): string {
  return `${versionPath(programmeId, versionNumber)}/innehall`;
}

export function actionItemPath(programmeId: string, versionNumber: number, stableKey: string): string {
  return `${versionPath(programmeId, versionNumber)}/atgard/${stableKey}`;
}

export function newActionItemPath(programmeId: string, versionNumber: number, focusAreaStableKey?: string): string {
  const query = focusAreaStableKey === undefined ? "" : `?${new URLSearchParams({ fokusomrade: focusAreaStableKey }).toString()}`;
  return `${versionPath(programmeId, versionNumber)}/atgard/ny${query}`;
}

/** Anchors of the content page: where a coordinator lands after a save (no jump to the top). */
export function focusAreaAnchor(focusAreaStableKey: string): string {
  return `fokusomrade-${focusAreaStableKey}`;
}

export function actionItemAnchor(itemStableKey: string): string {
  return `atgard-${itemStableKey}`;
}

/** The automatic-numbering setting of the content page. */
export const autoNumberingAnchor = "numrering";

/** The inline "Lägg till åtgärd" form of a focus area (by the area's id). */
export function newItemFormAnchor(focusAreaId: string): string {
  return `ny-atgard-${focusAreaId}`;
}

/** Every page that shows a version's content: revalidated after each change of it. */
export function contentPaths(programmeId: string, versionNumber: number, stableKey?: string): string[] {
  return [
    versionPath(programmeId, versionNumber),
    contentEditorPath(programmeId, versionNumber),
    ...(stableKey === undefined ? [] : [actionItemPath(programmeId, versionNumber, stableKey)]),
    `/arbetsyta/program/${programmeId}/jamfor`,
    `/arbetsyta/program/${programmeId}/handelser`,
  ];
}

/** Details of a CONFLICT on a focus area: its current values in the form's shape. */
export const focusAreaConflictSchema = z.object({
  revision: z.number().int(),
  current: z.object({ title: z.string(), description: z.string(), goalIds: z.string() }),
});
