import { z } from "zod";
import type { ImportField, ParsedImport } from "@/lib/imports/types";

/**
 * Inputs of the import's server actions (zod on every one) and the shape of what a draft stores
 * (checked when read back: JSON columns are never trusted as typed).
 */

const recordId = z.guid({ error: "invalid" });
const revision = z.union([z.number().int().min(0), z.string().regex(/^\d{1,9}$/).transform(Number)], { error: "invalid" });

/**
 * The file field: a File with a name (a form without a chosen file posts an empty, nameless one).
 * Its size and content are checked by lib/imports/read-file.ts, which says what is wrong with it.
 */
const fileInput = z.custom<File>((value) => typeof File !== "undefined" && value instanceof File && value.name !== "", { error: "noFile" });

export const uploadImportSchema = z.object({ versionId: recordId, file: fileInput });

const choicePrefix = "choice:";

export function choiceFieldName(problemId: string): string {
  return `${choicePrefix}${problemId}`;
}

export const skipField = "skip";

const problemIdPattern = /^r\d{1,7}:[a-zA-Z]+(?::\d{1,3})?$/;
const choiceValuePattern = /^(?:[0-9a-fA-F-]{36}|OMIT|ALL_MUNICIPALITIES|ONGOING|EMPTY|YEARS:\d{4}:\d{4})$/;

/**
 * The preview's choices: `choice:<problem id>` = value (empty: not chosen yet) and `skip` = the
 * spreadsheet rows to skip. Anything else in the form is ignored; a malformed choice is refused.
 */
export const resolveImportSchema = z
  .looseObject({ draftId: recordId, revision })
  .transform((fields, ctx) => {
    const choices: Record<string, string> = {};
    const skipped = new Set<number>();
    for (const [name, raw] of Object.entries(fields)) {
      if (name === skipField) {
        for (const value of Array.isArray(raw) ? raw : [raw]) {
          if (typeof value === "string" && /^\d{1,7}$/.test(value)) skipped.add(Number(value));
          else ctx.addIssue({ code: "custom", path: [skipField], message: "invalid" });
        }
        continue;
      }
      if (!name.startsWith(choicePrefix)) continue;
      const id = name.slice(choicePrefix.length);
      if (typeof raw !== "string" || !problemIdPattern.test(id) || (raw !== "" && !choiceValuePattern.test(raw))) {
        ctx.addIssue({ code: "custom", path: [name], message: "invalid" });
        continue;
      }
      if (raw !== "") choices[id] = raw;
    }
    return { draftId: fields.draftId, revision: fields.revision, resolutions: { choices, skipped: [...skipped].sort((a, b) => a - b) } };
  });

export const applyImportSchema = z.object({
  draftId: recordId,
  revision,
  stamp: z.string().regex(/^[0-9a-f]{32}$/, { error: "invalid" }),
});

export const discardImportSchema = z.object({ draftId: recordId });

export type UploadImportInput = z.output<typeof uploadImportSchema>;
export type ResolveImportInput = z.output<typeof resolveImportSchema>;
export type ApplyImportInput = z.output<typeof applyImportSchema>;

// ───────────── What a draft stores ─────────────

export const importResolutionsSchema = z.object({
  choices: z.record(z.string(), z.string()).default({}),
  skipped: z.array(z.number().int()).default([]),
});

const indicatorCellsSchema = z.object({
  name: z.string(),
  unit: z.string(),
  baselineYear: z.string(),
  baseline: z.string(),
  targetYear: z.string(),
  target: z.string(),
  dataSource: z.string(),
});

const column = z.string().optional();
const columnsShape = {
  focusArea: column,
  number: column,
  title: column,
  description: column,
  lead: column,
  responsible: column,
  partners: column,
  timeframe: column,
  followUp: column,
  indicator: column,
  unit: column,
  baselineYear: column,
  baseline: column,
  targetYear: column,
  target: column,
  dataSource: column,
  key: column,
} satisfies Record<ImportField, typeof column>;

export const parsedImportSchema: z.ZodType<ParsedImport> = z.object({
  columns: z.object(columnsShape),
  headerRow: z.number().int(),
  headingRows: z.number().int(),
  actions: z.array(
    z.object({
      rowNumber: z.number().int(),
      focusArea: z.string().nullable(),
      number: z.string(),
      title: z.string(),
      key: z.string(),
      description: z.string().optional(),
      responsible: z.array(z.string()).optional(),
      leadNames: z.number().int().optional(),
      partners: z.array(z.string()).optional(),
      timeframe: z.string().optional(),
      followUp: z.string().optional(),
      indicators: z.array(z.object({ rowNumber: z.number().int(), cells: indicatorCellsSchema })).optional(),
    }),
  ),
  skipped: z.array(z.object({ rowNumber: z.number().int(), reason: z.enum(["noTitle", "orphanIndicator"]), text: z.string() })),
});

// ───────────── Pages ─────────────

/** .../innehall/import/[importId] */
export const importRouteSchema = z.object({
  programmeId: z.guid(),
  number: z.string().regex(/^[1-9]\d{0,5}$/).transform(Number),
  importId: z.guid(),
});

/** The workspace's Excel export of a version (the import template's layout), drafts included. */
export function workspaceActionsXlsxPath(programmeId: string, versionNumber: number): string {
  return `/api/arbetsyta/program/${programmeId}/version/${versionNumber}/atgarder.xlsx`;
}

export function importPath(programmeId: string, versionNumber: number, draftId?: string): string {
  const base = `/arbetsyta/program/${programmeId}/version/${versionNumber}/innehall/import`;
  return draftId === undefined ? base : `${base}/${draftId}`;
}
