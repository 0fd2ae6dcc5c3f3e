import Link from "next/link";
import { useTranslations } from "next-intl";
import { AddDraftCommentForm } from "@/components/comments/add-draft-comment-form";
import { CommentThread } from "@/components/comments/comment-thread";
import type { ItemComments } from "@/lib/comments/types";

/** The short comment thread on an action's own page: its threads, and a new comment about it. */
export function ItemCommentsSection({ comments }: { comments: ItemComments }) {
  const t = useTranslations("comments");
  return (
    <section aria-labelledby="item-comments-title" className="mt-8 space-y-4 border-t border-slate-300 pt-6" data-testid="item-comments">
      <h2 id="item-comments-title" className="text-2xl">
        {t("itemSectionTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {comments.threads.length === 0 ? (
        <p>{t("itemNoThreads")}</p>
      ) : (
        <div className="space-y-4">
          {comments.threads.map((thread) => (
            <CommentThread key={thread.id} thread={thread} isOpen={comments.isOpen} />
          ))}
        </div>
      )}
      {comments.isOpen && (
        <details className="rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold text-link underline">{t("newTitle")}</summary>
          <div className="mt-3">
            <AddDraftCommentForm versionId={comments.versionId} fixedAnchor={comments.anchor} idPrefix="item-comment" />
          </div>
        </details>
      )}
      <p>
        <Link href={comments.commentsHref}>{t("itemSectionAll")}</Link>
      </p>
    </section>
  );
}
