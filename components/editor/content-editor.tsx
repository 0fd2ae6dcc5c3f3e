import Link from "next/link";
import { useTranslations } from "next-intl";
import { EditorBreadcrumbs } from "@/components/editor/editor-breadcrumbs";
import { FrozenNotice } from "@/components/editor/frozen-notice";
import { Notice } from "@/components/editor/notice";
import { FocusAreaForm } from "@/components/focus-areas/focus-area-form";
import { FocusAreaSection } from "@/components/focus-areas/focus-area-section";
import { createFocusAreaAction } from "@/lib/focus-areas/actions";
import type { VersionContentForEditor } from "@/lib/focus-areas/types";
import { importPath } from "@/lib/imports/schema";

export type ContentEditorNotice = { kind: "itemAdded"; number: string; title: string } | { kind: "itemDeleted" } | null;

/** The content editor of one version: every focus area with its actions; edit controls only in a draft. */
export function ContentEditor({ content, notice }: { content: VersionContentForEditor; notice: ContentEditorNotice }) {
  const t = useTranslations("editor");
  const tf = useTranslations("focusAreas");
  const status = useTranslations("status");
  const ti = useTranslations("imports");
  const { version, focusAreas, strategyGoals } = content;
  const allAreas = focusAreas.map(({ id, title }) => ({ id, title }));
  return (
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
      {version.canEdit && <Link href={importPath(version.programmeId, version.number)} className="inline-block font-semibold text-brand-700 underline">{ti("link")}</Link>}
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
          allAreas={allAreas}
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
  );
}
