import { useTranslations } from "next-intl";
import type { FollowUpStatus } from "@/lib/follow-up/types";

/** A status on the county boards' scale, with "Försenad" beside it when it is delayed. */
export function StatusText({ status, isDelayed = false }: { status: FollowUpStatus | null; isDelayed?: boolean }) {
  const t = useTranslations("followUpStatus");
  return (
    <span>
      {t(status ?? "NONE")}
      {isDelayed && <strong className="ml-2 rounded border border-red-800 px-1 text-sm text-red-900">{t("delayed")}</strong>}
    </span>
  );
}
