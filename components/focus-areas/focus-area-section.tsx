import Link from "next/link";
import { useTranslations } from "next-intl";
import { FocusAreaCommentBadge } from "@/components/comments/content-comment-badges";
import { QuickAddItemForm, type LeadOption } from "@/components/action-items/quick-add-item-form";
import { CommandButton } from "@/components/editor/command-button";
import { ConfirmDelete } from "@/components/editor/confirm-delete";
import { FocusAreaForm } from "@/components/focus-areas/focus-area-form";
import { FocusAreaItems } from "@/components/focus-areas/focus-area-items";
import { GoalList } from "@/components/focus-areas/goal-list";
import { deleteFocusAreaAction, moveFocusAreaAction, updateFocusAreaAction } from "@/lib/focus-areas/actions";
import { focusAreaAnchor, newActionItemPath } from "@/lib/focus-areas/schema";
import type { UnresolvedCounts } from "@/lib/comments/types";
import type { EditorFocusArea, EditorItemSummary, GoalOption } from "@/lib/focus-areas/types";

/** The unresolved counts of these actions only: the client table gets what it shows, not the whole version's. */
function itemCounts(counts: UnresolvedCounts | undefined, items: readonly EditorItemSummary[]): UnresolvedCounts | undefined {
  if (counts === undefined) return undefined;
  const byItem = Object.fromEntries(items.flatMap((item) => (counts.byItem[item.stableKey] === undefined ? [] : [[item.stableKey, counts.byItem[item.stableKey] ?? 0]])));
  return { total: counts.total, byFocusArea: {}, byItem };
}

type Props = {
  area: EditorFocusArea;
  index: number;
  count: number;
  programmeId: string;
  versionNumber: number;
  canEdit: boolean;
  strategyGoals: readonly GoalOption[];
  /** Who may lead a new action ("Lägg till åtgärd"). */
  leadOptions: readonly LeadOption[];
  /** Back without JavaScript from "Spara och lägg till nästa" in this area: what to announce. */
  reopened: string | null;
  /** Unresolved comment threads per focus area and action (badges linking to them). */
  commentCounts?: UnresolvedCounts;
};

/** One focus area of the content editor: its goals and flags, its actions in order, and (in a draft) its controls. */
export function FocusAreaSection({ area, index, count, programmeId, versionNumber, canEdit, strategyGoals, leadOptions, reopened, commentCounts }: Props) {
  const t = useTranslations("focusAreas");
  const tn = useTranslations("editing");
  const headingId = `focus-area-${area.stableKey}`;
  return (
    <section
      id={focusAreaAnchor(area.stableKey)}
      aria-labelledby={headingId}
      className="min-w-0 scroll-mt-4 space-y-4 rounded border border-slate-300 p-4"
      data-testid="focus-area"
    >
      <div className="space-y-1">
        <p className="text-sm text-slate-700">{t("areaLabel", { position: index + 1 })}</p>
        <h2 id={headingId} className="text-2xl">
          {area.title}
        </h2>
        <FocusAreaCommentBadge programmeId={programmeId} versionNumber={versionNumber} counts={commentCounts} stableKey={area.stableKey} title={area.title} />
        {area.description !== "" && <p className="whitespace-pre-wrap">{area.description}</p>}
      </div>
      <GoalList goals={area.goals} />
      {area.lacksGoalLink && (
        <p className="rounded border-l-4 border-sky-800 bg-sky-50 p-2 text-sm">
          <strong>{t("lacksGoalLink")}</strong> – {t("lacksGoalLinkHint")}
        </p>
      )}
      {area.hasOtherStrategyGoal && (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-2 text-sm">
          <strong>{t("otherStrategyFlag")}</strong> – {t("otherStrategyHint")}
        </p>
      )}

      {canEdit && (
        <div role="group" aria-label={t("controlsLabel", { title: area.title })} className="flex flex-wrap items-start gap-3">
          <CommandButton
            action={moveFocusAreaAction}
            fields={{ focusAreaId: area.id, direction: "up" }}
            label={t("moveUp")}
            accessibleLabel={t("moveUpLabel", { title: area.title })}
            isInert={index === 0}
            successMessage={t("moved")}
          />
          <CommandButton
            action={moveFocusAreaAction}
            fields={{ focusAreaId: area.id, direction: "down" }}
            label={t("moveDown")}
            accessibleLabel={t("moveDownLabel", { title: area.title })}
            isInert={index === count - 1}
            successMessage={t("moved")}
          />
          <details className="w-full">
            <summary className="cursor-pointer font-semibold text-link underline">
              {t("edit")}
              <span className="sr-only"> – {area.title}</span>
            </summary>
            <div className="mt-3">
              <FocusAreaForm
                target={{ kind: "edit", focusAreaId: area.id, revision: area.revision }}
                initial={{
                  title: area.title,
                  description: area.description,
                  goalIds: area.goals
                    .filter((goal) => !goal.isOtherStrategy)
                    .map((goal) => goal.id)
                    .join(","),
                }}
                strategyGoals={strategyGoals}
                otherStrategyGoals={area.goals.filter((goal) => goal.isOtherStrategy)}
                action={updateFocusAreaAction}
                submitLabel={t("save")}
                pendingLabel={t("saving")}
                successMessage={t("saved")}
              />
            </div>
          </details>
        </div>
      )}

      {area.items.length === 0 ? (
        <p>{t("noItems")}</p>
      ) : (
        <FocusAreaItems
          focusAreaId={area.id}
          focusAreaTitle={area.title}
          items={area.items}
          programmeId={programmeId}
          versionNumber={versionNumber}
          canEdit={canEdit}
          commentCounts={itemCounts(commentCounts, area.items)}
        />
      )}

      {canEdit && (
        <QuickAddItemForm
          focusAreaId={area.id}
          focusAreaTitle={area.title}
          leadOptions={leadOptions}
          isOpenAtStart={reopened !== null}
          initialAnnouncement={reopened ?? ""}
        />
      )}

      {canEdit && (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <Link href={newActionItemPath(programmeId, versionNumber, area.stableKey)} className="font-semibold">
            {tn("allFields")}
            <span className="sr-only"> {tn("allFieldsHidden", { title: area.title })}</span>
          </Link>
          {area.items.length === 0 ? (
            <ConfirmDelete
              action={deleteFocusAreaAction}
              fields={{ focusAreaId: area.id, revision: String(area.revision) }}
              label={t("delete")}
              accessibleLabel={t("deleteLabel", { title: area.title })}
              question={t("confirmDelete", { title: area.title })}
              confirmLabel={t("confirmDeleteButton")}
              cancelLabel={t("cancel")}
              fieldErrorMessages={{ notEmpty: t("fieldErrors.notEmpty"), hasComments: t("fieldErrors.hasComments") }}
            />
          ) : (
            <p className="text-sm text-slate-700">{t("deleteOnlyEmpty")}</p>
          )}
        </div>
      )}
    </section>
  );
}
