import Link from "next/link";
import { useTranslations } from "next-intl";
import { CommentTime } from "@/components/comments/comment-time";
import { ReplyForm } from "@/components/comments/reply-form";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { reopenThreadAction, resolveThreadAction } from "@/lib/comments/actions";
import type { CommentAnchor, ThreadView } from "@/lib/comments/types";

/** One thread: what it is about, the first comment, its replies, and (while a draft) reply and resolve. */
export function CommentThread({
  thread,
  isOpen,
  anchorHref,
}: {
  thread: ThreadView;
  /** Comments may be written (a draft, and the reader may comment). */
  isOpen: boolean;
  /** Where the thread's anchor links to (the comments page filtered to it); none on the anchor's own page. */
  anchorHref?: (anchor: CommentAnchor) => string | null;
}) {
  const t = useTranslations("comments");
  const headingId = `thread-${thread.id}`;
  const label = anchorLabel(thread.anchor, t);
  const href = anchorHref?.(thread.anchor) ?? null;
  const isResolved = thread.resolvedAt !== null;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded border border-slate-300 p-3" data-testid="comment-thread" data-resolved={isResolved}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold break-words">
          {href === null ? label : <Link href={href}>{label}</Link>}
        </h3>
        <span
          className={`rounded px-2 py-0.5 text-sm font-semibold ${isResolved ? "bg-slate-100 text-slate-800" : "border border-amber-800 bg-amber-50 text-amber-900"}`}
          data-testid="thread-status"
        >
          {isResolved ? t("resolved") : t("unresolved")}
        </span>
      </div>
      <div className="space-y-1">
        <p className="text-sm text-slate-700">
          {t("wrote", { author: thread.authorName })} · <CommentTime date={thread.createdAt} />
        </p>
        <p className="break-words whitespace-pre-line">{thread.text}</p>
      </div>
      {thread.replies.length > 0 && (
        <ul aria-label={t("repliesLabel")} className="space-y-3 border-l-4 border-slate-200 pl-3">
          {thread.replies.map((reply) => (
            <li key={reply.id} className="space-y-1">
              <p className="text-sm text-slate-700">
                {t("wrote", { author: reply.authorName })} · <CommentTime date={reply.createdAt} />
              </p>
              <p className="break-words whitespace-pre-line">{reply.text}</p>
            </li>
          ))}
        </ul>
      )}
      {thread.resolvedAt !== null && (
        <p className="text-sm text-slate-700">
          {thread.resolvedByName === null ? t("resolved") : t("resolvedBy", { name: thread.resolvedByName })} · <CommentTime date={thread.resolvedAt} />
        </p>
      )}
      {(isOpen || thread.canResolve) && (
        <div className="flex flex-wrap items-start gap-4">
          {isOpen && (
            <details className="min-w-0 flex-1 basis-64">
              <summary className="cursor-pointer font-semibold text-link underline">
                {t("reply")}
                <span className="sr-only"> – {label}</span>
              </summary>
              <div className="mt-3">
                <ReplyForm threadId={thread.id} author={thread.authorName} />
              </div>
            </details>
          )}
          {thread.canResolve && (
            <ActionButtonForm
              action={isResolved ? reopenThreadAction : resolveThreadAction}
              fields={{ threadId: thread.id }}
              label={isResolved ? t("reopen") : t("resolve")}
              pendingLabel={isResolved ? t("reopening") : t("resolving")}
              errorText={{ INVALID_TRANSITION: t("closedError"), CONFLICT: t("conflictError") }}
              variant="secondary"
            />
          )}
        </div>
      )}
    </article>
  );
}

function anchorLabel(anchor: CommentAnchor, t: ReturnType<typeof useTranslations<"comments">>): string {
  switch (anchor.kind) {
    case "PROGRAMME":
      return t("anchorProgramme");
    case "DELETED":
      return t("anchorDeleted", { label: anchor.label });
    case "FOCUS_AREA":
    case "ITEM":
      return anchor.label;
  }
}
