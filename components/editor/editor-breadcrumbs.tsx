import { useTranslations } from "next-intl";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { contentEditorPath, versionPath } from "@/lib/focus-areas/schema";

/** Where an editor page sits: workspace › programme › version › content (› the action). */
export function EditorBreadcrumbs({
  programmeId,
  versionNumber,
  current,
}: {
  programmeId: string;
  versionNumber: number;
  /** The page's own crumb below the content page; absent on the content page itself. */
  current?: { href: string; label: string };
}) {
  const t = useTranslations("editor");
  const content = { href: contentEditorPath(programmeId, versionNumber), label: t("breadcrumbContent") };
  return (
    <Breadcrumbs
      label={t("breadcrumbLabel")}
      items={[
        { href: "/arbetsyta", label: t("breadcrumbWorkspace") },
        { href: `/arbetsyta/program/${programmeId}`, label: t("breadcrumbProgramme") },
        { href: versionPath(programmeId, versionNumber), label: t("breadcrumbVersion", { number: versionNumber }) },
        content,
        ...(current === undefined ? [] : [current]),
      ]}
    />
  );
}
