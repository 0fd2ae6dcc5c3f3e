import { useTranslations } from "next-intl";
import type { CommentView } from "@/lib/consultations/types";

/** Comments with where they point and, once decided, the disposition and its reason. */
export function CommentList({ comments, organisationName }: { comments: readonly (CommentView & { organisationName?: string })[]; organisationName?: string }) {
  const t = useTranslations("consultations");
  return (
    <ul className="space-y-3">
      {comments.map((comment) => (
        <li key={comment.id} className="rounded border border-slate-300 p-3">
          <p className="text-sm font-semibold">
            {comment.anchorLabel === "" ? t("anchorProgramme") : comment.anchorLabel}
            {(comment.organisationName ?? organisationName) !== undefined && ` · ${comment.organisationName ?? organisationName}`}
          </p>
          <p className="whitespace-pre-line">{comment.text}</p>
          <p className="mt-1 text-sm">
            <span className="font-semibold">{t("disposition")}:</span>{" "}
            {comment.disposition === null ? t("notDisposed") : `${t(`decisions.${comment.disposition.decision}`)}${comment.disposition.reason === "" ? "" : ` – ${comment.disposition.reason}`}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
