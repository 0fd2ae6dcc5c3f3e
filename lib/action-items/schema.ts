import { z } from "zod";
import type {
  ActionItemContent,
  ActionItemContentInput,
  CreateActionItemInput,
  FormValues,
  IndicatorInput,
  MoveActionItemToInput,
  QuickCreateActionItemInput,
  UpdateActionItemInput,
} from "@/lib/action-items/types";

/**
 * The item form. The same schemas run in the browser (messages beside each field before a round
 * trip) and in the server actions (what is posted directly is refused the same way). The form is
 * flat: every error's path is the name of the form field it belongs to, e.g. `title`,
 * `role.<organisation id>`, `indicator.<row key>.name`, so the UI can put it beside that field.
 * Messages are codes of the "items.fieldErrors" catalogue, never sentences.
 */

export const itemFieldErrorCodes = [
  "required",
  "invalid",
  "tooLong",
  "invalidYear",
  "yearOutOfRange",
  "invalidDate",
  "dateOutOfRange",
  "endBeforeStart",
  "invalidRole",
  "bothRoles",
  "leadRequired",
  "leadMultiple",
  "leadNotResponsible",
  "unknownOrganisation",
  "inactiveOrganisation",
  "tooManyIndicators",
  "unknownFocusArea",
  "hasComments",
] as const;

export type ItemFieldErrorCode = (typeof itemFieldErrorCodes)[number];

export function isItemFieldErrorCode(value: string): value is ItemFieldErrorCode {
  return itemFieldErrorCodes.some((code) => code === value);
}

export const ITEM_NUMBER_MAX = 20;
export const ITEM_TITLE_MAX = 500;
export const ITEM_TEXT_MAX = 20_000;
export const INDICATOR_NAME_MAX = 500;
export const INDICATOR_SHORT_MAX = 100;
export const INDICATORS_MAX = 30;
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

export const timeframeKinds = ["YEARS", "DATES", "ONGOING"] as const;
export const roleChoices = ["NONE", "RESPONSIBLE", "PARTNER"] as const;
export type RoleChoice = (typeof roleChoices)[number];

export const indicatorFieldNames = ["name", "unit", "baseline", "baselineYear", "target", "targetYear", "dataSource"] as const;
export type IndicatorFieldName = (typeof indicatorFieldNames)[number];

// ───────────── Form field names ─────────────

const rolePrefix = "role.";
const indicatorPrefix = "indicator.";

/** The radio group of one organisation: NONE | RESPONSIBLE | PARTNER. */
export function roleFieldName(organisationId: string): string {
  return `${rolePrefix}${organisationId}`;
}

/** One field of one indicator row. */
export function indicatorFieldName(rowKey: string, field: IndicatorFieldName): string {
  return `${indicatorPrefix}${rowKey}.${field}`;
}

/** Hidden field listing the indicator rows in order (comma-separated row keys). */
export const indicatorRowsField = "indicatorRows";
export const leadField = "lead";
/** Errors about the organisations as a whole (an id that is no organisation one may choose). */
export const organisationsField = "organisations";

/** Row keys: an existing indicator's stable key (a UUID) or a key the browser made up for a new row. */
const rowKeyPattern = /^[A-Za-z0-9-]{1,64}$/;

function splitRowKeys(value: string | undefined): string[] {
  if (value === undefined) return [];
  return [...new Set(value.split(",").map((key) => key.trim()).filter((key) => key.length > 0))];
}

// ───────────── Field schemas ─────────────

const stringInput = (requiredWhenMissing: boolean) =>
  z.string({ error: (issue) => (issue.input === undefined && requiredWhenMissing ? "required" : "invalid") });

const requiredText = (max: number) =>
  stringInput(true).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

/** Optional text: missing → "". */
const optionalText = (max: number) =>
  stringInput(false)
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => value ?? "");

/** An optional year as typed: "" or missing → null. */
const optionalYear = stringInput(false)
  .trim()
  .optional()
  .transform((value, ctx): number | null => {
    if (value === undefined || value === "") return null;
    if (!/^\d{4}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: "invalidYear" });
      return z.NEVER;
    }
    const year = Number(value);
    if (year < YEAR_MIN || year > YEAR_MAX) {
      ctx.addIssue({ code: "custom", message: "yearOutOfRange" });
      return z.NEVER;
    }
    return year;
  });

/** An optional calendar date as `<input type="date">` sends it (YYYY-MM-DD): "" or missing → null. */
const optionalDate = stringInput(false)
  .trim()
  .optional()
  .transform((value, ctx): string | null => {
    if (value === undefined || value === "") return null;
    const date = new Date(`${value}T00:00:00.000Z`);
    // 2023-02-30 rolls over to March: a date that does not round-trip does not exist.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    if (date.getUTCFullYear() < YEAR_MIN || date.getUTCFullYear() > YEAR_MAX) {
      ctx.addIssue({ code: "custom", message: "dateOutOfRange" });
      return z.NEVER;
    }
    return value;
  });

/** A record id from a hidden field or a select; anything else is a tampered form. */
const recordIdSchema = z.guid({ error: "invalid" });

/** An edit revision from a hidden field (or a number, when called without a form). */
export const revisionSchema = z.union([
  z.number().int().min(0),
  z.string().regex(/^\d{1,9}$/).transform(Number),
], { error: "invalid" });

const indicatorRowSchema = z.object({
  name: requiredText(INDICATOR_NAME_MAX),
  unit: optionalText(INDICATOR_SHORT_MAX),
  baseline: optionalText(INDICATOR_SHORT_MAX),
  baselineYear: optionalYear,
  target: optionalText(INDICATOR_SHORT_MAX),
  targetYear: optionalYear,
  dataSource: optionalText(INDICATOR_NAME_MAX),
});

// The named fields; role.<id>, lead and indicator.<key>.<field> are read from the loose rest.
const itemFieldsShape = {
  number: requiredText(ITEM_NUMBER_MAX),
  title: requiredText(ITEM_TITLE_MAX),
  description: optionalText(ITEM_TEXT_MAX),
  timeframeKind: z.enum(timeframeKinds, { error: "required" }),
  startYear: optionalYear,
  endYear: optionalYear,
  startDate: optionalDate,
  endDate: optionalDate,
  followUpText: optionalText(ITEM_TEXT_MAX),
  [indicatorRowsField]: stringInput(false).max(INDICATORS_MAX * 70, { error: "tooManyIndicators" }).optional(),
};

type ParsedItemFields = {
  timeframeKind: (typeof timeframeKinds)[number];
  startYear: number | null;
  endYear: number | null;
  startDate: string | null;
  endDate: string | null;
  [indicatorRowsField]?: string | undefined;
  [field: string]: unknown;
};

type IssueSink = { addIssue: (issue: { code: "custom"; path: PropertyKey[]; message: ItemFieldErrorCode }) => void };

type RoleAssignments = { responsible: string[]; partners: string[]; leads: string[] };

/** Reads role.<id> and lead from the posted fields; reports what cannot be a valid assignment. */
function readRoles(fields: ParsedItemFields, sink: IssueSink | null): RoleAssignments {
  const responsible: string[] = [];
  const partners: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (!name.startsWith(rolePrefix)) continue;
    const organisationId = name.slice(rolePrefix.length);
    if (!recordIdSchema.safeParse(organisationId).success) {
      sink?.addIssue({ code: "custom", path: [organisationsField], message: "unknownOrganisation" });
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    const chosen = new Set(values);
    if (chosen.has("RESPONSIBLE") && chosen.has("PARTNER")) {
      // Only a hand-made request can say both: a radio group sends one value.
      sink?.addIssue({ code: "custom", path: [name], message: "bothRoles" });
      continue;
    }
    if (values.length !== 1 || !roleChoices.some((choice) => choice === values[0])) {
      sink?.addIssue({ code: "custom", path: [name], message: "invalidRole" });
      continue;
    }
    if (values[0] === "RESPONSIBLE") responsible.push(organisationId);
    if (values[0] === "PARTNER") partners.push(organisationId);
  }
  const rawLead = fields[leadField];
  const leadValues = (Array.isArray(rawLead) ? rawLead : [rawLead]).filter(
    (value): value is string => typeof value === "string" && value !== "",
  );
  return { responsible, partners, leads: [...new Set(leadValues)] };
}

function checkRoles(roles: RoleAssignments, sink: IssueSink): void {
  const [lead, ...otherLeads] = roles.leads;
  if (lead === undefined) sink.addIssue({ code: "custom", path: [leadField], message: "leadRequired" });
  else if (otherLeads.length > 0) sink.addIssue({ code: "custom", path: [leadField], message: "leadMultiple" });
  else if (!roles.responsible.includes(lead)) sink.addIssue({ code: "custom", path: [leadField], message: "leadNotResponsible" });
}

function checkTimeframe(fields: ParsedItemFields, sink: IssueSink): void {
  const { timeframeKind, startYear, endYear, startDate, endDate } = fields;
  if (timeframeKind === "YEARS") {
    if (startYear === null) sink.addIssue({ code: "custom", path: ["startYear"], message: "required" });
    if (endYear === null) sink.addIssue({ code: "custom", path: ["endYear"], message: "required" });
    if (typeof startYear === "number" && typeof endYear === "number" && endYear < startYear) {
      sink.addIssue({ code: "custom", path: ["endYear"], message: "endBeforeStart" });
    }
  }
  if (timeframeKind === "DATES") {
    if (startDate === null) sink.addIssue({ code: "custom", path: ["startDate"], message: "required" });
    if (endDate === null) sink.addIssue({ code: "custom", path: ["endDate"], message: "required" });
    // ISO dates compare as strings.
    if (typeof startDate === "string" && typeof endDate === "string" && endDate < startDate) {
      sink.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
    }
  }
}

function readIndicatorFields(fields: ParsedItemFields, rowKey: string): Record<IndicatorFieldName, unknown> {
  return {
    name: fields[indicatorFieldName(rowKey, "name")],
    unit: fields[indicatorFieldName(rowKey, "unit")],
    baseline: fields[indicatorFieldName(rowKey, "baseline")],
    baselineYear: fields[indicatorFieldName(rowKey, "baselineYear")],
    target: fields[indicatorFieldName(rowKey, "target")],
    targetYear: fields[indicatorFieldName(rowKey, "targetYear")],
    dataSource: fields[indicatorFieldName(rowKey, "dataSource")],
  };
}

export function isIndicatorFieldName(value: unknown): value is IndicatorFieldName {
  return indicatorFieldNames.some((name) => name === value);
}

/** The indicator rows, validated; each problem reported at its own field (indicator.<key>.<field>). */
function readIndicators(fields: ParsedItemFields, sink: IssueSink | null): IndicatorInput[] {
  const rowKeys = splitRowKeys(fields[indicatorRowsField]);
  if (rowKeys.length > INDICATORS_MAX) {
    sink?.addIssue({ code: "custom", path: [indicatorRowsField], message: "tooManyIndicators" });
    return [];
  }
  const rows: IndicatorInput[] = [];
  for (const rowKey of rowKeys) {
    if (!rowKeyPattern.test(rowKey)) {
      sink?.addIssue({ code: "custom", path: [indicatorRowsField], message: "invalid" });
      continue;
    }
    const parsed = indicatorRowSchema.safeParse(readIndicatorFields(fields, rowKey));
    if (parsed.success) {
      rows.push({ rowKey, ...parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      const message = isItemFieldErrorCode(issue.message) ? issue.message : "invalid";
      sink?.addIssue({
        code: "custom",
        path: [isIndicatorFieldName(field) ? indicatorFieldName(rowKey, field) : indicatorRowsField],
        message,
      });
    }
  }
  return rows;
}

function checkItemFields(fields: ParsedItemFields, sink: IssueSink): void {
  checkTimeframe(fields, sink);
  checkRoles(readRoles(fields, sink), sink);
  readIndicators(fields, sink);
}

/** Builds the validated content; only called once `checkItemFields` found nothing to refuse. */
function toContentInput(
  fields: ParsedItemFields & {
    number: string;
    title: string;
    description: string;
    followUpText: string;
  },
): ActionItemContentInput {
  const roles = readRoles(fields, null);
  const kind = fields.timeframeKind;
  return {
    number: fields.number,
    title: fields.title,
    description: fields.description,
    timeframeKind: kind,
    startYear: kind === "YEARS" ? fields.startYear : null,
    endYear: kind === "YEARS" ? fields.endYear : null,
    startDate: kind === "DATES" ? fields.startDate : null,
    endDate: kind === "DATES" ? fields.endDate : null,
    followUpText: fields.followUpText,
    responsible: [...new Set(roles.responsible)],
    partners: [...new Set(roles.partners)],
    leadOrganisationId: roles.leads[0] ?? "",
    indicators: readIndicators(fields, null),
  };
}

/** The item form without its record reference, e.g. for validating in the browser. */
export const actionItemFieldsSchema = z
  .looseObject(itemFieldsShape)
  .superRefine((fields, ctx) => checkItemFields(fields, ctx))
  .transform((fields): ActionItemContentInput => toContentInput(fields));

export const updateActionItemSchema = z
  .looseObject({ ...itemFieldsShape, itemId: recordIdSchema, revision: revisionSchema })
  .superRefine((fields, ctx) => checkItemFields(fields, ctx))
  .transform((fields): UpdateActionItemInput => ({
    itemId: fields.itemId,
    revision: fields.revision,
    ...toContentInput(fields),
  }));

export const createActionItemSchema = z
  .looseObject({ ...itemFieldsShape, focusAreaId: z.guid({ error: "unknownFocusArea" }) })
  .superRefine((fields, ctx) => checkItemFields(fields, ctx))
  .transform((fields): CreateActionItemInput => ({ focusAreaId: fields.focusAreaId, ...toContentInput(fields) }));

export const deleteActionItemSchema = z.object({ itemId: recordIdSchema, revision: revisionSchema });

export const moveActionItemSchema = z.object({ itemId: recordIdSchema, direction: z.enum(["up", "down"]) });

export const moveActionItemToFocusAreaSchema = z.object({
  itemId: recordIdSchema,
  targetFocusAreaId: z.guid({ error: "unknownFocusArea" }),
});

/** "Lägg till åtgärd" on the content page: title, lead organisation and timeframe. */
export const quickCreateActionItemSchema = z
  .object({
    focusAreaId: z.guid({ error: "unknownFocusArea" }),
    title: requiredText(ITEM_TITLE_MAX),
    [leadField]: z.guid({ error: "leadRequired" }),
    timeframeKind: z.enum(timeframeKinds, { error: "required" }),
    startYear: optionalYear,
    endYear: optionalYear,
    startDate: optionalDate,
    endDate: optionalDate,
    /** "1" when the coordinator chose "Spara och lägg till nästa". */
    next: z.string({ error: "invalid" }).optional(),
    /** "1", set by the page's script: the browser stays and is told; without it the action redirects. */
    enhanced: z.string({ error: "invalid" }).optional(),
  })
  .superRefine((fields, ctx) => checkTimeframe(fields, ctx))
  .transform((fields): QuickCreateActionItemInput & { next: boolean; enhanced: boolean } => ({
    focusAreaId: fields.focusAreaId,
    title: fields.title,
    leadOrganisationId: fields[leadField],
    timeframeKind: fields.timeframeKind,
    startYear: fields.timeframeKind === "YEARS" ? fields.startYear : null,
    endYear: fields.timeframeKind === "YEARS" ? fields.endYear : null,
    startDate: fields.timeframeKind === "DATES" ? fields.startDate : null,
    endDate: fields.timeframeKind === "DATES" ? fields.endDate : null,
    next: fields.next === "1",
    enhanced: fields.enhanced === "1",
  }));

const positionSchema = z.union([z.number().int().min(0), z.string().regex(/^\d{1,6}$/).transform(Number)], { error: "invalid" });

/**
 * "Flytta till …": `target` is "<focus area id>:<0-based position>" (one select), from where the
 * page showed the action (compare-and-set).
 */
export const moveActionItemToSchema = z
  .object({
    itemId: recordIdSchema,
    fromFocusAreaId: recordIdSchema,
    fromPosition: positionSchema,
    target: z.string({ error: "unknownFocusArea" }).regex(/^[0-9a-fA-F-]{36}:\d{1,6}$/, { error: "unknownFocusArea" }),
  })
  .transform((fields, ctx): MoveActionItemToInput => {
    const [areaId = "", position = ""] = fields.target.split(":");
    if (!recordIdSchema.safeParse(areaId).success) {
      ctx.addIssue({ code: "custom", path: ["target"], message: "unknownFocusArea" });
      return z.NEVER;
    }
    return {
      itemId: fields.itemId,
      fromFocusAreaId: fields.fromFocusAreaId,
      fromPosition: fields.fromPosition,
      targetFocusAreaId: areaId,
      targetPosition: Number(position),
    };
  });

/** The move menu's value for a place: focus area and 0-based position. */
export function moveTargetValue(focusAreaId: string, position: number): string {
  return `${focusAreaId}:${position}`;
}

/** Automatic numbering of a version on or off (a checkbox: "on" when checked, missing when not). */
export const setAutoNumberingSchema = z.object({
  versionId: recordIdSchema,
  autoNumbering: z
    .enum(["on", "off", "true", "false"], { error: "invalid" })
    .optional()
    .transform((value) => value === "on" || value === "true"),
});

// ───────────── Route parameters ─────────────

/** /arbetsyta/program/[programmeId]/version/[number]: anything else is a page that does not exist. */
export const versionRouteSchema = z.object({
  programmeId: z.guid(),
  number: z.string().regex(/^[1-9]\d{0,5}$/).transform(Number),
});

export const itemRouteSchema = versionRouteSchema.extend({ stableKey: z.guid() });

/** ?fokusomrade=<focus area stable key> on the new-item page; optional. */
export const newItemSearchSchema = z.object({
  fokusomrade: z.guid().optional().catch(undefined),
});

// ───────────── Stored content ↔ form values ─────────────

/** The stored item as the form's values (the form's starting point, and the "current" side of a conflict). */
export function toItemFormValues(content: ActionItemContent): FormValues {
  const values: FormValues = {
    number: content.number,
    title: content.title,
    description: content.description,
    timeframeKind: content.timeframeKind,
    startYear: content.startYear === null ? "" : String(content.startYear),
    endYear: content.endYear === null ? "" : String(content.endYear),
    startDate: content.startDate ?? "",
    endDate: content.endDate ?? "",
    followUpText: content.followUpText,
    [leadField]: content.organisations.find((o) => o.lead)?.organisationId ?? "",
    [indicatorRowsField]: content.indicators.map((indicator) => indicator.stableKey).join(","),
  };
  for (const organisation of content.organisations) values[roleFieldName(organisation.organisationId)] = organisation.role;
  for (const indicator of content.indicators) {
    const key = indicator.stableKey;
    values[indicatorFieldName(key, "name")] = indicator.name;
    values[indicatorFieldName(key, "unit")] = indicator.unit;
    values[indicatorFieldName(key, "baseline")] = indicator.baseline;
    values[indicatorFieldName(key, "baselineYear")] = indicator.baselineYear === null ? "" : String(indicator.baselineYear);
    values[indicatorFieldName(key, "target")] = indicator.target;
    values[indicatorFieldName(key, "targetYear")] = indicator.targetYear === null ? "" : String(indicator.targetYear);
    values[indicatorFieldName(key, "dataSource")] = indicator.dataSource;
  }
  return values;
}

/** The values of an empty new item in a focus area. */
export function newItemFormValues(suggestedNumber: string): FormValues {
  return {
    number: suggestedNumber,
    title: "",
    description: "",
    timeframeKind: "ONGOING",
    startYear: "",
    endYear: "",
    startDate: "",
    endDate: "",
    followUpText: "",
    [leadField]: "",
    [indicatorRowsField]: "",
  };
}

/** The role an organisation has in these form values (missing: not involved). */
export function roleIn(values: FormValues, organisationId: string): RoleChoice {
  const value = values[roleFieldName(organisationId)];
  return value === "RESPONSIBLE" || value === "PARTNER" ? value : "NONE";
}

export function indicatorRowKeys(values: FormValues): string[] {
  return splitRowKeys(values[indicatorRowsField]);
}

// ───────────── Conflicts: the user's text beside the current text, per field group ─────────────

/** What a conflict is shown and resolved by: each group is taken whole from one side. */
export const conflictGroups = [
  "number",
  "title",
  "description",
  "timeframe",
  "followUpText",
  "organisations",
  "indicators",
] as const;

export type ConflictGroup = (typeof conflictGroups)[number];
export type ConflictChoice = "mine" | "theirs";

function isGroupField(group: ConflictGroup, name: string): boolean {
  switch (group) {
    case "number":
    case "title":
    case "description":
    case "followUpText":
      return name === group;
    case "timeframe":
      return name === "timeframeKind" || name === "startYear" || name === "endYear" || name === "startDate" || name === "endDate";
    case "organisations":
      return name === leadField || name.startsWith(rolePrefix);
    case "indicators":
      return name === indicatorRowsField || name.startsWith(indicatorPrefix);
  }
}

/**
 * A canonical text for one group of the values, so that two sides compare equal exactly when they
 * say the same thing (an organisation set back to "not involved" equals one never touched; date
 * fields do not count while the timeframe is in years).
 */
function groupFingerprint(values: FormValues, group: ConflictGroup): string {
  const text = (name: string) => (values[name] ?? "").trim();
  switch (group) {
    case "number":
    case "title":
    case "description":
    case "followUpText":
      return text(group);
    case "timeframe": {
      const kind = text("timeframeKind");
      if (kind === "YEARS") return `YEARS ${text("startYear")}–${text("endYear")}`;
      if (kind === "DATES") return `DATES ${text("startDate")}–${text("endDate")}`;
      return kind;
    }
    case "organisations": {
      const roles = Object.keys(values)
        .filter((name) => name.startsWith(rolePrefix))
        .map((name) => name.slice(rolePrefix.length))
        .filter((id) => roleIn(values, id) !== "NONE")
        .sort()
        .map((id) => `${id}:${roleIn(values, id)}`);
      return JSON.stringify({ roles, lead: text(leadField) });
    }
    case "indicators":
      return JSON.stringify(
        indicatorRowKeys(values).map((key) => indicatorFieldNames.map((field) => text(indicatorFieldName(key, field)))),
      );
  }
}

/** The groups in which the user's values and the current ones differ. */
export function differingGroups(mine: FormValues, theirs: FormValues): ConflictGroup[] {
  return conflictGroups.filter((group) => groupFingerprint(mine, group) !== groupFingerprint(theirs, group));
}

/**
 * The values to save after a conflict: each group (every form field belongs to one) from the side
 * chosen for it, the user's own where nothing was chosen.
 */
export function mergeConflict(
  mine: FormValues,
  theirs: FormValues,
  choices: Partial<Record<ConflictGroup, ConflictChoice>>,
): FormValues {
  const merged: FormValues = {};
  for (const group of conflictGroups) {
    const source = (choices[group] ?? "mine") === "mine" ? mine : theirs;
    for (const [name, value] of Object.entries(source)) if (isGroupField(group, name)) merged[name] = value;
  }
  return merged;
}

/** Details of a CONFLICT on an item (see updateActionItem): checked before the form trusts them. */
export const actionItemConflictSchema = z.object({
  revision: z.number().int(),
  current: z.record(z.string(), z.string()),
});
