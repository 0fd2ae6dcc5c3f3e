import { z } from "zod";
import { idListSchema } from "@/lib/consultations/schema";
import { dateSchema, diarienummerSchema, idSchema, longTextSchema, shortTextSchema } from "@/lib/strategies/schema";

/**
 * Input of the endorsement, ratification and publishing forms; the same schemas run in the browser
 * and in the actions. Errors are keys of the "validation" catalogue namespace.
 */

export const MINUTES_MAX_BYTES = 10 * 1024 * 1024;

export const sendForEndorsementSchema = z.object({
  versionId: idSchema,
  organisationIds: idListSchema.pipe(z.array(z.string()).min(1, { error: "organisationsRequired" })),
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

export const ratifySchema = z.object({
  versionId: idSchema,
  ratificationBody: shortTextSchema,
  ratificationDate: dateSchema,
  ratificationDnr: diarienummerSchema,
});
export type RatifyInput = z.output<typeof ratifySchema>;

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
