import { z } from "zod";
import { dateSchema, idSchema, longTextSchema } from "@/lib/strategies/schema";

/**
 * Input of the consultation (remiss) forms: the same schemas in the browser and in the actions.
 * Errors are keys of the "validation" catalogue namespace.
 */

export const RESPONSE_TEXT_MAX = 20_000;

/** Checkboxes post one value, several, or none: always a list of ids here. */
export const idListSchema = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(idSchema).transform((ids) => [...new Set(ids)]),
);

export const sendToConsultationSchema = z.object({
  versionId: idSchema,
  organisationIds: idListSchema.pipe(z.array(z.string()).min(1, { error: "organisationsRequired" })),
  deadline: dateSchema,
  message: longTextSchema,
});
export type SendToConsultationInput = z.output<typeof sendToConsultationSchema>;

export const invitationRefSchema = z.object({ invitationId: idSchema });

export const saveResponseSchema = z.object({ invitationId: idSchema, generalText: longTextSchema });
export type SaveResponseInput = z.output<typeof saveResponseSchema>;

/** "" = the programme as a whole; "fa:<stableKey>" a focus area; "item:<stableKey>" an action item. */
export const anchorSchema = z
  .string()
  .regex(/^$|^(fa|item):[0-9a-f-]{36}$/i, { error: "invalidReference" })
  .transform((value) => {
    if (value === "") return { kind: "PROGRAMME" as const };
    const [kind, stableKey = ""] = value.split(":");
    return { kind: kind === "fa" ? ("FOCUS_AREA" as const) : ("ITEM" as const), stableKey: stableKey.toLowerCase() };
  });

export const addCommentSchema = z.object({
  invitationId: idSchema,
  anchor: anchorSchema,
  text: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(RESPONSE_TEXT_MAX, { error: "textTooLong" }),
});
export type AddCommentInput = z.output<typeof addCommentSchema>;

export const deleteCommentSchema = z.object({ invitationId: idSchema, commentId: idSchema });
export type DeleteCommentInput = z.output<typeof deleteCommentSchema>;

export const dispositionDecisions = ["ACCEPTED", "PARTLY_ACCEPTED", "NOT_ACCEPTED"] as const;

/** A comment's disposition; a reason is needed unless the comment was simply accepted. */
export const disposeCommentSchema = z
  .object({
    commentId: idSchema,
    decision: z.enum(dispositionDecisions, { error: "required" }),
    reason: longTextSchema,
  })
  .superRefine((value, ctx) => {
    if (value.decision !== "ACCEPTED" && value.reason === "") {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
    }
  });
export type DisposeCommentInput = z.output<typeof disposeCommentSchema>;

export const closeConsultationSchema = z.object({ versionId: idSchema });
export type CloseConsultationInput = z.output<typeof closeConsultationSchema>;

/** `?klart=` after a change that removed its own form: which notice the page shows. */
export const consultationDoneSchema = z
  .enum(["remiss-skickad", "remiss-avslutad"])
  .transform((value) => (value === "remiss-skickad" ? ("sent" as const) : ("closed" as const)))
  .optional()
  .catch(undefined);
