import { useTranslations } from "next-intl";
import type { TimeframeKind } from "@/lib/action-items/types";

type Timeframe = {
  kind: TimeframeKind | string;
  startYear: number | string | null;
  endYear: number | string | null;
  startDate: string | null;
  endDate: string | null;
};

type ItemsTranslator = (key: "timeframeRange" | "timeframeOngoing", values?: { start: string; end: string }) => string;

/** An action's timeframe as the programme writes it, with a translator of the "items" namespace at hand (one per table, not one per row). */
export function timeframeText(t: ItemsTranslator, { kind, startYear, endYear, startDate, endDate }: Timeframe): string {
  if (kind === "YEARS") return t("timeframeRange", { start: String(startYear ?? ""), end: String(endYear ?? "") });
  if (kind === "DATES") return t("timeframeRange", { start: startDate ?? "", end: endDate ?? "" });
  return t("timeframeOngoing");
}

/** An action's timeframe as the programme writes it: "2023–2025", "2023-01-01–2024-06-30" or "Löpande". */
export function TimeframeText(timeframe: Timeframe) {
  const t = useTranslations("items");
  return <>{timeframeText(t, timeframe)}</>;
}
