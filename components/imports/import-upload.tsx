import Link from "next/link";
import { useTranslations } from "next-intl";
import { EditorBreadcrumbs } from "@/components/editor/editor-breadcrumbs";
import { ImportUploadForm } from "@/components/imports/upload-form";
import { contentEditorPath } from "@/lib/focus-areas/schema";
import { importPath } from "@/lib/imports/schema";
import type { ImportVersionSummary } from "@/lib/imports/types";

/** "Importera åtgärder": what files work, and the upload form (drafts only). */
export function ImportUpload({ version }: { version: ImportVersionSummary }) {
  const t = useTranslations("imports");
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumbs programmeId={version.programmeId} versionNumber={version.number} current={{ href: importPath(version.programmeId, version.number), label: t("breadcrumb") }} />
      <div className="space-y-1">
        <h1 className="text-3xl">{t("uploadTitle")}</h1>
        <p className="text-lg">{version.title}</p>
      </div>
      {version.canImport ? (
        <>
          <p>{t("intro")}</p>
          <section aria-labelledby="import-layouts" className="space-y-2">
            <h2 id="import-layouts" className="text-xl">
              {t("layoutTitle")}
            </h2>
            <ul className="list-disc space-y-1 pl-6">
              <li>{t("layoutTemplate")}</li>
              <li>{t("layoutCounty")}</li>
              <li>{t("layoutCsv")}</li>
            </ul>
          </section>
          <ImportUploadForm versionId={version.id} />
        </>
      ) : (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">{t("notDraft")}</p>
      )}
      <p>
        <Link href={contentEditorPath(version.programmeId, version.number)} className="font-semibold text-brand-700 underline">
          {t("backToContent")}
        </Link>
      </p>
    </div>
  );
}
