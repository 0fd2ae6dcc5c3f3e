import { useTranslations } from "next-intl";
import { ItemForm } from "@/components/action-items/item-form";
import { ItemReadOnly } from "@/components/action-items/item-read-only";
import { ConfirmDelete } from "@/components/editor/confirm-delete";
import { EditorBreadcrumbs } from "@/components/editor/editor-breadcrumbs";
import { FrozenNotice } from "@/components/editor/frozen-notice";
import { deleteActionItemAction, updateActionItemAction } from "@/lib/action-items/actions";
import type { ActionItemEditorView } from "@/lib/action-items/types";
import { actionItemPath, contentEditorPath, focusAreaAnchor } from "@/lib/focus-areas/schema";

/** The page of one action: the item form in a draft, a read-only view in a locked version. */
export function ActionItemEditor({ view }: { view: ActionItemEditorView }) {
  const t = useTranslations("items");
  const { version, item } = view;
  const contentHref = contentEditorPath(version.programmeId, version.number);
  return (
    <div className="space-y-6">
      <EditorBreadcrumbs
        programmeId={version.programmeId}
        versionNumber={version.number}
        current={{ href: actionItemPath(version.programmeId, version.number, item.stableKey), label: t("pageTitle", { number: item.content.number }) }}
      />
      <div className="space-y-1">
        <h1 className="text-3xl">
          {t("pageTitle", { number: item.content.number })}: {item.content.title}
        </h1>
        <p className="text-slate-700">{t("intro", { version: version.number, focusArea: item.focusAreaTitle })}</p>
      </div>
      {version.canEdit ? (
        <>
          <ItemForm
            mode={{ kind: "edit", itemId: item.id, revision: item.revision }}
            initialValues={view.formValues}
            organisations={view.organisations}
            action={updateActionItemAction}
            contentHref={contentHref}
            autoNumbering={version.autoNumbering}
          />
          <div className="border-t border-slate-300 pt-4">
            <ConfirmDelete
              action={deleteActionItemAction}
              fields={{ itemId: item.id, revision: String(item.revision) }}
              label={t("delete")}
              question={t("confirmDelete", { number: item.content.number, title: item.content.title })}
              confirmLabel={t("confirmDeleteButton")}
              cancelLabel={t("cancel")}
              redirectTo={`${contentHref}?borttagen=1#${focusAreaAnchor(item.focusAreaStableKey)}`}
              fieldErrorMessages={{ hasComments: t("fieldErrors.hasComments") }}
            />
          </div>
        </>
      ) : (
        <>
          <FrozenNotice status={version.status} />
          <ItemReadOnly content={item.content} organisations={view.organisations} />
        </>
      )}
    </div>
  );
}
