import { useTranslations } from "next-intl";
import { CalendarDate } from "@/components/public/calendar-date";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicEndorsement, PublicLocale } from "@/lib/publications/types";
import { paragraphText } from "@/lib/endorsements/schema";

/** Who stood behind the programme: organisation, decision, body, date, §, Dnr and reservations. */
export function EndorsementTable({ endorsements, locale }: { endorsements: readonly PublicEndorsement[]; locale: PublicLocale }) {
  const t = useTranslations("public.endorsements");
  if (endorsements.length === 0) return <p>{t("none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-600">
            <th scope="col" className="p-2">{t("organisation")}</th>
            <th scope="col" className="p-2">{t("decision")}</th>
            <th scope="col" className="p-2">{t("body")}</th>
            <th scope="col" className="p-2">{t("date")}</th>
            <th scope="col" className="p-2">{t("paragraph")}</th>
            <th scope="col" className="p-2">{t("diarienummer")}</th>
          </tr>
        </thead>
        <tbody>
          {endorsements.map((e) => (
            <tr key={e.organisation.slug} className="border-b border-slate-300 align-top">
              <th scope="row" className="p-2 font-normal">
                <a href={publicPath(locale, `/organisation/${e.organisation.slug}`)}>{e.organisation.name}</a>
              </th>
              <td className="p-2">
                {t(`status.${e.status}`)}
                {e.carriedOver && <span className="block text-slate-700">{t("carriedOver")}</span>}
                {e.reservation !== null && (
                  <span className="mt-1 block">
                    <span className="font-semibold">{t("reservation")}: </span>
                    {e.reservation}
                  </span>
                )}
              </td>
              <td className="p-2">{e.decisionBody ?? "–"}</td>
              <td className="p-2">
                <CalendarDate date={e.decisionDate} />
              </td>
              <td className="p-2">{e.paragraph === null ? "–" : paragraphText(e.paragraph)}</td>
              <td className="p-2">
                {e.diarienummer ?? "–"}
                {e.minutesPath !== null && (
                  <a className="mt-1 block" href={e.minutesPath}>
                    {t("minutes", { organisation: e.organisation.name })}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
