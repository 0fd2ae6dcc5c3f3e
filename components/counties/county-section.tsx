import { useTranslations } from "next-intl";
import { PublicProgrammeItem } from "@/components/counties/public-programme-item";
import type { CountyWithPublicProgrammes } from "@/lib/counties/types";

export function CountySection({ county }: { county: CountyWithPublicProgrammes }) {
  const t = useTranslations("home");
  const headingId = `county-${county.slug}`;
  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-300 p-4" data-testid={`county-${county.slug}`}>
      <h3 id={headingId} className="text-lg">
        {county.name}
      </h3>
      {county.programmes.length === 0 ? (
        <p className="mt-1 text-slate-700">{t("noProgrammes")}</p>
      ) : (
        <ul aria-label={t("programmesInCounty", { county: county.name })} className="mt-2 space-y-2">
          {county.programmes.map((programme) => (
            <PublicProgrammeItem key={programme.id} programme={programme} />
          ))}
        </ul>
      )}
    </section>
  );
}
