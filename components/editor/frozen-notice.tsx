import { useTranslations } from "next-intl";
import type { VersionStatus } from "@/lib/focus-areas/types";

/** Why a version's content cannot be edited (shown instead of every edit control). */
export function FrozenNotice({ status }: { status: VersionStatus }) {
  const t = useTranslations("editor");
  const statusText = useTranslations("status");
  return (
    <div className="rounded border-l-4 border-slate-700 bg-slate-100 p-4" data-testid="frozen-notice">
      <h2 className="text-lg">{t("frozenTitle")}</h2>
      <p>{t("frozenBody", { status: statusText(status) })}</p>
    </div>
  );
}
