import { useTranslations } from "next-intl";
import { CountySection } from "@/components/counties/county-section";
import type { CountyWithPublicProgrammes } from "@/lib/counties/types";

export function CountyOverview({ counties }: { counties: readonly CountyWithPublicProgrammes[] }) {
  const t = useTranslations("home");
  if (counties.length === 0) return <p>{t("noCounties")}</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {counties.map((county) => (
        <CountySection key={county.id} county={county} />
      ))}
    </div>
  );
}
