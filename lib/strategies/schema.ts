import { z } from "zod";

/**
 * Input of the regional strategy forms. The same schemas run in the browser (messages beside each
 * field before a round trip) and in the server actions (what is posted directly is refused the
 * same way). Errors are message keys of the "validation" catalogue namespace, not sentences: the
 * UI words them in the reader's language.
 */

export const fieldErrorCodes = [
  "required",
  "titleTooLong",
  "textTooLong",
  "shortTextTooLong",
  "invalidDate",
  "dateOutOfRange",
  "endBeforeStart",
  "substancesRequired",
  "invalidSubstance",
  "unknownNationalStrategy",
  "extensionNotAfterEnd",
  "invalidReference",
  "invalidNumber",
  "organisationsRequired",
  "reasonRequired",
  "deadlineInPast",
  "fileNotPdf",
  "fileTooLarge",
  "reservationRequired",
  "declineReasonRequired",
  "invalidCharacters",
  "paragraphInvalid",
  "expiredConfirmationRequired",
] as const;

export type FieldErrorCode = (typeof fieldErrorCodes)[number];

/** Field error messages the UI can word; anything else is shown as the generic "invalid" text. */
export function isFieldErrorCode(value: string): value is FieldErrorCode {
  return fieldErrorCodes.some((code) => code === value);
}

export const TITLE_MAX = 300;
export const SHORT_TEXT_MAX = 200;
export const TEXT_MAX = 20_000;

export const titleSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(TITLE_MAX, { error: "titleTooLong" });

export const shortTextSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(SHORT_TEXT_MAX, { error: "shortTextTooLong" });

/** Optional short text: empty or missing → null. */
export const optionalShortTextSchema = z
  .string()
  .trim()
  .max(SHORT_TEXT_MAX, { error: "shortTextTooLong" })
  .optional()
  .transform((value) => (value === undefined || value === "" ? null : value));

export const longTextSchema = z
  .string()
  .max(TEXT_MAX, { error: "textTooLong" })
  .optional()
  .transform((value) => (value ?? "").trim());

/** A record id from a hidden field or a select; anything else is a tampered form. */
export const idSchema = z.guid({ error: "invalidReference" });

/** A calendar date as `<input type="date">` sends it (YYYY-MM-DD), as UTC midnight like Prisma's @db.Date. */
export const dateSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  // An empty value is "required" above, not also "invalidDate".
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: "invalidDate" })
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    // Date rolls 2023-02-30 over to March: a date that does not round-trip does not exist.
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    const year = date.getUTCFullYear();
    if (year < 1990 || year > 2100) {
      ctx.addIssue({ code: "custom", message: "dateOutOfRange" });
      return z.NEVER;
    }
    return date;
  });

/** Object checks run even when a field failed, so every error shows at once (refineValidity guards its inputs). */
export const alwaysCheck = { when: () => true };

/**
 * The end of a validity period must not come before its start. Zod runs object refinements even
 * when a field already failed, so the values are checked to be dates first.
 */
export function refineValidity(value: { validFrom: unknown; validTo: unknown }, ctx: z.RefinementCtx): void {
  const { validFrom, validTo } = value;
  if (validFrom instanceof Date && validTo instanceof Date && validTo.getTime() < validFrom.getTime()) {
    ctx.addIssue({ code: "custom", path: ["validTo"], message: "endBeforeStart" });
  }
}

const strategyFields = {
  title: titleSchema,
  validFrom: dateSchema,
  validTo: dateSchema,
  nationalStrategyId: idSchema,
  overarchingText: longTextSchema,
};

export const createStrategySchema = z.object({ countyId: idSchema, ...strategyFields }).superRefine(refineValidity, alwaysCheck);

export const updateStrategySchema = z
  .object({
    strategyId: idSchema,
    revision: z.coerce.number({ error: "invalidNumber" }).int({ error: "invalidNumber" }).min(0, { error: "invalidNumber" }),
    ...strategyFields,
  })
  .superRefine(refineValidity, alwaysCheck);

/**
 * A diarienummer (Dnr) as the official wrote it, without the words around it: whitespace trimmed
 * and collapsed, a leading "Dnr"/"Dnr:"/"dnr." dropped (the interface adds "Dnr" when it shows one).
 * "Dnr 701-1234-2024" and " 701-1234-2024 " are both stored as "701-1234-2024"; "KS 2026/45" stays.
 * Empty → null. prisma/migrations/*_normalise_paragraph_dnr applies the same rule to stored rows.
 */
export function normaliseDiarienummer(value: string): string | null {
  const collapsed = value.replace(/\s+/g, " ").trim();
  const bare = collapsed.replace(/^dnr\b[.:]?\s*/i, "");
  return bare === "" ? null : bare;
}

/** Optional Dnr: trimmed, collapsed, without a leading "Dnr" (normaliseDiarienummer). */
export const diarienummerSchema = z
  .string()
  .max(SHORT_TEXT_MAX, { error: "shortTextTooLong" })
  .optional()
  .transform((value) => (value === undefined ? null : normaliseDiarienummer(value)));

export const recordExtensionSchema = z.object({
  strategyId: idSchema,
  newValidTo: dateSchema,
  decisionBody: shortTextSchema,
  decisionDate: dateSchema,
  diarienummer: diarienummerSchema,
});

export type CreateStrategyInput = z.output<typeof createStrategySchema>;
export type UpdateStrategyInput = z.output<typeof updateStrategySchema>;
export type RecordExtensionInput = z.output<typeof recordExtensionSchema>;

/** The route parameter of /arbetsyta/strategier/[strategyId]; anything else is a 404. */
export const strategyIdParamSchema = idSchema;
