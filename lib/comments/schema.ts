import { z } from "zod";
import { anchorSchema, RESPONSE_TEXT_MAX } from "@/lib/consultations/schema";
import { idSchema } from "@/lib/strategies/schema";

/**
 * Input of the comment forms (comments while drafting): the same schemas in the browser and in the
 * actions. Errors are keys of the "validation" catalogue namespace.
 */

const commentTextSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(RESPONSE_TEXT_MAX, { error: "textTooLong" });

/** A new thread on the version ("" = the programme as a whole), a focus area ("fa:<key>") or an action ("item:<key>"). */
export const addDraftCommentSchema = z.object({ versionId: idSchema, anchor: anchorSchema, text: commentTextSchema });
export type AddDraftCommentInput = z.output<typeof addDraftCommentSchema>;

/** A reply to a thread (one level: the thread's first comment). */
export const replyDraftCommentSchema = z.object({ threadId: idSchema, text: commentTextSchema });
export type ReplyDraftCommentInput = z.output<typeof replyDraftCommentSchema>;

/** Resolve or reopen a thread. */
export const threadRefSchema = z.object({ threadId: idSchema });
export type ThreadRefInput = z.output<typeof threadRefSchema>;

export const inviteReviewerSchema = z.object({ versionId: idSchema, userId: idSchema });
export type InviteReviewerInput = z.output<typeof inviteReviewerSchema>;

export const removeReviewerSchema = z.object({ reviewerId: idSchema });
export type RemoveReviewerInput = z.output<typeof removeReviewerSchema>;

/**
 * The comments page's filter (?avser=&olosta=1): what the threads are about ("alla", "program",
 * "fa:<key>" a focus area with its actions, "item:<key>" one action) and whether only unresolved.
 * Anything unreadable means "everything".
 */
export type CommentFilter =
  | { kind: "ALL" }
  | { kind: "PROGRAMME" }
  | { kind: "FOCUS_AREA"; stableKey: string }
  | { kind: "ITEM"; stableKey: string };

const filterAnchorSchema = z
  .string()
  .regex(/^(alla|program|(fa|item):[0-9a-f-]{36})$/i)
  .transform((value): CommentFilter => {
    if (value === "alla") return { kind: "ALL" };
    if (value === "program") return { kind: "PROGRAMME" };
    const [kind, stableKey = ""] = value.split(":");
    return { kind: kind === "fa" ? "FOCUS_AREA" : "ITEM", stableKey: stableKey.toLowerCase() };
  });

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const commentFilterSchema = z.object({
  avser: z.preprocess(firstValue, filterAnchorSchema).optional().catch(undefined),
  olosta: z.preprocess(firstValue, z.literal("1")).optional().catch(undefined),
});

/** The page query as the loader takes it. */
export function parseCommentFilter(query: Record<string, string | string[] | undefined>): { filter: CommentFilter; unresolvedOnly: boolean } {
  const parsed = commentFilterSchema.parse(query);
  return { filter: parsed.avser ?? { kind: "ALL" }, unresolvedOnly: parsed.olosta === "1" };
}

/** The filter as the query string value the page's links and form use. */
export function filterParam(filter: CommentFilter): string {
  switch (filter.kind) {
    case "ALL":
      return "alla";
    case "PROGRAMME":
      return "program";
    case "FOCUS_AREA":
      return `fa:${filter.stableKey}`;
    case "ITEM":
      return `item:${filter.stableKey}`;
  }
}

export const commentsPath = (programmeId: string, versionNumber: number) => `/arbetsyta/program/${programmeId}/version/${versionNumber}/kommentarer`;

/** The comments page showing one focus area's or one action's threads (the badges link here). */
export function commentsFilterPath(programmeId: string, versionNumber: number, filter: CommentFilter, unresolvedOnly = false): string {
  const query = new URLSearchParams({ avser: filterParam(filter), ...(unresolvedOnly ? { olosta: "1" } : {}) });
  return `${commentsPath(programmeId, versionNumber)}?${query.toString()}`;
}
