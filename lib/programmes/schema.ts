import { z } from "zod";
import {
  dateSchema,
  idSchema,
  longTextSchema,
  alwaysCheck,
  refineValidity,
  titleSchema,
} from "@/lib/strategies/schema";

/**
 * Input of the programme and version forms; the same schemas in the browser and in the server
 * actions. Error messages are keys of the "validation" catalogue namespace (see strategies/schema).
 */

export const substanceCodes = ["A", "N", "D", "T", "S"] as const;
export type SubstanceCode = (typeof substanceCodes)[number];

/** Checkboxes post one value, several, or none (missing): always an array here. */
const substancesSchema = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.enum(substanceCodes, { error: "invalidSubstance" }))
    .min(1, { error: "substancesRequired" })
    .transform((codes) => substanceCodes.filter((code) => codes.includes(code))),
);

const revisionSchema = z.coerce
  .number({ error: "invalidNumber" })
  .int({ error: "invalidNumber" })
  .min(0, { error: "invalidNumber" });

const versionFields = {
  title: titleSchema,
  validFrom: dateSchema,
  validTo: dateSchema,
  substances: substancesSchema,
  nationalStrategyId: idSchema,
  changeSummary: longTextSchema,
};

/** Edit of a DRAFT version's own fields; `editRevision` is the revision the edit started from. */
export const versionFieldsSchema = z
  .object({ versionId: idSchema, editRevision: revisionSchema, ...versionFields })
  .superRefine(refineValidity, alwaysCheck);

/** A new programme under a regional strategy; it starts as version 1 (NEW, DRAFT). */
export const createProgrammeSchema = z
  .object({
    strategyId: idSchema,
    title: titleSchema,
    validFrom: dateSchema,
    validTo: dateSchema,
    substances: substancesSchema,
    /** "Utgå från en publicerad version": empty or missing for an empty programme. */
    templateVersionId: z
      .union([z.literal(""), z.guid({ error: "unknownTemplate" })], { error: "unknownTemplate" })
      .optional()
      .transform((value) => (value === undefined || value === "" ? null : value)),
  })
  .superRefine(refineValidity, alwaysCheck);

export const withdrawVersionSchema = z.object({ versionId: idSchema });

/** Revision of the latest published version; an empty strategy keeps the published one's. */
export const startRevisionSchema = z.object({
  programmeId: idSchema,
  nationalStrategyId: z
    .union([z.literal(""), idSchema])
    .optional()
    .transform((value) => (value === undefined || value === "" ? null : value)),
});

/** Extension of the latest published version to a later end date; nothing else changes. */
export const startExtensionSchema = z.object({ programmeId: idSchema, validTo: dateSchema });

export type VersionFieldsInput = z.output<typeof versionFieldsSchema>;
export type CreateProgrammeInput = z.output<typeof createProgrammeSchema>;
export type WithdrawVersionInput = z.output<typeof withdrawVersionSchema>;
export type StartRevisionInput = z.output<typeof startRevisionSchema>;
export type StartExtensionInput = z.output<typeof startExtensionSchema>;

// ───────────── Route and query parameters (never fail: bad input is a 404 or the default) ─────────────

export const programmeIdParamSchema = idSchema;

/** A version number in the URL: a positive integer. */
export const versionNumberParamSchema = z.coerce.number().int().min(1).max(100_000);

/** /arbetsyta/program/<programmeId>/version/<number>/…: both segments, or null (the page is a 404). */
export function parseVersionRoute(params: { programmeId: string; number: string }): { programmeId: string; number: number } | null {
  const id = programmeIdParamSchema.safeParse(params.programmeId);
  const n = versionNumberParamSchema.safeParse(params.number);
  return id.success && n.success ? { programmeId: id.data, number: n.data } : null;
}

const optionalNumber = z
  .unknown()
  .optional()
  .transform((value) => {
    const parsed = versionNumberParamSchema.safeParse(Array.isArray(value) ? value[0] : value);
    return parsed.success ? parsed.data : null;
  });

/** /jamfor?fran=1&till=2&organisation=<id>: missing or bad values become null (the page picks defaults). */
export const diffSearchParamsSchema = z.object({
  fran: optionalNumber,
  till: optionalNumber,
  organisation: z
    .unknown()
    .optional()
    .transform((value) => {
    const parsed = idSchema.safeParse(Array.isArray(value) ? value[0] : value);
    return parsed.success ? parsed.data : null;
  }),
});

/** /handelser?sida=2: page 1 unless a positive integer is given. */
const optionalUuid = z
  .unknown()
  .optional()
  .transform((value) => {
    const parsed = z.uuid().safeParse(Array.isArray(value) ? value[0] : value);
    return parsed.success ? parsed.data : null;
  });

/** ?sida=&atgard=&person= of the Händelselogg (a GET form): a bad value means "all", never an error. */
export const auditSearchParamsSchema = z.object({
  sida: z
    .unknown()
    .optional()
    .transform((value) => {
    const parsed = versionNumberParamSchema.safeParse(Array.isArray(value) ? value[0] : value);
    return parsed.success ? parsed.data : 1;
  }),
  atgard: optionalUuid,
  person: optionalUuid,
});
export type AuditQuery = z.infer<typeof auditSearchParamsSchema>;

/** /version/[number]?aterkalla=1 opens the withdrawal confirmation (works without JavaScript). */
export const versionSearchParamsSchema = z.object({
  aterkalla: z
    .unknown()
    .optional()
    .transform((value) => value === "1"),
});
