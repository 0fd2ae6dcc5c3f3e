import { z } from "zod";
import { followUpStatuses } from "@/lib/follow-up/lifecycle";
import { reportingCsvToFields } from "@/lib/follow-up/csv";
import { dateSchema, idSchema } from "@/lib/strategies/schema";

/*
 * Input of the follow-up forms. Field errors are keys of the "followUpValidation" namespace
 * (messages/follow-up.*.json). The bulk form posts flat fields named by the action's stable key:
 * `status:<action>`, `comment:<action>`, `indicator:<action>:<indicator>`; they are gathered into
 * entries here so the mutation sees one list whether the rows came from the form or a CSV file.
 */

export const COMMENT_MAX = 4000;
export const MESSAGE_MAX = 2000;

export const followUpFieldErrors = ["statusRequired", "invalidStatus", "commentTooLong", "invalidValue", "messageRequired", "messageTooLong", "invalidYear", "csvInvalid", "csvUnknownAction", "reviewedRequired"] as const;
export type FollowUpFieldError = (typeof followUpFieldErrors)[number];

export function isFollowUpFieldError(value: string): value is FollowUpFieldError {
  return followUpFieldErrors.some((code) => code === value);
}

const uuid = idSchema;

export type ReportEntry = {
  stableKey: string;
  status: (typeof followUpStatuses)[number];
  comment: string;
  indicators: { stableKey: string; value: number | null }[];
};

/** "12,5" or "12.5" or "1 200" → number; "" → null; anything else → undefined (invalid). */
export function parseDecimal(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (trimmed === "") return null;
  if (!/^-?\d{1,11}(\.\d{1,3})?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Gathers the flat fields into entries. An action without a status is not reported (skipped)
 * unless it has a comment or a value, which needs a status. Returns field errors by field name.
 */
export function gatherEntries(record: Record<string, unknown>): { entries: ReportEntry[]; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const text = (key: string): string => {
    const value = record[key];
    return typeof value === "string" ? value : "";
  };
  const keys = new Set<string>();
  for (const field of Object.keys(record)) {
    const [kind, key] = field.split(":");
    if ((kind === "status" || kind === "comment" || kind === "indicator") && key !== undefined && uuidPattern.test(key)) keys.add(key.toLowerCase());
  }
  const entries: ReportEntry[] = [];
  for (const key of keys) {
    const statusText = text(`status:${key}`).trim();
    const comment = text(`comment:${key}`).trim();
    const indicators: ReportEntry["indicators"] = [];
    for (const field of Object.keys(record)) {
      const [kind, actionKey, indicatorKey] = field.split(":");
      if (kind !== "indicator" || actionKey?.toLowerCase() !== key || indicatorKey === undefined || !uuidPattern.test(indicatorKey)) continue;
      const value = parseDecimal(text(field));
      if (value === undefined) fieldErrors[field] = ["invalidValue"];
      else indicators.push({ stableKey: indicatorKey.toLowerCase(), value });
    }
    if (comment.length > COMMENT_MAX) fieldErrors[`comment:${key}`] = ["commentTooLong"];
    if (statusText === "") {
      if (comment !== "" || indicators.some((i) => i.value !== null)) fieldErrors[`status:${key}`] = ["statusRequired"];
      continue;
    }
    const status = followUpStatuses.find((s) => s === statusText);
    if (status === undefined) {
      fieldErrors[`status:${key}`] = ["invalidStatus"];
      continue;
    }
    entries.push({ stableKey: key, status, comment, indicators });
  }
  return { entries, fieldErrors };
}

export const saveReportsSchema = z
  .record(z.string(), z.unknown())
  .transform((record, context) => {
    const periodId = uuid.safeParse(record["periodId"]);
    const organisationId = uuid.safeParse(record["organisationId"]);
    if (!periodId.success || !organisationId.success) {
      context.addIssue({ code: "custom", message: "invalidReference", path: ["periodId"] });
      return z.NEVER;
    }
    const { entries, fieldErrors } = gatherEntries(record);
    for (const [field, messages] of Object.entries(fieldErrors)) {
      for (const message of messages) context.addIssue({ code: "custom", message, path: [field] });
    }
    return { periodId: periodId.data, organisationId: organisationId.data, entries };
  });

export type SaveReportsInput = z.output<typeof saveReportsSchema>;

/**
 * A filled-in reporting CSV (lib/follow-up/csv.ts), read into the bulk form's fields and checked by
 * the same rules: an import is the form, posted from a file.
 */
export const importReportsSchema = z
  .object({
    periodId: idSchema,
    organisationId: idSchema,
    file: z.instanceof(File, { error: "csvInvalid" }).refine((file) => file.size > 0 && file.size <= 2_000_000, { error: "csvInvalid" }),
  })
  .transform(async (input, context) => {
    const fields = reportingCsvToFields(await input.file.text());
    if (fields === null) {
      context.addIssue({ code: "custom", message: "csvInvalid", path: ["file"] });
      return z.NEVER;
    }
    const { entries, fieldErrors } = gatherEntries(fields);
    if (Object.keys(fieldErrors).length > 0) {
      context.addIssue({ code: "custom", message: "csvInvalid", path: ["file"] });
      return z.NEVER;
    }
    return { periodId: input.periodId, organisationId: input.organisationId, entries };
  });

export const reviewReportSchema = z
  .object({
    reportId: idSchema,
    decision: z.enum(["APPROVE", "REQUEST_CORRECTION"], { error: "invalidReference" }),
    message: z.string().trim().max(MESSAGE_MAX, { error: "messageTooLong" }).optional().default(""),
  })
  .refine((input) => input.decision === "APPROVE" || input.message !== "", { error: "messageRequired", path: ["message"] });

export type ReviewReportInput = z.output<typeof reviewReportSchema>;

/** "Godkänn alla inskickade" of a period: only after the coordinator ticks that the reports are reviewed. */
export const approveSubmittedSchema = z.object({
  periodId: idSchema,
  reviewed: z.literal("on", { error: "reviewedRequired" }),
});

export type ApproveSubmittedInput = z.output<typeof approveSubmittedSchema>;

/** `?klart=` after approving all submitted reports (the button is gone): which notice the page shows. */
export const followUpDoneSchema = z.enum(["godkanda"]).transform(() => "approvedAll" as const).optional().catch(undefined);

const yearSchema = z.coerce.number({ error: "invalidYear" }).int({ error: "invalidYear" }).min(1990, { error: "invalidYear" }).max(2100, { error: "invalidYear" });

export const openPeriodSchema = z.object({
  versionId: idSchema,
  year: yearSchema,
  closesAt: z.union([z.literal("").transform(() => null), dateSchema]).optional().transform((value) => value ?? null),
});

export type OpenPeriodInput = z.output<typeof openPeriodSchema>;

export const closePeriodSchema = z.object({ periodId: idSchema });

export const periodIdParamSchema = z.uuid();
export const programmeYearParamSchema = yearSchema;
