import { useTranslations } from "next-intl";
import { CalendarDate } from "@/components/public/calendar-date";
import type { Timeframe } from "@/lib/publications/types";

export function TimeframeText({ timeframe }: { timeframe: Timeframe }) {
  const t = useTranslations("public.item");
  switch (timeframe.kind) {
    case "YEARS":
      return <>{t("years", { from: String(timeframe.startYear ?? ""), to: String(timeframe.endYear ?? "") })}</>;
    case "DATES":
      return (
        <>
          <CalendarDate date={timeframe.startDate} /> – <CalendarDate date={timeframe.endDate} />
        </>
      );
    default:
      return <>{t("ongoing")}</>;
  }
}
