import { useTranslations } from "next-intl";
import { InviteReviewerForm } from "@/components/comments/invite-reviewer-form";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { removeReviewerAction } from "@/lib/comments/actions";
import type { ReviewerPanel as Panel } from "@/lib/comments/types";

/** The coordinator's list of invited reviewers, with invite and remove. */
export function ReviewerPanel({ versionId, panel }: { versionId: string; panel: Panel }) {
  const t = useTranslations("comments");
  return (
    <section aria-labelledby="reviewers-title" className="space-y-4 rounded border border-slate-300 p-4">
      <h2 id="reviewers-title" className="text-2xl">
        {t("reviewersTitle")}
      </h2>
      <p>{t("reviewersIntro")}</p>
      {panel.reviewers.length === 0 ? (
        <p>{t("noReviewers")}</p>
      ) : (
        <ul className="space-y-3" data-testid="reviewer-list">
          {panel.reviewers.map((reviewer) => (
            <li key={reviewer.id} className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 pb-3">
              <div className="min-w-0">
                <p className="font-semibold break-words">{reviewer.name}</p>
                <p className="text-sm break-words text-slate-700">
                  {reviewer.email}
                  {reviewer.organisations === "" ? "" : ` · ${reviewer.organisations}`}
                </p>
              </div>
              <ActionButtonForm
                action={removeReviewerAction}
                fields={{ reviewerId: reviewer.id }}
                label={t("removeLabel", { name: reviewer.name })}
                pendingLabel={t("removing")}
                variant="secondary"
              />
            </li>
          ))}
        </ul>
      )}
      {panel.canInvite &&
        (panel.candidates.length === 0 ? <p>{t("noCandidates")}</p> : <InviteReviewerForm versionId={versionId} candidates={panel.candidates} />)}
    </section>
  );
}
