import { useTranslations } from "next-intl";
import { ItemForm } from "@/components/action-items/item-form";
import { EditorBreadcrumbs } from "@/components/editor/editor-breadcrumbs";
import { createActionItemAction } from "@/lib/action-items/actions";
import type { NewActionItemEditorView } from "@/lib/action-items/types";
import { contentEditorPath, newActionItemPath } from "@/lib/focus-areas/schema";

/** The page for adding an action to a draft version. */
export function NewActionItemEditor({ view }: { view: NewActionItemEditorView }) {
  const t = useTranslations("items");
  const { version } = view;
  return (
    <div className="space-y-6">
      <EditorBreadcrumbs
        programmeId={version.programmeId}
        versionNumber={version.number}
        current={{ href: newActionItemPath(version.programmeId, version.number), label: t("newTitle") }}
      />
      <div className="space-y-1">
        <h1 className="text-3xl">{t("newTitle")}</h1>
        <p className="text-slate-700">{t("newIntro")}</p>
      </div>
      <ItemForm
        mode={{ kind: "create", draftScope: version.id, focusAreas: view.focusAreas, suggestedNumbers: view.suggestedNumbers }}
        initialValues={view.formValues}
        organisations={view.organisations}
        action={createActionItemAction}
        contentHref={contentEditorPath(version.programmeId, version.number)}
        autoNumbering={version.autoNumbering}
      />
    </div>
  );
}
