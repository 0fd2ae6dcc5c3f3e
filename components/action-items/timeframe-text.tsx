import { useTranslations } from "next-intl";
import type { TimeframeKind } from "@/lib/action-items/types";

/** An action's timeframe as the programme writes it: "2023–2025", "2023-01-01–2024-06-30" or "Löpande". */
export function TimeframeText({
  kind,
  startYear,
  endYear,
  startDate,
  endDate,
}: {
  kind: TimeframeKind | string;
  startYear: number | string | null;
  endYear: number | string | null;
  startDate: string | null;
  endDate: string | null;
}) {
  const t = useTranslations("items");
  if (kind === "YEARS") return <>{t("timeframeRange", { start: String(startYear ?? ""), end: String(endYear ?? "") })}</>;
  if (kind === "DATES") return <>{t("timeframeRange", { start: startDate ?? "", end: endDate ?? "" })}</>;
  return <>{t("timeframeOngoing")}</>;
}
