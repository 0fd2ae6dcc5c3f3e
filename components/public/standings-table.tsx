import { useFormatter, useTranslations } from "next-intl";
import { publicPath } from "@/lib/publications/open-data";
import type { PublicLocale, PublicStanding } from "@/lib/publications/types";

/** "§ 55" whether the paragraph was stored as "55", "§55" or "§ 55". */
const paragraphText = (paragraph: string) => paragraph.replace(/^\s*§\s*/, "");

/**
 * Every organisation the version names or asked to decide, with its standing on this version:
 * stood behind it (with the decision), carried over from version N (with that decision), not asked
 * (with the reason), declined, or pending. On a phone each row is a block of its own: no sideways scroll.
 */
export function StandingsTable({ standings, number, locale }: { standings: readonly PublicStanding[]; number: number; locale: PublicLocale }) {
  const t = useTranslations("standings");
  const tPublic = useTranslations("public.endorsements");
  const format = useFormatter();
  const long = (date: Date) => (
    <time dateTime={date.toISOString().slice(0, 10)}>{format.dateTime(date, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}</time>
  );
  return (
    <table className="w-full border-collapse text-left text-sm max-sm:block" data-testid="standings-table">
      <caption className="sr-only">{t("caption", { number })}</caption>
      <thead className="max-sm:sr-only">
        <tr className="border-b-2 border-slate-600">
          <th scope="col" className="p-2">
            {t("organisation")}
          </th>
          <th scope="col" className="p-2">
            {t("standing")}
          </th>
          <th scope="col" className="p-2">
            {t("decision")}
          </th>
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {standings.map((s) => (
          <tr key={s.organisation.slug} className="border-b border-slate-300 align-top max-sm:block max-sm:py-2" data-testid="standing-row">
            <th scope="row" className="p-2 font-normal max-sm:block max-sm:py-1">
              <a href={publicPath(locale, `/organisation/${s.organisation.slug}`)}>{s.organisation.name}</a>
              <span className="block text-slate-700">{s.roles.map((r) => t(`role.${r}`)).join(", ")}</span>
            </th>
            <td className="p-2 max-sm:block max-sm:py-1" data-testid="standing">
              <span className="font-semibold">
                {s.standing === "CARRIED_OVER"
                  ? t("kind.CARRIED_OVER", { number: s.carriedOverFromVersion ?? "–" })
                  : s.standing === "STOOD_BEHIND" && s.decision?.status === "ENDORSED_WITH_RESERVATION"
                    ? t("kind.STOOD_BEHIND_WITH_RESERVATION")
                    : t(`kind.${s.standing}`)}
              </span>
              {s.standing === "NOT_ASKED" && <span className="block">{s.notAskedReason === null ? t("notAskedNoReason") : t("notAskedReason", { reason: s.notAskedReason })}</span>}
              {s.decision !== null && s.decision.reservation !== null && <span className="mt-1 block">{t("reservation", { text: s.decision.reservation })}</span>}
            </td>
            <td className="p-2 max-sm:block max-sm:py-1">
              {s.decision === null ? (
                <span className="max-sm:hidden">–</span>
              ) : (
                <>
                  <span className="block">
                    {s.decision.decisionBody ?? "–"}
                    {s.decision.decisionDate !== null && <>, {long(s.decision.decisionDate)}</>}
                  </span>
                  {s.decision.paragraph !== null && <span className="block">{t("paragraph", { paragraph: paragraphText(s.decision.paragraph) })}</span>}
                  {s.decision.diarienummer !== null && <span className="block">{t("dnr", { dnr: s.decision.diarienummer })}</span>}
                  {s.decision.minutesPath !== null && (
                    <a className="mt-1 block" href={s.decision.minutesPath}>
                      {tPublic("minutes", { organisation: s.organisation.name })}
                    </a>
                  )}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
