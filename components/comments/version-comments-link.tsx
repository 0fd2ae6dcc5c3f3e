import Link from "next/link";
import { useTranslations } from "next-intl";
import { commentsPath } from "@/lib/comments/schema";

/** "Kommentarer (2 olösta)" on the workspace version page. */
export function VersionCommentsLink({ programmeId, versionNumber, unresolved }: { programmeId: string; versionNumber: number; unresolved: number }) {
  const t = useTranslations("comments");
  return (
    <>
      <Link href={commentsPath(programmeId, versionNumber)}>{t("versionLink")}</Link>{" "}
      <span data-testid="version-unresolved-comments">({t("versionLinkCount", { count: unresolved })})</span>
    </>
  );
}
