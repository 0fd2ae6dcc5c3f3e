"use server";

import { defineAction } from "@/lib/actions/define-action";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { countiesWhere, type PolicyResource } from "@/lib/auth/policy";
import { commentScopeOf, findReviewerCounty, findThreadResource, findVersionCommentResource } from "@/lib/comments/data";
import { addDraftComment, inviteReviewer, removeReviewer, replyToThread, setThreadResolved } from "@/lib/comments/mutations";
import { addDraftCommentSchema, commentsPath, inviteReviewerSchema, removeReviewerSchema, replyDraftCommentSchema, threadRefSchema } from "@/lib/comments/schema";
import type { CommentDone } from "@/lib/comments/types";
import { findVersionCountyId } from "@/lib/programmes/data";
import type { Actor } from "@/lib/users/types";

// Every exported function is a public POST endpoint (STYLE.md §3): parse → authorize against the
// county of the version (and the reviewer invitation and author, looked up, never from the form)
// → one domain call → revalidate.

const versionPath = (r: CommentDone) => `/arbetsyta/program/${r.programmeId}/version/${r.versionNumber}`;
const pagesOf = (r: CommentDone) => [commentsPath(r.programmeId, r.versionNumber), `${versionPath(r)}/innehall`, versionPath(r), "/arbetsyta"];

/** The version's county, with the reviewer invitation the actor holds for it (if any). */
async function versionResource(versionId: string, actor: Actor | null): Promise<PolicyResource> {
  if (actor === null) return {};
  const found = await findVersionCommentResource(versionId, actor.userId);
  if (found === null) return {};
  return { countyId: found.countyId, ...(found.isReviewer ? { reviewerInCounty: found.countyId } : {}) };
}

/** The thread's county and author, with the reviewer invitation the actor holds for its version (if any). */
async function threadResource(threadId: string, actor: Actor | null): Promise<PolicyResource> {
  if (actor === null) return {};
  const found = await findThreadResource(threadId, actor.userId);
  if (found === null) return {};
  return {
    countyId: found.countyId,
    ...(found.isReviewer ? { reviewerInCounty: found.countyId } : {}),
    ...(found.authorId === null ? {} : { authorId: found.authorId }),
  };
}

const add = defineAction({
  name: "comment.add",
  input: addDraftCommentSchema,
  access: "permission",
  permission: "comment.write",
  resource: (input, actor) => versionResource(input.versionId, actor),
  run: (input, { actor }) => addDraftComment(actor, commentScopeOf(actor), input),
  revalidate: (_input, r) => pagesOf(r),
});

const reply = defineAction({
  name: "comment.reply",
  input: replyDraftCommentSchema,
  access: "permission",
  permission: "comment.write",
  resource: (input, actor) => threadResource(input.threadId, actor),
  run: (input, { actor }) => replyToThread(actor, commentScopeOf(actor), input),
  revalidate: (_input, r) => pagesOf(r),
});

const resolve = defineAction({
  name: "comment.resolve",
  input: threadRefSchema,
  access: "permission",
  permission: "comment.resolve",
  resource: (input, actor) => threadResource(input.threadId, actor),
  run: (input, { actor }) => setThreadResolved(actor, commentScopeOf(actor), input, true),
  revalidate: (_input, r) => pagesOf(r),
});

const reopen = defineAction({
  name: "comment.reopen",
  input: threadRefSchema,
  access: "permission",
  permission: "comment.resolve",
  resource: (input, actor) => threadResource(input.threadId, actor),
  run: (input, { actor }) => setThreadResolved(actor, commentScopeOf(actor), input, false),
  revalidate: (_input, r) => pagesOf(r),
});

const invite = defineAction({
  name: "reviewer.invite",
  input: inviteReviewerSchema,
  access: "permission",
  permission: "reviewer.manage",
  resource: async (input) => {
    const countyId = await findVersionCountyId(input.versionId);
    return countyId === null ? {} : { countyId };
  },
  run: (input, { actor }) => inviteReviewer(actor, countiesWhere(actor, "reviewer.manage"), input),
  revalidate: (_input, r) => [commentsPath(r.programmeId, r.versionNumber)],
});

const remove = defineAction({
  name: "reviewer.remove",
  input: removeReviewerSchema,
  access: "permission",
  permission: "reviewer.manage",
  resource: async (input) => (await findReviewerCounty(input.reviewerId)) ?? {},
  run: (input, { actor }) => removeReviewer(actor, countiesWhere(actor, "reviewer.manage"), input),
  revalidate: (_input, r) => [commentsPath(r.programmeId, r.versionNumber)],
});

type State = FormState<CommentDone>;

export async function addDraftCommentAction(_previous: State, formData: FormData): Promise<State> {
  return toFormState(await add(formData), formValues(formData));
}

export async function replyDraftCommentAction(_previous: State, formData: FormData): Promise<State> {
  return toFormState(await reply(formData), formValues(formData));
}

export async function resolveThreadAction(_previous: State, formData: FormData): Promise<State> {
  return toFormState(await resolve(formData), formValues(formData));
}

export async function reopenThreadAction(_previous: State, formData: FormData): Promise<State> {
  return toFormState(await reopen(formData), formValues(formData));
}

export async function inviteReviewerAction(_previous: State, formData: FormData): Promise<State> {
  return toFormState(await invite(formData), formValues(formData));
}

export async function removeReviewerAction(_previous: State, formData: FormData): Promise<State> {
  return toFormState(await remove(formData), formValues(formData));
}
