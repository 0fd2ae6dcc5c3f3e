import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { CountyOverview } from "@/components/counties/county-overview";
import { loadPublicCountyOverview } from "@/lib/counties/loaders";

export default async function HomePage() {
  // Read from the database at request time, never during `next build`.
  await connection();
  const counties = await loadPublicCountyOverview();
  const t = await getTranslations("home");
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="max-w-3xl space-y-4">
        <h1 id="home-title" className="text-3xl">
          {t("title")}
        </h1>
        <p className="text-lg">{t("intro")}</p>
      </section>
      <section aria-labelledby="counties-title" className="space-y-4">
        <h2 id="counties-title" className="text-2xl">
          {t("countiesTitle")}
        </h2>
        <p>{t("countiesIntro")}</p>
        <CountyOverview counties={counties} />
      </section>
    </div>
  );
}
