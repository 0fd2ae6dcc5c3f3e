import { useTranslations } from "next-intl";
import type { FollowUpStatus } from "@/lib/follow-up/types";

/**
 * A status on the county boards' scale, with "Försenad" beside it when it is delayed. No status in
 * a period that is still open is "Ej rapporterat ännu": the year is not over, nothing is late.
 */
export function StatusText({ status, isDelayed = false, isOpenPeriod = false }: { status: FollowUpStatus | null; isDelayed?: boolean; isOpenPeriod?: boolean }) {
  const t = useTranslations("followUpStatus");
  return (
    <span>
      {status === null && isOpenPeriod ? t("notReportedYet") : t(status ?? "NONE")}
      {isDelayed && <strong className="ml-2 rounded border border-red-800 px-1 text-sm text-red-900">{t("delayed")}</strong>}
    </span>
  );
}
