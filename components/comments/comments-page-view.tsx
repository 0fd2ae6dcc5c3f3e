import Link from "next/link";
import { useTranslations } from "next-intl";
import { AddDraftCommentForm } from "@/components/comments/add-draft-comment-form";
import { CommentFilterForm } from "@/components/comments/comment-filter-form";
import { CommentThread } from "@/components/comments/comment-thread";
import { ReviewerPanel } from "@/components/comments/reviewer-panel";
import { VersionContent } from "@/components/consultations/version-content";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { commentsFilterPath, commentsPath, filterParam } from "@/lib/comments/schema";
import type { CommentAnchor, CommentsPage } from "@/lib/comments/types";

/** /arbetsyta/program/[programmeId]/version/[number]/kommentarer: threads, filter, new comment, reviewers. */
export function CommentsPageView({ page }: { page: CommentsPage }) {
  const t = useTranslations("comments");
  const tNav = useTranslations("authoringNav");
  const tStatus = useTranslations("status");
  const { version } = page;
  const programmeHref = `/arbetsyta/program/${version.programmeId}`;
  const versionHref = `${programmeHref}/version/${version.number}`;
  const here = commentsPath(version.programmeId, version.number);
  const anchorHref = (anchor: CommentAnchor) =>
    anchor.kind === "ITEM" || anchor.kind === "FOCUS_AREA"
      ? commentsFilterPath(version.programmeId, version.number, { kind: anchor.kind, stableKey: anchor.stableKey })
      : null;
  const crumbs = page.isCoordinator
    ? [
        { href: "/arbetsyta", label: tNav("workspace") },
        { href: "/arbetsyta/strategier", label: tNav("strategies") },
        { href: programmeHref, label: version.programmeTitle },
        { href: versionHref, label: tNav("version", { number: version.number }) },
        { href: here, label: t("breadcrumb") },
      ]
    : [
        { href: "/arbetsyta", label: tNav("workspace") },
        { href: here, label: t("breadcrumb") },
      ];
  const filtered = page.filter.kind !== "ALL" || page.unresolvedOnly;
  const defaultAnchor = page.filter.kind === "ITEM" || page.filter.kind === "FOCUS_AREA" ? filterParam(page.filter) : "";
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <Breadcrumbs label={tNav("breadcrumbs")} items={crumbs} />
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg break-words">{version.title}</p>
        <p className="text-slate-700">
          {tNav("version", { number: version.number })} · {tStatus(version.status)} · {version.countyName}
        </p>
        <p>{t("intro")}</p>
        {version.status !== "DRAFT" && <p className="rounded border-l-4 border-slate-600 bg-slate-50 p-3">{t("readOnly")}</p>}
        {!page.isCoordinator && page.isOpen && <p className="rounded border-l-4 border-sky-800 bg-sky-50 p-3">{t("reviewerNote")}</p>}
        <p className="font-semibold" data-testid="comment-totals">
          {t("totals", page.totals)}
        </p>
        <p>
          <Link href={`${here}/utkast`}>{t("readDraft")}</Link>
        </p>
      </div>

      {page.focus !== null && (
        <section aria-labelledby="focus-title" className="space-y-3">
          <h2 id="focus-title" className="text-2xl">
            {t("focusTitle")}
          </h2>
          <VersionContent readable={page.focus} headingLevel={3} />
        </section>
      )}

      {page.isOpen && (
        <section aria-labelledby="new-comment-title" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="new-comment-title" className="text-2xl">
            {t("newTitle")}
          </h2>
          <AddDraftCommentForm key={defaultAnchor} versionId={version.versionId} anchors={page.anchors} defaultAnchor={defaultAnchor} />
        </section>
      )}

      <section aria-labelledby="threads-title" className="space-y-4">
        <h2 id="threads-title" className="text-2xl">
          {t("threadsTitle")}
        </h2>
        <CommentFilterForm action={here} filter={page.filter} unresolvedOnly={page.unresolvedOnly} anchors={page.anchors} />
        {page.threads.length === 0 ? (
          <p>{filtered && page.totals.threads > 0 ? t("noMatches") : t("noThreads")}</p>
        ) : (
          <div className="space-y-4">
            {page.threads.map((thread) => (
              <CommentThread key={thread.id} thread={thread} isOpen={page.isOpen} anchorHref={anchorHref} />
            ))}
          </div>
        )}
      </section>

      {page.reviewers !== null && <ReviewerPanel versionId={version.versionId} panel={page.reviewers} />}
    </div>
  );
}
