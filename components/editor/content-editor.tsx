import Link from "next/link";
import { useTranslations } from "next-intl";
import { AutoNumberingForm } from "@/components/action-items/auto-numbering-form";
import { ContentFocusProvider } from "@/components/action-items/content-focus";
import { EditorBreadcrumbs } from "@/components/editor/editor-breadcrumbs";
import { FrozenNotice } from "@/components/editor/frozen-notice";
import { Notice } from "@/components/editor/notice";
import { FocusAreaForm } from "@/components/focus-areas/focus-area-form";
import { FocusAreaSection } from "@/components/focus-areas/focus-area-section";
import type { UnresolvedCounts } from "@/lib/comments/types";
import { createFocusAreaAction } from "@/lib/focus-areas/actions";
import { autoNumberingAnchor } from "@/lib/focus-areas/schema";
import type { VersionContentForEditor } from "@/lib/focus-areas/types";
import { importPath, workspaceActionsXlsxPath } from "@/lib/imports/schema";

export type ContentEditorNotice = { kind: "itemAdded"; number: string; title: string } | { kind: "itemDeleted" } | null;

/** Without JavaScript, back from "Spara och lägg till nästa": the focus area whose form opens again. */
export type ReopenedQuickAdd = { focusAreaId: string; announcement: string } | null;

/** The content editor of one version: every focus area with its actions; edit controls only in a draft. */
export function ContentEditor({
  content,
  notice,
  reopened = null,
  commentCounts,
}: {
  content: VersionContentForEditor;
  notice: ContentEditorNotice;
  reopened?: ReopenedQuickAdd;
  commentCounts?: UnresolvedCounts;
}) {
  const t = useTranslations("editor");
  const tf = useTranslations("focusAreas");
  const tn = useTranslations("editing");
  const status = useTranslations("status");
  const ti = useTranslations("imports");
  const { version, focusAreas, strategyGoals } = content;
  const moveTargets = focusAreas.map((area, index) => ({
    id: area.id,
    number: index + 1,
    title: area.title,
    items: area.items.map(({ id, number, title }) => ({ id, number, title })),
  }));
  return (
    <ContentFocusProvider areas={moveTargets}>
      <div className="space-y-6">
        <EditorBreadcrumbs programmeId={version.programmeId} versionNumber={version.number} />
        <div className="space-y-1">
          <h1 className="text-3xl">{t("contentTitle")}</h1>
          <p className="text-lg">{version.title}</p>
          <p className="text-slate-700">{t("versionLine", { number: version.number, status: status(version.status) })}</p>
        </div>
        {notice?.kind === "itemAdded" && <Notice>{t("itemAdded", { number: notice.number, title: notice.title })}</Notice>}
        {notice?.kind === "itemDeleted" && <Notice>{t("itemDeleted")}</Notice>}
        {version.canEdit ? <p>{t("intro")}</p> : <FrozenNotice status={version.status} />}
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          {version.canEdit && (
            <Link href={importPath(version.programmeId, version.number)} className="font-semibold text-brand-700 underline">
              {ti("link")}
            </Link>
          )}
          {/* A download, not a page: a plain link (no prefetch). */}
          <a href={workspaceActionsXlsxPath(version.programmeId, version.number)} download>
            {ti("exportLink")}
          </a>
        </p>
        {version.canEdit && (
          <section id={autoNumberingAnchor} aria-labelledby="auto-numbering-heading" className="scroll-mt-4 space-y-2 rounded border border-slate-300 p-4">
            <h2 id="auto-numbering-heading" className="text-xl">
              {tn("autoNumberingHeading")}
            </h2>
            <AutoNumberingForm versionId={version.id} autoNumbering={version.autoNumbering} />
          </section>
        )}
        {focusAreas.length === 0 && <p>{t("noFocusAreas")}</p>}
        {focusAreas.map((area, index) => (
          <FocusAreaSection
            key={area.id}
            area={area}
            index={index}
            count={focusAreas.length}
            programmeId={version.programmeId}
            versionNumber={version.number}
            canEdit={version.canEdit}
            strategyGoals={strategyGoals}
            leadOptions={content.leadOptions}
            reopened={reopened?.focusAreaId === area.id ? reopened.announcement : null}
            commentCounts={commentCounts}
          />
        ))}
        {version.canEdit && (
          <section aria-labelledby="add-focus-area" className="space-y-3 rounded border border-slate-300 p-4">
            <h2 id="add-focus-area" className="text-2xl">
              {tf("addTitle")}
            </h2>
            <FocusAreaForm
              target={{ kind: "create", versionId: version.id }}
              initial={{ title: "", description: "", goalIds: "" }}
              strategyGoals={strategyGoals}
              action={createFocusAreaAction}
              submitLabel={tf("add")}
              pendingLabel={tf("adding")}
              successMessage={tf("added")}
            />
          </section>
        )}
      </div>
    </ContentFocusProvider>
  );
}
