import { z } from "zod";
import { idListSchema } from "@/lib/consultations/schema";
import { dateSchema, diarienummerSchema, idSchema, longTextSchema, shortTextSchema } from "@/lib/strategies/schema";

/**
 * Input of the endorsement, ratification and publishing forms; the same schemas run in the browser
 * and in the actions. Errors are keys of the "validation" catalogue namespace.
 */

export const MINUTES_MAX_BYTES = 10 * 1024 * 1024;

/** The form field of the written reason for leaving a changed organisation out of the round. */
export const LEAVE_OUT_PREFIX = "leaveOutReason-";
export const leaveOutField = (organisationId: string) => `${LEAVE_OUT_PREFIX}${organisationId}`;
export const LEAVE_OUT_REASON_MAX = 2_000;

/**
 * Sending for endorsement: the required organisations, and for a revision a written reason for
 * every organisation whose commitments changed but which is not required (one field per
 * organisation, `leaveOutReason-<id>`). Which organisations changed only the database knows: the
 * mutation refuses a changed organisation that is neither required nor has a reason.
 */
export const sendForEndorsementSchema = z
  .looseObject({
    versionId: idSchema,
    organisationIds: idListSchema.pipe(z.array(z.string()).min(1, { error: "organisationsRequired" })),
  })
  .superRefine((value, ctx) => {
    for (const [key, reason] of Object.entries(value)) {
      if (!key.startsWith(LEAVE_OUT_PREFIX)) continue;
      if (!idSchema.safeParse(key.slice(LEAVE_OUT_PREFIX.length)).success || typeof reason !== "string") {
        ctx.addIssue({ code: "custom", path: [key], message: "invalidReference" });
      } else if (reason.trim().length > LEAVE_OUT_REASON_MAX) {
        ctx.addIssue({ code: "custom", path: [key], message: "textTooLong" });
      }
    }
  })
  .transform(({ versionId, organisationIds, ...rest }) => {
    const leaveOutReasons: Record<string, string> = {};
    for (const [key, reason] of Object.entries(rest)) {
      if (key.startsWith(LEAVE_OUT_PREFIX) && typeof reason === "string" && reason.trim() !== "") leaveOutReasons[key.slice(LEAVE_OUT_PREFIX.length)] = reason.trim();
    }
    return { versionId, organisationIds, leaveOutReasons };
  });
export type SendForEndorsementInput = z.output<typeof sendForEndorsementSchema>;

export const versionRefSchema = z.object({ versionId: idSchema });
export type VersionRefInput = z.output<typeof versionRefSchema>;


export const decisions = ["ENDORSED", "ENDORSED_WITH_RESERVATION", "DECLINED"] as const;
export type Decision = (typeof decisions)[number];

/**
 * The minutes extract (protokollsutdrag): optional. An empty file input posts an empty File, which
 * means "none chosen". The size is checked here; that it really is a PDF is checked by content on
 * the server (lib/endorsements/mutations.ts), since the browser's type claim proves nothing.
 */
const minutesSchema = z.preprocess(
  (value) => (value === "" || (isBlob(value) && value.size === 0) ? undefined : value),
  z
    .custom<Blob>(isBlob, { error: "fileNotPdf" })
    .refine((file) => file.size <= MINUTES_MAX_BYTES, { error: "fileTooLarge" })
    .optional(),
);

/**
 * A file from a form post. Checked by shape, not `instanceof File`: the server's FormData parser
 * may hand over a Blob of another realm, which `instanceof` would not recognise.
 */
function isBlob(value: unknown): value is Blob {
  return typeof value === "object" && value !== null && "arrayBuffer" in value && typeof value.arrayBuffer === "function" && "size" in value && typeof value.size === "number";
}

/** The name a browser gave an uploaded file, if any. */
export function uploadedName(file: Blob): string {
  return "name" in file && typeof file.name === "string" ? file.name : "";
}

/**
 * A minutes paragraph (§) as its number: "§ 12", "§12", "12", " § 12 " and "§§ 12" are all "12";
 * a letter suffix is kept ("12 a" → "12a"). Null when empty, undefined when it is not a paragraph
 * number (the form says so beside the field). Stored without "§", shown with it (paragraphText).
 */
export function normaliseParagraph(value: string): string | null | undefined {
  const bare = value.trim().replace(/^(?:§\s*)+/, "");
  if (bare === "") return null;
  const match = /^(\d{1,6})\s?([a-zåäö]?)$/i.exec(bare);
  return match === null ? undefined : `${match[1] ?? ""}${(match[2] ?? "").toLowerCase()}`;
}

/** A stored paragraph as Swedish minutes write it: "§ 12". */
export function paragraphText(paragraph: string): string {
  return `§ ${paragraph}`;
}

const paragraphSchema = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const paragraph = normaliseParagraph(value ?? "");
    if (paragraph !== undefined) return paragraph;
    ctx.addIssue({ code: "custom", message: "paragraphInvalid" });
    return z.NEVER;
  });

/** A signatory's decision for their organisation, recorded the way the organisation's minutes say it. */
export const decideSchema = z
  .object({
    endorsementId: idSchema,
    decision: z.enum(decisions, { error: "required" }),
    reservation: longTextSchema,
    declineReason: longTextSchema,
    decisionBody: shortTextSchema,
    decisionDate: dateSchema,
    paragraph: paragraphSchema,
    diarienummer: diarienummerSchema,
    minutes: minutesSchema,
  })
  .superRefine((value, ctx) => {
    if (value.decision === "ENDORSED_WITH_RESERVATION" && value.reservation === "") {
      ctx.addIssue({ code: "custom", path: ["reservation"], message: "reservationRequired" });
    }
    if (value.decision === "DECLINED" && value.declineReason === "") {
      ctx.addIssue({ code: "custom", path: ["declineReason"], message: "declineReasonRequired" });
    }
  });
export type DecideInput = z.output<typeof decideSchema>;

/**
 * "I know the validity has ended": ratifying or publishing a version whose validity ended before
 * today is refused unless the form confirms it (the check is the server's, see mutations.ts).
 */
const expiredConfirmationSchema = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

export const ratifySchema = z.object({
  versionId: idSchema,
  ratificationBody: shortTextSchema,
  ratificationDate: dateSchema,
  ratificationDnr: diarienummerSchema,
  confirmExpired: expiredConfirmationSchema,
});
export type RatifyInput = z.output<typeof ratifySchema>;

export const publishSchema = z.object({ versionId: idSchema, confirmExpired: expiredConfirmationSchema });
export type PublishInput = z.output<typeof publishSchema>;

/** True when `bytes` start like a PDF file ("%PDF-"), whatever name or type the browser gave it. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const signature = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return signature.every((byte, index) => bytes[index] === byte);
}

const doneNotices = { skickad: "sent", oppnad: "reopened", faststalld: "ratified", publicerad: "published" } as const;

/** `?klart=` after a change that removed its own form: which notice the page shows. */
export const endorsementDoneSchema = z
  .enum(["skickad", "oppnad", "faststalld", "publicerad"])
  .transform((value) => doneNotices[value])
  .optional()
  .catch(undefined);

/** The organisations a send for endorsement refused, as the form reads them from the action's details. */
export const refusedOrganisationsSchema = z
  .object({
    refused: z.array(
      z.object({
        organisationId: z.string(),
        name: z.string().nullable(),
        problem: z.enum(["UNKNOWN", "OTHER_COUNTY", "NOT_A_SIGNATORY", "WOUND_UP", "REASON_REQUIRED"]),
        successorName: z.string().nullable(),
      }),
    ),
  })
  .transform((value) => value.refused)
  .catch([]);
